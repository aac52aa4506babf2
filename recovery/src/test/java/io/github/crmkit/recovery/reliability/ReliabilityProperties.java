package io.github.crmkit.recovery.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.testkit.DomainGenerators;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the reliability statistics over testkit-generated coding studies. */
class ReliabilityProperties {
  static final List<String> CATS = List.of("a", "b", "c", "d");

  /** A study plus a seed for the permutations applied to it. */
  static final class Study {
    private final String[][] rows;
    private final long seed;

    Study(String[][] rows, long seed) {
      this.rows = rows;
      this.seed = seed;
    }

    String[][] rows() {
      return rows;
    }

    long seed() {
      return seed;
    }

    @Override
    public String toString() {
      return java.util.Arrays.deepToString(rows) + " seed " + seed;
    }
  }

  static Gen<Study> studies(double missing) {
    return CrmGen.of(
        rng ->
            new Study(
                DomainGenerators.ratings(
                    rng, 2 + rng.nextInt(40), 2 + rng.nextInt(4), CATS, rng.nextDouble(), missing),
                rng.nextLong()));
  }

  static String[][] permute(String[][] rows, RandomGenerator rng, boolean labels) {
    int n = rows.length;
    int m = rows[0].length;
    int[] units = shuffle(n, rng);
    int[] coders = shuffle(m, rng);
    int[] cats = shuffle(CATS.size(), rng);
    String[][] out = new String[n][m];
    for (int u = 0; u < n; u++) {
      for (int c = 0; c < m; c++) {
        String v = rows[units[u]][coders[c]];
        out[u][c] = v == null || !labels ? v : CATS.get(cats[CATS.indexOf(v)]);
      }
    }
    return out;
  }

  static int[] shuffle(int n, RandomGenerator rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  static void same(Estimate a, Estimate b) {
    assertThat(b.isDefined()).isEqualTo(a.isDefined());
    if (a.isDefined()) {
      assertThat(b.value()).isCloseTo(a.value(), within(1e-9));
    }
  }

  @Test
  void statisticsAreInvariantToPermutingUnitsCodersAndLabels() {
    qt().forAll(studies(0.2))
        .checkAssert(
            s -> {
              RatingTable t = RatingTable.fromRows(s.rows(), CATS);
              RatingTable p =
                  RatingTable.fromRows(
                      permute(s.rows(), new java.util.SplittableRandom(s.seed()), true), CATS);
              same(Reliability.percentAgreement(t), Reliability.percentAgreement(p));
              same(
                  Reliability.krippendorffAlpha(t, Metric.NOMINAL),
                  Reliability.krippendorffAlpha(p, Metric.NOMINAL));
              same(Reliability.gwetAc1(t), Reliability.gwetAc1(p));
              Estimate alpha = Reliability.krippendorffAlpha(t, Metric.NOMINAL);
              if (alpha.isDefined()) {
                assertThat(alpha.value()).isLessThanOrEqualTo(1 + 1e-12).isGreaterThan(-2.0);
              }
              for (Metric metric : List.of(Metric.ORDINAL)) {
                Estimate o = Reliability.krippendorffAlpha(t, metric);
                if (o.isDefined()) {
                  assertThat(o.value()).isLessThanOrEqualTo(1 + 1e-12);
                }
              }
            });
  }

  @Test
  void twoCoderStatisticsAreInvariantToUnitOrderLabelsAndCoderSwap() {
    qt().forAll(
            CrmGen.of(
                rng ->
                    new Study(
                        DomainGenerators.ratings(
                            rng, 2 + rng.nextInt(60), 2, CATS, rng.nextDouble(), 0.1),
                        rng.nextLong())))
        .checkAssert(
            s -> {
              RatingTable t = RatingTable.fromRows(s.rows(), CATS);
              RatingTable p =
                  RatingTable.fromRows(
                      permute(s.rows(), new java.util.SplittableRandom(s.seed()), true), CATS);
              same(
                  Reliability.cohenKappa(t, KappaWeights.UNWEIGHTED),
                  Reliability.cohenKappa(p, KappaWeights.UNWEIGHTED));
              same(Reliability.scottPi(t), Reliability.scottPi(p));
              same(Reliability.bennettS(t), Reliability.bennettS(p));
              same(Reliability.perreaultLeigh(t), Reliability.perreaultLeigh(p));
            });
  }

  @Test
  void fleissKappaIsInvariantOnCompleteData() {
    qt().forAll(studies(0))
        .checkAssert(
            s -> {
              RatingTable t = RatingTable.fromRows(s.rows(), CATS);
              RatingTable p =
                  RatingTable.fromRows(
                      permute(s.rows(), new java.util.SplittableRandom(s.seed()), true), CATS);
              same(Reliability.fleissKappa(t).overall(), Reliability.fleissKappa(p).overall());
            });
  }

  @Test
  void perfectAgreementGivesOneWhenMoreThanOneCategoryIsUsed() {
    qt().forAll(studies(0))
        .checkAssert(
            s -> {
              String[][] rows = s.rows();
              String[][] perfect = new String[rows.length][rows[0].length];
              for (int u = 0; u < rows.length; u++) {
                java.util.Arrays.fill(perfect[u], CATS.get(u % 2));
              }
              RatingTable t = RatingTable.fromRows(perfect, CATS);
              assertThat(Reliability.krippendorffAlpha(t, Metric.NOMINAL).value())
                  .isCloseTo(1, within(1e-12));
              assertThat(Reliability.fleissKappa(t).overall().value()).isCloseTo(1, within(1e-12));
              assertThat(Reliability.percentAgreement(t).value()).isEqualTo(1.0);
              assertThat(Reliability.gwetAc1(t).value()).isCloseTo(1, within(1e-12));
              if (rows[0].length == 2) {
                assertThat(Reliability.cohenKappa(t, KappaWeights.QUADRATIC).value())
                    .isCloseTo(1, within(1e-12));
              }
            });
  }

  @Test
  void wideAndLongFormsAgree() {
    qt().forAll(studies(0.3))
        .checkAssert(
            s -> {
              String[][] rows = s.rows();
              List<Rating> ratings = new ArrayList<>();
              for (int u = 0; u < rows.length; u++) {
                for (int c = 0; c < rows[u].length; c++) {
                  if (rows[u][c] != null) {
                    ratings.add(new Rating("u" + u, "c" + c, rows[u][c]));
                  }
                }
              }
              if (ratings.isEmpty() || ratings.stream().map(Rating::coder).distinct().count() < 2) {
                return;
              }
              RatingTable wide = RatingTable.fromRows(rows, CATS);
              RatingTable longForm = RatingTable.fromRatings(ratings, CATS);
              same(
                  Reliability.krippendorffAlpha(wide, Metric.NOMINAL),
                  Reliability.krippendorffAlpha(longForm, Metric.NOMINAL));
              same(Reliability.percentAgreement(wide), Reliability.percentAgreement(longForm));
            });
  }
}
