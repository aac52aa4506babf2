package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The rating of a touchpoint in Customer Experience Analysis: +, 0 or - ({@link #symbol()}).
 *
 * @since 0.1
 */
public enum ExperienceRating implements CodedType {
  /** A good experience (+). */
  POSITIVE("positive", "+", 1),
  /** Neither good nor bad (0). */
  NEUTRAL("neutral", "0", 0),
  /** A bad experience (-). */
  NEGATIVE("negative", "-", -1);

  private final String code;
  private final String symbol;
  private final int sign;

  ExperienceRating(String code, String symbol, int sign) {
    this.symbol = symbol;
    this.code = code;
    this.sign = sign;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the rating as a number.
   *
   * @return 1, 0 or -1
   */
  public int sign() {
    return sign;
  }

  /**
   * Returns the symbol used on analysis sheets.
   *
   * @return {@code "+"}, {@code "0"} or {@code "-"}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the constant with the given symbol.
   *
   * @param symbol {@code "+"}, {@code "0"} or {@code "-"}
   * @return the constant
   * @throws IllegalArgumentException if the symbol is none of these
   */
  public static ExperienceRating fromSymbol(String symbol) {
    if (symbol == null) {
      throw new NullPointerException("symbol must not be null");
    }
    for (ExperienceRating r : values()) {
      if (r.symbol.equals(symbol)) {
        return r;
      }
    }
    throw new IllegalArgumentException("symbol must be +, 0 or -, but was '" + symbol + "'");
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static ExperienceRating fromCode(String code) {
    return Codes.byCode(ExperienceRating.class, code);
  }
}
