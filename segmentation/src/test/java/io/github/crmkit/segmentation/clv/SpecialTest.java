package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Special functions and quadrature against SciPy 1.x values (gammaln, digamma, betainc). */
class SpecialTest {
  @Test
  void lnGammaAndDigamma() {
    double[][] cases = {
      {1e-8, 18.42068073818021, -100000000.57721564},
      {0.3, 1.0957979948180756, -3.502524222200133},
      {1.0, 0.0, -0.5772156649015329},
      {2.5, 0.2846828704729192, 0.7031566406452432},
      {9.99, 12.779315214350195, 2.250700372831201},
      {10.0, 12.801827480081469, 2.251752589066721},
      {123.456, 469.6055471299295, 4.811829323828985},
      {1e6, 12815504.569147611, 13.81551005796419}
    };
    for (double[] c : cases) {
      assertThat(Special.lnGamma(c[0]))
          .as("lnGamma(%s)", c[0])
          .isCloseTo(c[1], within(1e-13 * Math.max(1, Math.abs(c[1]))));
      assertThat(Special.digamma(c[0]))
          .as("digamma(%s)", c[0])
          .isCloseTo(c[2], within(1e-13 * Math.max(1, Math.abs(c[2]))));
    }
  }

  @Test
  void regularizedIncompleteBeta() {
    assertThat(Special.regularizedBeta(0.3, 2, 3)).isCloseTo(0.3483, within(1e-14));
    assertThat(Special.regularizedBeta(0.9, 0.5, 0.5)).isCloseTo(0.7951672353008665, within(1e-14));
    assertThat(Special.regularizedBeta(0.01, 1000, 0.7)).isEqualTo(0.0);
    assertThat(Special.regularizedBeta(0.999, 5, 2000)).isEqualTo(1.0);
    assertThat(Special.regularizedBeta(0, 2, 3)).isZero();
    assertThat(Special.regularizedBeta(1, 2, 3)).isEqualTo(1.0);
  }

  @Test
  void quadratureIsExactOnPolynomialsAndAdaptsToPeaks() {
    double[] out = new double[2];
    Quadrature.integrate(
        (x, o) -> {
          o[0] = Math.pow(x, 20);
          o[1] = 1;
        },
        0,
        1,
        1e-14,
        0,
        out);
    assertThat(out[0]).isCloseTo(1.0 / 21, within(1e-15));
    assertThat(out[1]).isCloseTo(1.0, within(1e-15));
    // A narrow peak far from the first nodes: the integral of a normal density.
    Quadrature.integrate(
        (x, o) -> {
          o[0] = Math.exp(-0.5 * Math.pow((x - 0.123) / 1e-3, 2)) / (1e-3 * Math.sqrt(2 * Math.PI));
          o[1] = 0;
        },
        0,
        0.3,
        1e-10,
        0,
        out);
    assertThat(out[0]).isCloseTo(1.0, withinPercentage(1e-6));
  }
}
