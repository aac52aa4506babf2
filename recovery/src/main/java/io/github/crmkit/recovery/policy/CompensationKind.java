package io.github.crmkit.recovery.policy;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The form of compensation.
 *
 * <p>Display names in the {@code names} bundle.
 *
 * @since 0.1
 */
public enum CompensationKind implements CodedType {
  /** Money back. */
  REFUND("refund"),
  /** Credit for future purchases. */
  CREDIT("credit"),
  /** Doing the service again, right. */
  REDO("redo"),
  /** No tangible compensation. */
  NONE("none");

  private final String code;

  CompensationKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code, for example {@code "refund"}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the valid ones if there is none
   */
  public static CompensationKind fromCode(String code) {
    return Codes.byCode(CompensationKind.class, code);
  }
}
