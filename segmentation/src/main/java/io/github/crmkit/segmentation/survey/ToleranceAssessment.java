package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One rating judged against its zone of tolerance: the position of perceived service, the measure
 * of service adequacy (MSA = perceived - adequate), the measure of service superiority (MSS =
 * perceived - desired), the zone width and the customer's expectation profile. Immutable.
 *
 * @param rating the rating judged
 * @param position below, within or above the zone
 * @param adequacy MSA, perceived minus adequate
 * @param superiority MSS, perceived minus desired
 * @param zoneWidth desired minus adequate, not negative
 * @param profile the customer's expectation profile
 * @since 0.1
 */
public record ToleranceAssessment(
    ToleranceRating rating,
    ZonePosition position,
    int adequacy,
    int superiority,
    int zoneWidth,
    ExpectationProfile profile) {
  /**
   * Checks the components.
   *
   * @param rating not null
   * @param position not null
   * @param adequacy MSA
   * @param superiority MSS
   * @param zoneWidth the zone width
   * @param profile not null
   */
  public ToleranceAssessment {
    checkNotNull(rating, "rating must not be null");
    checkNotNull(position, "position must not be null");
    checkNotNull(profile, "profile must not be null");
  }
}
