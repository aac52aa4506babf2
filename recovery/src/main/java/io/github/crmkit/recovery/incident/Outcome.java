package io.github.crmkit.recovery.incident;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * Whether the incident was satisfying or dissatisfying to the customer.
 *
 * @since 0.1
 */
public enum Outcome implements CodedType {
  /** A satisfactory (favourable) incident. */
  SATISFACTORY("satisfactory"),
  /** A dissatisfactory (unfavourable) incident. */
  DISSATISFACTORY("dissatisfactory");

  private final String code;

  Outcome(String code) {
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
  public static Outcome fromCode(String code) {
    return Codes.byCode(Outcome.class, code);
  }
}
