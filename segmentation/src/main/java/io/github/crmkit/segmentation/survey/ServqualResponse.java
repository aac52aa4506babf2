package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's SERVQUAL answers: an expectation and a perception for each of the 22 items and,
 * optionally, the 100 importance points the respondent allocated among the five dimensions
 * (Parasuraman, Zeithaml and Berry 1991). Whether the answers fit a scale is checked by {@link
 * Servqual}, which rejects and counts responses that do not; this class only checks the shape.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ServqualResponse {
  private final int[] expectations;
  private final int[] perceptions;
  private final double @Nullable [] importance;

  private ServqualResponse(int[] expectations, int[] perceptions, double @Nullable [] importance) {
    this.expectations = expectations;
    this.perceptions = perceptions;
    this.importance = importance;
  }

  /**
   * Creates a response without importance points.
   *
   * @param expectations the 22 expectation answers, item 1 first; copied
   * @param perceptions the 22 perception answers, item 1 first; copied
   * @return the response
   * @throws IllegalArgumentException if either array does not hold 22 answers
   */
  public static ServqualResponse of(int[] expectations, int[] perceptions) {
    checkNotNull(expectations, "expectations must not be null");
    checkNotNull(perceptions, "perceptions must not be null");
    checkArgument(
        expectations.length == ServqualDimension.ITEMS,
        "expectations must hold 22 answers, but held %s",
        expectations.length);
    checkArgument(
        perceptions.length == ServqualDimension.ITEMS,
        "perceptions must hold 22 answers, but held %s",
        perceptions.length);
    return new ServqualResponse(expectations.clone(), perceptions.clone(), null);
  }

  /**
   * Returns a copy with the importance points the respondent allocated to the five dimensions.
   *
   * @param points five non-negative points in {@link ServqualDimension} order, summing to 100
   *     (within 1e-6)
   * @return the new response
   * @throws IllegalArgumentException if there are not five finite non-negative points summing to
   *     100
   */
  public ServqualResponse withImportance(double... points) {
    checkNotNull(points, "points must not be null");
    checkArgument(
        points.length == ServqualDimension.values().length,
        "points must hold one value per dimension (5), but held %s",
        points.length);
    double sum = 0;
    for (int i = 0; i < points.length; i++) {
      double p = points[i];
      if (!(p >= 0) || !Double.isFinite(p)) {
        throw new IllegalArgumentException(
            "points must be finite and not negative, but points[" + i + "] was " + p);
      }
      sum += p;
    }
    if (Math.abs(sum - 100) > 1e-6) {
      throw new IllegalArgumentException(
          "points must sum to 100, but summed to " + sum + ": " + Arrays.toString(points));
    }
    return new ServqualResponse(expectations, perceptions, points.clone());
  }

  /**
   * Returns the expectation for an item.
   *
   * @param item the item, 1 to 22
   * @return the answer
   */
  public int expectation(int item) {
    return expectations[index(item)];
  }

  /**
   * Returns the perception for an item.
   *
   * @param item the item, 1 to 22
   * @return the answer
   */
  public int perception(int item) {
    return perceptions[index(item)];
  }

  /**
   * Returns the same answers with expectations and perceptions exchanged (importance kept); its
   * gaps are the negatives of this response's gaps.
   *
   * @return the swapped response
   */
  public ServqualResponse swapped() {
    return new ServqualResponse(perceptions, expectations, importance);
  }

  /**
   * Returns the importance points of a dimension, if the respondent gave them.
   *
   * @param dimension the dimension, not null
   * @return the points, 0 to 100, or empty
   */
  public Optional<Double> importance(ServqualDimension dimension) {
    checkNotNull(dimension, "dimension must not be null");
    double[] w = importance;
    return w == null ? Optional.empty() : Optional.of(w[dimension.slot()]);
  }

  /**
   * Tells whether the respondent allocated importance points.
   *
   * @return true if importance points are present
   */
  public boolean hasImportance() {
    return importance != null;
  }

  double importancePoints(int dimensionOrdinal) {
    double[] w = importance;
    return w == null ? Double.NaN : w[dimensionOrdinal];
  }

  private static int index(int item) {
    checkArgument(
        item >= 1 && item <= ServqualDimension.ITEMS, "item must be 1 to 22, but was %s", item);
    return item - 1;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServqualResponse r
        && Arrays.equals(expectations, r.expectations)
        && Arrays.equals(perceptions, r.perceptions)
        && Arrays.equals(importance, r.importance);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(expectations) + Arrays.hashCode(perceptions))
        + Arrays.hashCode(importance);
  }

  @Override
  public String toString() {
    return "ServqualResponse{E="
        + Arrays.toString(expectations)
        + ", P="
        + Arrays.toString(perceptions)
        + (importance == null ? "" : ", importance=" + Arrays.toString(importance))
        + "}";
  }
}
