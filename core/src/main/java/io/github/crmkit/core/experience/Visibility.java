package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * Which side of the line of visibility a touchpoint lies on (Shostack 1984, "Designing services
 * that deliver", Harvard Business Review 62(1)).
 *
 * @since 0.1
 */
public enum Visibility implements CodedType {
  /** Seen by the customer: front office, onstage. */
  FRONT_OFFICE("front-office"),
  /** Not seen by the customer: back office, backstage, but it shapes what the customer meets. */
  BACK_OFFICE("back-office");

  private final String code;

  Visibility(String code) {
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
  public static Visibility fromCode(String code) {
    return Codes.byCode(Visibility.class, code);
  }
}
