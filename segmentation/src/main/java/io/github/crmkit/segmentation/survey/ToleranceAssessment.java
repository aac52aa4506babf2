package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;

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
    ExpectationProfile profile)
    implements Explained {
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

  /**
   * Explains the position: perceived service against the adequate and desired levels, MSA and MSS,
   * and the expectation profile the zone's thresholds gave.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    return Explanation.builder(ToleranceAssessment.class, "tolerance.subject")
        .input("adequate", rating.adequate())
        .input("desired", rating.desired())
        .input("perceived", rating.perceived())
        .threshold("zone", rating.adequate() + ".." + rating.desired())
        .checkTemplate(ZonePosition.BELOW.code(), position == ZonePosition.BELOW, "tolerance.below")
        .checkTemplate(
            ZonePosition.WITHIN.code(), position == ZonePosition.WITHIN, "tolerance.within")
        .checkTemplate(ZonePosition.ABOVE.code(), position == ZonePosition.ABOVE, "tolerance.above")
        .matched(position.code())
        .buildTemplate("tolerance.one", position, adequacy, superiority, zoneWidth, profile);
  }
}
