package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Points accrued together: by one purchase, one bonus or one positive adjustment. A lot is
 * available from an instant (purchase points stay pending until then), may expire, and holds what
 * is left of it; redemptions, returns and expiry take points from lots, and every {@link Posting}
 * names the lots it touched.
 *
 * @since 0.2
 */
public final class Lot {
  private final int id;
  private final String source;
  private final @Nullable String order;
  private final Instant accrued;
  private final Instant availableFrom;
  private final @Nullable Instant expiresAt;
  private final long points;
  private final long remaining;

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
  Lot(
      int id,
      String source,
      @Nullable String order,
      Instant accrued,
      Instant availableFrom,
      @Nullable Instant expiresAt,
      long points,
      long remaining) {
    checkNotNull(source, "source must not be null");
    checkNotNull(accrued, "accrued must not be null");
    checkNotNull(availableFrom, "availableFrom must not be null");
    checkArgument(
        remaining >= 0 && remaining <= points,
        "remaining must be 0 to %s, but was %s",
        points,
        remaining);
    this.id = id;
    this.source = source;
    this.order = order;
    this.accrued = accrued;
    this.availableFrom = availableFrom;
    this.expiresAt = expiresAt;
    this.points = points;
    this.remaining = remaining;
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

  /**
   * Returns the lot's number in the member's ledger, from 1.
   *
   * @return the lot's number in the member's ledger, from 1
   */
  public int id() {
    return id;
  }

  /**
   * Returns the id of the event that accrued it.
   *
   * @return the id of the event that accrued it
   */
  public String source() {
    return source;
  }

  /**
   * Returns the order whose purchase accrued it.
   *
   * @return the order whose purchase accrued it, or empty
   */
  public Optional<String> order() {
    return Optional.ofNullable(order);
  }

  /**
   * Returns when it was accrued.
   *
   * @return when it was accrued
   */
  public Instant accrued() {
    return accrued;
  }

  /**
   * Returns when its points can be redeemed.
   *
   * @return when its points can be redeemed
   */
  public Instant availableFrom() {
    return availableFrom;
  }

  /**
   * Returns when its points expire.
   *
   * @return when its points expire, or empty
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * Returns the points accrued.
   *
   * @return the points accrued
   */
  public long points() {
    return points;
  }

  /**
   * Returns the points still in it, 0 to points.
   *
   * @return the points still in it, 0 to points
   */
  public long remaining() {
    return remaining;
  }

  /**
   * The expiry for the ledger's hot paths, without an Optional; null when the lot never expires.
   */
  @Nullable Instant expiresAtOrNull() {
    return expiresAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Lot that)) {
      return false;
    }
    return id == that.id
        && Objects.equals(source, that.source)
        && Objects.equals(order, that.order)
        && Objects.equals(accrued, that.accrued)
        && Objects.equals(availableFrom, that.availableFrom)
        && Objects.equals(expiresAt, that.expiresAt)
        && points == that.points
        && remaining == that.remaining;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, order, accrued, availableFrom, expiresAt, points, remaining);
  }

  @Override
  public String toString() {
    return "Lot["
        + "id="
        + id
        + ", source="
        + source
        + ", order="
        + order
        + ", accrued="
        + accrued
        + ", availableFrom="
        + availableFrom
        + ", expiresAt="
        + expiresAt
        + ", points="
        + points
        + ", remaining="
        + remaining
        + "]";
  }
}
