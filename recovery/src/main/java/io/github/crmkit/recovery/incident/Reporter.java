package io.github.crmkit.recovery.incident;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * Who reported the incident: the customer (Bitner, Booms and Tetreault 1990) or an employee
 * (Bitner, Booms and Mohr 1994).
 *
 * @since 0.1
 */
public enum Reporter implements CodedType {
  /** The customer. */
  CUSTOMER("customer"),
  /** An employee of the firm. */
  EMPLOYEE("employee");

  private final String code;

  Reporter(String code) {
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
  public static Reporter fromCode(String code) {
    return Codes.byCode(Reporter.class, code);
  }
}
