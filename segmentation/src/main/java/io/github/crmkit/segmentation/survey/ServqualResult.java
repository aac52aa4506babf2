package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Moments;
import io.github.crmkit.core.internal.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a SERVQUAL analysis over many respondents: mean expectation, perception and gap per
 * item, the mean gap per dimension and overall with standard errors across respondents, the
 * weighted overall gap over the respondents who allocated importance points, and the rejected
 * responses. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ServqualResult implements Explained, Accounted {
  private static final int DIMENSIONS = ServqualDimension.values().length;

  private final int scaleMin;
  private final int scaleMax;
  private final long n;
  private final double[] meanExpectation;
  private final double[] meanPerception;
  private final Moments[] dimension;
  private final Moments overall;
  private final Moments weighted;
  private final double[] meanImportance;
  private final List<Rejection<ServqualResponse>> rejected;

  private ServqualResult(Accumulator a, List<Rejection<ServqualResponse>> rejected) {
    this.scaleMin = a.scaleMin;
    this.scaleMax = a.scaleMax;
    this.n = a.overall.n();
    this.meanExpectation = new double[ServqualDimension.ITEMS];
    this.meanPerception = new double[ServqualDimension.ITEMS];
    for (int i = 0; i < ServqualDimension.ITEMS; i++) {
      meanExpectation[i] = n == 0 ? Double.NaN : (double) a.sumE[i] / n;
      meanPerception[i] = n == 0 ? Double.NaN : (double) a.sumP[i] / n;
    }
    this.dimension = a.dimension.clone();
    this.overall = a.overall;
    this.weighted = a.weighted;
    this.meanImportance = new double[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      meanImportance[d] = weighted.n() == 0 ? Double.NaN : a.importance[d] / weighted.n();
    }
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Returns the number of valid responses.
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Returns the number of responses received: valid plus rejected.
   *
   * @return the number received
   */
  @Override
  public long received() {
    return n + rejected.size();
  }

  /**
   * Returns the rejected responses with positions and reasons.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<ServqualResponse>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  private void requireResponses() {
    if (n == 0) {
      throw new IllegalStateException("SERVQUAL of no valid responses is undefined (n = 0)");
    }
  }

  private static int index(int item) {
    checkArgument(
        item >= 1 && item <= ServqualDimension.ITEMS, "item must be 1 to 22, but was %s", item);
    return item - 1;
  }

  /**
   * Returns the mean expectation of an item.
   *
   * @param item the item, 1 to 22
   * @return the mean
   * @throws IllegalStateException if there is no valid response
   */
  public double meanExpectation(int item) {
    int i = index(item);
    requireResponses();
    return meanExpectation[i];
  }

  /**
   * Returns the mean perception of an item.
   *
   * @param item the item, 1 to 22
   * @return the mean
   * @throws IllegalStateException if there is no valid response
   */
  public double meanPerception(int item) {
    int i = index(item);
    requireResponses();
    return meanPerception[i];
  }

  /**
   * Returns the mean gap of an item: mean perception minus mean expectation.
   *
   * @param item the item, 1 to 22
   * @return the gap
   * @throws IllegalStateException if there is no valid response
   */
  public double itemGap(int item) {
    return meanPerception(item) - meanExpectation(item);
  }

  /**
   * Returns the mean gap of a dimension.
   *
   * @param d the dimension, not null
   * @return the gap
   * @throws IllegalStateException if there is no valid response
   */
  public double dimensionGap(ServqualDimension d) {
    checkNotNull(d, "d must not be null");
    requireResponses();
    return dimension[d.slot()].mean();
  }

  /**
   * Returns the standard error of a dimension's mean gap across respondents.
   *
   * @param d the dimension, not null
   * @return the standard error, 0 when n is 1
   * @throws IllegalStateException if there is no valid response
   */
  public double dimensionGapStandardError(ServqualDimension d) {
    checkNotNull(d, "d must not be null");
    requireResponses();
    return dimension[d.slot()].standardError();
  }

  /**
   * Returns the unweighted overall gap: the mean of the five dimension gaps.
   *
   * @return the gap
   * @throws IllegalStateException if there is no valid response
   */
  public double overallGap() {
    requireResponses();
    return overall.mean();
  }

  /**
   * Returns the standard error of the overall gap across respondents.
   *
   * @return the standard error
   * @throws IllegalStateException if there is no valid response
   */
  public double overallGapStandardError() {
    requireResponses();
    return overall.standardError();
  }

  /**
   * Returns how many valid respondents allocated importance points.
   *
   * @return the count
   */
  public long weightedN() {
    return weighted.n();
  }

  /**
   * Returns the mean importance-weighted gap over the respondents who allocated points.
   *
   * @return the weighted gap, or empty when none did
   */
  public Optional<Double> weightedGap() {
    return weighted.n() == 0 ? Optional.empty() : Optional.of(weighted.mean());
  }

  /**
   * Returns the mean importance points of a dimension over the respondents who allocated points.
   *
   * @param d the dimension, not null
   * @return the mean points, or empty when nobody allocated points
   */
  public Optional<Double> meanImportance(ServqualDimension d) {
    checkNotNull(d, "d must not be null");
    return weighted.n() == 0 ? Optional.empty() : Optional.of(meanImportance[d.slot()]);
  }

  /**
   * Returns the dimension with the most negative gap: where the service falls shortest.
   *
   * @return the weakest dimension
   * @throws IllegalStateException if there is no valid response
   */
  public ServqualDimension weakestDimension() {
    requireResponses();
    ServqualDimension worst = ServqualDimension.TANGIBLES;
    for (ServqualDimension d : ServqualDimension.values()) {
      if (dimension[d.slot()].mean() < dimension[worst.slot()].mean()) {
        worst = d;
      }
    }
    return worst;
  }

  /**
   * Explains the result: inputs, each dimension gap, and the overall gaps.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(ServqualResult.class, "servqual.subject")
            .input("n", n)
            .input("rejected", rejected.size())
            .input("with importance points", weighted.n())
            .threshold("scale", scaleMin + ".." + scaleMax);
    if (n == 0) {
      return b.buildTemplate("undefined.noResponses");
    }
    for (ServqualDimension d : ServqualDimension.values()) {
      Moments m = dimension[d.slot()];
      b.checkTemplate(
          d.displayName(Locale.ENGLISH),
          m.mean() < 0,
          m.mean() < 0 ? "servqual.below" : "servqual.gap",
          String.format(Locale.ROOT, "%.3f", m.mean()),
          String.format(Locale.ROOT, "%.3f", m.standardError()),
          d.firstItem(),
          d.lastItem());
    }
    String gap = String.format(Locale.ROOT, "%.3f", overall.mean());
    return weighted.n() == 0
        ? b.buildTemplate("servqual.outcome", gap, weakestDimension())
        : b.buildTemplate(
            "servqual.weighted",
            gap,
            String.format(Locale.ROOT, "%.3f", weighted.mean()),
            weakestDimension());
  }

  @Override
  public String toString() {
    return n == 0
        ? "SERVQUAL undefined (n = 0)"
        : String.format(Locale.ROOT, "SERVQUAL overall gap %.3f (n = %d)", overall.mean(), n);
  }

  /** Collects responses; not thread-safe. */
  static final class Accumulator {
    final int scaleMin;
    final int scaleMax;
    final long[] sumE = new long[ServqualDimension.ITEMS];
    final long[] sumP = new long[ServqualDimension.ITEMS];
    final Moments[] dimension = new Moments[DIMENSIONS];
    final Moments overall = new Moments();
    final Moments weighted = new Moments();
    final double[] importance = new double[DIMENSIONS];

    Accumulator(int scaleMin, int scaleMax) {
      this.scaleMin = scaleMin;
      this.scaleMax = scaleMax;
      for (int d = 0; d < DIMENSIONS; d++) {
        dimension[d] = new Moments();
      }
    }

    void add(ServqualGaps g, ServqualResponse r) {
      for (int item = 1; item <= ServqualDimension.ITEMS; item++) {
        sumE[item - 1] += r.expectation(item);
        sumP[item - 1] += r.perception(item);
      }
      for (ServqualDimension d : ServqualDimension.values()) {
        dimension[d.slot()].add(g.dimensionGap(d));
      }
      overall.add(g.overallGap());
      double w = g.weightedOrNaN();
      if (!Double.isNaN(w)) {
        weighted.add(w);
        for (int d = 0; d < DIMENSIONS; d++) {
          importance[d] += r.importancePoints(d);
        }
      }
    }

    ServqualResult finish(List<Rejection<ServqualResponse>> rejected) {
      return new ServqualResult(this, rejected);
    }
  }
}
