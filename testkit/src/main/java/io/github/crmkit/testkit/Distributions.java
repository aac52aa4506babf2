package io.github.crmkit.testkit;

import java.util.random.RandomGenerator;

/** Random variates the generators need beyond what {@link RandomGenerator} offers. */
final class Distributions {
  private Distributions() {}

  /**
   * A gamma variate by Marsaglia and Tsang (2000), "A simple method for generating gamma
   * variables", ACM TOMS 26(3); shapes below 1 use the boost {@code G(a) = G(a + 1) U^(1/a)}.
   */
  static double gamma(RandomGenerator rng, double shape, double scale) {
    if (shape < 1) {
      double u = rng.nextDouble();
      return gamma(rng, shape + 1, scale) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = rng.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v * scale;
      }
    }
  }
}
