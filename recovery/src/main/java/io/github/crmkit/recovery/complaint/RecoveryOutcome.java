package io.github.crmkit.recovery.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Moments;
import io.github.crmkit.core.internal.Normal;
import io.github.crmkit.core.internal.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of service recovery over a set of customers: mean perceived distributive, procedural
 * and interactional justice, mean satisfaction before the failure and after the recovery, and the
 * paired difference with its standard error and interval, which decides whether a recovery paradox
 * was observed ({@link RecoveryParadox}); the paradox is measured, never assumed. Ratings off the
 * scale and nulls are rejected with their position and counted. Immutable.
 *
 * @since 0.1
 */
public final class RecoveryOutcome implements Explained, Accounted {

  private final int scaleMin;
  private final int scaleMax;
  private final long n;
  private final double[] means;
  private final double diffMean;
  private final double diffSe;
  private final List<Rejection<OutcomeRating>> rejected;

  private RecoveryOutcome(
      int scaleMin,
      int scaleMax,
      long n,
      double[] means,
      double diffMean,
      double diffSe,
      List<Rejection<OutcomeRating>> rejected) {
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.n = n;
    this.means = means;
    this.diffMean = diffMean;
    this.diffSe = diffSe;
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Evaluates ratings on a scale.
   *
   * @param ratings the ratings, not null; off-scale ratings and nulls are rejected
   * @param scaleMin the lowest answer
   * @param scaleMax the highest answer, above {@code scaleMin}
   * @return the outcome
   * @throws IllegalArgumentException if the scale is empty
   */
  public static RecoveryOutcome evaluate(
      Iterable<? extends @Nullable OutcomeRating> ratings, int scaleMin, int scaleMax) {
    checkNotNull(ratings, "ratings must not be null");
    if (scaleMax <= scaleMin) {
      throw new IllegalArgumentException(
          "scale must have at least two points, but was " + scaleMin + ".." + scaleMax);
    }
    double[] sums = new double[5];
    Moments diff = new Moments();
    long n = 0;
    long position = 0;
    List<Rejection<OutcomeRating>> rejected = new ArrayList<>();
    for (OutcomeRating r : ratings) {
      long at = position++;
      if (r == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the rating is null"));
        continue;
      }
      int[] v = {
        r.satisfactionBefore(),
        r.distributive(),
        r.procedural(),
        r.interactional(),
        r.satisfactionAfter()
      };
      boolean ok = true;
      for (int x : v) {
        ok &= x >= scaleMin && x <= scaleMax;
      }
      if (!ok) {
        rejected.add(
            Rejection.of(
                at,
                r,
                RejectionReason.OUT_OF_SCALE,
                r + " has a rating outside " + scaleMin + ".." + scaleMax));
        continue;
      }
      n++;
      for (int k = 0; k < 5; k++) {
        sums[k] += v[k];
      }
      diff.add((double) v[4] - v[0]);
    }
    double[] means = new double[5];
    for (int k = 0; k < 5; k++) {
      means[k] = n == 0 ? Double.NaN : sums[k] / n;
    }
    double mean = n == 0 ? Double.NaN : diff.mean();
    double se = n < 2 ? Double.NaN : diff.standardError();
    return new RecoveryOutcome(scaleMin, scaleMax, n, means, mean, se, rejected);
  }

  private void requireRatings() {
    if (n == 0) {
      throw new IllegalStateException("the recovery outcome of no valid ratings is undefined");
    }
  }

  /**
   * Returns the number of valid ratings.
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Returns the number received: valid plus rejected.
   *
   * @return the count
   */
  @Override
  public long received() {
    return n + rejected.size();
  }

  /**
   * Returns the rejected ratings.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<OutcomeRating>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Returns the mean satisfaction before the failure.
   *
   * @return the mean
   * @throws IllegalStateException without valid ratings
   */
  public double meanSatisfactionBefore() {
    requireRatings();
    return means[0];
  }

  /**
   * Returns the mean perceived distributive justice.
   *
   * @return the mean
   * @throws IllegalStateException without valid ratings
   */
  public double meanDistributiveJustice() {
    requireRatings();
    return means[1];
  }

  /**
   * Returns the mean perceived procedural justice.
   *
   * @return the mean
   * @throws IllegalStateException without valid ratings
   */
  public double meanProceduralJustice() {
    requireRatings();
    return means[2];
  }

  /**
   * Returns the mean perceived interactional justice.
   *
   * @return the mean
   * @throws IllegalStateException without valid ratings
   */
  public double meanInteractionalJustice() {
    requireRatings();
    return means[3];
  }

  /**
   * Returns the mean satisfaction after the recovery.
   *
   * @return the mean
   * @throws IllegalStateException without valid ratings
   */
  public double meanSatisfactionAfter() {
    requireRatings();
    return means[4];
  }

  /**
   * Returns the mean paired difference, satisfaction after minus before.
   *
   * @return the difference in scale points
   * @throws IllegalStateException without valid ratings
   */
  public double satisfactionDifference() {
    requireRatings();
    return diffMean;
  }

  /**
   * Returns the standard error of the mean difference.
   *
   * @return the standard error
   * @throws IllegalStateException with fewer than two valid ratings
   */
  public double differenceStandardError() {
    if (n < 2) {
      throw new IllegalStateException("the standard error needs at least two ratings, had " + n);
    }
    return diffSe;
  }

  /**
   * Returns the normal-approximation interval of the mean difference.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return {lower, upper}
   * @throws IllegalStateException with fewer than two valid ratings
   */
  public double[] differenceInterval(double level) {
    double z = Normal.twoSidedZ(level);
    double se = differenceStandardError();
    return new double[] {diffMean - z * se, diffMean + z * se};
  }

  /**
   * Says whether a recovery paradox was observed at the 95% level.
   *
   * @return observed only when the whole interval lies above zero
   * @throws IllegalStateException with fewer than two valid ratings
   */
  public RecoveryParadox paradox() {
    double[] ci = differenceInterval(0.95);
    return ci[0] > 0
        ? RecoveryParadox.OBSERVED
        : ci[1] < 0 ? RecoveryParadox.NOT_OBSERVED : RecoveryParadox.INCONCLUSIVE;
  }

  /**
   * Explains the outcome.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(RecoveryOutcome.class, "outcome.subject")
            .input("n", n)
            .input("rejected", rejected.size())
            .threshold("scale", scaleMin + ".." + scaleMax);
    if (n < 2) {
      return b.buildTemplate("outcome.undefined");
    }
    double[] ci = differenceInterval(0.95);
    b.input("distributive justice", fmt(means[1]))
        .input("procedural justice", fmt(means[2]))
        .input("interactional justice", fmt(means[3]))
        .input("satisfaction before", fmt(means[0]))
        .input("satisfaction after", fmt(means[4]));
    return b.buildTemplate(
        "outcome.outcome",
        paradox(),
        String.format(Locale.ROOT, "%+.3f", diffMean),
        fmt(ci[0]),
        fmt(ci[1]));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public String toString() {
    return "RecoveryOutcome{n=" + n + "}";
  }
}
