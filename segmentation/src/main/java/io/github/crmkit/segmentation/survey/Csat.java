package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Customer satisfaction (CSAT) of answers on a rating scale: the top-box share (answers in the top
 * {@code box} points of the scale, for example 4 and 5 of 1-5), the mean, and their standard errors
 * ({@code sqrt(p (1 - p) / n)} for the share, sample standard deviation over {@code sqrt n} for the
 * mean). Answers off the scale are rejected and counted. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Csat implements Explained, Accounted {

  private final int scaleMin;
  private final int scaleMax;
  private final int box;
  private final long[] histogram;
  private final long n;
  private final List<Rejection<Integer>> rejected;

  private Csat(
      int scaleMin, int scaleMax, int box, long[] histogram, List<Rejection<Integer>> rejected) {
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.box = box;
    this.histogram = histogram;
    long total = 0;
    for (long h : histogram) {
      total += h;
    }
    this.n = total;
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Scores answers on the common 1-5 scale with the top-two box.
   *
   * @param answers the answers
   * @return the CSAT
   */
  public static Csat of(int[] answers) {
    return of(answers, 1, 5, 2);
  }

  /**
   * Scores answers on a scale with a top box of the given size.
   *
   * @param answers the answers; those outside the scale are rejected
   * @param scaleMin the lowest point of the scale
   * @param scaleMax the highest point, above {@code scaleMin}, at most 100 points wide
   * @param box how many top points count as satisfied, 1 to the number of points
   * @return the CSAT
   * @throws IllegalArgumentException if the scale or the box is invalid
   */
  public static Csat of(int[] answers, int scaleMin, int scaleMax, int box) {
    checkNotNull(answers, "answers must not be null");
    checkArgument(
        scaleMax > scaleMin && (long) scaleMax - scaleMin <= 100,
        "scale must have 2 to 101 points, but was %s..%s",
        scaleMin,
        scaleMax);
    int points = scaleMax - scaleMin + 1;
    checkArgument(
        box >= 1 && box <= points, "box must be between 1 and %s, but was %s", points, box);
    long[] histogram = new long[points];
    List<Rejection<Integer>> rejected = new ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      int a = answers[i];
      if (a >= scaleMin && a <= scaleMax) {
        histogram[a - scaleMin]++;
      } else {
        rejected.add(
            Rejection.of(
                i,
                a,
                RejectionReason.OUT_OF_SCALE,
                "answer " + a + " is outside " + scaleMin + ".." + scaleMax));
      }
    }
    return new Csat(scaleMin, scaleMax, box, histogram, rejected);
  }

  /**
   * Returns the number of valid answers.
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Returns the number of answers received: valid plus rejected.
   *
   * @return the count
   */
  @Override
  public long received() {
    return n() + rejected.size();
  }

  /**
   * Returns the rejected answers.
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

  private void requireAnswers() {
    if (n == 0) {
      throw new IllegalStateException("CSAT of no valid answers is undefined (n = 0)");
    }
  }

  /**
   * Returns the share of answers in the top box.
   *
   * @return the share, 0 to 1
   * @throws IllegalStateException if there is no valid answer
   */
  public double topBoxShare() {
    requireAnswers();
    long top = 0;
    for (int i = histogram.length - box; i < histogram.length; i++) {
      top += histogram[i];
    }
    return (double) top / n;
  }

  /**
   * Returns the standard error of the top-box share.
   *
   * @return {@code sqrt(p (1 - p) / n)}
   */
  public double topBoxStandardError() {
    double p = topBoxShare();
    return Math.sqrt(p * (1 - p) / n);
  }

  /**
   * Returns the mean answer.
   *
   * @return the mean on the scale
   * @throws IllegalStateException if there is no valid answer
   */
  public double mean() {
    requireAnswers();
    double sum = 0;
    for (int i = 0; i < histogram.length; i++) {
      sum += (double) histogram[i] * (scaleMin + i);
    }
    return sum / n;
  }

  /**
   * Returns the standard error of the mean: the sample standard deviation over {@code sqrt n}.
   *
   * @return the standard error, 0 when n is 1
   */
  public double meanStandardError() {
    double m = mean();
    if (n < 2) {
      return 0;
    }
    double ss = 0;
    for (int i = 0; i < histogram.length; i++) {
      double dev = scaleMin + i - m;
      ss += histogram[i] * dev * dev;
    }
    return Math.sqrt(ss / (n - 1) / n);
  }

  /**
   * Explains the result.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(Csat.class, "csat.subject")
            .input("n", n)
            .input("rejected", rejected.size())
            .threshold("scale", scaleMin + ".." + scaleMax)
            .threshold("top box", (scaleMax - box + 1) + ".." + scaleMax);
    if (n == 0) {
      return b.buildTemplate("undefined.noAnswers");
    }
    return b.buildTemplate(
        "csat.outcome",
        String.format(Locale.ROOT, "%.1f", 100 * topBoxShare()),
        String.format(Locale.ROOT, "%.2f", mean()));
  }

  @Override
  public String toString() {
    return n == 0
        ? "CSAT undefined (n = 0)"
        : String.format(
            Locale.ROOT, "CSAT top-box %.1f%%, mean %.2f (n = %d)", 100 * topBoxShare(), mean(), n);
  }
}
