package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.segmentation.loyalty.JonesSasser;
import io.github.crmkit.segmentation.rfm.Breakpoints;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmDimension;
import io.github.crmkit.segmentation.rfm.RfmResult;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSummary;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code of docs/score-one-customer-in-a-service.md, run. */
class ServiceGuideTest {
  // tag::startup[]
  /** Built once when the service starts; immutable and safe to share between request threads. */
  static final RfmScorer SCORER =
      RfmScorer.of(
          RfmBoundaries.of(
              Breakpoints.fixed(RfmDimension.RECENCY, 30, 90, 180, 365),
              Breakpoints.fixed(RfmDimension.FREQUENCY, 2, 3, 5, 10),
              Breakpoints.fixed(RfmDimension.MONETARY, 50, 100, 250, 1000)),
          SegmentMaps.putler11());

  static final JonesSasser QUADRANTS = JonesSasser.topBoxFivePoint();

  // end::startup[]

  @Test
  void scoresOneCustomerPerRequest() {
    // tag::request[]
    RfmResult rfm = SCORER.score(new RfmSummary(CustomerId.of("c-17"), 12, 4, 310.0));
    String cell = rfm.cellCode(); // "R", "F" and "M" scores, e.g. "545"
    String segment = rfm.segment();
    String why = rfm.explanation().render(Locale.forLanguageTag("ko")); // in the caller's language
    LoyaltyQuadrant quadrant = QUADRANTS.classify(5, 5, 10); // APOSTLE
    NetPromoterScore nps = NetPromoterScore.of(new int[] {10, 9, 8, 7, 3, 10}); // a posted batch
    // end::request[]
    assertThat(cell).hasSize(3);
    assertThat(segment).isNotBlank();
    assertThat(why).isNotBlank();
    assertThat(quadrant).isEqualTo(LoyaltyQuadrant.APOSTLE);
    assertThat(nps.score()).isEqualTo(100.0 * (3 - 1) / 6);
  }
}
