package io.github.crmkit.recovery.complaint;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * Where a complaint case stands.
 *
 * @since 0.1
 */
public enum CaseStatus implements CodedType {
  /** The complaint arrived. */
  RECEIVED("received", "Received", "접수"),
  /** The customer was told the complaint is being handled. */
  ACKNOWLEDGED("acknowledged", "Acknowledged", "접수 확인"),
  /** Someone is working on it. */
  IN_PROGRESS("in-progress", "In progress", "처리 중"),
  /** Waiting for the customer's answer. */
  AWAITING_CUSTOMER("awaiting-customer", "Awaiting customer", "고객 응답 대기"),
  /** The failure was remedied. */
  RESOLVED("resolved", "Resolved", "해결"),
  /** The firm checked back with the customer after resolving. */
  FOLLOWED_UP("followed-up", "Followed up", "사후 확인"),
  /** The loop is closed. */
  CLOSED("closed", "Closed", "종결");

  private final Label label;

  CaseStatus(String code, String english, String korean) {
    this.label = new Label(code, english, korean);
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
  public static CaseStatus fromCode(String code) {
    return Codes.byCode(CaseStatus.class, code);
  }
}
