package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A comparison operator of {@link Condition.Compare}.
 *
 * @since 0.1
 */
public enum Op {
  /** Less than. */
  LT("<"),
  /** Less than or equal. */
  LE("<="),
  /** Equal. */
  EQ("=="),
  /** Not equal. */
  NE("!="),
  /** Greater than or equal. */
  GE(">="),
  /** Greater than. */
  GT(">");

  private final String symbol;

  Op(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the operator's symbol as written in JSON.
   *
   * @return for example {@code ">="}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Applies the operator.
   *
   * @param left the attribute's value
   * @param right the constant
   * @return the comparison; false when {@code left} is NaN (missing)
   */
  public boolean test(double left, double right) {
    if (Double.isNaN(left)) {
      return false;
    }
    return switch (this) {
      case LT -> left < right;
      case LE -> left <= right;
      case EQ -> left == right;
      case NE -> left != right;
      case GE -> left >= right;
      case GT -> left > right;
    };
  }

  /**
   * Returns the operator with a symbol.
   *
   * @param symbol one of {@code < <= == != >= >}
   * @return the operator
   * @throws IllegalArgumentException if the symbol is unknown
   */
  public static Op fromSymbol(String symbol) {
    checkNotNull(symbol, "symbol must not be null");
    for (Op o : values()) {
      if (o.symbol.equals(symbol)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "symbol must be one of < <= == != >= >, but was '" + symbol + "'");
  }
}
