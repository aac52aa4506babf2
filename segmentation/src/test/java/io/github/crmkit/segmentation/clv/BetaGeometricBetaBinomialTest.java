package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BetaGeometricBetaBinomialTest {
  /** The donation data of Fader, Hardie and Shang (2010): (x, t_x, count), n = 6 for everyone. */
  static final int[][] DONATIONS = {
    {0, 0, 3464}, {1, 1, 1091}, {1, 2, 277}, {1, 3, 129}, {1, 4, 78}, {1, 5, 119}, {1, 6, 129},
    {2, 2, 613}, {2, 3, 255}, {2, 4, 155}, {2, 5, 173}, {2, 6, 234}, {3, 3, 322}, {3, 4, 181},
    {3, 5, 225}, {3, 6, 357}, {4, 4, 240}, {4, 5, 284}, {4, 6, 512}, {5, 5, 335}, {5, 6, 728},
    {6, 6, 1203}
  };

  static ModelFit<BetaGeometricBetaBinomial> donations() {
    int k = DONATIONS.length;
    int[] x = new int[k];
    int[] tx = new int[k];
    int[] n = new int[k];
    long[] c = new long[k];
    for (int i = 0; i < k; i++) {
      x[i] = DONATIONS[i][0];
      tx[i] = DONATIONS[i][1];
      n[i] = 6;
      c[i] = DONATIONS[i][2];
    }
    return BetaGeometricBetaBinomial.fit(x, tx, n, c);
  }

  @Test
  void reproducesFaderHardieAndShang2010() {
    ModelFit<BetaGeometricBetaBinomial> fit = donations();
    BetaGeometricBetaBinomial m = fit.model();
    assertThat(fit.customers()).isEqualTo(11_104);
    assertThat(m.alpha()).isCloseTo(1.2035, within(0.0005));
    assertThat(m.beta()).isCloseTo(0.7497, within(0.0005));
    assertThat(m.gamma()).isCloseTo(0.6568, within(0.0005));
    assertThat(m.delta()).isCloseTo(2.7838, within(0.0005));
    assertThat(fit.logLikelihood()).isCloseTo(-33225.58, within(0.01));
  }

  @Test
  void predictionsAgreeWithTheirDefinitions() {
    BetaGeometricBetaBinomial m = new BetaGeometricBetaBinomial(1.2035, 0.7497, 0.6568, 2.7838);
    for (int n : new int[] {1, 3, 6}) {
      double total = 0;
      double mean = 0;
      for (int k = 0; k <= n; k++) {
        double p = m.probabilityOfTransactions(k, n);
        assertThat(p).isBetween(0.0, 1.0);
        total += p;
        mean += k * p;
      }
      assertThat(total).isCloseTo(1, within(1e-12));
      assertThat(mean).isCloseTo(m.expectedTransactions(n), within(1e-10));
    }
    // Summing the likelihood over every possible history of n opportunities gives 1.
    int n = 5;
    double sum = 0;
    for (int x = 0; x <= n; x++) {
      for (int tx = x == 0 ? 0 : x; tx <= (x == 0 ? 0 : n); tx++) {
        // Histories with x transactions, the last at tx: C(tx - 1, x - 1) of them.
        double ways = x == 0 ? 1 : choose(tx - 1, x - 1);
        sum += ways * Math.exp(m.logLikelihood(x, tx, n));
      }
    }
    assertThat(sum).isCloseTo(1, within(1e-12));
    assertThat(m.probabilityAlive(6, 6, 6)).isGreaterThan(m.probabilityAlive(1, 1, 6));
    assertThat(m.conditionalExpectedTransactions(5, 6, 6, 6))
        .isGreaterThan(m.conditionalExpectedTransactions(5, 1, 1, 6));
    assertThat(m.conditionalExpectedTransactions(0, 3, 4, 6)).isZero();
    // gamma = 1 exactly: the sums stay finite where the closed form divides by gamma - 1.
    BetaGeometricBetaBinomial one = new BetaGeometricBetaBinomial(1, 1, 1, 2);
    assertThat(one.expectedTransactions(10)).isFinite().isPositive();
  }

  static double choose(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  @Test
  void batchPredictionsEqualOneByOne() {
    BetaGeometricBetaBinomial m = new BetaGeometricBetaBinomial(1.2035, 0.7497, 0.6568, 2.7838);
    int[] x = {0, 3, 3, 6, 0};
    int[] tx = {0, 5, 5, 6, 0};
    int[] n = {6, 6, 6, 6, 3};
    double[] alive = m.probabilityAlive(x, tx, n);
    double[] next = m.conditionalExpectedTransactions(4, x, tx, n);
    for (int i = 0; i < x.length; i++) {
      assertThat(alive[i]).isEqualTo(m.probabilityAlive(x[i], tx[i], n[i]));
      assertThat(next[i]).isEqualTo(m.conditionalExpectedTransactions(4, x[i], tx[i], n[i]));
    }
    assertThatThrownBy(
            () -> m.probabilityAlive(new int[] {1, 4}, new int[] {1, 2}, new int[] {6, 6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("summary 1:");
    assertThatThrownBy(() -> m.probabilityAlive(new int[] {1}, new int[] {1}, new int[] {6, 6}))
        .hasMessageContaining("same length");
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(
            () ->
                BetaGeometricBetaBinomial.fit(
                    new int[] {2}, new int[] {1}, new int[] {6}, new long[] {1}))
        .hasMessageContaining("x <= tx");
    assertThatThrownBy(
            () ->
                BetaGeometricBetaBinomial.fit(
                    new int[] {0, 0}, new int[] {0, 0}, new int[] {6, 4}, new long[] {5, 3}))
        .isInstanceOf(ModelFitException.class)
        .hasMessageContaining("not identified");
    BetaGeometricBetaBinomial m = new BetaGeometricBetaBinomial(1, 1, 1, 1);
    assertThatThrownBy(() -> m.probabilityOfTransactions(7, 6)).hasMessageContaining("k=7");
  }
}
