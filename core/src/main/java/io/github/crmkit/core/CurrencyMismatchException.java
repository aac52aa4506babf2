package io.github.crmkit.core;

import java.util.Currency;

/**
 * Thrown when amounts in different currencies meet in one calculation. crmkit never converts
 * currencies: the host decides the rate and the moment.
 *
 * @since 0.1
 */
public final class CurrencyMismatchException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The currency the calculation works in. */
  private final Currency expected;

  /** The currency that was offered. */
  private final Currency actual;

  /**
   * Creates the exception.
   *
   * @param expected the currency the calculation works in
   * @param actual the currency that was offered
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        "currency mismatch: expected "
            + expected.getCurrencyCode()
            + " but was "
            + actual.getCurrencyCode());
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns the currency the calculation works in.
   *
   * @return the expected currency
   */
  public Currency expected() {
    return expected;
  }

  /**
   * Returns the currency that was offered.
   *
   * @return the offending currency
   */
  public Currency actual() {
    return actual;
  }
}
