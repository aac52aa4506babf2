package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * How strongly a risk is perceived at a touchpoint.
 *
 * @since 0.1
 */
public enum RiskLevel implements CodedType {
  /** Noticed but minor. */
  LOW("low", "Low", "낮음"),
  /** Clearly felt. */
  MEDIUM("medium", "Medium", "보통"),
  /** A reason to hesitate or abandon. */
  HIGH("high", "High", "높음");

  private final Label label;

  RiskLevel(String code, String english, String korean) {
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
  public static RiskLevel fromCode(String code) {
    return Codes.byCode(RiskLevel.class, code);
  }
}
