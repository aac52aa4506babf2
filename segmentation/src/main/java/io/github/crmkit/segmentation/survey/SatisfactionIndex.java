package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.Arrays;
import java.util.Locale;

/**
 * An ACSI-style satisfaction index from the means of several items rated 1 to 10: {@code sum w_i
 * (mean_i - 1) / 9 x 100}, from 0 to 100 (the rescaling of Fornell et al. 1996, "The American
 * Customer Satisfaction Index", Journal of Marketing 60(4); the ACSI estimates its weights from a
 * structural model, here the host supplies them or they are equal). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SatisfactionIndex implements Explained {
  private final double[] means;
  private final double[] weights;
  private final double value;

  private SatisfactionIndex(double[] means, double[] weights) {
    this.means = means;
    this.weights = weights;
    double v = 0;
    for (int i = 0; i < means.length; i++) {
      v += weights[i] * (means[i] - 1) / 9;
    }
    this.value = 100 * v;
  }

  /**
   * Returns the index of item means with equal weights.
   *
   * @param itemMeans the mean of each item, 1 to 10
   * @return the index
   */
  public static SatisfactionIndex of(double... itemMeans) {
    checkNotNull(itemMeans, "itemMeans must not be null");
    double[] w = new double[itemMeans.length];
    Arrays.fill(w, 1.0 / Math.max(1, itemMeans.length));
    return of(itemMeans, w);
  }

  /**
   * Returns the index of item means with the given weights.
   *
   * @param itemMeans the mean of each item, 1 to 10, at least one item
   * @param weights one non-negative weight per item, summing to 1 (within 1e-9)
   * @return the index
   * @throws IllegalArgumentException if a mean is off the scale, the lengths differ, a weight is
   *     negative or the weights do not sum to 1
   */
  public static SatisfactionIndex of(double[] itemMeans, double[] weights) {
    checkNotNull(itemMeans, "itemMeans must not be null");
    checkNotNull(weights, "weights must not be null");
    checkArgument(itemMeans.length > 0, "itemMeans must not be empty");
    checkArgument(
        weights.length == itemMeans.length,
        "weights must have one entry per item (%s), but had %s",
        itemMeans.length,
        weights.length);
    double sum = 0;
    for (int i = 0; i < itemMeans.length; i++) {
      if (!(itemMeans[i] >= 1 && itemMeans[i] <= 10)) {
        throw new IllegalArgumentException(
            "itemMeans[" + i + "] must be between 1 and 10, but was " + itemMeans[i]);
      }
      if (!(weights[i] >= 0 && Double.isFinite(weights[i]))) {
        throw new IllegalArgumentException(
            "weights[" + i + "] must be finite and not negative, but was " + weights[i]);
      }
      sum += weights[i];
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights must sum to 1, but summed to " + sum);
    }
    return new SatisfactionIndex(itemMeans.clone(), weights.clone());
  }

  /**
   * Returns the index.
   *
   * @return the index from 0 to 100
   */
  public double value() {
    return value;
  }

  /**
   * Explains the index: each item's mean, weight and contribution.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b = Explanation.builder(SatisfactionIndex.class, "csi.subject");
    for (int i = 0; i < means.length; i++) {
      b.input(
          "item " + (i + 1),
          String.format(
              Locale.ROOT,
              "mean %.2f, weight %.3f, contributes %.2f",
              means[i],
              weights[i],
              100 * weights[i] * (means[i] - 1) / 9));
    }
    return b.buildTemplate("csi.outcome", String.format(Locale.ROOT, "%.2f", value));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "satisfaction index %.2f", value);
  }
}
