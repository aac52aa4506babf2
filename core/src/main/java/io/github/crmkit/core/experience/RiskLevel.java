package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * How strongly a risk is perceived at a touchpoint.
 *
 * @since 0.1
 */
public enum RiskLevel implements CodedType {
  /** Noticed but minor. */
  LOW("low"),
  /** Clearly felt. */
  MEDIUM("medium"),
  /** A reason to hesitate or abandon. */
  HIGH("high");

  private final String code;

  RiskLevel(String code) {
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
  public static RiskLevel fromCode(String code) {
    return Codes.byCode(RiskLevel.class, code);
  }
}
