package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * Whether an emotion is pleasant, unpleasant or neither.
 *
 * @since 0.1
 */
public enum Valence implements CodedType {
  /** Pleasant. */
  POSITIVE("positive", "Positive", "긍정", 1),
  /** Neither, or either depending on the situation. */
  NEUTRAL("neutral", "Neutral", "중립", 0),
  /** Unpleasant. */
  NEGATIVE("negative", "Negative", "부정", -1);

  private final Label label;
  private final int sign;

  Valence(String code, String english, String korean, int sign) {
    this.label = new Label(code, english, korean);
    this.sign = sign;
  }

  @Override
  public Label label() {
    return label;
  }

  /**
   * Returns the sign used on the emotional curve.
   *
   * @return 1, 0 or -1
   */
  public int sign() {
    return sign;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static Valence fromCode(String code) {
    return Codes.byCode(Valence.class, code);
  }
}
