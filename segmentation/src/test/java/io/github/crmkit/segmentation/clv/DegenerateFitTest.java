package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression: Pareto/NBD on 500 customers without a repeat purchase searched for minutes and then
 * reported a positive log-likelihood, which a probability cannot have. Unidentified data are now
 * refused before any search, and every fit's work is bounded by its evaluation budget.
 */
class DegenerateFitTest {
  static double[] ages(int n, double base) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = base + (i % 13);
    }
    return a;
  }

  static ClvData nobodyReturns(int n) {
    return ClvData.fromColumns(TimeScale.WEEK, new int[n], new double[n], ages(n, 9), null);
  }

  @Test
  void aBaseWithoutRepeatPurchasesIsRefusedBeforeAnySearch() {
    ClvData none = nobodyReturns(500);
    for (Runnable fit :
        List.<Runnable>of(
            () -> ParetoNbd.fit(none), () -> BgNbd.fit(none), () -> MbgNbd.fit(none))) {
      assertThatThrownBy(fit::run)
          .isInstanceOfSatisfying(
              ModelFitException.class,
              e -> {
                assertThat(e.iterations()).isZero();
                assertThat(e.getMessage()).contains("no customer made a repeat purchase (all 500");
                assertThat(e.suggestion()).contains("penalty");
              });
    }
  }

  @Test
  void aPenalisedFitOfTheSameBaseEndsWithAnAnswerOrARefusalNeverAPositiveLogLikelihood() {
    ClvData none = nobodyReturns(500);
    FitOptions penalised = FitOptions.defaults().withPenalty(0.01);
    for (int model = 0; model < 2; model++) {
      try {
        ModelFit<?> fit = model == 0 ? ParetoNbd.fit(none, penalised) : BgNbd.fit(none, penalised);
        assertThat(fit.logLikelihood()).isNotPositive();
        assertThat(fit.iterations()).isLessThanOrEqualTo(penalised.maxIterations());
      } catch (ModelFitException e) {
        assertThat(e.iterations()).isLessThanOrEqualTo(penalised.maxIterations());
        assertThat(e.logLikelihood())
            .satisfiesAnyOf(ll -> assertThat(ll).isNaN(), ll -> assertThat(ll).isNotPositive());
      }
    }
  }

  @Test
  void theEvaluationBudgetStopsAWanderingFit() {
    // Two iterations' worth of evaluations cannot fit CDNOW-sized Pareto/NBD data to 1e-14.
    int n = 300;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = ages(n, 20);
    for (int i = 0; i < n; i++) {
      x[i] = i % 4;
      tx[i] = x[i] == 0 ? 0 : age[i] * (0.2 + 0.2 * (i % 3));
    }
    ClvData d = ClvData.fromColumns(TimeScale.WEEK, x, tx, age, null);
    assertThatThrownBy(() -> ParetoNbd.fit(d, new FitOptions(0, 2, 1e-14)))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("fit failed");
  }
}
