package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * Which side of the line of visibility a touchpoint lies on (Shostack 1984, "Designing services
 * that deliver", Harvard Business Review 62(1)).
 *
 * @since 0.1
 */
public enum Visibility implements CodedType {
  /** Seen by the customer: front office, onstage. */
  FRONT_OFFICE("front-office", "Front office", "프런트 오피스"),
  /** Not seen by the customer: back office, backstage, but it shapes what the customer meets. */
  BACK_OFFICE("back-office", "Back office", "백 오피스");

  private final Label label;

  Visibility(String code, String english, String korean) {
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
  public static Visibility fromCode(String code) {
    return Codes.byCode(Visibility.class, code);
  }
}
