package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One change to a member's points: what caused it, when, and exactly which lots it changed by how
 * much, and how much it changed the debt. For every posting, {@code balanceChange() = sum(lots'
 * changes) - debtChange()}, so the balance (sum of lots' remaining points minus the debt) can be
 * checked against the postings at any time.
 *
 * @param event the id of the event that caused it ({@code "expiry"} for expiry)
 * @param at when
 * @param kind what happened
 * @param lots the lots changed and by how much (negative: points taken)
 * @param debtChange the change in debt (positive: more owed)
 * @since 0.2
 */
public record Posting(
    String event, Instant at, Posting.Kind kind, List<LotChange> lots, long debtChange) {
  /** What a posting records. */
  public enum Kind {
    /** Points earned by a purchase (a new lot, after repaying any debt). */
    PURCHASE,
    /** An enrolment or referral bonus. */
    BONUS,
    /** A manual adjustment. */
    ADJUSTMENT,
    /** Points redeemed. */
    REDEMPTION,
    /** A cancelled redemption's points given back. */
    REDEMPTION_CANCEL,
    /** Points taken back by a return. */
    RETURN,
    /** Points that expired unused. */
    EXPIRY;

    /**
     * Returns the lower-case code with hyphens, as the JSON and the statement use it.
     *
     * @return the code
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A change to one lot.
   *
   * @param lot the lot's id
   * @param points the change in its remaining points
   */
  public record LotChange(int lot, long points) {}

  /**
   * Validates the posting.
   *
   * @param event the event
   * @param at the at
   * @param kind the kind
   * @param lots the lots
   * @param debtChange the debtChange
   * @throws NullPointerException if a component is null
   */
  public Posting {
    checkNotNull(event, "event must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(kind, "kind must not be null");
    lots = List.copyOf(lots);
  }

  /**
   * Returns the change in the member's balance: the lots' changes minus the debt's.
   *
   * @return the change
   */
  public long balanceChange() {
    long s = 0;
    for (LotChange c : lots) {
      s += c.points();
    }
    return s - debtChange;
  }
}
