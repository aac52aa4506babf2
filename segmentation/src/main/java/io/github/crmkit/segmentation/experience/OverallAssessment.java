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
    return Explanation.builder("overall assessment of the journey")
        .input("observations", observations)
        .input("positive", positive)
        .input("neutral", neutral)
        .input("negative", negative)
        .input("mean signed intensity", meanSignedIntensity)
        .threshold("verdict band", ExperienceAnalysis.VERDICT_BAND)
        .build(
            String.format(
                Locale.ROOT,
                "verdict %s: net rating %.2f (%s the band of %.1f), peak %s %.2f, end %s %.2f,"
                    + " peak-end %.2f",
                verdict.symbol(),
                netRating(),
                // The verdict is what the net rating's place against the band decided.
                verdict == ExperienceRating.POSITIVE
                    ? "above"
                    : verdict == ExperienceRating.NEGATIVE ? "below" : "within",
                ExperienceAnalysis.VERDICT_BAND,
                peak.touchpoint(),
                peak.value(),
                end.touchpoint(),
                end.value(),
                peakEnd()));
  }
}
