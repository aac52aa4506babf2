package io.github.crmkit.segmentation.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.experience.Emotion;
import io.github.crmkit.core.experience.EmotionFamily;
import io.github.crmkit.core.experience.ExperienceRating;
import io.github.crmkit.core.experience.JourneyMap;
import io.github.crmkit.core.experience.Observation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of Customer Experience Analysis over generated observation sheets. */
class ExperienceProperties {
  private static final List<EmotionFamily> FAMILIES = List.of(EmotionFamily.values());
  private static final List<ExperienceRating> RATINGS = List.of(ExperienceRating.values());

  /**
   * One observation coded as four ints: touchpoint 0-5 (5 is unknown), rating, family, intensity.
   */
  static Gen<List<Integer>> sheet() {
    return lists().of(integers().between(0, 5 * 3 * 7 * 5 * 6 - 1)).ofSizeBetween(0, 60);
  }

  static List<Observation> decode(List<Integer> codes) {
    List<Observation> out = new ArrayList<>();
    for (int c : codes) {
      int tp = c % 6;
      int rating = (c / 6) % 3;
      int family = (c / 18) % 7;
      int intensity = 1 + (c / 126) % 5;
      out.add(
          new Observation(
              tp == 5 ? "nowhere" : ExperienceTest.hotelStay().touchpoints().get(tp).name(),
              RATINGS.get(rating),
              "",
              Emotion.of(FAMILIES.get(family), intensity)));
    }
    return out;
  }

  @Test
  void everyObservationIsAccountedForAndTheCurveIsConsistent() {
    JourneyMap journey = ExperienceTest.hotelStay();
    qt().forAll(sheet())
        .checkAssert(
            codes -> {
              List<Observation> obs = decode(codes);
              ExperienceAnalysis cea = ExperienceAnalysis.of(journey, obs);
              assertThat(cea.received()).isEqualTo(obs.size());
              assertThat(cea.rejectedRecords())
                  .allMatch(r -> r.reason().equals(RejectionReason.UNKNOWN_TOUCHPOINT));
              List<CurvePoint> curve = cea.emotionalCurve();
              assertThat(curve).allMatch(p -> p.value() >= -5 && p.value() <= 5);
              for (int i = 1; i < curve.size(); i++) {
                assertThat(curve.get(i).position()).isGreaterThan(curve.get(i - 1).position());
              }
              List<TouchpointExperience> pains = cea.painPoints();
              for (int i = 1; i < pains.size(); i++) {
                assertThat(pains.get(i).negativeIntensity())
                    .isLessThanOrEqualTo(pains.get(i - 1).negativeIntensity());
              }
              for (TouchpointExperience t : cea.touchpoints()) {
                assertThat(t.positive() + t.neutral() + t.negative()).isEqualTo(t.observations());
                assertThat(t.netRating()).isBetween(-1.0, 1.0);
              }
              if (cea.n() > 0) {
                OverallAssessment o = cea.overall();
                assertThat(o.observations()).isEqualTo(cea.n());
                for (CurvePoint p : curve) {
                  assertThat(Math.abs(p.value())).isLessThanOrEqualTo(Math.abs(o.peak().value()));
                }
                assertThat(o.end()).isEqualTo(curve.get(curve.size() - 1));
              }
            });
  }
}
