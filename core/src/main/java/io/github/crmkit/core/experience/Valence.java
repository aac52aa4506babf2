package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * Whether an emotion is pleasant, unpleasant or neither.
 *
 * @since 0.1
 */
public enum Valence implements CodedType {
  /** Pleasant. */
  POSITIVE("positive", 1),
  /** Neither, or either depending on the situation. */
  NEUTRAL("neutral", 0),
  /** Unpleasant. */
  NEGATIVE("negative", -1);

  private final String code;
  private final int sign;

  Valence(String code, int sign) {
    this.code = code;
    this.sign = sign;
  }

  @Override
  public String code() {
    return code;
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
