package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The series for the Pareto/NBD integrals agree with the quadrature wherever they are used. */
class ParetoSeriesTest {
  @Test
  void seriesEqualsQuadratureForTheIntegralAndItsDerivatives() {
    SplittableRandom rng = new SplittableRandom(2005);
    int used = 0;
    for (int k = 0; k < 20_000; k++) {
      double r = Math.exp(rng.nextDouble(Math.log(0.01), Math.log(50)));
      double alpha = Math.exp(rng.nextDouble(Math.log(0.01), Math.log(1e3)));
      double s = Math.exp(rng.nextDouble(Math.log(0.01), Math.log(50)));
      double beta = Math.exp(rng.nextDouble(Math.log(0.01), Math.log(1e3)));
      int x = rng.nextInt(4) == 0 ? rng.nextInt(200) : rng.nextInt(10);
      double age = Math.exp(rng.nextDouble(Math.log(0.1), Math.log(500)));
      double tx = x == 0 ? 0 : rng.nextDouble(0, age);
      double[] series = new double[5];
      if (!ParetoNbd.bySeries(r, alpha, s, beta, x, tx, age, series)) {
        continue;
      }
      used++;
      double[] quad = new double[5];
      ParetoNbd.byQuadrature(r, alpha, s, beta, x, tx, age, quad);
      for (int i = 0; i < 5; i++) {
        // Components 3 and 4 weight by a logarithm that can change sign inside the interval:
        // compare them on the scale of J times the largest logarithm.
        double scale =
            i < 3
                ? Math.abs(quad[i])
                : quad[0] * (1 + Math.abs(Math.log(Math.max(alpha, beta) + age)));
        assertThat(Math.abs(series[i] - quad[i]))
            .as(
                "component %d at r=%s alpha=%s s=%s beta=%s x=%d tx=%s T=%s: %s vs %s",
                i, r, alpha, s, beta, x, tx, age, series[i], quad[i])
            .isLessThanOrEqualTo(1e-9 * scale + 1e-300);
      }
    }
    assertThat(used).isGreaterThan(5_000);
  }
}
