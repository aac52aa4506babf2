package io.github.crmkit.segmentation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.RejectionReason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SERVQUAL, zone of tolerance and importance-performance analysis on hand-computed examples. */
class ServiceQualityTest {
  static int[] constant(int v) {
    int[] a = new int[22];
    Arrays.fill(a, v);
    return a;
  }

  /** Expectations all 6; perceptions 5 on tangibles, 4 on reliability, 6, 7, 3 on the rest. */
  static ServqualResponse example() {
    int[] p = new int[22];
    for (int item = 1; item <= 22; item++) {
      p[item - 1] =
          switch (ServqualDimension.ofItem(item)) {
            case TANGIBLES -> 5;
            case RELIABILITY -> 4;
            case RESPONSIVENESS -> 6;
            case ASSURANCE -> 7;
            case EMPATHY -> 3;
          };
    }
    return ServqualResponse.of(constant(6), p);
  }

  @Test
  void dimensionsCoverTheTwentyTwoItemsOfParasuramanZeithamlBerry() {
    int covered = 0;
    for (ServqualDimension d : ServqualDimension.values()) {
      covered += d.itemCount();
      for (int item = d.firstItem(); item <= d.lastItem(); item++) {
        assertThat(ServqualDimension.ofItem(item)).isEqualTo(d);
      }
    }
    assertThat(covered).isEqualTo(22);
    assertThat(ServqualDimension.RELIABILITY.itemCount()).isEqualTo(5);
    assertThat(ServqualDimension.EMPATHY.firstItem()).isEqualTo(18);
    assertThat(ServqualDimension.fromCode("empathy")).isEqualTo(ServqualDimension.EMPATHY);
    assertThat(ServqualDimension.ASSURANCE.displayName(java.util.Locale.KOREAN)).isEqualTo("확신성");
    assertThatThrownBy(() -> ServqualDimension.ofItem(23))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("23");
  }

  @Test
  void gapsPerItemDimensionOverallAndWeighted() {
    ServqualGaps g = Servqual.sevenPoint().gaps(example().withImportance(10, 40, 20, 10, 20));
    assertThat(g.itemGap(1)).isEqualTo(-1);
    assertThat(g.itemGap(22)).isEqualTo(-3);
    assertThat(g.dimensionGap(ServqualDimension.RELIABILITY)).isEqualTo(-2);
    assertThat(g.dimensionGap(ServqualDimension.ASSURANCE)).isEqualTo(1);
    // (-1 - 2 + 0 + 1 - 3) / 5
    assertThat(g.overallGap()).isCloseTo(-1.0, within(1e-12));
    // 0.1 (-1) + 0.4 (-2) + 0.2 (0) + 0.1 (1) + 0.2 (-3) = -1.4
    assertThat(g.weightedGap())
        .hasValueSatisfying(w -> assertThat(w).isCloseTo(-1.4, within(1e-12)));
    assertThat(Servqual.sevenPoint().gaps(example()).weightedGap()).isEmpty();
  }

  @Test
  void analysisAveragesRespondentsAndRejectsOffScaleResponses() {
    ServqualResponse a = example().withImportance(20, 20, 20, 20, 20);
    ServqualResponse b = ServqualResponse.of(constant(5), constant(6));
    int[] bad = constant(6);
    bad[9] = 8;
    ServqualResult r =
        Servqual.sevenPoint().analyze(Stream.of(a, null, b, ServqualResponse.of(constant(6), bad)));
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.received()).isEqualTo(4);
    assertThat(r.rejectedRecords())
        .extracting(x -> x.position() + ":" + x.reason().code())
        .containsExactly(
            "1:" + RejectionReason.NULL_RECORD.code(), "3:" + RejectionReason.OUT_OF_SCALE.code());
    assertThat(r.rejectedRecords().get(1).detail()).contains("perception of item 10 is 8");
    assertThat(r.meanExpectation(1)).isEqualTo(5.5);
    assertThat(r.meanPerception(18)).isEqualTo(4.5);
    assertThat(r.itemGap(5)).isEqualTo(-0.5);
    // Respondent a: reliability -2; b: +1.
    assertThat(r.dimensionGap(ServqualDimension.RELIABILITY)).isEqualTo(-0.5);
    assertThat(r.dimensionGapStandardError(ServqualDimension.RELIABILITY))
        .isCloseTo(Math.sqrt(4.5) / Math.sqrt(2), within(1e-12));
    assertThat(r.overallGap()).isCloseTo(0.0, within(1e-12));
    assertThat(r.weightedN()).isEqualTo(1);
    assertThat(r.weightedGap())
        .hasValueSatisfying(w -> assertThat(w).isCloseTo(-1.0, within(1e-12)));
    assertThat(r.meanImportance(ServqualDimension.EMPATHY)).contains(20.0);
    assertThat(r.weakestDimension()).isEqualTo(ServqualDimension.EMPATHY);
    assertThat(r.explanation().toString()).contains("Empathy", "weakest Empathy");
    assertThat(Servqual.onScale(1, 5).analyze(List.of()).explanation().outcome())
        .contains("undefined");
    assertThatThrownBy(() -> Servqual.onScale(1, 5).analyze(List.of()).overallGap())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void servqualBadInput() {
    assertThatThrownBy(() -> ServqualResponse.of(new int[21], new int[22]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectations")
        .hasMessageContaining("21");
    assertThatThrownBy(() -> example().withImportance(50, 50, 10, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 100");
    assertThatThrownBy(() -> example().withImportance(-10, 60, 50, 0, 0))
        .hasMessageContaining("points[0] was -10");
    assertThatThrownBy(() -> example().withImportance(100)).hasMessageContaining("held 1");
    assertThatThrownBy(() -> Servqual.onScale(5, 5)).hasMessageContaining("5..5");
    assertThatThrownBy(() -> Servqual.onScale(1, 5).gaps(example()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectation of item 1 is 6, outside 1..5");
    assertThatThrownBy(() -> example().perception(0)).hasMessageContaining("was 0");
  }

  @Test
  void zoneOfToleranceAdequacySuperiorityAndProfiles() {
    ZoneOfTolerance z = ZoneOfTolerance.ninePoint();
    ToleranceAssessment below = z.assess(new ToleranceRating(6, 8, 5));
    assertThat(below.position()).isEqualTo(ZonePosition.BELOW);
    assertThat(below.adequacy()).isEqualTo(-1);
    assertThat(below.superiority()).isEqualTo(-3);
    assertThat(below.profile()).isEqualTo(ExpectationProfile.ASPIRING);
    assertThat(below.explanation().matchedRule()).contains("below");
    assertThat(below.explanation().outcome())
        .isEqualTo("Below the zone: MSA -1, MSS -3, zone width 2, profile Aspiring");
    // The same explanation in Korean: the template and the named types in the language asked for.
    assertThat(below.explanation().outcome(java.util.Locale.KOREAN))
        .isEqualTo(
            ZonePosition.BELOW.displayName(java.util.Locale.KOREAN)
                + ": MSA -1, MSS -3, 구간 폭 2, 유형 "
                + ExpectationProfile.ASPIRING.displayName(java.util.Locale.KOREAN));
    // The bounds belong to the zone.
    assertThat(z.assess(new ToleranceRating(6, 8, 6)).position()).isEqualTo(ZonePosition.WITHIN);
    assertThat(z.assess(new ToleranceRating(6, 8, 8)).position()).isEqualTo(ZonePosition.WITHIN);
    ToleranceAssessment above = z.assess(new ToleranceRating(8, 9, 9));
    assertThat(above.position()).isEqualTo(ZonePosition.WITHIN);
    assertThat(above.profile()).isEqualTo(ExpectationProfile.DEMANDING);
    assertThat(z.assess(new ToleranceRating(3, 4, 7)).position()).isEqualTo(ZonePosition.ABOVE);
    assertThat(z.assess(new ToleranceRating(3, 4, 7)).profile())
        .isEqualTo(ExpectationProfile.MODEST);
    assertThat(z.assess(new ToleranceRating(2, 6, 7)).profile())
        .isEqualTo(ExpectationProfile.EASYGOING);
    assertThat(z.withProfileCutoffs(6, 4).assess(new ToleranceRating(2, 6, 7)).profile())
        .isEqualTo(ExpectationProfile.DEMANDING);

    ToleranceResult r =
        z.analyze(
            List.of(
                new ToleranceRating(6, 8, 5),
                new ToleranceRating(6, 8, 7),
                new ToleranceRating(5, 7, 9),
                new ToleranceRating(8, 6, 7),
                new ToleranceRating(0, 6, 7)));
    assertThat(r.n()).isEqualTo(3);
    assertThat(r.received()).isEqualTo(5);
    assertThat(r.rejectedRecords())
        .extracting(x -> x.reason())
        .containsExactly(RejectionReason.INVERTED_ZONE, RejectionReason.OUT_OF_SCALE);
    assertThat(r.meanAdequacy()).isCloseTo((-1 + 1 + 4) / 3.0, within(1e-12));
    assertThat(r.meanSuperiority()).isCloseTo((-3 - 1 + 2) / 3.0, within(1e-12));
    assertThat(r.positions())
        .containsEntry(ZonePosition.BELOW, 1L)
        .containsEntry(ZonePosition.WITHIN, 1L)
        .containsEntry(ZonePosition.ABOVE, 1L);
    assertThat(r.profiles().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    assertThat(r.positionOfMeans()).isEqualTo(ZonePosition.WITHIN);
    assertThat(r.explanation().toString()).contains("MSA 1.333");
    assertThatThrownBy(() -> z.assess(new ToleranceRating(7, 5, 6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adequate 7 is above desired 5");
    assertThatThrownBy(() -> ZoneOfTolerance.onScale(1, 2)).hasMessageContaining("1..2");
    assertThatThrownBy(() -> z.withProfileCutoffs(10, 1)).hasMessageContaining("was 10");
    assertThatThrownBy(() -> z.analyze(List.of()).meanAdequacy())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void importancePerformanceQuadrantsUnderEachCrosshairPolicy() {
    List<IpaRating> ratings =
        List.of(
            new IpaRating("speed", 5, 2),
            new IpaRating("speed", 5, 3),
            new IpaRating("price", 4, 4),
            new IpaRating("decor", 2, 5),
            new IpaRating("parking", 2, 2),
            new IpaRating("parking", 9, 2));
    IpaResult means = ImportancePerformance.of(1, 5, Crosshair.MEANS).analyze(ratings);
    // Attribute means: speed (5, 2.5), price (4, 4), decor (2, 5), parking (2, 2).
    assertThat(means.importanceCrosshair()).isEqualTo(3.25);
    assertThat(means.performanceCrosshair()).isEqualTo(3.375);
    assertThat(means.attribute("speed").orElseThrow().quadrant())
        .isEqualTo(IpaQuadrant.CONCENTRATE_HERE);
    assertThat(means.attribute("price").orElseThrow().quadrant())
        .isEqualTo(IpaQuadrant.KEEP_UP_THE_GOOD_WORK);
    assertThat(means.attribute("decor").orElseThrow().quadrant())
        .isEqualTo(IpaQuadrant.POSSIBLE_OVERKILL);
    assertThat(means.attribute("parking").orElseThrow().quadrant())
        .isEqualTo(IpaQuadrant.LOW_PRIORITY);
    assertThat(means.rejectedRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.position()).isEqualTo(5));
    assertThat(means.received()).isEqualTo(6);
    assertThat(means.in(IpaQuadrant.CONCENTRATE_HERE))
        .extracting(IpaAttribute::attribute)
        .containsExactly("speed");

    IpaResult medians = ImportancePerformance.of(1, 5, Crosshair.MEDIANS).analyze(ratings);
    assertThat(medians.importanceCrosshair()).isEqualTo(3.0);
    assertThat(medians.performanceCrosshair()).isEqualTo(3.25);
    IpaResult mid = ImportancePerformance.of(1, 5, Crosshair.SCALE_MIDPOINT).analyze(ratings);
    assertThat(mid.importanceCrosshair()).isEqualTo(3.0);
    // A tie with the crosshair counts as high on both axes.
    assertThat(mid.quadrantOf(3, 3)).isEqualTo(IpaQuadrant.KEEP_UP_THE_GOOD_WORK);
    assertThat(mid.quadrantOf(3, 2.9)).isEqualTo(IpaQuadrant.CONCENTRATE_HERE);
    assertThat(mid.explanation().toString()).contains("speed", "Concentrate here");
    assertThat(IpaQuadrant.KEEP_UP_THE_GOOD_WORK.displayName(Locale.KOREAN)).isEqualTo("현상 유지");

    IpaResult empty = ImportancePerformance.of(1, 5, Crosshair.MEANS).analyze(List.of());
    assertThatThrownBy(() -> empty.quadrantOf(1, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ImportancePerformance.of(3, 3, Crosshair.MEANS))
        .hasMessageContaining("3..3");
    assertThatThrownBy(() -> new IpaRating(null, 1, 1)).isInstanceOf(NullPointerException.class);
  }
}
