package io.github.crmkit.segmentation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
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
              assertThat(nps.rejected().size())
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
              assertThat(c.n() + c.rejected().size()).isEqualTo(a.length);
              if (c.n() > 0) {
                assertThat(c.topBoxShare()).isBetween(0.0, 1.0);
                assertThat(c.mean()).isBetween(0.0, 10.0);
                assertThat(c.meanStandardError()).isGreaterThanOrEqualTo(0.0);
              }
            });
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(NpsBands.class, NpsBands.standard());
    for (Class<?> type :
        new Class<?>[] {
          NetPromoterScore.class, Csat.class, SatisfactionIndex.class, ConfidenceInterval.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(NetPromoterScore.fromCounts(1, 2, 3));
  }
}
