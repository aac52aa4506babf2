package io.github.crmkit.segmentation.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.DickBasuLoyalty;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.segmentation.rfm.RfmCell;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the loyalty classifiers, the composite score and the retention formulas. */
class LoyaltyProperties {
  private static final EnumSet<LoyaltyQuadrant> SATISFIED =
      EnumSet.of(LoyaltyQuadrant.APOSTLE, LoyaltyQuadrant.LOYALIST, LoyaltyQuadrant.MERCENARY);
  private static final EnumSet<LoyaltyQuadrant> LOYAL =
      EnumSet.of(LoyaltyQuadrant.APOSTLE, LoyaltyQuadrant.LOYALIST, LoyaltyQuadrant.HOSTAGE);

  @Test
  void jonesSasserTypeAgreesWithTheCutOffsAndIsMonotone() {
    Gen<int[]> answers =
        CrmGen.of(rng -> new int[] {1 + rng.nextInt(7), 1 + rng.nextInt(7), rng.nextInt(11)});
    Gen<int[]> cutoffs = CrmGen.of(rng -> new int[] {2 + rng.nextInt(6), 2 + rng.nextInt(6)});
    qt().forAll(answers, cutoffs)
        .checkAssert(
            (a, c) -> {
              JonesSasser js = JonesSasser.of(1, 7, c[0], 1, 7, c[1]);
              LoyaltyQuadrant q = js.classify(a[0], a[1], a[2]);
              assertThat(SATISFIED.contains(q)).isEqualTo(a[0] >= c[0]);
              assertThat(LOYAL.contains(q)).isEqualTo(a[1] >= c[1]);
              LoyaltyQuadrant basic = js.classify(a[0], a[1]);
              assertThat(basic).isNotIn(LoyaltyQuadrant.APOSTLE, LoyaltyQuadrant.TERRORIST);
              // More satisfaction never turns a satisfied customer into an unsatisfied one.
              if (a[0] < 7) {
                LoyaltyQuadrant up = js.classify(a[0] + 1, a[1]);
                if (SATISFIED.contains(basic)) {
                  assertThat(up).isIn(SATISFIED);
                }
              }
            });
  }

  @Test
  void dickBasuIsTheCrossOfTwoSplits() {
    Gen<double[]> xs =
        CrmGen.of(rng -> new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()});
    qt().forAll(xs)
        .checkAssert(
            x -> {
              DickBasu db = DickBasu.of(x[2], 1 - x[2]);
              DickBasuLoyalty l = db.classify(x[0], x[1]);
              boolean att = x[0] >= x[2];
              boolean pat = x[1] >= 1 - x[2];
              assertThat(l == DickBasuLoyalty.TRUE || l == DickBasuLoyalty.LATENT).isEqualTo(att);
              assertThat(l == DickBasuLoyalty.TRUE || l == DickBasuLoyalty.SPURIOUS).isEqualTo(pat);
            });
  }

  @Test
  void compositeScoreIsBoundedAndMonotoneInEveryPart() {
    Gen<int[]> parts =
        CrmGen.of(
            rng ->
                new int[] {
                  rng.nextInt(101),
                  1 + rng.nextInt(5),
                  1 + rng.nextInt(5),
                  1 + rng.nextInt(5),
                  rng.nextInt(11),
                  1 + rng.nextInt(7),
                  rng.nextInt(16)
                });
    qt().forAll(parts)
        .checkAssert(
            p -> {
              CompositeLoyalty c = CompositeLoyalty.defaults().withSideWeights(1 + p[6], 3);
              LoyaltyScore s = c.score(evidence(p, p[4]));
              assertThat(s.score()).isBetween(0.0, 100.0);
              assertThat(s.complete()).isTrue();
              if (p[4] < 10) {
                assertThat(c.score(evidence(p, p[4] + 1)).score())
                    .isGreaterThanOrEqualTo(s.score());
              }
            });
  }

  private static LoyaltyEvidence evidence(int[] p, int recommend) {
    return LoyaltyEvidence.builder()
        .repeatPurchaseRate(p[0] / 100.0)
        .rfm(RfmCell.of(p[1], p[2], p[3]), 5)
        .recommend(recommend)
        .satisfaction(p[5], 1, 7)
        .build();
  }

  @Test
  void lifetimeValueGrowsWithRetentionAndTheHorizon() {
    Gen<double[]> xs =
        CrmGen.of(
            rng ->
                new double[] {
                  rng.nextDouble(1, 1000), rng.nextDouble(0, 0.97), rng.nextDouble(0, 0.5)
                });
    qt().forAll(xs, CrmGen.of(rng -> rng.nextInt(200)))
        .checkAssert(
            (x, t) -> {
              double ltv = RetentionEconomics.lifetimeValue(x[0], x[1], x[2]);
              double finite = RetentionEconomics.lifetimeValue(x[0], x[1], x[2], t);
              double longer = RetentionEconomics.lifetimeValue(x[0], x[1], x[2], t + 1);
              assertThat(ltv).isFinite().isGreaterThanOrEqualTo(0);
              assertThat(finite).isLessThanOrEqualTo(longer + 1e-9);
              assertThat(longer).isLessThanOrEqualTo(ltv * (1 + 1e-12) + 1e-9);
              RetentionUplift up = RetentionEconomics.retentionUplift(x[0], x[1], x[2], 2);
              assertThat(up.gain()).isGreaterThan(0);
              assertThat(up.valueBefore()).isCloseTo(ltv, within(1e-9 * Math.max(1, ltv)));
            });
  }
}
