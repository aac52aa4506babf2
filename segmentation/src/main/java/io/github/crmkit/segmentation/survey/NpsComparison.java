package io.github.crmkit.segmentation.survey;

/**
 * The difference between the scores of two independent NPS surveys, with its test.
 *
 * @param difference the first score minus the second, in points
 * @param standardError the standard error of the difference, in points
 * @param z the difference divided by its standard error
 * @param pValue the two-sided p-value of "no difference" under the normal approximation
 * @since 0.1
 */
public record NpsComparison(double difference, double standardError, double z, double pValue) {
  /**
   * Tells whether the difference is significant at a level.
   *
   * @param alpha the significance level, for example 0.05
   * @return true if the p-value is below {@code alpha}
   */
  public boolean isSignificant(double alpha) {
    return pValue < alpha;
  }
}
