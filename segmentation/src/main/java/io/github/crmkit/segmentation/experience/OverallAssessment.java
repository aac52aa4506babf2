package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.experience.ExperienceRating;
import java.util.Locale;

/**
 * The overall assessment of a journey in {@link ExperienceAnalysis}. Immutable.
 *
 * @param observations the number of observations
 * @param positive how many were rated +
 * @param neutral how many were rated 0
 * @param negative how many were rated -
 * @param meanSignedIntensity the mean signed emotional intensity over all observations
 * @param peak the point of the curve farthest from zero
 * @param end the last observed point of the curve
 * @param verdict the overall rating
 * @since 0.1
 */
public record OverallAssessment(
    long observations,
    long positive,
    long neutral,
    long negative,
    double meanSignedIntensity,
    CurvePoint peak,
    CurvePoint end,
    ExperienceRating verdict)
    implements Explained {
  /**
   * Checks the components.
   *
   * @param observations the count
   * @param positive the + count
   * @param neutral the 0 count
   * @param negative the - count
   * @param meanSignedIntensity the mean
   * @param peak not null
   * @param end not null
   * @param verdict not null
   */
  public OverallAssessment {
    checkNotNull(peak, "peak must not be null");
    checkNotNull(end, "end must not be null");
    checkNotNull(verdict, "verdict must not be null");
  }

  /**
   * Returns the net rating: share of + minus share of -.
   *
   * @return -1 to 1
   */
  public double netRating() {
    return observations == 0 ? 0 : (double) (positive - negative) / observations;
  }

  /**
   * Returns the peak-end value: the mean of the peak and the end of the curve.
   *
   * @return -5 to 5
   */
  public double peakEnd() {
    return (peak.value() + end.value()) / 2;
  }

  /**
   * Explains the verdict: the counts, the net rating against the verdict band of {@link
   * ExperienceAnalysis#VERDICT_BAND}, the peak and the end of the curve.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    return Explanation.builder(OverallAssessment.class, "overall.subject")
        .input("observations", observations)
        .input("positive", positive)
        .input("neutral", neutral)
        .input("negative", negative)
        .input("mean signed intensity", meanSignedIntensity)
        .threshold("verdict band", ExperienceAnalysis.VERDICT_BAND)
        .buildTemplate(
            verdict == ExperienceRating.POSITIVE
                ? "overall.above"
                : verdict == ExperienceRating.NEGATIVE ? "overall.below" : "overall.within",
            verdict.symbol(),
            f2(netRating()),
            ExperienceAnalysis.VERDICT_BAND,
            peak.touchpoint(),
            f2(peak.value()),
            end.touchpoint(),
            f2(end.value()),
            f2(peakEnd()));
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
