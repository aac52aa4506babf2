package io.github.crmkit.recovery.complaint;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * Where a complaint case stands.
 *
 * @since 0.1
 */
public enum CaseStatus implements CodedType {
  /** The complaint arrived. */
  RECEIVED("received"),
  /** The customer was told the complaint is being handled. */
  ACKNOWLEDGED("acknowledged"),
  /** Someone is working on it. */
  IN_PROGRESS("in-progress"),
  /** Waiting for the customer's answer. */
  AWAITING_CUSTOMER("awaiting-customer"),
  /** The failure was remedied. */
  RESOLVED("resolved"),
  /** The firm checked back with the customer after resolving. */
  FOLLOWED_UP("followed-up"),
  /** The loop is closed. */
  CLOSED("closed");

  private final String code;

  CaseStatus(String code) {
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
  public static CaseStatus fromCode(String code) {
    return Codes.byCode(CaseStatus.class, code);
  }
}
