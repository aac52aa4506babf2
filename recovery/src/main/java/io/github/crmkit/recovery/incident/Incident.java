package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.ContactLevel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A critical incident: the story of one service encounter in the reporter's words (any language),
 * where and how it happened, how it ended for the customer, and optionally which customer and how
 * much the order was worth. Immutable.
 *
 * @param id the incident's identifier, not blank
 * @param narrative the narrative text
 * @param channel the channel of the encounter
 * @param contactLevel the contact level, by default the channel's
 * @param outcome satisfactory or dissatisfactory
 * @param reporter customer or employee
 * @param occurredAt when it happened
 * @param customer the customer, or null
 * @param orderValue the order's value, or null
 * @since 0.1
 */
public record Incident(
    String id,
    String narrative,
    Channel channel,
    ContactLevel contactLevel,
    Outcome outcome,
    Reporter reporter,
    Instant occurredAt,
    @Nullable CustomerId customer,
    @Nullable Money orderValue) {
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
  public Incident {
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
  public Incident reportedBy(Reporter reporter) {
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
  public Incident about(CustomerId customer, Money orderValue) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(orderValue, "orderValue must not be null");
    return new Incident(
        id, narrative, channel, contactLevel, outcome, reporter, occurredAt, customer, orderValue);
  }

  /**
   * Returns the customer.
   *
   * @return the customer or empty
   */
  public Optional<CustomerId> customerId() {
    return Optional.ofNullable(customer);
  }

  /**
   * Returns the order value.
   *
   * @return the value or empty
   */
  public Optional<Money> order() {
    return Optional.ofNullable(orderValue);
  }
}
