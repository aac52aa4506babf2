package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * One respondent's SERVQUAL gaps (perception minus expectation): per item, per dimension (the mean
 * of its items), overall (the mean of the five dimensions) and, when the respondent allocated
 * importance points, weighted (the sum of dimension gaps times points over 100). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ServqualGaps {
  private final int[] itemGaps = new int[ServqualDimension.ITEMS];
  private final double[] dimensionGaps = new double[ServqualDimension.values().length];
  private final double overall;
  private final double weighted;

  ServqualGaps(ServqualResponse r) {
    for (int item = 1; item <= ServqualDimension.ITEMS; item++) {
      itemGaps[item - 1] = r.perception(item) - r.expectation(item);
    }
    double sum = 0;
    double w = 0;
    for (ServqualDimension d : ServqualDimension.values()) {
      long s = 0;
      for (int item = d.firstItem(); item <= d.lastItem(); item++) {
        s += itemGaps[item - 1];
      }
      double g = (double) s / d.itemCount();
      dimensionGaps[d.slot()] = g;
      sum += g;
      w += g * r.importancePoints(d.slot()) / 100;
    }
    this.overall = sum / dimensionGaps.length;
    this.weighted = w;
  }

  /**
   * Returns the gap of one item.
   *
   * @param item the item, 1 to 22
   * @return perception minus expectation
   * @throws IllegalArgumentException if the item is not 1 to 22
   */
  public int itemGap(int item) {
    checkArgument(
        item >= 1 && item <= ServqualDimension.ITEMS, "item must be 1 to 22, but was %s", item);
    return itemGaps[item - 1];
  }

  /**
   * Returns the gap of a dimension: the mean of its item gaps.
   *
   * @param dimension the dimension, not null
   * @return the gap
   */
  public double dimensionGap(ServqualDimension dimension) {
    checkNotNull(dimension, "dimension must not be null");
    return dimensionGaps[dimension.slot()];
  }

  /**
   * Returns the unweighted overall gap: the mean of the five dimension gaps.
   *
   * @return the gap
   */
  public double overallGap() {
    return overall;
  }

  /**
   * Returns the importance-weighted gap, when the respondent allocated importance points.
   *
   * @return the weighted gap, or empty
   */
  public Optional<Double> weightedGap() {
    return Double.isNaN(weighted) ? Optional.empty() : Optional.of(weighted);
  }

  double weightedOrNaN() {
    return weighted;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ServqualGaps{overall=%.3f}", overall);
  }
}
