package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money: a whole number of minor units (cents, won, ...) of one {@link
 * Currency}. Never floating point.
 *
 * <p>Arithmetic between different currencies throws {@link CurrencyMismatchException}; overflow of
 * the {@code long} minor units throws {@link ArithmeticException}; any operation that could produce
 * a fraction of a minor unit takes an explicit {@link RoundingMode}. {@link #toString()} prints
 * {@code "USD 12.50"}, which {@link #parse(CharSequence)} reads back. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Money implements Comparable<Money> {
  private final long minorUnits;
  private final Currency currency;

  private Money(long minorUnits, Currency currency) {
    this.minorUnits = minorUnits;
    this.currency = currency;
  }

  /**
   * Returns an amount given in minor units, for example {@code ofMinor(1250, USD)} for 12.50 USD.
   *
   * @param minorUnits the amount in the currency's minor units; may be negative (refunds)
   * @param currency the currency, not null, with a defined number of fraction digits
   * @return the amount
   * @throws IllegalArgumentException if the currency has no minor unit (for example XXX)
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    checkNotNull(currency, "currency must not be null");
    checkArgument(
        currency.getDefaultFractionDigits() >= 0,
        "currency must have a defined number of fraction digits, but was %s",
        currency.getCurrencyCode());
    return new Money(minorUnits, currency);
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency, not null
   * @return a zero amount
   */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /**
   * Returns the amount given in major units, which must be exact in minor units.
   *
   * @param amount the amount in major units, for example {@code 12.50}
   * @param currency the currency, not null
   * @return the amount
   * @throws IllegalArgumentException if {@code amount} has more decimals than the currency's minor
   *     unit or does not fit a {@code long} of minor units
   */
  public static Money of(BigDecimal amount, Currency currency) {
    checkNotNull(amount, "amount must not be null");
    checkNotNull(currency, "currency must not be null");
    int digits = fractionDigits(currency);
    try {
      return new Money(amount.movePointRight(digits).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount must be exact in "
              + currency.getCurrencyCode()
              + " minor units and fit a long, but was "
              + amount.toPlainString()
              + " (pass a RoundingMode to round)",
          e);
    }
  }

  /**
   * Returns the amount given in major units, rounded to the currency's minor unit.
   *
   * @param amount the amount in major units
   * @param currency the currency, not null
   * @param rounding how to round a fraction of a minor unit, not null
   * @return the rounded amount
   * @throws IllegalArgumentException if the rounded amount does not fit a {@code long}
   */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    checkNotNull(amount, "amount must not be null");
    checkNotNull(currency, "currency must not be null");
    checkNotNull(rounding, "rounding must not be null");
    return of(amount.setScale(fractionDigits(currency), rounding), currency);
  }

  /**
   * Reads the form printed by {@link #toString()}: an ISO 4217 code, one space, and the amount in
   * major units with at most the currency's number of decimals, for example {@code "KRW 5000"} or
   * {@code "USD -12.50"}.
   *
   * @param text the text to read, not null
   * @return the amount
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Money parse(CharSequence text) {
    checkNotNull(text, "text must not be null");
    String s = text.toString();
    int space = s.indexOf(' ');
    checkArgument(space == 3 && s.length() > 4, "text must look like 'USD 12.50', but was '%s'", s);
    Currency currency;
    BigDecimal amount;
    try {
      currency = Currency.getInstance(s.substring(0, 3));
      amount = new BigDecimal(s.substring(4));
    } catch (IllegalArgumentException e) { // NumberFormatException is one
      throw new IllegalArgumentException("text must look like 'USD 12.50', but was '" + s + "'", e);
    }
    return of(amount, currency);
  }

  private static int fractionDigits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    checkArgument(
        digits >= 0,
        "currency must have a defined number of fraction digits, but was %s",
        currency.getCurrencyCode());
    return digits;
  }

  /**
   * Returns the amount in minor units.
   *
   * @return the minor units
   */
  public long minorUnits() {
    return minorUnits;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the amount in major units, exactly.
   *
   * @return the amount with the currency's number of decimals
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
  }

  /**
   * Returns the amount in major units as a double, for statistics that need one. Exact for amounts
   * up to 2<sup>53</sup> minor units.
   *
   * @return the approximate amount in major units
   */
  public double toMajorDouble() {
    return toBigDecimal().doubleValue();
  }

  /**
   * Returns the sum of this amount and another of the same currency.
   *
   * @param other the amount to add, not null
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the sum overflows
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns this amount minus another of the same currency.
   *
   * @param other the amount to subtract, not null
   * @return the difference
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the difference overflows
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns this amount times a whole number.
   *
   * @param factor the multiplier
   * @return the product
   * @throws ArithmeticException if the product overflows
   */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(minorUnits, factor), currency);
  }

  /**
   * Returns this amount times a decimal factor, rounded to the minor unit.
   *
   * @param factor the multiplier, not null, for example {@code 0.15} for 15%
   * @param rounding how to round a fraction of a minor unit, not null
   * @return the rounded product
   * @throws IllegalArgumentException if the product does not fit a {@code long}
   */
  public Money multiply(BigDecimal factor, RoundingMode rounding) {
    checkNotNull(factor, "factor must not be null");
    return of(toBigDecimal().multiply(factor), currency, rounding);
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negated amount
   * @throws ArithmeticException if this is the smallest long
   */
  public Money negate() {
    return new Money(Math.negateExact(minorUnits), currency);
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return minorUnits < 0;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  private void requireSameCurrency(Money other) {
    checkNotNull(other, "other must not be null");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other
        && other.minorUnits == minorUnits
        && other.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minorUnits) * 31 + currency.hashCode();
  }

  /** Returns {@code "USD 12.50"}: the currency code and the amount in major units. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toBigDecimal().toPlainString();
  }
}
