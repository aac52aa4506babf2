package io.github.crmkit.segmentation.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.DickBasuLoyalty;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.segmentation.rfm.RfmCell;
import org.junit.jupiter.api.Test;

class LoyaltyTest {
  private final JonesSasser js = JonesSasser.topBoxFivePoint();

  @Test
  void jonesSasserCountsOnlyTheTopBoxAsHigh() {
    assertThat(js.classify(5, 5)).isEqualTo(LoyaltyQuadrant.LOYALIST);
    assertThat(js.classify(5, 4)).isEqualTo(LoyaltyQuadrant.MERCENARY);
    assertThat(js.classify(4, 5)).isEqualTo(LoyaltyQuadrant.HOSTAGE);
    assertThat(js.classify(4, 4)).isEqualTo(LoyaltyQuadrant.DEFECTOR);
    assertThat(js.classify(1, 1)).isEqualTo(LoyaltyQuadrant.DEFECTOR);
    // Extremes need the recommendation answer.
    assertThat(js.classify(5, 5, 10)).isEqualTo(LoyaltyQuadrant.APOSTLE);
    assertThat(js.classify(5, 5, 8)).isEqualTo(LoyaltyQuadrant.LOYALIST);
    assertThat(js.classify(1, 1, 0)).isEqualTo(LoyaltyQuadrant.TERRORIST);
    assertThat(js.classify(2, 1, 0)).isEqualTo(LoyaltyQuadrant.DEFECTOR);
    assertThat(js.classify(1, 1, 3)).isEqualTo(LoyaltyQuadrant.DEFECTOR);
    assertThat(js.withExtremes(8, 3).classify(5, 5, 8)).isEqualTo(LoyaltyQuadrant.APOSTLE);
    assertThat(js.withExtremes(8, 3).classify(1, 2, 3)).isEqualTo(LoyaltyQuadrant.TERRORIST);
    JonesSasser lenient = JonesSasser.of(1, 7, 6, 0, 10, 8);
    assertThat(lenient.classify(6, 8)).isEqualTo(LoyaltyQuadrant.LOYALIST);
    assertThat(lenient.classify(5, 10)).isEqualTo(LoyaltyQuadrant.HOSTAGE);
    assertThat(js.explain(5, 5, 10).toString())
        .contains("Apostle", "[x] satisfied: 5 >= 5", "[x] loyal");
    assertThat(js.explain(3, 5, 5).matchedRule()).contains("Hostage");
  }

  @Test
  void jonesSasserBadInput() {
    assertThatThrownBy(() -> js.classify(6, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("satisfaction must be 1 to 5, but was 6");
    assertThatThrownBy(() -> js.classify(5, 0)).hasMessageContaining("loyalty must be 1 to 5");
    assertThatThrownBy(() -> js.classify(5, 5, 11)).hasMessageContaining("recommend");
    assertThatThrownBy(() -> JonesSasser.of(1, 5, 1, 1, 5, 5))
        .hasMessageContaining("satisfactionHighFrom");
    assertThatThrownBy(() -> JonesSasser.of(1, 5, 5, 3, 3, 3)).hasMessageContaining("3..3");
    assertThatThrownBy(() -> js.withExtremes(11, 0)).hasMessageContaining("apostleRecommendFrom");
  }

  @Test
  void dickBasuSplitsWithTiesHigh() {
    DickBasu db = DickBasu.defaults();
    assertThat(db.classify(0.8, 0.9)).isEqualTo(DickBasuLoyalty.TRUE);
    assertThat(db.classify(0.8, 0.1)).isEqualTo(DickBasuLoyalty.LATENT);
    assertThat(db.classify(0.2, 0.9)).isEqualTo(DickBasuLoyalty.SPURIOUS);
    assertThat(db.classify(0.2, 0.1)).isEqualTo(DickBasuLoyalty.NONE);
    assertThat(db.classify(0.5, 0.5)).isEqualTo(DickBasuLoyalty.TRUE);
    DickBasu custom = DickBasu.of(1.0, 0.3);
    assertThat(custom.classify(0.9, 0.3)).isEqualTo(DickBasuLoyalty.SPURIOUS);
    assertThat(db.explain(0.2, 0.9).toString()).contains("Spurious loyalty", "0.2 < 0.5");
    assertThatThrownBy(() -> db.classify(Double.NaN, 0.5))
        .hasMessageContaining("relativeAttitude must be finite, but was NaN");
    assertThatThrownBy(() -> DickBasu.of(0.5, Double.POSITIVE_INFINITY))
        .hasMessageContaining("patronageSplit");
  }

  @Test
  void compositeScoreWeighsBehaviourAndAttitude() {
    CompositeLoyalty c = CompositeLoyalty.defaults();
    LoyaltyEvidence full =
        LoyaltyEvidence.builder()
            .repeatPurchaseRate(0.6)
            .rfm(RfmCell.of(5, 3, 1), 5) // (5 + 3 + 1 - 3) / 12 = 0.5
            .recommend(9)
            .satisfaction(4, 1, 5) // 0.75
            .build();
    LoyaltyScore s = c.score(full);
    // behaviour 0.55, attitude 0.825 -> 68.75
    assertThat(s.score()).isCloseTo(68.75, within(1e-9));
    assertThat(s.behaviour().getAsDouble()).isCloseTo(0.55, within(1e-12));
    assertThat(s.attitude().getAsDouble()).isCloseTo(0.825, within(1e-12));
    assertThat(s.complete()).isTrue();
    assertThat(s.explanation().toString()).contains("score 68.8", "531 of 5 bins", "4 on 1..5");

    LoyaltyScore weighted = c.withSideWeights(3, 1).score(full);
    assertThat(weighted.score()).isCloseTo(100 * (0.75 * 0.55 + 0.25 * 0.825), within(1e-9));
    assertThat(c.withBehaviourWeights(1, 0).score(full).behaviour().getAsDouble()).isEqualTo(0.6);
    assertThat(c.withAttitudeWeights(0, 2).score(full).attitude().getAsDouble()).isEqualTo(0.75);

    LoyaltyScore attitudeOnly = c.score(LoyaltyEvidence.builder().recommend(10).build());
    assertThat(attitudeOnly.score()).isEqualTo(100.0);
    assertThat(attitudeOnly.complete()).isFalse();
    assertThat(attitudeOnly.behaviour()).isEmpty();
    assertThat(attitudeOnly.explanation().outcome()).contains("attitude only");

    assertThatThrownBy(() -> c.score(LoyaltyEvidence.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one part");
    assertThatThrownBy(
            () ->
                c.withBehaviourWeights(0, 0)
                    .score(LoyaltyEvidence.builder().repeatPurchaseRate(1).build()))
        .hasMessageContaining("must not both be 0");
    assertThatThrownBy(
            () ->
                c.withSideWeights(0, 1)
                    .score(LoyaltyEvidence.builder().repeatPurchaseRate(1).build()))
        .hasMessageContaining("at least one part with a positive weight");
    assertThatThrownBy(() -> LoyaltyEvidence.builder().repeatPurchaseRate(1.5))
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> LoyaltyEvidence.builder().rfm(RfmCell.of(5, 5, 5), 3))
        .hasMessageContaining("555");
    assertThatThrownBy(() -> LoyaltyEvidence.builder().satisfaction(6, 1, 5))
        .hasMessageContaining("6 on 1..5");
    assertThatThrownBy(() -> c.withSideWeights(-1, 1)).hasMessageContaining("behaviour");
  }

  @Test
  void lifetimeValueUnderConstantRetention() {
    // Gupta & Lehmann: m r / (1 + d - r) = 100 * 0.8 / 0.3
    assertThat(RetentionEconomics.lifetimeValue(100, 0.8, 0.1)).isCloseTo(266.6667, within(1e-4));
    assertThat(RetentionEconomics.expectedLifetime(0.8)).isCloseTo(5.0, within(1e-12));
    assertThat(RetentionEconomics.lifetimeValue(100, 0.8, 0.1, 1))
        .isCloseTo(100 * 0.8 / 1.1, within(1e-9));
    assertThat(RetentionEconomics.lifetimeValue(100, 0.8, 0.1, 0)).isZero();
    assertThat(RetentionEconomics.lifetimeValue(100, 0.8, 0.1, 500))
        .isCloseTo(RetentionEconomics.lifetimeValue(100, 0.8, 0.1), within(1e-9));
    assertThat(RetentionEconomics.lifetimeValue(100, 0, 0.1, 10)).isZero();

    RetentionUplift up = RetentionEconomics.retentionUplift(100, 0.8, 0.1, 5);
    // 100 * 0.85 / 0.25 = 340
    assertThat(up.valueAfter()).isCloseTo(340, within(1e-9));
    assertThat(up.gain()).isCloseTo(340 - 266.6667, within(1e-4));
    assertThat(up.relativeGain()).isCloseTo(0.275, within(1e-9));
    assertThat(up.breakEvenSpendPerPeriod()).isCloseTo(up.gain() * 0.15, within(1e-9));
    assertThat(up.toString()).contains("+27.5%");
    assertThat(RetentionEconomics.retentionUplift(100, 0.8, 0.1, -5).breakEvenSpendPerPeriod())
        .isZero();

    CostComparison cc = RetentionEconomics.compareCosts(250, 50);
    assertThat(cc.ratio()).isEqualTo(CostComparison.TEXTBOOK_RATIO);
    assertThat(cc.replacementCost(40)).isEqualTo(10_000);

    WordOfMouthReach reach =
        RetentionEconomics.wordOfMouthReach(1_000, WordOfMouthAssumption.defaults());
    assertThat(reach.low()).isEqualTo(8_000);
    assertThat(reach.high()).isEqualTo(10_000);
    assertThat(reach.midpoint()).isEqualTo(9_000);
  }

  @Test
  void retentionEconomicsBadInput() {
    assertThatThrownBy(() -> RetentionEconomics.lifetimeValue(100, 1.0, 0.1))
        .hasMessageContaining("retention must be 0 inclusive to 1 exclusive, but was 1.0");
    assertThatThrownBy(() -> RetentionEconomics.lifetimeValue(100, 0.5, -0.1))
        .hasMessageContaining("discount");
    assertThatThrownBy(() -> RetentionEconomics.lifetimeValue(Double.NaN, 0.5, 0.1))
        .hasMessageContaining("margin");
    assertThatThrownBy(() -> RetentionEconomics.lifetimeValue(1, 0.5, 0.1, -1))
        .hasMessageContaining("periods");
    assertThatThrownBy(() -> RetentionEconomics.retentionUplift(100, 0.9, 0.1, 15))
        .hasMessageContaining("retention + points / 100");
    assertThatThrownBy(() -> RetentionEconomics.compareCosts(0, 1))
        .hasMessageContaining("acquisitionCost");
    assertThatThrownBy(() -> new WordOfMouthAssumption(10, 8)).hasMessageContaining("10..8");
    assertThatThrownBy(
            () -> RetentionEconomics.wordOfMouthReach(-1, WordOfMouthAssumption.defaults()))
        .hasMessageContaining("unhappyCustomers");
    assertThatThrownBy(() -> cc().replacementCost(-1)).hasMessageContaining("lostCustomers");
  }

  private static CostComparison cc() {
    return RetentionEconomics.compareCosts(5, 1);
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(WordOfMouthAssumption.class, WordOfMouthAssumption.defaults())
            .setDefault(RfmCell.class, RfmCell.of(1, 1, 1));
    for (Class<?> type :
        new Class<?>[] {
          JonesSasser.class,
          DickBasu.class,
          CompositeLoyalty.class,
          LoyaltyEvidence.class,
          RetentionEconomics.class,
          WordOfMouthReach.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(CompositeLoyalty.defaults());
    t.testAllPublicInstanceMethods(LoyaltyEvidence.builder());
  }
}
