package io.github.crmkit.recovery.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reliability statistics against the published values in REFERENCES.md. */
class ReliabilityTest {
  /** Cohen (1960), example 2: observed 0.70, chance 0.41, kappa 0.4915. */
  @Test
  void cohen1960Example() {
    long[][] table = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
    Estimate k = Reliability.cohenKappa(table, KappaWeights.UNWEIGHTED);
    assertThat(k.value()).isCloseTo(0.4915, within(5e-5));
    assertThat(k.value()).isCloseTo((0.70 - 0.41) / (1 - 0.41), within(1e-12));
    assertThat(k.units()).isEqualTo(200);
    assertThat(k.standardError()).isPresent();
    assertThat(k.standardErrorFormula()).contains("Fleiss, Cohen and Everitt (1969)");
    ConfidenceInterval ci = k.interval(0.95).orElseThrow();
    assertThat(ci.lower()).isLessThan(k.value());
    assertThat(ci.upper()).isGreaterThan(k.value());
    assertThat(ci.level()).isEqualTo(0.95);
    assertThat(ci.halfWidth()).isCloseTo(1.959964 * k.standardError().getAsDouble(), within(1e-5));
    // The estimate explains itself: units, value, the standard error's source and the interval.
    assertThat(k.explanation().inputs())
        .containsEntry("units", "200")
        .containsKey("standard error formula");
    assertThat(k.explanation().outcome())
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT,
                "%.4f, 95%% interval [%.4f, %.4f]",
                k.value(),
                ci.lower(),
                ci.upper()));
    // The same study from a table of ratings gives the same kappa.
    List<Rating> ratings = new ArrayList<>();
    String[] cats = {"a", "b", "c"};
    int unit = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        for (long c = 0; c < table[i][j]; c++) {
          ratings.add(new Rating("u" + unit, "A", cats[i]));
          ratings.add(new Rating("u" + unit, "B", cats[j]));
          unit++;
        }
      }
    }
    RatingTable t = RatingTable.fromRatings(ratings, List.of(cats));
    assertThat(Reliability.cohenKappa(t, KappaWeights.UNWEIGHTED).value())
        .isCloseTo(k.value(), within(1e-12));
    assertThat(Reliability.percentAgreement(t).value()).isCloseTo(0.70, within(1e-12));
    // Weighted kappas credit near misses: here they exceed the unweighted one.
    assertThat(Reliability.cohenKappa(table, KappaWeights.LINEAR).value()).isNotEqualTo(k.value());
    assertThat(Reliability.bennettS(t).value())
        .isCloseTo((0.70 - 1 / 3.0) / (2 / 3.0), within(1e-12));
    // Scott's pi pools the marginals: (0.55^2 + 0.30^2 + 0.15^2) = 0.415.
    assertThat(Reliability.scottPi(t).value()).isCloseTo((0.70 - 0.415) / 0.585, within(1e-12));
    Estimate ir = Reliability.perreaultLeigh(t);
    assertThat(ir.value()).isCloseTo(Math.sqrt((0.70 - 1 / 3.0) * 1.5), within(1e-12));
    assertThat(ir.standardError().getAsDouble())
        .isCloseTo(Math.sqrt(ir.value() * (1 - ir.value()) / 200), within(1e-12));
  }

  static final int[][] DIAGNOSES = {
    {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
    {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
    {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
    {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
    {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
    {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}
  };

  static final List<String> DIAGNOSIS_NAMES =
      List.of("depression", "personality disorder", "schizophrenia", "neurosis", "other");

  /** Fleiss (1971), R irr::diagnoses: kappa 0.4302, per category, SE 0.02437, z 17.65. */
  @Test
  void fleiss1971Diagnoses() {
    FleissKappa f = Reliability.fleissKappa(RatingTable.fromCounts(DIAGNOSES, DIAGNOSIS_NAMES));
    assertThat(f.overall().value()).isCloseTo(0.4302, within(5e-5));
    assertThat(f.overall().units()).isEqualTo(30);
    assertThat(f.overall().standardError().getAsDouble()).isCloseTo(0.02437, within(5e-6));
    assertThat(f.overall().z().getAsDouble()).isCloseTo(17.65, within(5e-3));
    assertThat(f.overall().standardErrorFormula().orElseThrow()).contains("Fleiss, Nee and Landis");
    double[] expected = {0.245, 0.245, 0.520, 0.471, 0.566};
    for (int k = 0; k < 5; k++) {
      assertThat(f.perCategory().get(DIAGNOSIS_NAMES.get(k)).value())
          .isCloseTo(expected[k], within(5e-4));
    }
  }

  /** Krippendorff (2004, p. 227): two coders, 12 units, nominal alpha 0.7341. */
  @Test
  void krippendorff2004Example() {
    String c1 = "aabbbbbccccc";
    String c2 = "abbbbbcccccc";
    String[][] rows = new String[12][2];
    for (int u = 0; u < 12; u++) {
      rows[u][0] = String.valueOf(c1.charAt(u));
      rows[u][1] = String.valueOf(c2.charAt(u));
    }
    RatingTable t = RatingTable.fromRows(rows);
    assertThat(Reliability.krippendorffAlpha(t, Metric.NOMINAL).value())
        .isCloseTo(0.7341, within(5e-5));
    // With two coders and no missing values, nominal alpha equals Scott's pi corrected for
    // sample size: alpha = 1 - (2n - 1) / (2n) * (1 - pi) ... and it sits close to pi.
    assertThat(Reliability.krippendorffAlpha(t, Metric.NOMINAL).value())
        .isCloseTo(Reliability.scottPi(t).value(), within(0.03));
  }

  @Test
  void krippendorffMetricsMissingValuesAndMoreCoders() {
    // Krippendorff's canonical 4 coders x 12 units example with missing values (2011 note,
    // "Computing Krippendorff's alpha-reliability"): nominal 0.743, interval 0.849, ratio 0.797.
    String[][] rows = {
      {"1", "1", null, "1"}, {"2", "2", "3", "2"}, {"3", "3", "3", "3"}, {"3", "3", "3", "3"},
      {"2", "2", "2", "2"}, {"1", "2", "3", "4"}, {"4", "4", "4", "4"}, {"1", "1", "2", "1"},
      {"2", "2", "2", "2"}, {null, "5", "5", "5"}, {null, null, "1", "1"}, {null, null, "3", null}
    };
    RatingTable t = RatingTable.fromRows(rows, List.of("1", "2", "3", "4", "5"));
    assertThat(Reliability.krippendorffAlpha(t, Metric.NOMINAL).value())
        .isCloseTo(0.743, within(5e-4));
    assertThat(Reliability.krippendorffAlpha(t, Metric.INTERVAL).value())
        .isCloseTo(0.849, within(5e-4));
    assertThat(Reliability.krippendorffAlpha(t, Metric.RATIO).value())
        .isCloseTo(0.797, within(5e-4));
    assertThat(Reliability.krippendorffAlpha(t, Metric.ORDINAL).value())
        .isCloseTo(0.815, within(5e-4));
    // The unit rated once is not pairable.
    assertThat(Reliability.krippendorffAlpha(t, Metric.NOMINAL).units()).isEqualTo(11);
    assertThat(Reliability.gwetAc1(t).value()).isBetween(-1.0, 1.0);
    assertThatThrownBy(
            () ->
                Reliability.krippendorffAlpha(
                    RatingTable.fromRows(new String[][] {{"x", "y"}}), Metric.INTERVAL))
        .hasMessageContaining("'x' is not a number");
  }

  @Test
  void undefinedStatisticsSaySoInsteadOfReportingZeroOrOne() {
    RatingTable allA = RatingTable.fromRows(new String[][] {{"a", "a"}, {"a", "a"}, {"a", "a"}});
    for (Estimate e :
        List.of(
            Reliability.cohenKappa(allA, KappaWeights.UNWEIGHTED),
            Reliability.scottPi(allA),
            Reliability.krippendorffAlpha(allA, Metric.NOMINAL),
            Reliability.fleissKappa(allA).overall())) {
      assertThat(e.isDefined()).as(e.statistic()).isFalse();
      assertThat(e.undefinedReason().orElseThrow()).contains("0/0");
      assertThatThrownBy(e::value)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("undefined");
      assertThat(e.standardError()).isEmpty();
      assertThat(e.toString()).contains("undefined");
    }
    assertThat(Reliability.percentAgreement(allA).value()).isEqualTo(1.0);
    assertThat(Reliability.bennettS(allA).isDefined()).isFalse();
    assertThat(Reliability.gwetAc1(allA).isDefined()).isFalse();
    RatingTable oneEach = RatingTable.fromRows(new String[][] {{"a", null}, {null, "b"}});
    assertThat(Reliability.cohenKappa(oneEach, KappaWeights.LINEAR).undefinedReason())
        .contains("no unit was rated by both coders");
    assertThat(Reliability.percentAgreement(oneEach).isDefined()).isFalse();
    assertThat(Reliability.krippendorffAlpha(oneEach, Metric.NOMINAL).isDefined()).isFalse();
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> RatingTable.fromRows(new String[][] {{"a"}}))
        .hasMessageContaining("at least two coders");
    assertThatThrownBy(() -> RatingTable.fromRows(new String[0][]))
        .hasMessageContaining("at least one unit");
    assertThatThrownBy(() -> RatingTable.fromRows(new String[][] {{"a", "z"}}, List.of("a", "b")))
        .hasMessageContaining("unknown code 'z' from coder 2 for unit 1");
    assertThatThrownBy(
            () ->
                RatingTable.fromRatings(
                    List.of(new Rating("u", "A", "a"), new Rating("u", "A", "b")), null))
        .hasMessageContaining("coder 'A' rated unit 'u' twice");
    assertThatThrownBy(() -> RatingTable.fromRatings(List.of(new Rating("u", "A", "a")), null))
        .hasMessageContaining("at least two coders");
    assertThatThrownBy(() -> RatingTable.fromRatings(List.of(), null))
        .hasMessageContaining("at least one rating");
    assertThatThrownBy(() -> RatingTable.fromCounts(new int[][] {{1, -1}}, List.of("a", "b")))
        .hasMessageContaining("counts[0][1] was -1");
    RatingTable three = RatingTable.fromRows(new String[][] {{"a", "b", "a"}});
    assertThatThrownBy(() -> Reliability.cohenKappa(three, KappaWeights.UNWEIGHTED))
        .hasMessageContaining("exactly two coders");
    RatingTable ragged = RatingTable.fromRows(new String[][] {{"a", "b", "a"}, {"a", null, "a"}});
    assertThatThrownBy(() -> Reliability.fleissKappa(ragged))
        .hasMessageContaining("same number of ratings per unit");
    assertThatThrownBy(() -> Reliability.cohenKappa(new long[][] {{1, 2}}, KappaWeights.LINEAR))
        .hasMessageContaining("square");
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(RatingTable.class, RatingTable.fromRows(new String[][] {{"a", "b"}}));
    t.testAllPublicStaticMethods(Reliability.class);
    t.testAllPublicConstructors(Rating.class);
  }
}
