package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.crmkit.core.internal.Normal;
import java.util.Locale;

/**
 * A two-sided confidence interval: the one interval type of crmkit, used by survey measures (NPS,
 * conversion rates), lifetime-value model fits and inter-coder reliability estimates. Immutable and
 * thread-safe.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 * @param level the confidence level, for example 0.95
 * @since 0.1 (in {@code segmentation.survey} until 0.2)
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

  /**
   * Returns the Wilson score interval of a proportion (Wilson 1927, "Probable inference, the law of
   * succession, and statistical inference", JASA 22), which stays inside 0 to 1 and keeps its
   * coverage for small n and proportions near 0 or 1.
   *
   * @param successes the successes, 0 to {@code n}
   * @param n the trials, above 0
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval on the proportion, within 0 to 1
   * @throws IllegalArgumentException if the counts or the level are out of range
   */
  public static ConfidenceInterval wilson(long successes, long n, double level) {
    checkArgument(n > 0, "n must be positive, but was %s", n);
    checkArgument(
        successes >= 0 && successes <= n,
        "successes must be 0 to n (%s), but was %s",
        n,
        successes);
    double z = z(level);
    double p = (double) successes / n;
    double z2n = z * z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    return new ConfidenceInterval(Math.max(0, centre - half), Math.min(1, centre + half), level);
  }

  /**
   * Returns the Wald (normal) interval {@code estimate +- z SE} at a level.
   *
   * @param estimate the point estimate, finite
   * @param standardError its standard error, finite and not negative
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ConfidenceInterval normal(double estimate, double standardError, double level) {
    checkArgument(Double.isFinite(estimate), "estimate must be finite, but was %s", estimate);
    checkArgument(
        Double.isFinite(standardError) && standardError >= 0,
        "standardError must be finite and not negative, but was %s",
        standardError);
    double half = z(level) * standardError;
    return new ConfidenceInterval(estimate - half, estimate + half, level);
  }

  private static double z(double level) {
    return Normal.twoSidedZ(level);
  }
}
