package io.github.crmkit.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * Values as a business reader reads them in explanations: numbers to six significant digits without
 * binary noise ({@code 4.6}, not {@code 4.600000000000001}), durations in days, hours, minutes.
 */
public final class Wording {
  private Wording() {}

  /**
   * A duration as days, hours, minutes and seconds, largest first, zero parts left out: {@code 1 d
   * 2 h 30 min}, {@code 45 s}, {@code 0 s}; a negative duration gets a leading minus.
   *
   * @param d the duration
   * @return the text
   */
  public static String duration(Duration d) {
    if (d.isZero()) {
      return "0 s";
    }
    StringBuilder sb = new StringBuilder();
    Duration a = d.abs();
    long days = a.toDays();
    int hours = a.toHoursPart();
    int minutes = a.toMinutesPart();
    int seconds = a.toSecondsPart();
    append(sb, days, "d");
    append(sb, hours, "h");
    append(sb, minutes, "min");
    append(sb, seconds, "s");
    if (sb.length() == 0) {
      sb.append(a.toMillisPart()).append(" ms");
    }
    return d.isNegative() ? "-" + sb : sb.toString();
  }

  /**
   * A number to six significant digits, trailing zeros dropped, never in exponent form below 10^15:
   * {@code 4.6}, {@code 0.333333}, {@code 12}, {@code 1234570}; NaN and the infinities as {@code
   * NaN}, {@code +inf}, {@code -inf}.
   *
   * @param v the number
   * @return the text
   */
  public static String number(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
    return Math.abs(v) < 1e15 && Math.abs(v) >= 1e-6 ? d.toPlainString() : d.toString();
  }

  private static void append(StringBuilder sb, long n, String unit) {
    if (n != 0) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(n).append(' ').append(unit);
    }
  }
}
