package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.Purchase;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClvFitTest {
  /** Ages of a cohort that joined over a year, observed for another year: 52 to 104 weeks. */
  static double[] ages(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = rng.nextDouble(52, 104);
    }
    return out;
  }

  /**
   * The true values lie inside the fit's 99% intervals (with four parameters, 95% intervals would
   * miss one of them about one time in five by chance alone), and inside the 95% intervals of most.
   */
  static void assertRecovered(ModelFit<?> fit, Map<String, Double> truth) {
    int inside95 = 0;
    for (Map.Entry<String, Double> e : truth.entrySet()) {
      String name = e.getKey();
      double value = e.getValue();
      io.github.crmkit.core.ConfidenceInterval ci = fit.interval(name, 0.99);
      assertThat(value)
          .as("%s: true %s, fitted %s, 99%% interval %s", name, value, fit.model(), ci)
          .isBetween(ci.lower(), ci.upper());
      if (value >= fit.lower().get(name) && value <= fit.upper().get(name)) {
        inside95++;
      }
    }
    assertThat(inside95).isGreaterThanOrEqualTo(truth.size() - 1);
  }

  /**
   * Above 100,000 distinct summaries a fit starts from a sample's optimum; which customers the
   * sample holds depends on the rows' order. A Newton step at the end makes the answer the
   * optimum's, whatever the order: before it, the same base in another order moved alpha by 3.6e-6
   * relative (a Spark job's fit disagreed with one JVM's).
   */
  @Test
  void aWarmStartedFitDoesNotDependOnTheOrderOfTheRows() {
    double[] ages = new double[150_000];
    SplittableRandom rng = new SplittableRandom(11);
    for (int i = 0; i < ages.length; i++) {
      ages[i] = rng.nextDouble(30, 80);
    }
    ClvData d =
        new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK).simulate(new SplittableRandom(12), ages);
    assertThat(d.distinctSummaries()).isGreaterThan(Fitting.WARM_START_ABOVE);
    int n = d.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      // reversed, then every other row moved to the front: another sample entirely
      int j = i % 2 == 0 ? n - 1 - i / 2 : (i - 1) / 2;
      x[i] = d.x(j);
      tx[i] = d.tx(j);
      age[i] = d.age(j);
    }
    BgNbd a = BgNbd.fit(d).model();
    BgNbd b = BgNbd.fit(ClvData.fromColumns(TimeScale.WEEK, x, tx, age, null)).model();
    assertThat(b.r()).isCloseTo(a.r(), within(1e-9 * a.r()));
    assertThat(b.alpha()).isCloseTo(a.alpha(), within(1e-9 * a.alpha()));
    assertThat(b.a()).isCloseTo(a.a(), within(1e-9 * a.a()));
    assertThat(b.b()).isCloseTo(a.b(), within(1e-9 * a.b()));
  }

  @Test
  void bgNbdRecoversItsParametersFromOneHundredThousandSimulatedCustomers() {
    BgNbd truth = new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK);
    ClvData data = truth.simulate(new SplittableRandom(2026), ages(100_000, 1));
    ModelFit<BgNbd> fit = BgNbd.fit(data);
    assertThat(fit.customers()).isEqualTo(100_000);
    assertRecovered(fit, truth.parameters());
  }

  /** Gamma-Gamma on 400,000 repeat buyers whose spend follows the model recovers its parameters. */
  @Test
  void gammaGammaRecoversItsParametersOnFourHundredThousandRepeatBuyers() {
    GammaGamma truth = new GammaGamma(6.25, 3.74, 15.44);
    SplittableRandom rng = new SplittableRandom(2027);
    int n = 400_000;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 1 + rng.nextInt(40);
      age[i] = 78;
      tx[i] = rng.nextDouble(1, 78);
      double nu = io.github.crmkit.core.internal.Variates.gamma(rng, truth.q(), 1 / truth.gamma());
      // The mean of x gamma(p, nu) spends is gamma(p x, x nu).
      spend[i] =
          io.github.crmkit.core.internal.Variates.gamma(rng, truth.p() * x[i], 1 / (x[i] * nu));
    }
    ModelFit<GammaGamma> fit =
        GammaGamma.fit(ClvData.fromColumns(TimeScale.WEEK, x, tx, age, spend));
    assertThat(fit.converged()).isTrue();
    assertThat(fit.iterations()).isLessThan(100);
    assertThat(fit.customers()).isEqualTo(n);
    assertRecovered(fit, truth.parameters());
  }

  /**
   * Gamma-Gamma on testkit's base of 100,000 customers (log-normal spend, so the model is only an
   * approximation and its likelihood flat near the optimum). BFGS alone wandered in the rounding
   * noise of the likelihood summed over 72,000 repeat buyers and gave up after 550 iterations; with
   * Newton steps near the optimum it converges, and the optimum is one: no small step in any
   * log-parameter raises the likelihood.
   */
  @Test
  void gammaGammaConvergesOnALargeBaseWhoseSpendIsNotGammaGamma() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(42).customers(100_000);
    List<Purchase> purchases = new ArrayList<>();
    for (Purchase p : gen.purchases()) {
      if (p != null) {
        purchases.add(p);
      }
    }
    ClvData data =
        ClvData.fromPurchases(
            purchases,
            LocalDate.ofInstant(gen.end(), ZoneOffset.UTC),
            ZoneOffset.UTC,
            TimeScale.WEEK,
            gen.currency());
    ModelFit<GammaGamma> fit = GammaGamma.fit(data);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.iterations()).isLessThan(100);
    GammaGamma best = fit.model();
    for (int i = 0; i < 3; i++) {
      for (double step : new double[] {-1e-3, 1e-3}) {
        double[] v = {best.p(), best.q(), best.gamma()};
        v[i] *= Math.exp(step);
        double ll = spendLogLikelihood(new GammaGamma(v[0], v[1], v[2]), data);
        assertThat(ll)
            .as("parameter %s moved by %s", i, step)
            .isLessThan(spendLogLikelihood(best, data));
      }
    }
  }

  private static double spendLogLikelihood(GammaGamma model, ClvData data) {
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.x(i) > 0 && data.meanSpend(i) > 0) {
        sum += model.logLikelihood(data.x(i), data.meanSpend(i));
      }
    }
    return sum;
  }

  @Test
  void mbgNbdRecoversItsParameters() {
    MbgNbd truth = new MbgNbd(0.5, 6.0, 0.4, 3.0, TimeScale.WEEK);
    ClvData data = truth.simulate(new SplittableRandom(7), ages(100_000, 2));
    assertRecovered(MbgNbd.fit(data), truth.parameters());
  }

  @Test
  void paretoNbdRecoversItsParameters() {
    ParetoNbd truth = new ParetoNbd(0.55, 10.5, 0.6, 11.7, TimeScale.WEEK);
    ClvData data = truth.simulate(new SplittableRandom(11), ages(100_000, 3));
    assertRecovered(ParetoNbd.fit(data), truth.parameters());
  }

  @Test
  void mbgNbdOnCdnowIsAProperFitAndBgNbdSimulationsLookLikeCdnow() {
    ClvData cdnow = Cdnow.summary();
    ModelFit<MbgNbd> mbg = MbgNbd.fit(cdnow);
    assertThat(mbg.logLikelihood()).isFinite().isLessThan(0);
    assertThat(mbg.model().logLikelihood(cdnow)).isCloseTo(mbg.logLikelihood(), within(1e-6));
    BgNbd bg = BgNbd.fit(cdnow).model();
    // A simulated base with CDNOW's ages repeats about as often as CDNOW did.
    double[] ages = new double[cdnow.size()];
    long observed = 0;
    for (int i = 0; i < ages.length; i++) {
      ages[i] = cdnow.age(i);
      observed += cdnow.x(i);
    }
    long simulated = 0;
    ClvData sim = bg.simulate(new SplittableRandom(5), ages);
    for (int i = 0; i < sim.size(); i++) {
      simulated += sim.x(i);
    }
    assertThat((double) simulated).isCloseTo((double) observed, within(observed * 0.1));
  }

  @Test
  void batchPredictionsEqualOneByOnePredictions() {
    ClvData cdnow = Cdnow.summary();
    for (TransactionModel m :
        new TransactionModel[] {
          new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK),
          new MbgNbd(0.5, 6.0, 0.4, 3.0, TimeScale.WEEK),
          new ParetoNbd(0.553, 10.578, 0.606, 11.669, TimeScale.WEEK)
        }) {
      double[] alive = m.probabilityAlive(cdnow);
      double[] next = m.conditionalExpectedPurchases(cdnow, 39);
      for (int i = 0; i < cdnow.size(); i += 7) {
        assertThat(alive[i]).isEqualTo(m.probabilityAlive(cdnow.x(i), cdnow.tx(i), cdnow.age(i)));
        assertThat(next[i])
            .isCloseTo(
                m.conditionalExpectedPurchases(39, cdnow.x(i), cdnow.tx(i), cdnow.age(i)),
                within(1e-12));
      }
    }
  }

  @Test
  void badInputIsRefused() {
    BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    assertThatThrownBy(() -> m.probabilityAlive(-1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x must not be negative, but was -1");
    assertThatThrownBy(() -> m.probabilityAlive(2, 5, 4))
        .hasMessageContaining("tx must not exceed T");
    assertThatThrownBy(() -> m.conditionalExpectedPurchases(-1, 0, 0, 1))
        .hasMessageContaining("t must be finite and not negative, but was -1.0");
    assertThatThrownBy(() -> m.probabilityOfPurchases(-1, 1))
        .hasMessageContaining("n must not be negative");
    assertThatThrownBy(() -> new BgNbd(0, 1, 1, 1, TimeScale.WEEK))
        .hasMessageContaining("r must be");
    assertThatThrownBy(() -> new ParetoNbd(1, 1, Double.NaN, 1, TimeScale.WEEK))
        .hasMessageContaining("s must be");
    ClvData empty =
        ClvData.fromColumns(TimeScale.WEEK, new int[0], new double[0], new double[0], null);
    assertThatThrownBy(() -> BgNbd.fit(empty)).hasMessageContaining("at least one customer");
    ClvData days =
        ClvData.fromColumns(TimeScale.DAY, new int[] {1}, new double[] {1}, new double[] {2}, null);
    assertThatThrownBy(() -> m.probabilityAlive(days))
        .hasMessageContaining("data are in DAY but the model is in WEEK");
    assertThatThrownBy(() -> GammaGamma.fit(days)).isInstanceOf(MissingSpendException.class);
    ClvData noRepeatSpend =
        ClvData.fromColumns(
            TimeScale.DAY, new int[] {1}, new double[] {1}, new double[] {2}, new double[] {0});
    assertThatThrownBy(() -> GammaGamma.fit(noRepeatSpend))
        .hasMessageContaining("positive mean spend");
    assertThatThrownBy(() -> new FitOptions(-1, 10, 1e-8)).hasMessageContaining("penalty");
  }

  @Test
  void aFitThatCannotConvergeThrowsWithDiagnosticsAndAPenaltyHelps() {
    // Nobody ever comes back: the purchase rate runs to zero.
    int n = 500;
    ClvData none = ClvData.fromColumns(TimeScale.WEEK, new int[n], new double[n], ages(n, 9), null);
    assertThatThrownBy(() -> BgNbd.fit(none))
        .isInstanceOfSatisfying(
            ModelFitException.class,
            e -> {
              assertThat(e.model()).isEqualTo("bgnbd");
              assertThat(e.lastParameters()).containsKeys("r", "alpha", "a", "b");
              assertThat(e.suggestion()).contains("penalty");
              // Refused before any search: nobody made a repeat purchase.
              assertThat(e.iterations()).isZero();
              assertThat(e.getMessage()).contains("not identified");
            });
    ModelFit<BgNbd> penalised = BgNbd.fit(none, FitOptions.defaults().withPenalty(1));
    assertThat(penalised.model().expectedPurchases(52)).isLessThan(0.1);
  }
}
