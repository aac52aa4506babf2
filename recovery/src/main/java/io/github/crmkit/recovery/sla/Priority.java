package io.github.crmkit.recovery.sla;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * A case's priority.
 *
 * @since 0.1
 */
public enum Priority implements CodedType {
  /** Low. */
  LOW("low"),
  /** Normal. */
  NORMAL("normal"),
  /** High. */
  HIGH("high"),
  /** Urgent. */
  URGENT("urgent");

  private final String code;

  Priority(String code) {
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
  public static Priority fromCode(String code) {
    return Codes.byCode(Priority.class, code);
  }
}
