package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.ContactLevel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A critical incident: the story of one service encounter in the reporter's words (any language),
 * where and how it happened, how it ended for the customer, and optionally which customer and how
 * much the order was worth. Immutable.
 *
 * @since 0.1
 */
public final class Incident {
  private final String id;
  private final String narrative;
  private final Channel channel;
  private final ContactLevel contactLevel;
  private final Outcome outcome;
  private final Reporter reporter;
  private final Instant occurredAt;
  private final @Nullable CustomerId customer;
  private final @Nullable Money orderValue;

  /**
   * Checks the components.
   *
   * @param id not blank
   * @param narrative not null
   * @param channel not null
   * @param contactLevel not null
   * @param outcome not null
   * @param reporter not null
   * @param occurredAt not null
   * @param customer may be null
   * @param orderValue may be null; not negative
   * @throws IllegalArgumentException if the id is blank or the order value negative
   */
  Incident(
      String id,
      String narrative,
      Channel channel,
      ContactLevel contactLevel,
      Outcome outcome,
      Reporter reporter,
      Instant occurredAt,
      @Nullable CustomerId customer,
      @Nullable Money orderValue) {
    checkNotNull(id, "id must not be null");
    checkNotNull(narrative, "narrative must not be null");
    checkNotNull(channel, "channel must not be null");
    checkNotNull(contactLevel, "contactLevel must not be null");
    checkNotNull(outcome, "outcome must not be null");
    checkNotNull(reporter, "reporter must not be null");
    checkNotNull(occurredAt, "occurredAt must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (orderValue != null && orderValue.isNegative()) {
      throw new IllegalArgumentException(
          "orderValue of incident " + id + " must not be negative, but was " + orderValue);
    }
    this.id = id;
    this.narrative = narrative;
    this.channel = channel;
    this.contactLevel = contactLevel;
    this.outcome = outcome;
    this.reporter = reporter;
    this.occurredAt = occurredAt;
    this.customer = customer;
    this.orderValue = orderValue;
  }

  /**
   * Returns an incident with the channel's default contact level, reported by the customer, with no
   * customer reference or order value.
   *
   * @param id the identifier
   * @param narrative the narrative
   * @param channel the channel
   * @param outcome the outcome
   * @param occurredAt when it happened
   * @return the incident
   */
  public static Incident of(
      String id, String narrative, Channel channel, Outcome outcome, Instant occurredAt) {
    checkNotNull(channel, "channel must not be null");
    return new Incident(
        id,
        narrative,
        channel,
        channel.defaultContactLevel(),
        outcome,
        Reporter.CUSTOMER,
        occurredAt,
        null,
        null);
  }

  /**
   * Returns a copy reported by someone else.
   *
   * @param reporter the reporter, not null
   * @return the copy
   */
  public Incident withReporter(Reporter reporter) {
    return new Incident(
        id, narrative, channel, contactLevel, outcome, reporter, occurredAt, customer, orderValue);
  }

  /**
   * Returns a copy with another contact level.
   *
   * @param level the contact level, not null
   * @return the copy
   */
  public Incident withContactLevel(ContactLevel level) {
    return new Incident(
        id, narrative, channel, level, outcome, reporter, occurredAt, customer, orderValue);
  }

  /**
   * Returns a copy referring to a customer and an order value.
   *
   * @param customer the customer, not null
   * @param orderValue the order's value, not null
   * @return the copy
   */
  public Incident withCustomer(CustomerId customer, Money orderValue) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(orderValue, "orderValue must not be null");
    return new Incident(
        id, narrative, channel, contactLevel, outcome, reporter, occurredAt, customer, orderValue);
  }

  /**
   * Returns the incident's identifier, not blank.
   *
   * @return the incident's identifier, not blank
   */
  public String id() {
    return id;
  }

  /**
   * Returns the narrative text.
   *
   * @return the narrative text
   */
  public String narrative() {
    return narrative;
  }

  /**
   * Returns the channel of the encounter.
   *
   * @return the channel of the encounter
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns the contact level, by default the channel's.
   *
   * @return the contact level, by default the channel's
   */
  public ContactLevel contactLevel() {
    return contactLevel;
  }

  /**
   * Returns satisfactory or dissatisfactory.
   *
   * @return satisfactory or dissatisfactory
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns customer or employee.
   *
   * @return customer or employee
   */
  public Reporter reporter() {
    return reporter;
  }

  /**
   * Returns when it happened.
   *
   * @return when it happened
   */
  public Instant occurredAt() {
    return occurredAt;
  }

  /**
   * Returns the customer.
   *
   * @return the customer, or empty
   */
  public Optional<CustomerId> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Returns the order's value.
   *
   * @return the order's value, or empty
   */
  public Optional<Money> orderValue() {
    return Optional.ofNullable(orderValue);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Incident that)) {
      return false;
    }
    return Objects.equals(id, that.id)
        && Objects.equals(narrative, that.narrative)
        && Objects.equals(channel, that.channel)
        && Objects.equals(contactLevel, that.contactLevel)
        && Objects.equals(outcome, that.outcome)
        && Objects.equals(reporter, that.reporter)
        && Objects.equals(occurredAt, that.occurredAt)
        && Objects.equals(customer, that.customer)
        && Objects.equals(orderValue, that.orderValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, narrative, channel, contactLevel, outcome, reporter, occurredAt, customer, orderValue);
  }

  @Override
  public String toString() {
    return "Incident["
        + "id="
        + id
        + ", narrative="
        + narrative
        + ", channel="
        + channel
        + ", contactLevel="
        + contactLevel
        + ", outcome="
        + outcome
        + ", reporter="
        + reporter
        + ", occurredAt="
        + occurredAt
        + ", customer="
        + customer
        + ", orderValue="
        + orderValue
        + "]";
  }
}
