package io.github.crmkit.segmentation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the survey measures over generated answers, including off-scale ones. */
class SurveyProperties {
  static Gen<int[]> answers() {
    return CrmGen.of(
        rng -> {
          int[] a = new int[rng.nextInt(300)];
          for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextInt(20) == 0 ? rng.nextInt(-5, 20) : rng.nextInt(11);
          }
          return a;
        });
  }

  @Test
  void npsIsBoundedAndEveryAnswerIsAccountedFor() {
    qt().forAll(answers())
        .checkAssert(
            a -> {
              NetPromoterScore nps = NetPromoterScore.of(a);
              assertThat(nps.received()).isEqualTo(a.length);
              assertThat(nps.rejectedRecords().size())
                  .isEqualTo((int) Arrays.stream(a).filter(x -> x < 0 || x > 10).count());
              if (nps.n() > 0) {
                assertThat(nps.score()).isBetween(-100.0, 100.0);
                assertThat(nps.variance()).isBetween(0.0, 1.0);
                ConfidenceInterval w = nps.waldInterval(0.9);
                ConfidenceInterval adj = nps.adjustedWaldInterval(0.9);
                assertThat(w.lower()).isLessThanOrEqualTo(nps.score());
                assertThat(w.upper()).isGreaterThanOrEqualTo(nps.score());
                assertThat(adj.lower()).isBetween(-100.0, 100.0);
                assertThat(adj.upper()).isBetween(adj.lower(), 100.0);
                assertThat(nps.compareTo(nps).difference()).isZero();
              }
            });
  }

  @Test
  void widerConfidenceGivesWiderIntervals() {
    AtomicInteger nonEmpty = new AtomicInteger();
    qt().forAll(answers())
        .checkAssert(
            a -> {
              NetPromoterScore nps = NetPromoterScore.of(a);
              if (nps.n() == 0) {
                return;
              }
              nonEmpty.incrementAndGet();
              assertThat(nps.adjustedWaldInterval(0.99).halfWidth())
                  .isGreaterThanOrEqualTo(nps.adjustedWaldInterval(0.9).halfWidth());
              assertThat(nps.marginOfError(0.99)).isGreaterThanOrEqualTo(nps.marginOfError(0.9));
            });
    assertThat(nonEmpty.get()).as("examples with answers").isGreaterThan(100);
  }

  @Test
  void csatShareAndMeanStayOnTheScale() {
    qt().forAll(answers(), CrmGen.of(rng -> 1 + rng.nextInt(5)))
        .checkAssert(
            (a, box) -> {
              Csat c = Csat.of(a, 0, 10, box);
              assertThat(c.n() + c.rejectedRecords().size()).isEqualTo(a.length);
              if (c.n() > 0) {
                assertThat(c.topBoxShare()).isBetween(0.0, 1.0);
                assertThat(c.mean()).isBetween(0.0, 10.0);
                assertThat(c.meanStandardError()).isGreaterThanOrEqualTo(0.0);
              }
            });
  }

  @Test
  void addingAPromoterNeverLowersTheScore() {
    qt().forAll(answers(), CrmGen.of(rng -> 9 + rng.nextInt(2)))
        .checkAssert(
            (a, promoter) -> {
              NetPromoterScore before = NetPromoterScore.of(a);
              int[] more = Arrays.copyOf(a, a.length + 1);
              more[a.length] = promoter;
              NetPromoterScore after = NetPromoterScore.of(more);
              assertThat(after.promoters()).isEqualTo(before.promoters() + 1);
              if (before.n() > 0) {
                assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
              } else {
                assertThat(after.score()).isEqualTo(100.0);
              }
            });
  }

  @Test
  void intervalsContainTheEstimateAndNarrowAsNGrows() {
    qt().forAll(answers(), CrmGen.of(rng -> 2 + rng.nextInt(4)))
        .checkAssert(
            (a, copies) -> {
              NetPromoterScore one = NetPromoterScore.of(a);
              if (one.n() == 0) {
                return;
              }
              int[] many = new int[a.length * copies];
              for (int c = 0; c < copies; c++) {
                System.arraycopy(a, 0, many, c * a.length, a.length);
              }
              NetPromoterScore big = NetPromoterScore.of(many);
              assertThat(big.score()).isCloseTo(one.score(), within(1e-9));
              for (double level : new double[] {0.8, 0.95, 0.99}) {
                ConfidenceInterval w1 = one.waldInterval(level);
                ConfidenceInterval wn = big.waldInterval(level);
                assertThat(one.score()).isBetween(w1.lower(), w1.upper());
                assertThat(wn.halfWidth()).isLessThanOrEqualTo(w1.halfWidth());
                if (w1.halfWidth() > 0 && w1.lower() > -100 && w1.upper() < 100) {
                  assertThat(wn.halfWidth()).isLessThan(w1.halfWidth());
                }
                ConfidenceInterval a1 = one.adjustedWaldInterval(level);
                ConfidenceInterval an = big.adjustedWaldInterval(level);
                // Clamping at -100 and 100 can keep a very wide interval equally wide.
                assertThat(an.halfWidth()).isLessThanOrEqualTo(a1.halfWidth());
                if (a1.lower() > -100 && a1.upper() < 100) {
                  assertThat(an.halfWidth()).isLessThan(a1.halfWidth());
                }
              }
              Csat c1 = Csat.of(a, 0, 10, 2);
              Csat cn = Csat.of(many, 0, 10, 2);
              assertThat(cn.meanStandardError()).isLessThanOrEqualTo(c1.meanStandardError());
              assertThat(cn.topBoxStandardError()).isLessThanOrEqualTo(c1.topBoxStandardError());
            });
  }

  static Gen<ServqualResponse> servqualResponses() {
    return CrmGen.of(
        rng -> {
          int[] e = new int[22];
          int[] p = new int[22];
          for (int i = 0; i < 22; i++) {
            e[i] = 1 + rng.nextInt(7);
            p[i] = 1 + rng.nextInt(7);
          }
          ServqualResponse r = ServqualResponse.of(e, p);
          if (rng.nextBoolean()) {
            double[] w = new double[5];
            int left = 100;
            for (int d = 0; d < 4; d++) {
              w[d] = rng.nextInt(left + 1);
              left -= (int) w[d];
            }
            w[4] = left;
            r = r.withImportance(w);
          }
          return r;
        });
  }

  @Test
  void gapsAreAntisymmetricWhenExpectationAndPerceptionSwap() {
    Servqual sq = Servqual.sevenPoint();
    qt().forAll(servqualResponses())
        .checkAssert(
            r -> {
              ServqualGaps g = sq.gaps(r);
              ServqualGaps s = sq.gaps(r.swapped());
              for (int item = 1; item <= 22; item++) {
                assertThat(s.itemGap(item)).isEqualTo(-g.itemGap(item));
              }
              for (ServqualDimension d : ServqualDimension.values()) {
                assertThat(s.dimensionGap(d)).isCloseTo(-g.dimensionGap(d), within(1e-12));
              }
              assertThat(s.overallGap()).isCloseTo(-g.overallGap(), within(1e-12));
              assertThat(s.weightedGap().isPresent()).isEqualTo(r.hasImportance());
              g.weightedGap()
                  .ifPresent(
                      w -> assertThat(s.weightedGap().orElseThrow()).isCloseTo(-w, within(1e-9)));
              assertThat(g.overallGap()).isBetween(-6.0, 6.0);
            });
  }

  @Test
  void everyRespondentLandsInExactlyOneQuadrantAndOneZonePosition() {
    Gen<int[]> ratings =
        CrmGen.of(
            rng -> {
              int[] x = new int[2 + 2 * rng.nextInt(60)];
              for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextInt(12) == 0 ? rng.nextInt(-2, 9) : 1 + rng.nextInt(5);
              }
              return x;
            });
    qt().forAll(
            ratings,
            CrmGen.of(
                rng ->
                    java.util.List.of(Crosshair.MEANS, Crosshair.MEDIANS, Crosshair.SCALE_MIDPOINT)
                        .get(rng.nextInt(3))))
        .checkAssert(
            (x, policy) -> {
              java.util.List<IpaRating> list = new java.util.ArrayList<>();
              for (int i = 0; i + 1 < x.length; i += 2) {
                list.add(new IpaRating("a" + (i % 7), x[i], x[i + 1]));
              }
              IpaResult r = ImportancePerformance.of(1, 5, policy).analyze(list);
              assertThat(r.received()).isEqualTo(list.size());
              long placed = 0;
              for (IpaQuadrant q : IpaQuadrant.values()) {
                placed += r.in(q).size();
              }
              assertThat(placed).isEqualTo(r.attributes().size());
              if (r.attributes().isEmpty()) {
                return;
              }
              for (IpaRating one : list) {
                IpaQuadrant q = r.quadrantOf(one.importance(), one.performance());
                boolean hi = one.importance() >= r.importanceCrosshair();
                boolean hp = one.performance() >= r.performanceCrosshair();
                assertThat(q)
                    .isEqualTo(
                        hi
                            ? (hp
                                ? IpaQuadrant.KEEP_UP_THE_GOOD_WORK
                                : IpaQuadrant.CONCENTRATE_HERE)
                            : (hp ? IpaQuadrant.POSSIBLE_OVERKILL : IpaQuadrant.LOW_PRIORITY));
              }
              java.util.List<ToleranceRating> zone = new java.util.ArrayList<>();
              for (int i = 0; i + 1 < x.length; i += 2) {
                zone.add(new ToleranceRating(x[i], x[i + 1], x[(i + 3) % x.length]));
              }
              ToleranceResult t = ZoneOfTolerance.onScale(1, 5).analyze(zone);
              assertThat(t.received()).isEqualTo(zone.size());
              assertThat(t.positions().values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(t.n());
              assertThat(t.profiles().values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(t.n());
            });
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(NpsBands.class, NpsBands.defaults());
    for (Class<?> type :
        new Class<?>[] {
          NetPromoterScore.class,
          Csat.class,
          SatisfactionIndex.class,
          ConfidenceInterval.class,
          Servqual.class,
          ServqualResponse.class,
          ServqualDimension.class,
          ZoneOfTolerance.class,
          ImportancePerformance.class,
          IpaQuadrant.class,
          IpaRating.class,
          ToleranceAssessment.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(NetPromoterScore.fromCounts(1, 2, 3));
    t.testAllPublicInstanceMethods(Servqual.sevenPoint());
    t.testAllPublicInstanceMethods(ServqualResponse.of(new int[22], new int[22]));
    t.testAllPublicInstanceMethods(ZoneOfTolerance.ninePoint());
    t.testAllPublicInstanceMethods(
        ImportancePerformance.of(1, 5, Crosshair.MEANS)
            .analyze(java.util.List.of(new IpaRating("a", 1, 1))));
    t.testAllPublicInstanceMethods(
        ZoneOfTolerance.ninePoint().analyze(java.util.List.of(new ToleranceRating(1, 2, 3))));
  }
}
