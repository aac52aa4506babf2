package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * What a host knows about one customer's purchases: the first and the last, how many, and the total
 * spent. Immutable and thread-safe.
 *
 * @param first the instant of the first purchase, not null
 * @param last the instant of the last purchase, not null and not before {@code first}
 * @param count the number of purchases, at least 1
 * @param total the total spent, not null and not negative
 * @since 0.1
 */
public record PurchaseSummary(Instant first, Instant last, long count, Money total) {
  /**
   * Checks the components.
   *
   * @param first the instant of the first purchase
   * @param last the instant of the last purchase
   * @param count the number of purchases
   * @param total the total spent
   * @throws IllegalArgumentException if {@code last} is before {@code first}, {@code count} is
   *     below 1, {@code total} is negative, or a single purchase has different first and last
   *     instants
   */
  public PurchaseSummary {
    checkNotNull(first, "first must not be null");
    checkNotNull(last, "last must not be null");
    checkNotNull(total, "total must not be null");
    checkArgument(
        !last.isBefore(first), "last must not be before first (%s), but was %s", first, last);
    checkArgument(count >= 1, "count must be at least 1, but was %s", count);
    checkArgument(
        count > 1 || first.equals(last),
        "first (%s) and last (%s) must be equal when count is 1",
        first,
        last);
    checkArgument(!total.isNegative(), "total must not be negative, but was %s", total);
  }
}
