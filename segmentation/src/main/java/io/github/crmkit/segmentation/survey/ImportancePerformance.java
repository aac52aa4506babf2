package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Importance-performance analysis (Martilla and James 1977): each attribute's mean importance and
 * mean performance placed against a crosshair into one of four {@linkplain IpaQuadrant quadrants}.
 * The crosshair policy is a parameter ({@link Crosshair}); a mean equal to the crosshair counts as
 * high. Ratings off the scale and nulls are rejected with their position and counted. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ImportancePerformance {

  private final int scaleMin;
  private final int scaleMax;
  private final Crosshair crosshair;

  private ImportancePerformance(int scaleMin, int scaleMax, Crosshair crosshair) {
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.crosshair = crosshair;
  }

  /**
   * Returns the analysis on a scale with a crosshair policy.
   *
   * @param scaleMin the lowest rating
   * @param scaleMax the highest rating, above {@code scaleMin}
   * @param crosshair the crosshair policy, not null
   * @return the analysis
   * @throws IllegalArgumentException if the scale has fewer than two points
   */
  public static ImportancePerformance of(int scaleMin, int scaleMax, Crosshair crosshair) {
    checkNotNull(crosshair, "crosshair must not be null");
    checkArgument(
        scaleMax > scaleMin,
        "scale must have at least two points, but was %s..%s",
        scaleMin,
        scaleMax);
    return new ImportancePerformance(scaleMin, scaleMax, crosshair);
  }

  /**
   * Analyses a stream of ratings.
   *
   * @param ratings the ratings, not null; off-scale ratings and nulls are rejected
   * @return the result
   */
  public IpaResult analyze(Stream<? extends @Nullable IpaRating> ratings) {
    checkNotNull(ratings, "ratings must not be null");
    return analyze(ratings.iterator());
  }

  /**
   * Analyses ratings.
   *
   * @param ratings the ratings, not null; off-scale ratings and nulls are rejected
   * @return the result
   */
  public IpaResult analyze(Iterable<? extends @Nullable IpaRating> ratings) {
    checkNotNull(ratings, "ratings must not be null");
    return analyze(ratings.iterator());
  }

  private IpaResult analyze(Iterator<? extends @Nullable IpaRating> it) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    List<Rejection<IpaRating>> rejected = new ArrayList<>();
    long position = 0;
    while (it.hasNext()) {
      IpaRating r = it.next();
      long at = position++;
      if (r == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the rating is null"));
      } else if (offScale(r.importance()) || offScale(r.performance())) {
        rejected.add(
            Rejection.of(
                at,
                r,
                RejectionReason.OUT_OF_SCALE,
                "importance "
                    + r.importance()
                    + " or performance "
                    + r.performance()
                    + " of '"
                    + r.attribute()
                    + "' is outside "
                    + scaleMin
                    + ".."
                    + scaleMax));
      } else {
        long[] s = sums.computeIfAbsent(r.attribute(), k -> new long[3]);
        s[0]++;
        s[1] += r.importance();
        s[2] += r.performance();
      }
    }
    int k = sums.size();
    double[] imp = new double[k];
    double[] perf = new double[k];
    int i = 0;
    for (long[] s : sums.values()) {
      imp[i] = (double) s[1] / s[0];
      perf[i] = (double) s[2] / s[0];
      i++;
    }
    double ci;
    double cp;
    switch (crosshair) {
      case MEANS -> {
        ci = k == 0 ? Double.NaN : Arrays.stream(imp).average().orElseThrow();
        cp = k == 0 ? Double.NaN : Arrays.stream(perf).average().orElseThrow();
      }
      case MEDIANS -> {
        ci = median(imp);
        cp = median(perf);
      }
      case SCALE_MIDPOINT -> {
        ci = (scaleMin + scaleMax) / 2.0;
        cp = ci;
      }
      default -> throw new AssertionError(crosshair);
    }
    List<IpaAttribute> attributes = new ArrayList<>(k);
    i = 0;
    for (Map.Entry<String, long[]> e : sums.entrySet()) {
      attributes.add(
          new IpaAttribute(
              e.getKey(),
              e.getValue()[0],
              imp[i],
              perf[i],
              IpaQuadrant.of(imp[i], perf[i], ci, cp)));
      i++;
    }
    return new IpaResult(crosshair, scaleMin, scaleMax, ci, cp, attributes, rejected);
  }

  private boolean offScale(int v) {
    return v < scaleMin || v > scaleMax;
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  @Override
  public String toString() {
    return "ImportancePerformance{scale=" + scaleMin + ".." + scaleMax + ", " + crosshair + "}";
  }
}
