package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The unit in which a model measures time. A month is a twelfth of a year of 365.25 days (30.4375
 * days), so months and years convert exactly into each other and into days; there is no thirty-day
 * month and no 52-week year.
 *
 * @since 0.1
 */
public enum TimeScale {
  /** One day. */
  DAY(1),
  /** Seven days. */
  WEEK(7),
  /** A twelfth of a year: 30.4375 days. */
  MONTH(365.25 / 12),
  /** 365.25 days. */
  YEAR(365.25);

  private final double days;

  TimeScale(double days) {
    this.days = days;
  }

  /**
   * Returns the length in days.
   *
   * @return the days
   */
  public double days() {
    return days;
  }

  /**
   * Converts an amount of this unit into another unit.
   *
   * @param amount the amount in this unit
   * @param to the unit to convert to, not null
   * @return the amount in {@code to}
   */
  public double convert(double amount, TimeScale to) {
    checkNotNull(to, "to must not be null");
    return to == this ? amount : amount * days / to.days;
  }
}
