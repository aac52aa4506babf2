package io.github.crmkit.segmentation.customer;

import io.github.crmkit.core.ConfidenceInterval;
import java.util.Locale;

/**
 * Conversions over opportunities in a window, with a Wilson confidence interval ({@link
 * ConfidenceInterval#wilson}). Immutable.
 *
 * @param conversions the conversions, 0 to {@code opportunities}
 * @param opportunities the opportunities, 0 or more
 * @since 0.1
 */
public record ConversionRate(long conversions, long opportunities) {
  /**
   * Checks the counts.
   *
   * @param conversions the conversions
   * @param opportunities the opportunities
   * @throws IllegalArgumentException if a count is negative or conversions exceed opportunities
   */
  public ConversionRate {
    if (opportunities < 0 || conversions < 0 || conversions > opportunities) {
      throw new IllegalArgumentException(
          "counts must satisfy 0 <= conversions <= opportunities, but were "
              + conversions
              + " of "
              + opportunities);
    }
  }

  /**
   * Returns the rate.
   *
   * @return conversions over opportunities
   * @throws IllegalStateException if there was no opportunity
   */
  public double rate() {
    if (opportunities == 0) {
      throw new IllegalStateException("the conversion rate of no opportunities is undefined");
    }
    return (double) conversions / opportunities;
  }

  /**
   * Returns the Wilson interval of the rate.
   *
   * @param level the confidence level, for example 0.95
   * @return the interval within 0 to 1
   * @throws IllegalStateException if there was no opportunity
   */
  public ConfidenceInterval wilson(double level) {
    if (opportunities == 0) {
      throw new IllegalStateException("the conversion rate of no opportunities is undefined");
    }
    return ConfidenceInterval.wilson(conversions, opportunities, level);
  }

  @Override
  public String toString() {
    return opportunities == 0
        ? "0 of 0 (undefined)"
        : String.format(Locale.ROOT, "%d of %d (%.1f%%)", conversions, opportunities, 100 * rate());
  }
}
