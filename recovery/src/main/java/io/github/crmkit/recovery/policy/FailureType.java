package io.github.crmkit.recovery.policy;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The kind of service failure (Smith, Bolton and Wagner 1999, "A model of customer satisfaction
 * with service encounters involving failure and recovery", Journal of Marketing Research 36(3)):
 * outcome failures (the core service was not delivered) are best matched with tangible
 * compensation, process failures (the way it was delivered) with apology and courtesy.
 *
 * <p>Display names in the {@code names} bundle.
 *
 * @since 0.1
 */
public enum FailureType implements CodedType {
  /** The customer did not get what was promised. */
  OUTCOME("outcome"),
  /** The customer got it, but badly: slow, rude, careless. */
  PROCESS("process");

  private final String code;

  FailureType(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with a code.
   *
   * @param code the code, for example {@code "outcome"}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the valid ones if there is none
   */
  public static FailureType fromCode(String code) {
    return Codes.byCode(FailureType.class, code);
  }
}
