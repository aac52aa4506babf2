package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One purchase by one customer: who, when, how much, through which channel, and optionally the
 * order it belongs to (several purchase lines may share an order). Immutable and thread-safe.
 *
 * <p>Amounts are zero or positive; refunds are not purchases and are left to the host.
 *
 * @since 0.1
 */
public final class Purchase {
  private final CustomerId customer;
  private final Instant at;
  private final Money amount;
  private final Channel channel;
  private final @Nullable String orderId;

  private Purchase(
      CustomerId customer, Instant at, Money amount, Channel channel, @Nullable String orderId) {
    this.customer = customer;
    this.at = at;
    this.amount = amount;
    this.channel = channel;
    this.orderId = orderId;
  }

  /**
   * Returns a purchase without an order id.
   *
   * @param customer who bought, not null
   * @param at when, not null
   * @param amount how much, not null, zero or positive
   * @param channel through which channel, not null
   * @return the purchase
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public static Purchase of(CustomerId customer, Instant at, Money amount, Channel channel) {
    checkNotNull(customer, "customer must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(amount, "amount must not be null");
    checkNotNull(channel, "channel must not be null");
    checkArgument(!amount.isNegative(), "amount must not be negative, but was %s", amount);
    return new Purchase(customer, at, amount, channel, null);
  }

  /**
   * Returns a copy of this purchase that belongs to the given order.
   *
   * @param orderId the host's order identifier, not null or blank
   * @return the purchase with the order id
   * @throws IllegalArgumentException if {@code orderId} is blank
   */
  public Purchase withOrderId(String orderId) {
    checkNotNull(orderId, "orderId must not be null");
    checkArgument(!orderId.isBlank(), "orderId must not be blank, but was '%s'", orderId);
    return new Purchase(customer, at, amount, channel, orderId);
  }

  /**
   * Returns who bought.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * Returns when the purchase happened.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns how much was spent.
   *
   * @return the amount, zero or positive
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns the channel of the purchase.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns the order this purchase belongs to, if the host gave one.
   *
   * @return the order id, or empty
   */
  public Optional<String> orderId() {
    return Optional.ofNullable(orderId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Purchase p)) {
      return false;
    }
    return customer.equals(p.customer)
        && at.equals(p.at)
        && amount.equals(p.amount)
        && channel == p.channel
        && Objects.equals(orderId, p.orderId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customer, at, amount, channel, orderId);
  }

  @Override
  public String toString() {
    return "Purchase{customer="
        + customer
        + ", at="
        + at
        + ", amount="
        + amount
        + ", channel="
        + channel.code()
        + (orderId == null ? "" : ", order=" + orderId)
        + "}";
  }
}
