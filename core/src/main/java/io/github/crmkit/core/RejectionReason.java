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
  NULL_RECORD("null-record", "Null record", "빈 레코드"),
  /** The record names no customer. */
  MISSING_CUSTOMER("missing-customer", "Missing customer id", "고객 ID 누락"),
  /** The customer id is not one {@link CustomerId} accepts. */
  INVALID_CUSTOMER("invalid-customer", "Invalid customer id", "잘못된 고객 ID"),
  /** The customer is not among those the call was given. */
  UNKNOWN_CUSTOMER("unknown-customer", "Unknown customer", "알 수 없는 고객"),
  /** The customer appeared before in an input that allows each customer once. */
  DUPLICATE_CUSTOMER("duplicate-customer", "Duplicate customer", "중복 고객"),
  /** The record has no time. */
  MISSING_TIME("missing-time", "Missing time", "시각 누락"),
  /** The record has no amount. */
  MISSING_AMOUNT("missing-amount", "Missing amount", "금액 누락"),
  /** The amount is below zero. */
  NEGATIVE_AMOUNT("negative-amount", "Negative amount", "음수 금액"),
  /** The amount has more decimals than the currency's minor unit. */
  FINER_THAN_MINOR_UNIT(
      "finer-than-minor-unit", "Finer than the currency's minor unit", "통화 최소 단위보다 세밀한 금액"),
  /** The amount in minor units does not fit in 64 bits. */
  AMOUNT_OVERFLOW("amount-overflow", "Amount too large", "금액 범위 초과"),
  /** Adding the amount would overflow the customer's revenue. */
  REVENUE_OVERFLOW("revenue-overflow", "Revenue too large", "매출 합계 범위 초과"),
  /** The amount is in another currency than the call's. */
  CURRENCY_MISMATCH("currency-mismatch", "Currency mismatch", "통화 불일치"),
  /** The record is dated after the as-of instant. */
  AFTER_AS_OF("after-as-of", "After the as-of instant", "기준 시점 이후"),
  /** The record is dated before the window the call looks at. */
  TOO_OLD("too-old", "Before the window", "기간 이전"),
  /** The record is dated after the end of the observation (holdout) period. */
  AFTER_END("after-end", "After the end of the data", "관측 종료 이후"),
  /** The customer's first purchase falls after the calibration period. */
  FIRST_PURCHASE_AFTER_CALIBRATION(
      "first-purchase-after-calibration", "First purchase after calibration", "보정 기간 이후 첫 구매"),
  /** The per-customer summary contradicts itself (for example recency after age). */
  INVALID_SUMMARY("invalid-summary", "Invalid summary", "잘못된 요약"),
  /** The rating is outside the survey's scale. */
  OUT_OF_SCALE("out-of-scale", "Out of scale", "척도 범위 밖"),
  /** The adequate expectation is above the desired one (an inverted zone of tolerance). */
  INVERTED_ZONE("adequate-above-desired", "Adequate above desired", "적정 기대가 희망 기대보다 높음"),
  /** The answer is to a question the checklist does not have. */
  UNKNOWN_QUESTION("unknown-question", "Unknown question", "알 수 없는 문항"),
  /** The observation is of a touchpoint the journey does not have. */
  UNKNOWN_TOUCHPOINT("unknown-touchpoint", "Unknown touchpoint", "알 수 없는 접점"),
  /** A signal of the snapshot is out of its range. */
  BAD_SIGNAL("bad-signal", "Bad signal", "잘못된 신호"),
  /** The same event (same id and content) was received before; it is counted once. */
  DUPLICATE("duplicate", "Duplicate", "중복"),
  /** An event with the same id but other content was received before. */
  CONFLICTING_DUPLICATE("conflicting-duplicate", "Conflicting duplicate", "충돌하는 중복"),
  /** The event is of another member than the ledger's. */
  OTHER_MEMBER("other-member", "Other member", "다른 회원"),
  /** The event arrived later than the programme accepts. */
  TOO_LATE("too-late", "Too late", "허용 지연 초과"),
  /** The redemption asks for more points than are available. */
  INSUFFICIENT_POINTS("insufficient-points", "Insufficient points", "포인트 부족"),
  /** The event would take the balance below zero where the programme forbids it. */
  NEGATIVE_BALANCE("negative-balance", "Negative balance", "음수 잔액"),
  /** The return is larger than what is left of the purchase. */
  RETURN_EXCEEDS_PURCHASE("return-exceeds-purchase", "Return exceeds purchase", "구매액 초과 반품"),
  /** The return names an order the member never placed. */
  UNKNOWN_ORDER("unknown-order", "Unknown order", "알 수 없는 주문"),
  /** A purchase with the same order id was received before. */
  DUPLICATE_ORDER("duplicate-order", "Duplicate order", "중복 주문"),
  /** The cancellation names a redemption the member never made. */
  UNKNOWN_REDEMPTION("unknown-redemption", "Unknown redemption", "알 수 없는 사용"),
  /** The redemption was cancelled before. */
  ALREADY_CANCELLED("already-cancelled", "Already cancelled", "이미 취소됨"),
  /** The member enrolled before. */
  ALREADY_ENROLLED("already-enrolled", "Already enrolled", "이미 가입됨"),
  /** The member names themselves as referrer. */
  SELF_REFERRAL("self-referral", "Self-referral", "자기 추천"),
  /** The points would overflow the balance. */
  POINTS_OVERFLOW("points-overflow", "Points too large", "포인트 범위 초과");

  private final Label label;

  RejectionReason(String code, String englishName, String koreanName) {
    this.label = new Label(code, englishName, koreanName);
  }

  @Override
  public Label label() {
    return label;
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
