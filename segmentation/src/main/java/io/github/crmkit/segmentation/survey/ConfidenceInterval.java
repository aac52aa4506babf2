package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * A two-sided confidence interval. Immutable and thread-safe.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 * @param level the confidence level, for example 0.95
 * @since 0.1
 */
public record ConfidenceInterval(double lower, double upper, double level) {
  /**
   * Checks the components.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @param level the confidence level
   * @throws IllegalArgumentException if the bounds are not finite and ordered or the level is not
   *     strictly between 0 and 1
   */
  public ConfidenceInterval {
    checkArgument(
        Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper,
        "bounds must be finite and ordered, but were %s and %s",
        lower,
        upper);
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), but was %s", level);
  }

  /**
   * Returns half the width of the interval.
   *
   * @return the margin of error for a symmetric interval
   */
  public double halfWidth() {
    return (upper - lower) / 2;
  }

  /** Prints {@code "[22.35, 37.65] (95%)"}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "[%.2f, %.2f] (%s%%)",
        lower,
        upper,
        java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString());
  }

  static double z(double level) {
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), but was %s", level);
    return Normal.quantile(0.5 + level / 2);
  }
}
