package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Points accrued together: by one purchase, one bonus or one positive adjustment. A lot is
 * available from an instant (purchase points stay pending until then), may expire, and holds what
 * is left of it; redemptions, returns and expiry take points from lots, and every {@link Posting}
 * names the lots it touched.
 *
 * @param id the lot's number in the member's ledger, from 1
 * @param source the id of the event that accrued it
 * @param order the order whose purchase accrued it, or null
 * @param accrued when it was accrued
 * @param availableFrom when its points can be redeemed
 * @param expiresAt when its points expire, or null if never
 * @param points the points accrued
 * @param remaining the points still in it, 0 to points
 * @since 0.2
 */
public record Lot(
    int id,
    String source,
    @Nullable String order,
    Instant accrued,
    Instant availableFrom,
    @Nullable Instant expiresAt,
    long points,
    long remaining) {
  /**
   * Validates the lot.
   *
   * @param id the id
   * @param source the source
   * @param order the order
   * @param accrued the accrued
   * @param availableFrom the availableFrom
   * @param expiresAt the expiresAt
   * @param points the points
   * @param remaining the remaining
   * @throws IllegalArgumentException if remaining is outside 0..points
   */
  public Lot {
    checkNotNull(source, "source must not be null");
    checkNotNull(accrued, "accrued must not be null");
    checkNotNull(availableFrom, "availableFrom must not be null");
    checkArgument(
        remaining >= 0 && remaining <= points,
        "remaining must be 0 to %s, but was %s",
        points,
        remaining);
  }

  /**
   * Whether the lot's points can be redeemed at {@code t}: available and not expired.
   *
   * @param t the instant
   * @return whether available
   */
  public boolean availableAt(Instant t) {
    return !availableFrom.isAfter(t) && !expiredAt(t);
  }

  /**
   * Whether the lot has expired at {@code t}.
   *
   * @param t the instant
   * @return whether expired
   */
  public boolean expiredAt(Instant t) {
    return expiresAt != null && !expiresAt.isAfter(t);
  }

  Lot withRemaining(long r) {
    return new Lot(id, source, order, accrued, availableFrom, expiresAt, points, r);
  }
}
