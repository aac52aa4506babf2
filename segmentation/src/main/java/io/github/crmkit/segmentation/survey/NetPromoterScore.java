package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Normal;
import io.github.crmkit.core.internal.Tally;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Net Promoter Score of a set of answers to "How likely are you to recommend us?" (0 to 10):
 * the percentage of promoters minus the percentage of detractors, from -100 to 100, with its
 * sampling statistics.
 *
 * <p>With proportions {@code pP} and {@code pD}, each answer scores +1, 0 or -1; the per-answer
 * variance is {@code pP + pD - (pP - pD)^2} and the standard error, in points, is {@code 100
 * sqrt(variance / n)}. The Wald interval is {@code NPS +- z SE}; the adjusted-Wald interval (Rocks
 * 2016, "Interval estimation for the 'Net Promoter Score'", The American Statistician 70(4)) first
 * adds 3 to n and 3/4 to both promoters and detractors, which keeps coverage near the nominal level
 * for small samples and extreme scores.
 *
 * <p>Answers outside 0 to 10 (and nulls from a stream) are rejected with their position and
 * counted; n counts only valid answers. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NetPromoterScore implements Explained, Accounted {

  private final NpsBands bands;
  private final long promoters;
  private final long passives;
  private final long detractors;
  private final List<Rejection<Integer>> rejected;

  private NetPromoterScore(
      NpsBands bands,
      long promoters,
      long passives,
      long detractors,
      List<Rejection<Integer>> rejected) {
    this.bands = bands;
    this.promoters = promoters;
    this.passives = passives;
    this.detractors = detractors;
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Scores answers given as a primitive column with the standard bands.
   *
   * @param answers the answers, 0 to 10 each; others are rejected
   * @return the score
   */
  public static NetPromoterScore of(int[] answers) {
    return of(answers, NpsBands.defaults());
  }

  /**
   * Scores answers given as a primitive column.
   *
   * @param answers the answers, 0 to 10 each; others are rejected
   * @param bands the bands, not null
   * @return the score
   */
  public static NetPromoterScore of(int[] answers, NpsBands bands) {
    checkNotNull(answers, "answers must not be null");
    checkNotNull(bands, "bands must not be null");
    long[] histogram = new long[NpsBands.SCALE_MAX + 1];
    List<Rejection<Integer>> rejected = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a >= NpsBands.SCALE_MIN && a <= NpsBands.SCALE_MAX) {
        histogram[a]++;
      } else {
        rejected.add(outOfScale(i, a));
      }
    }
    return fromHistogram(histogram, bands, rejected);
  }

  /**
   * Scores answers from an iterator, in one pass.
   *
   * @param answers the answers; nulls and answers outside 0 to 10 are rejected
   * @param bands the bands, not null
   * @return the score
   */
  public static NetPromoterScore of(Iterator<@Nullable Integer> answers, NpsBands bands) {
    checkNotNull(answers, "answers must not be null");
    checkNotNull(bands, "bands must not be null");
    long[] histogram = new long[NpsBands.SCALE_MAX + 1];
    List<Rejection<Integer>> rejected = new ArrayList<>();
    long position = 0;
    while (answers.hasNext()) {
      Integer a = answers.next();
      long at = position++;
      if (a == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the answer is null"));
      } else if (a >= NpsBands.SCALE_MIN && a <= NpsBands.SCALE_MAX) {
        histogram[a]++;
      } else {
        rejected.add(outOfScale(at, a));
      }
    }
    return fromHistogram(histogram, bands, rejected);
  }

  /**
   * Returns the score of known counts, for example from a published survey.
   *
   * @param promoters the number of promoters, not negative
   * @param passives the number of passives, not negative
   * @param detractors the number of detractors, not negative
   * @return the score, with standard bands
   * @throws IllegalArgumentException if a count is negative
   */
  public static NetPromoterScore fromCounts(long promoters, long passives, long detractors) {
    checkArgument(promoters >= 0, "promoters must not be negative, but was %s", promoters);
    checkArgument(passives >= 0, "passives must not be negative, but was %s", passives);
    checkArgument(detractors >= 0, "detractors must not be negative, but was %s", detractors);
    return new NetPromoterScore(NpsBands.defaults(), promoters, passives, detractors, List.of());
  }

  private static Rejection<Integer> outOfScale(long position, int answer) {
    return Rejection.of(
        position, answer, RejectionReason.OUT_OF_SCALE, "answer " + answer + " is outside 0 to 10");
  }

  private static NetPromoterScore fromHistogram(
      long[] histogram, NpsBands bands, List<Rejection<Integer>> rejected) {
    long p = 0;
    long pa = 0;
    long d = 0;
    for (int a = 0; a < histogram.length; a++) {
      if (a <= bands.detractorMax()) {
        d += histogram[a];
      } else if (a >= bands.promoterMin()) {
        p += histogram[a];
      } else {
        pa += histogram[a];
      }
    }
    return new NetPromoterScore(bands, p, pa, d, rejected);
  }

  /**
   * Returns the number of valid answers.
   *
   * @return n
   */
  public long n() {
    return promoters + passives + detractors;
  }

  /**
   * Returns the number of promoters.
   *
   * @return the promoters
   */
  public long promoters() {
    return promoters;
  }

  /**
   * Returns the number of passives.
   *
   * @return the passives
   */
  public long passives() {
    return passives;
  }

  /**
   * Returns the number of detractors.
   *
   * @return the detractors
   */
  public long detractors() {
    return detractors;
  }

  /**
   * Returns the bands used.
   *
   * @return the bands
   */
  public NpsBands bands() {
    return bands;
  }

  /**
   * Returns the rejected answers with their positions and reasons.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<Integer>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Returns the number of answers received: valid plus rejected.
   *
   * @return the number received
   */
  @Override
  public long received() {
    return n() + rejected.size();
  }

  private void requireAnswers() {
    if (n() == 0) {
      throw new IllegalStateException("the NPS of no valid answers is undefined (n = 0)");
    }
  }

  /**
   * Returns the score: percent promoters minus percent detractors.
   *
   * @return the NPS from -100 to 100
   * @throws IllegalStateException if there is no valid answer
   */
  public double score() {
    requireAnswers();
    return 100.0 * (promoters - detractors) / n();
  }

  /**
   * Returns the variance of one answer scored +1, 0, -1: {@code pP + pD - (pP - pD)^2}.
   *
   * @return the per-answer variance, 0 to 1
   * @throws IllegalStateException if there is no valid answer
   */
  public double variance() {
    requireAnswers();
    return variance((double) promoters, (double) detractors, (double) n());
  }

  private static double variance(double p, double d, double n) {
    double pp = p / n;
    double pd = d / n;
    return pp + pd - (pp - pd) * (pp - pd);
  }

  /**
   * Returns the standard error of the score, in points.
   *
   * @return the standard error
   * @throws IllegalStateException if there is no valid answer
   */
  public double standardError() {
    return 100 * Math.sqrt(variance() / n());
  }

  /**
   * Returns the margin of error of the Wald interval, in points.
   *
   * @param level the confidence level, for example 0.95
   * @return z times the standard error
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public double marginOfError(double level) {
    return Normal.twoSidedZ(level) * standardError();
  }

  /**
   * Returns the Wald interval {@code NPS +- z SE}, clipped to -100..100.
   *
   * @param level the confidence level, for example 0.95
   * @return the interval
   */
  public ConfidenceInterval waldInterval(double level) {
    double margin = marginOfError(level);
    double s = score();
    return new ConfidenceInterval(Math.max(-100, s - margin), Math.min(100, s + margin), level);
  }

  /**
   * Returns the adjusted-Wald interval of Rocks (2016): n + 3, promoters + 3/4, detractors + 3/4.
   *
   * @param level the confidence level, for example 0.95
   * @return the interval, clipped to -100..100
   */
  public ConfidenceInterval adjustedWaldInterval(double level) {
    double z = Normal.twoSidedZ(level);
    double n = n() + 3.0;
    double p = promoters + 0.75;
    double d = detractors + 0.75;
    double centre = 100 * (p - d) / n;
    double margin = 100 * z * Math.sqrt(variance(p, d, n) / n);
    return new ConfidenceInterval(
        Math.max(-100, centre - margin), Math.min(100, centre + margin), level);
  }

  /**
   * Compares this survey with another, independent one: the difference of scores, its standard
   * error {@code sqrt(SE1^2 + SE2^2)}, the z statistic and its two-sided p-value.
   *
   * @param other the other survey, not null
   * @return the comparison
   * @throws IllegalStateException if either survey has no valid answer
   */
  public NpsComparison compareTo(NetPromoterScore other) {
    checkNotNull(other, "other must not be null");
    double diff = score() - other.score();
    double se = Math.hypot(standardError(), other.standardError());
    double z =
        se == 0 ? (diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff)) : diff / se;
    double p = Double.isInfinite(z) ? 0 : 2 * (1 - Normal.cdf(Math.abs(z)));
    return new NpsComparison(diff, se, z, Math.min(1, Math.max(0, p)));
  }

  /**
   * Explains the score: the counts, the bands, the formula and the standard error.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(NetPromoterScore.class, "nps.subject")
            .input("n", n())
            .input("promoters", promoters)
            .input("passives", passives)
            .input("detractors", detractors)
            .input("rejected", rejected.size())
            .threshold("detractors", "0.." + bands.detractorMax())
            .threshold("promoters", bands.promoterMin() + "..10");
    if (n() == 0) {
      return b.buildTemplate("undefined.noAnswers");
    }
    return b.buildTemplate(
        "nps.outcome",
        promoters,
        detractors,
        n(),
        String.format(Locale.ROOT, "%.2f", score()),
        String.format(Locale.ROOT, "%.3f", standardError()));
  }

  @Override
  public String toString() {
    return n() == 0
        ? "NPS undefined (n = 0)"
        : String.format(Locale.ROOT, "NPS %.2f (n = %d, SE %.3f)", score(), n(), standardError());
  }
}
