package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** sBG and BG/BB: probabilities in range, survival not increasing, gradients exact. */
class DiscreteModelProperties {
  static double logUniform(RandomGenerator rng, double lo, double hi) {
    return Math.exp(rng.nextDouble(Math.log(lo), Math.log(hi)));
  }

  @Test
  void sbgProbabilitiesAreInRangeAndSurvivalDoesNotIncrease() {
    qt().withExamples(2_000)
        .forAll(
            CrmGen.of(
                rng ->
                    new ShiftedBetaGeometric(
                        logUniform(rng, 1e-3, 1e3), logUniform(rng, 1e-3, 1e3))))
        .checkAssert(
            m -> {
              double previous = 1;
              for (int t = 1; t <= 50; t++) {
                double s = m.survival(t);
                assertThat(s).isBetween(0.0, previous);
                assertThat(m.retention(t)).isBetween(0.0, 1.0);
                assertThat(m.probabilityOfChurn(t)).isBetween(0.0, 1.0);
                previous = s;
              }
              assertThat(m.discountedExpectedResidualLifetime(0.1, 3)).isFinite().isNotNegative();
            });
  }

  @Test
  void bgbbProbabilitiesAreInRange() {
    qt().withExamples(2_000)
        .forAll(
            CrmGen.of(
                rng -> {
                  BetaGeometricBetaBinomial m =
                      new BetaGeometricBetaBinomial(
                          logUniform(rng, 1e-3, 1e3),
                          logUniform(rng, 1e-3, 1e3),
                          logUniform(rng, 1e-3, 1e3),
                          logUniform(rng, 1e-3, 1e3));
                  int n = 1 + rng.nextInt(60);
                  int x = rng.nextInt(n + 1);
                  int tx = x == 0 ? 0 : x + rng.nextInt(n - x + 1);
                  return new Object[] {m, x, tx, n};
                }))
        .checkAssert(
            o -> {
              BetaGeometricBetaBinomial m = (BetaGeometricBetaBinomial) o[0];
              int x = (int) o[1];
              int tx = (int) o[2];
              int n = (int) o[3];
              assertThat(m.probabilityAlive(x, tx, n)).isBetween(0.0, 1.0);
              assertThat(m.conditionalExpectedTransactions(10, x, tx, n)).isBetween(0.0, 10.0);
              assertThat(m.logLikelihood(x, tx, n)).isNotPositive();
              assertThat(m.probabilityOfTransactions(Math.min(x, n), n)).isBetween(0.0, 1.0);
            });
  }

  @Test
  void analyticGradientsEqualFiniteDifferences() {
    long[] churned = {0, 369, 163, 86, 56, 37, 27, 21};
    long[] alive = {0, 0, 0, 0, 0, 0, 0, 241};
    int[] x = {0, 1, 3, 6, 2};
    int[] tx = {0, 4, 3, 6, 6};
    int[] n = {6, 6, 5, 6, 7};
    long[] c = {10, 3, 4, 7, 1};
    java.util.SplittableRandom rng = new java.util.SplittableRandom(18);
    for (int k = 0; k < 200; k++) {
      double[] theta2 = {rng.nextDouble(-3, 3), rng.nextDouble(-3, 3)};
      check(theta2, (t, g) -> ShiftedBetaGeometric.negativeLogLikelihood(churned, alive, t, g));
      double[] theta4 = {
        rng.nextDouble(-3, 3), rng.nextDouble(-3, 3), rng.nextDouble(-3, 3), rng.nextDouble(-3, 3)
      };
      check(theta4, (t, g) -> BetaGeometricBetaBinomial.negativeLogLikelihood(x, tx, n, c, t, g));
    }
  }

  interface Nll {
    double value(double[] theta, double[] grad);
  }

  static void check(double[] theta, Nll f) {
    double[] grad = new double[theta.length];
    double v = f.value(theta, grad);
    for (int i = 0; i < theta.length; i++) {
      double h = 1e-6;
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[i] += h;
      down[i] -= h;
      double numeric =
          (f.value(up, new double[theta.length]) - f.value(down, new double[theta.length]))
              / (2 * h);
      assertThat(grad[i])
          .as("d/dtheta[%s] at %s", i, java.util.Arrays.toString(theta))
          .isCloseTo(
              numeric, org.assertj.core.api.Assertions.within(1e-5 * Math.max(1, Math.abs(v))));
    }
  }
}
