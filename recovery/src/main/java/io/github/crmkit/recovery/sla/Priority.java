package io.github.crmkit.recovery.sla;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * A case's priority.
 *
 * @since 0.1
 */
public enum Priority implements CodedType {
  /** Low. */
  LOW("low", "Low", "낮음"),
  /** Normal. */
  NORMAL("normal", "Normal", "보통"),
  /** High. */
  HIGH("high", "High", "높음"),
  /** Urgent. */
  URGENT("urgent", "Urgent", "긴급");

  private final Label label;

  Priority(String code, String english, String korean) {
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
  public static Priority fromCode(String code) {
    return Codes.byCode(Priority.class, code);
  }
}
