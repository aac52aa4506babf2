package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * Why a batch call rejected a record: one list of reasons for the whole library, each with a stable
 * {@link #code()} that hosts may store and count by.
 *
 * <p>Every {@link Accounted} result counts its rejections by these reasons; a {@link Rejection}
 * carries one, with a detail naming the offending values.
 *
 * @since 0.2
 */
public enum RejectionReason implements CodedType {
  /** The input held null where a record was expected. */
  NULL_RECORD("null-record"),
  /** The record names no customer. */
  MISSING_CUSTOMER("missing-customer"),
  /** The customer id is not one {@link CustomerId} accepts. */
  INVALID_CUSTOMER("invalid-customer"),
  /** The customer is not among those the call was given. */
  UNKNOWN_CUSTOMER("unknown-customer"),
  /** The customer appeared before in an input that allows each customer once. */
  DUPLICATE_CUSTOMER("duplicate-customer"),
  /** The record has no time. */
  MISSING_TIME("missing-time"),
  /** The record has no amount. */
  MISSING_AMOUNT("missing-amount"),
  /** The amount is below zero. */
  NEGATIVE_AMOUNT("negative-amount"),
  /** The amount has more decimals than the currency's minor unit. */
  FINER_THAN_MINOR_UNIT("finer-than-minor-unit"),
  /** The amount in minor units does not fit in 64 bits. */
  AMOUNT_OVERFLOW("amount-overflow"),
  /** Adding the amount would overflow the customer's revenue. */
  REVENUE_OVERFLOW("revenue-overflow"),
  /** The amount is in another currency than the call's. */
  CURRENCY_MISMATCH("currency-mismatch"),
  /** The record is dated after the as-of instant. */
  AFTER_AS_OF("after-as-of"),
  /** The record is dated before the window the call looks at. */
  TOO_OLD("too-old"),
  /** The record is dated after the end of the observation (holdout) period. */
  AFTER_END("after-end"),
  /** The customer's first purchase falls after the calibration period. */
  FIRST_PURCHASE_AFTER_CALIBRATION("first-purchase-after-calibration"),
  /** The per-customer summary contradicts itself (for example recency after age). */
  INVALID_SUMMARY("invalid-summary"),
  /** The rating is outside the survey's scale. */
  OUT_OF_SCALE("out-of-scale"),
  /** The adequate expectation is above the desired one (an inverted zone of tolerance). */
  INVERTED_ZONE("adequate-above-desired"),
  /** The answer is to a question the checklist does not have. */
  UNKNOWN_QUESTION("unknown-question"),
  /** The observation is of a touchpoint the journey does not have. */
  UNKNOWN_TOUCHPOINT("unknown-touchpoint"),
  /** A signal of the snapshot is out of its range. */
  BAD_SIGNAL("bad-signal"),
  /** The same event (same id and content) was received before; it is counted once. */
  DUPLICATE("duplicate"),
  /** An event with the same id but other content was received before. */
  CONFLICTING_DUPLICATE("conflicting-duplicate"),
  /** The event is of another member than the ledger's. */
  OTHER_MEMBER("other-member"),
  /** The event arrived later than the programme accepts. */
  TOO_LATE("too-late"),
  /** The redemption asks for more points than are available. */
  INSUFFICIENT_POINTS("insufficient-points"),
  /** The event would take the balance below zero where the programme forbids it. */
  NEGATIVE_BALANCE("negative-balance"),
  /** The return is larger than what is left of the purchase. */
  RETURN_EXCEEDS_PURCHASE("return-exceeds-purchase"),
  /** The return names an order the member never placed. */
  UNKNOWN_ORDER("unknown-order"),
  /** A purchase with the same order id was received before. */
  DUPLICATE_ORDER("duplicate-order"),
  /** The cancellation names a redemption the member never made. */
  UNKNOWN_REDEMPTION("unknown-redemption"),
  /** The redemption was cancelled before. */
  ALREADY_CANCELLED("already-cancelled"),
  /** The member enrolled before. */
  ALREADY_ENROLLED("already-enrolled"),
  /** The member names themselves as referrer. */
  SELF_REFERRAL("self-referral"),
  /** The points would overflow the balance. */
  POINTS_OVERFLOW("points-overflow");

  private final String code;

  RejectionReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static RejectionReason fromCode(String code) {
    return Codes.byCode(RejectionReason.class, code);
  }
}
