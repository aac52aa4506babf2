package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * The three stages of the CRM lifecycle: acquire new customers, develop them (cross-selling,
 * up-selling) and retain them.
 *
 * @since 0.1
 */
public enum LifecycleStage implements CodedType {
  /** Winning the customer: prospects and first purchases. */
  ACQUIRE("acquire"),
  /** Growing the relationship: cross-selling and up-selling. */
  DEVELOP("develop"),
  /** Keeping the customer: loyalty, win-back and, where unprofitable, demarketing. */
  RETAIN("retain");

  private final String code;

  LifecycleStage(String code) {
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
  public static LifecycleStage fromCode(String code) {
    return Codes.byCode(LifecycleStage.class, code);
  }
}
