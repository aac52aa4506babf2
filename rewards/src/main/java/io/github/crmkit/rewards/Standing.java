package io.github.crmkit.rewards;

import io.github.crmkit.core.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member's figures as of an instant, without the lots and postings behind them: what a batch
 * report or a statement's heading shows. {@link Ledger#standing()} gives a ledger's; {@link
 * Replay#standings()} gives every member's of a batch, computed without keeping their ledgers.
 *
 * <p>The figures keep the ledger's conservation: {@code earned() + adjusted() = available() +
 * pending() + redeemed() + expired() + returned() - debt()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Standing {
  private final CustomerId member;
  private final Instant asOf;
  private final long available;
  private final long pending;
  private final long debt;
  private final long earned;
  private final long adjusted;
  private final long redeemed;
  private final long expired;
  private final long returned;
  private final long qualifying;
  private final @Nullable Tier tier;
  private final Ledger.@Nullable NextExpiry nextExpiry;

  private Standing(LedgerState s, Instant asOf) {
    this.member = s.member;
    this.asOf = asOf;
    this.available = s.available(asOf);
    this.pending = s.pending(asOf);
    this.debt = s.debt;
    this.earned = s.earned;
    this.adjusted = s.adjusted;
    this.redeemed = s.redeemed;
    this.expired = s.expired;
    this.returned = s.returned;
    this.qualifying = s.qualifying(asOf);
    int t = s.tierAt(asOf);
    this.tier = t < 0 ? null : s.p.tiers().get(t);
    this.nextExpiry = s.nextExpiry();
  }

  /** The figures of a state brought to {@code asOf}. */
  static Standing of(LedgerState s, Instant asOf) {
    return new Standing(s, asOf);
  }

  /**
   * Returns the member.
   *
   * @return the member
   */
  public CustomerId member() {
    return member;
  }

  /**
   * Returns the instant the figures are for.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the points that can be redeemed: in lots available and not expired.
   *
   * @return the points
   */
  public long available() {
    return available;
  }

  /**
   * Returns the points still locked in their pending period.
   *
   * @return the points
   */
  public long pending() {
    return pending;
  }

  /**
   * Returns the points owed after returns that found their points gone.
   *
   * @return the debt, not negative
   */
  public long debt() {
    return debt;
  }

  /**
   * Returns the balance: the points in lots minus the debt.
   *
   * @return available + pending - debt
   */
  public long balance() {
    return available + pending - debt;
  }

  /**
   * Returns the gross points accrued by purchases (pending ones included) and bonuses.
   *
   * @return the points
   */
  public long earned() {
    return earned;
  }

  /**
   * Returns the net points of manual adjustments.
   *
   * @return the points, negative when more was taken than given
   */
  public long adjusted() {
    return adjusted;
  }

  /**
   * Returns the points redeemed, net of cancelled redemptions.
   *
   * @return the points
   */
  public long redeemed() {
    return redeemed;
  }

  /**
   * Returns the points that expired unused.
   *
   * @return the points
   */
  public long expired() {
    return expired;
  }

  /**
   * Returns the points taken back by returns, including the part that became debt.
   *
   * @return the points
   */
  public long returned() {
    return returned;
  }

  /**
   * Returns the qualifying points: earned by purchases, net of returns, within the tier window.
   *
   * @return the points
   */
  public long qualifying() {
    return qualifying;
  }

  /**
   * Returns the member's tier, or empty below every tier or without tiers.
   *
   * @return the tier
   */
  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  /**
   * Returns the next expiry, or empty when no held points expire.
   *
   * @return the next expiry
   */
  public Optional<Ledger.NextExpiry> nextExpiry() {
    return Optional.ofNullable(nextExpiry);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Standing s
        && member.equals(s.member)
        && asOf.equals(s.asOf)
        && available == s.available
        && pending == s.pending
        && debt == s.debt
        && earned == s.earned
        && adjusted == s.adjusted
        && redeemed == s.redeemed
        && expired == s.expired
        && returned == s.returned
        && qualifying == s.qualifying
        && Objects.equals(tier, s.tier)
        && Objects.equals(nextExpiry, s.nextExpiry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        member,
        asOf,
        available,
        pending,
        debt,
        earned,
        adjusted,
        redeemed,
        expired,
        returned,
        qualifying,
        tier,
        nextExpiry);
  }

  @Override
  public String toString() {
    return "Standing["
        + member
        + " as of "
        + asOf
        + ": available "
        + available
        + ", pending "
        + pending
        + ", debt "
        + debt
        + ", earned "
        + earned
        + ", redeemed "
        + redeemed
        + ", expired "
        + expired
        + ", returned "
        + returned
        + ", tier "
        + (tier == null ? "none" : tier.name())
        + "]";
  }
}
