package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The zone of tolerance (Zeithaml, Berry and Parasuraman 1993; Parasuraman, Zeithaml and Berry
 * 1994, "Alternative scales for measuring service quality", Journal of Retailing 70(3)): perceived
 * service compared with the adequate and the desired level, giving the position (below, within,
 * above; the bounds belong to the zone), the measure of service adequacy MSA = P - A and of service
 * superiority MSS = P - D, and the customer's {@link ExpectationProfile}.
 *
 * <p>Defaults: the nine-point scale of the 1994 study; a desired level in the top two points is
 * high; a zone of at most one point is narrow. Ratings off the scale, with the adequate level above
 * the desired one, or null are rejected with their position and counted. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ZoneOfTolerance {

  private final int scaleMin;
  private final int scaleMax;
  private final int highDesiredFrom;
  private final int narrowWidthAtMost;

  private ZoneOfTolerance(int scaleMin, int scaleMax, int highDesiredFrom, int narrowWidthAtMost) {
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.highDesiredFrom = highDesiredFrom;
    this.narrowWidthAtMost = narrowWidthAtMost;
  }

  /**
   * Returns the analysis on the nine-point scale with the default profile cut-offs.
   *
   * @return the analysis
   */
  public static ZoneOfTolerance ninePoint() {
    return onScale(1, 9);
  }

  /**
   * Returns the analysis on a scale, with a desired level in the top two points counting as high
   * and a zone of at most one point counting as narrow.
   *
   * @param scaleMin the lowest answer
   * @param scaleMax the highest answer, at least two above {@code scaleMin}
   * @return the analysis
   * @throws IllegalArgumentException if the scale has fewer than three points
   */
  public static ZoneOfTolerance onScale(int scaleMin, int scaleMax) {
    checkArgument(
        scaleMax >= scaleMin + 2 && (long) scaleMax - scaleMin <= 100,
        "scale must have 3 to 101 points, but was %s..%s",
        scaleMin,
        scaleMax);
    return new ZoneOfTolerance(scaleMin, scaleMax, scaleMax - 1, 1);
  }

  /**
   * Returns a copy with other cut-offs for the {@link ExpectationProfile}.
   *
   * @param highDesiredFrom the lowest desired level that counts as high, on the scale
   * @param narrowWidthAtMost the widest zone (desired - adequate) that counts as narrow, 0 or more
   * @return the new analysis
   * @throws IllegalArgumentException if a cut-off is off the scale
   */
  public ZoneOfTolerance withProfileCutoffs(int highDesiredFrom, int narrowWidthAtMost) {
    checkArgument(
        highDesiredFrom >= scaleMin && highDesiredFrom <= scaleMax,
        "highDesiredFrom must be on the scale %s..%s, but was %s",
        scaleMin,
        scaleMax,
        highDesiredFrom);
    checkArgument(
        narrowWidthAtMost >= 0 && narrowWidthAtMost <= scaleMax - scaleMin,
        "narrowWidthAtMost must be 0 to %s, but was %s",
        scaleMax - scaleMin,
        narrowWidthAtMost);
    return new ZoneOfTolerance(scaleMin, scaleMax, highDesiredFrom, narrowWidthAtMost);
  }

  /**
   * Judges one rating.
   *
   * @param rating the rating, not null
   * @return the assessment
   * @throws IllegalArgumentException if an answer is off the scale or adequate exceeds desired
   */
  public ToleranceAssessment assess(ToleranceRating rating) {
    checkNotNull(rating, "rating must not be null");
    String problem = problem(rating);
    if (problem != null) {
      throw new IllegalArgumentException("rating " + rating + " is invalid: " + problem);
    }
    return judge(rating);
  }

  private ToleranceAssessment judge(ToleranceRating r) {
    int a = r.adequate();
    int d = r.desired();
    int p = r.perceived();
    ZonePosition position =
        p < a ? ZonePosition.BELOW : p > d ? ZonePosition.ABOVE : ZonePosition.WITHIN;
    int width = d - a;
    boolean high = d >= highDesiredFrom;
    boolean narrow = width <= narrowWidthAtMost;
    ExpectationProfile profile =
        high
            ? (narrow ? ExpectationProfile.DEMANDING : ExpectationProfile.ASPIRING)
            : (narrow ? ExpectationProfile.MODEST : ExpectationProfile.EASYGOING);
    return new ToleranceAssessment(r, position, p - a, p - d, width, profile);
  }

  private @Nullable String problem(ToleranceRating r) {
    for (int v : new int[] {r.adequate(), r.desired(), r.perceived()}) {
      if (v < scaleMin || v > scaleMax) {
        return "answer " + v + " is outside " + scaleMin + ".." + scaleMax;
      }
    }
    if (r.adequate() > r.desired()) {
      return "adequate " + r.adequate() + " is above desired " + r.desired();
    }
    return null;
  }

  /**
   * Analyses a stream of ratings of one attribute in one pass.
   *
   * @param ratings the ratings, not null; invalid ones are rejected
   * @return the result
   */
  public ToleranceResult analyze(Stream<? extends @Nullable ToleranceRating> ratings) {
    checkNotNull(ratings, "ratings must not be null");
    return analyze(ratings.iterator());
  }

  /**
   * Analyses ratings of one attribute in one pass.
   *
   * @param ratings the ratings, not null; invalid ones are rejected
   * @return the result
   */
  public ToleranceResult analyze(Iterable<? extends @Nullable ToleranceRating> ratings) {
    checkNotNull(ratings, "ratings must not be null");
    return analyze(ratings.iterator());
  }

  private ToleranceResult analyze(Iterator<? extends @Nullable ToleranceRating> it) {
    ToleranceResult.Accumulator acc = new ToleranceResult.Accumulator();
    List<Rejection<ToleranceRating>> rejected = new ArrayList<>();
    long position = 0;
    while (it.hasNext()) {
      ToleranceRating r = it.next();
      long at = position++;
      if (r == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the rating is null"));
        continue;
      }
      String problem = problem(r);
      if (problem == null) {
        acc.add(judge(r));
      } else {
        RejectionReason reason =
            problem.startsWith("answer")
                ? RejectionReason.OUT_OF_SCALE
                : RejectionReason.INVERTED_ZONE;
        rejected.add(Rejection.of(at, r, reason, problem));
      }
    }
    return acc.finish(this, rejected);
  }

  String describe() {
    return "scale "
        + scaleMin
        + ".."
        + scaleMax
        + ", high desired from "
        + highDesiredFrom
        + ", narrow zone at most "
        + narrowWidthAtMost;
  }

  @Override
  public String toString() {
    return "ZoneOfTolerance{" + describe() + "}";
  }
}
