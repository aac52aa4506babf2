package io.github.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency KRW = Currency.getInstance("KRW");

  @Test
  void printsAndParsesMajorUnits() {
    Money m = Money.ofMinor(1250, USD);
    assertThat(m).hasToString("USD 12.50");
    assertThat(Money.parse("USD 12.50")).isEqualTo(m);
    assertThat(Money.parse("KRW 5000")).isEqualTo(Money.ofMinor(5000, KRW));
    assertThat(Money.ofMinor(-5, USD)).hasToString("USD -0.05");
    assertThat(m.toBigDecimal()).isEqualByComparingTo("12.50");
    assertThat(m.toMajorDouble()).isEqualTo(12.5);
  }

  @Test
  void arithmeticIsExactAndRefusesMixedCurrencies() {
    Money a = Money.ofMinor(1000, USD);
    assertThat(a.plus(Money.ofMinor(5, USD)).minorUnits()).isEqualTo(1005);
    assertThat(a.minus(Money.ofMinor(5, USD)).minorUnits()).isEqualTo(995);
    assertThat(a.times(3).minorUnits()).isEqualTo(3000);
    assertThat(a.negate().isNegative()).isTrue();
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThatThrownBy(() -> a.plus(Money.ofMinor(5, KRW)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("KRW")
        .satisfies(
            e -> {
              CurrencyMismatchException c = (CurrencyMismatchException) e;
              assertThat(c.expected()).isEqualTo(USD);
              assertThat(c.actual()).isEqualTo(KRW);
            });
    assertThatThrownBy(() -> a.compareTo(Money.ofMinor(5, KRW)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void roundsOnlyWhenToldHow() {
    Money price = Money.ofMinor(999, USD);
    assertThat(price.multiply(new BigDecimal("0.15"), RoundingMode.HALF_EVEN).minorUnits())
        .isEqualTo(150);
    assertThat(price.multiply(new BigDecimal("0.15"), RoundingMode.DOWN).minorUnits())
        .isEqualTo(149);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.005")
        .hasMessageContaining("RoundingMode");
    assertThat(Money.of(new BigDecimal("1.005"), USD, RoundingMode.HALF_UP).minorUnits())
        .isEqualTo(101);
    assertThat(Money.of(new BigDecimal("12"), KRW).minorUnits()).isEqualTo(12);
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Money max = Money.ofMinor(Long.MAX_VALUE, USD);
    assertThatThrownBy(() -> max.plus(Money.ofMinor(1, USD)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMinor(Long.MIN_VALUE, USD).negate())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> Money.ofMinor(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> Money.ofMinor(1, Currency.getInstance("XXX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XXX");
    assertThatThrownBy(() -> Money.parse("12.50 USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12.50 USD");
    assertThatThrownBy(() -> Money.parse("ZZZ 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZZ 1");
    assertThatThrownBy(() -> Money.parse("USD 1.2.3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"), USD))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringRoundTripsThroughParse() {
    qt().forAll(longs().all())
        .checkAssert(
            v -> {
              Money m = Money.ofMinor(v, USD);
              assertThat(Money.parse(m.toString())).isEqualTo(m);
              assertThat(Money.parse(Money.ofMinor(v, KRW).toString()).minorUnits()).isEqualTo(v);
            });
  }

  @Test
  void equalityNeedsSameAmountAndCurrency() {
    assertThat(Money.ofMinor(1, USD)).isEqualTo(Money.ofMinor(1, USD));
    assertThat(Money.ofMinor(1, USD)).hasSameHashCodeAs(Money.ofMinor(1, USD));
    assertThat(Money.ofMinor(1, USD)).isNotEqualTo(Money.ofMinor(1, KRW));
    assertThat(Money.ofMinor(1, USD)).isNotEqualTo(Money.ofMinor(2, USD));
    assertThat(Money.ofMinor(1, USD).compareTo(Money.ofMinor(2, USD))).isNegative();
  }
}
