package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A discount rate per period of a stated unit, such as 10% per year. Converting to another unit
 * compounds: 10% a year is 0.797% a month, not 10% / 12.
 *
 * @param rate the rate per period, finite and greater than -1 (0.1 for 10%)
 * @param per the period
 * @since 0.1
 */
public record DiscountRate(double rate, TimeScale per) {
  /**
   * Checks the components.
   *
   * @param rate finite, greater than -1
   * @param per not null
   * @throws IllegalArgumentException if the rate is not finite or at most -1
   */
  public DiscountRate {
    checkNotNull(per, "per must not be null");
    if (!(rate > -1) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException(
          "rate must be finite and greater than -1, but was " + rate);
    }
  }

  /**
   * Returns a rate.
   *
   * @param rate the rate per period (0.1 for 10%)
   * @param per the period
   * @return the rate
   */
  public static DiscountRate of(double rate, TimeScale per) {
    return new DiscountRate(rate, per);
  }

  /**
   * Returns the equivalent rate per period of another unit, by compounding.
   *
   * @param unit the unit, not null
   * @return the rate per {@code unit}
   */
  public double per(TimeScale unit) {
    checkNotNull(unit, "unit must not be null");
    return Math.expm1(Math.log1p(rate) * unit.convert(1, per));
  }

  /**
   * Returns the factor that discounts a payment made after some time: {@code (1 + rate)^-(t in
   * periods)}.
   *
   * @param time the time, not negative
   * @param unit its unit, not null
   * @return the factor in (0, 1] for a positive rate
   */
  public double factor(double time, TimeScale unit) {
    checkNotNull(unit, "unit must not be null");
    return Math.exp(-Math.log1p(rate) * unit.convert(time, per));
  }
}
