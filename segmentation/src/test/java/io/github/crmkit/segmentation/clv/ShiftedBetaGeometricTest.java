package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricTest {
  /** The "regular" customers of Fader and Hardie (2007), survivors per 1,000 over years 0-7. */
  static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};

  @Test
  void reproducesFaderAndHardie2007() {
    ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(REGULAR);
    assertThat(fit.model().alpha()).isCloseTo(0.704, within(0.0005));
    assertThat(fit.model().beta()).isCloseTo(1.182, within(0.0005));
    assertThat(fit.logLikelihood()).isCloseTo(-1680.27, within(0.01));
    assertThat(fit.standardErrors()).containsKeys("alpha", "beta");
    assertThat(fit.explanation().subject())
        .isEqualTo("maximum-likelihood fit of ShiftedBetaGeometric");
    assertThat(fit.explanation().outcome()).contains("log-likelihood -1680.2", "AIC", "BIC");
    assertThat(fit.explanation().inputs()).containsKeys("alpha", "beta", "customers");
    assertThat(fit.explanation().checks())
        .singleElement()
        .satisfies(c -> assertThat(c.matched()).isTrue());
  }

  @Test
  void survivalRetentionAndProjection() {
    ShiftedBetaGeometric m = new ShiftedBetaGeometric(0.704, 1.182);
    assertThat(m.survival(0)).isEqualTo(1.0);
    double s = 1;
    for (int t = 1; t <= 12; t++) {
      s *= m.retention(t);
      assertThat(m.survival(t)).isCloseTo(s, within(1e-12));
      assertThat(m.survival(t - 1) - m.survival(t))
          .isCloseTo(m.probabilityOfChurn(t), within(1e-12));
      if (t > 1) {
        assertThat(m.retention(t)).isGreaterThan(m.retention(t - 1));
      }
    }
    double[] p = m.projectedSurvivors(1000, 7);
    assertThat(p[0]).isEqualTo(1000);
    assertThat(p[7]).isCloseTo(1000 * m.survival(7), within(1e-9));
    // DERL by its definition: the sum of discounted survival probabilities of future periods.
    for (int n : new int[] {0, 1, 4}) {
      double d = 0.1;
      double direct = 0;
      for (int k = 0; k < 20_000; k++) {
        direct +=
            m.survival(n + k + 1) / m.survival(n + 1) * Math.pow(1 + d, -k) * m.retention(n + 1);
      }
      assertThat(m.discountedExpectedResidualLifetime(d, n)).isCloseTo(direct, within(1e-6));
    }
    assertThat(m.residualValue(100, 0.1, 2))
        .isCloseTo(100 * m.discountedExpectedResidualLifetime(0.1, 2), within(1e-9));
    double[] batch = m.residualValues(100, 0.1, new int[] {2, 0, 2, 5});
    assertThat(batch[0]).isEqualTo(m.residualValue(100, 0.1, 2));
    assertThat(batch[1]).isEqualTo(m.residualValue(100, 0.1, 0));
    assertThat(batch[2]).isEqualTo(batch[0]);
    assertThat(batch[3]).isEqualTo(m.residualValue(100, 0.1, 5));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> m.residualValues(100, 0.1, new int[] {1, -1}))
        .hasMessageContaining("renewals[1]");
  }

  @Test
  void lifetimesWithCensoringGiveTheCohortFit() {
    int n = 1000;
    int[] periods = new int[n];
    boolean[] cancelled = new boolean[n];
    int i = 0;
    for (int t = 1; t < REGULAR.length; t++) {
      for (long k = 0; k < REGULAR[t - 1] - REGULAR[t]; k++) {
        periods[i] = t;
        cancelled[i++] = true;
      }
    }
    while (i < n) {
      periods[i++] = REGULAR.length - 1;
    }
    ModelFit<ShiftedBetaGeometric> a = ShiftedBetaGeometric.fit(REGULAR);
    ModelFit<ShiftedBetaGeometric> b =
        ShiftedBetaGeometric.fitLifetimes(periods, cancelled, FitOptions.defaults());
    assertThat(b.model().alpha()).isCloseTo(a.model().alpha(), within(1e-6));
    assertThat(b.logLikelihood()).isCloseTo(a.logLikelihood(), within(1e-6));
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> ShiftedBetaGeometric.fit(new long[] {100, 120}))
        .hasMessageContaining("must not increase");
    assertThatThrownBy(() -> ShiftedBetaGeometric.fit(new long[] {100}))
        .hasMessageContaining("at least one period");
    assertThatThrownBy(() -> ShiftedBetaGeometric.fit(new long[] {100, 100, 100}))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("nobody cancelled");
    assertThatThrownBy(() -> new ShiftedBetaGeometric(0, 1)).hasMessageContaining("alpha");
    ShiftedBetaGeometric m = new ShiftedBetaGeometric(0.7, 1.2);
    assertThatThrownBy(() -> m.retention(0)).hasMessageContaining("1 or more");
    assertThatThrownBy(() -> m.discountedExpectedResidualLifetime(0, 1))
        .hasMessageContaining("discountRate");
  }
}
