package io.github.crmkit.segmentation.loyalty;

import java.util.Locale;

/**
 * Lifetime value before and after a change in retention, from {@link
 * RetentionEconomics#retentionUplift}. Immutable.
 *
 * @param retentionBefore the retention rate before
 * @param retentionAfter the retention rate after
 * @param valueBefore the lifetime value before
 * @param valueAfter the lifetime value after
 * @since 0.1
 */
public record RetentionUplift(
    double retentionBefore, double retentionAfter, double valueBefore, double valueAfter) {
  /**
   * Returns the value gained per customer (negative for a loss).
   *
   * @return after minus before
   */
  public double gain() {
    return valueAfter - valueBefore;
  }

  /**
   * Returns the relative change of lifetime value.
   *
   * @return {@code after / before - 1}, NaN when the value before is 0
   */
  public double relativeGain() {
    return valueBefore == 0 ? Double.NaN : valueAfter / valueBefore - 1;
  }

  /**
   * Returns the most worth spending per customer and period to achieve the change: the gain spread
   * over the expected lifetime {@code 1 / (1 - r)} at the raised rate.
   *
   * @return the break-even spend per period, 0 when the change loses value
   */
  public double breakEvenSpendPerPeriod() {
    return Math.max(0, gain() * (1 - retentionAfter));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "retention %.3f -> %.3f: value %.2f -> %.2f (%+.1f%%)",
        retentionBefore,
        retentionAfter,
        valueBefore,
        valueAfter,
        100 * relativeGain());
  }
}
