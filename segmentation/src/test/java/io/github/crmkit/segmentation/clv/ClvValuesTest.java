package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.CustomerId;
import org.junit.jupiter.api.Test;

/** Bad input of the value types and of the entry points the other tests use only correctly. */
class ClvValuesTest {
  @Test
  void horizonsRatesAndUnits() {
    assertThat(TimeScale.MONTH.convert(12, TimeScale.YEAR)).isCloseTo(1.0, within(1e-15));
    assertThat(DiscountRate.of(0.1, TimeScale.YEAR).factor(12, TimeScale.MONTH))
        .isCloseTo(1 / 1.1, within(1e-15));
    assertThatThrownBy(() -> Horizon.of(-1, TimeScale.WEEK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
    assertThatThrownBy(() -> Horizon.of(Double.POSITIVE_INFINITY, TimeScale.WEEK))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Horizon.of(1, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DiscountRate.of(-1, TimeScale.YEAR))
        .hasMessageContaining("greater than -1, but was -1.0");
    assertThatThrownBy(() -> DiscountRate.of(Double.NaN, TimeScale.YEAR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimeScale.DAY.convert(1, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void spendModelAndIntervals() {
    GammaGamma g = new GammaGamma(6.25, 3.74, 15.44);
    assertThat(g.populationMean()).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
    assertThat(g.logLikelihood(2, 30)).isFinite();
    assertThatThrownBy(() -> g.expectedSpend(-1, 10))
        .hasMessageContaining("x must not be negative");
    assertThatThrownBy(() -> g.expectedSpend(1, -10)).hasMessageContaining("meanSpend");
    assertThatThrownBy(() -> g.logLikelihood(0, 10)).hasMessageContaining("x must be positive");
    assertThatThrownBy(() -> new GammaGamma(1, 0.5, 1).populationMean())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("infinite");
    ModelFit<GammaGamma> fit = GammaGamma.fit(Cdnow.summary());
    assertThat(fit.interval("p", 0.95).lower()).isCloseTo(fit.lower().get("p"), within(1e-7));
    assertThat(fit.interval("p", 0.99).lower()).isLessThan(fit.lower().get("p"));
    assertThatThrownBy(() -> fit.interval("z", 0.95)).hasMessageContaining("'z'");
    assertThatThrownBy(() -> fit.interval("p", 1.0)).hasMessageContaining("level");
  }

  /**
   * The batch lifetime value of the beta-geometric models (the discounted future computed once per
   * (x, T) pair, the series' ratios shared by all horizons) equals the definition summed step by
   * step from the public conditional expectations, for whole and partial horizons, and for every
   * model family.
   */
  @Test
  void lifetimeValuesEqualTheirStepByStepDefinition() {
    GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
    DiscountRate rate = DiscountRate.of(0.1, TimeScale.YEAR);
    java.util.List<TransactionModel> models =
        java.util.List.of(
            new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK),
            new BgNbd(0.6, 4.25, 4.79, 39.0, TimeScale.WEEK),
            new MbgNbd(0.5, 6.0, 0.4, 3.0, TimeScale.WEEK),
            new ParetoNbd(0.55, 10.5, 0.6, 11.7, TimeScale.WEEK));
    double[] ages = new double[5_000];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
    for (int i = 0; i < ages.length; i++) {
      ages[i] = Math.round(rng.nextDouble(1, 104) * 7) / 7.0;
    }
    for (TransactionModel model : models) {
      ClvData data =
          withSpend(
              new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK)
                  .simulate(new java.util.SplittableRandom(6), ages));
      for (Horizon horizon :
          java.util.List.of(
              Horizon.of(52, TimeScale.WEEK),
              Horizon.of(12, TimeScale.MONTH),
              Horizon.of(9.5, TimeScale.WEEK))) {
        double[] batch = LifetimeValue.of(model, spend, data, horizon, rate, 0.3);
        double steps = horizon.length();
        double[] byStep = new double[data.size()];
        double[] previous = new double[data.size()];
        for (int i = 1; i < steps + 1; i++) {
          double at = Math.min(i, steps);
          double t = horizon.unit().convert(at, model.unit());
          double[] e = model.conditionalExpectedPurchases(data, t);
          double f = rate.factor(at, horizon.unit());
          for (int c = 0; c < data.size(); c++) {
            byStep[c] += (e[c] - previous[c]) * f;
          }
          previous = e;
        }
        for (int c = 0; c < data.size(); c++) {
          double expected = byStep[c] * spend.expectedSpend(data.x(c), data.meanSpend(c)) * 0.3;
          assertThat(batch[c])
              .as("%s, %s, customer %s", model, horizon, c)
              .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
        }
      }
    }
  }

  /**
   * The batch predictions, which compute P(alive) once per distinct summary and the future of an
   * alive customer once per (x, T), give every customer what the one-customer methods give.
   */
  @Test
  void batchPredictionsEqualTheOneCustomerMethods() {
    double[] ages = new double[4_000];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(8);
    for (int i = 0; i < ages.length; i++) {
      ages[i] = Math.round(rng.nextDouble(1, 60)) / 7.0 * 7; // few ages: many shared summaries
    }
    ClvData data =
        new ParetoNbd(0.55, 10.5, 0.6, 11.7, TimeScale.WEEK)
            .simulate(new java.util.SplittableRandom(9), ages);
    assertThat(data.distinctSummaries()).isLessThan(data.size());
    for (TransactionModel model :
        java.util.List.<TransactionModel>of(
            new ParetoNbd(0.55, 10.5, 0.6, 11.7, TimeScale.WEEK),
            new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK),
            new MbgNbd(0.5, 6.0, 0.4, 3.0, TimeScale.WEEK))) {
      double[] alive = model.probabilityAlive(data);
      double[] next = model.conditionalExpectedPurchases(data, 26);
      for (int c = 0; c < data.size(); c++) {
        double a = model.probabilityAlive(data.x(c), data.tx(c), data.age(c));
        double e = model.conditionalExpectedPurchases(26, data.x(c), data.tx(c), data.age(c));
        assertThat(alive[c]).as("%s, customer %s", model, c).isCloseTo(a, within(1e-15));
        assertThat(next[c])
            .as("%s, customer %s", model, c)
            .isCloseTo(e, within(1e-13 * Math.max(1, e)));
      }
    }
  }

  @Test
  void lifetimeValueRefusesBadInput() {
    BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    GammaGamma g = new GammaGamma(6.25, 3.74, 15.44);
    RepeatSummary c = new RepeatSummary(CustomerId.of("a"), 2, 30.43, 38.86, 22.35);
    Horizon h = Horizon.of(1, TimeScale.YEAR);
    DiscountRate r = DiscountRate.of(0.1, TimeScale.YEAR);
    assertThatThrownBy(() -> LifetimeValue.of(m, g, c, h, r, Double.NaN))
        .hasMessageContaining("margin must be finite");
    assertThatThrownBy(() -> LifetimeValue.of(m, g, (RepeatSummary) null, h, r, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("customer");
    ClvData days =
        ClvData.fromColumns(TimeScale.DAY, new int[] {1}, new double[] {1}, new double[] {2}, null);
    assertThatThrownBy(() -> LifetimeValue.of(m, g, days, h, r, 1))
        .hasMessageContaining("data are in DAY but the model is in WEEK");
    assertThat(LifetimeValue.of(m, g, c, Horizon.of(0, TimeScale.WEEK), r, 1)).isZero();
  }

  @Test
  void withoutSpendThereIsNoLifetimeValue() {
    // Regression: data without a spend column gave lifetime values from a mean spend of 0.
    BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    GammaGamma g = new GammaGamma(6.25, 3.74, 15.44);
    ClvData noSpend =
        ClvData.fromColumns(
            TimeScale.WEEK,
            new int[] {2, 0},
            new double[] {30.43, 0},
            new double[] {38.86, 20},
            null);
    assertThat(noSpend.hasSpend()).isFalse();
    Horizon h = Horizon.of(1, TimeScale.YEAR);
    DiscountRate r = DiscountRate.of(0.1, TimeScale.YEAR);
    assertThatThrownBy(() -> LifetimeValue.of(m, g, noSpend, h, r, 1))
        .isInstanceOf(MissingSpendException.class)
        .hasMessageContaining("lifetime value")
        .hasMessageContaining("without spend");
    assertThatThrownBy(() -> noSpend.meanSpend(0)).isInstanceOf(MissingSpendException.class);
    assertThatThrownBy(() -> noSpend.summary(0)).isInstanceOf(MissingSpendException.class);
    assertThatThrownBy(() -> GammaGamma.fit(noSpend)).isInstanceOf(MissingSpendException.class);
    // The transaction model still works without spend.
    assertThat(m.probabilityAlive(noSpend)).hasSize(2);
    ClvData withSpend =
        ClvData.fromColumns(
            TimeScale.WEEK,
            new int[] {2, 0},
            new double[] {30.43, 0},
            new double[] {38.86, 20},
            new double[] {22.35, 0});
    assertThat(withSpend.hasSpend()).isTrue();
    assertThat(LifetimeValue.of(m, g, withSpend, h, r, 1)[0]).isPositive();
  }

  /** The same customers with a mean spend of 10 to 40 for those with repeat purchases. */
  static ClvData withSpend(ClvData d) {
    int n = d.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = d.x(i);
      tx[i] = d.tx(i);
      age[i] = d.age(i);
      spend[i] = x[i] == 0 ? 0 : 10 + (i % 31);
    }
    return ClvData.fromColumns(d.unit(), x, tx, age, spend);
  }
}
