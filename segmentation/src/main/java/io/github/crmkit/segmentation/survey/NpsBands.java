package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How answers on the 0 to 10 likelihood-to-recommend scale split into detractors, passives and
 * promoters. The standard bands (Reichheld 2003, "The one number you need to grow", Harvard
 * Business Review) are detractors 0-6, passives 7-8, promoters 9-10. Immutable and thread-safe.
 *
 * @param detractorMax the highest answer that counts as a detractor
 * @param promoterMin the lowest answer that counts as a promoter
 * @since 0.1
 */
public record NpsBands(int detractorMax, int promoterMin) {
  /** The lowest answer on the scale. */
  public static final int SCALE_MIN = 0;

  /** The highest answer on the scale. */
  public static final int SCALE_MAX = 10;

  /**
   * Checks the bands.
   *
   * @param detractorMax the highest detractor answer, from 0
   * @param promoterMin the lowest promoter answer, above {@code detractorMax}, at most 10
   * @throws IllegalArgumentException if the bands are out of order or off the scale
   */
  public NpsBands {
    checkArgument(
        detractorMax >= SCALE_MIN && promoterMin <= SCALE_MAX && detractorMax < promoterMin,
        "bands must satisfy 0 <= detractorMax < promoterMin <= 10, but were %s and %s",
        detractorMax,
        promoterMin);
  }

  /**
   * Returns the standard bands: detractors 0-6, passives 7-8, promoters 9-10.
   *
   * @return the standard bands
   */
  public static NpsBands defaults() {
    return new NpsBands(6, 9);
  }
}
