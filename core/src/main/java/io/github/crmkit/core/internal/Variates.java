package io.github.crmkit.core.internal;

import java.util.random.RandomGenerator;

/** Random variates crmkit's simulators need beyond what {@link RandomGenerator} offers. */
public final class Variates {
  private Variates() {}

  /**
   * A gamma variate by Marsaglia and Tsang (2000), "A simple method for generating gamma
   * variables", ACM TOMS 26(3); shapes below 1 use the boost {@code G(a) = G(a + 1) U^(1/a)}.
   *
   * @param rng the source
   * @param shape the shape, positive
   * @param scale the scale, positive
   * @return the variate
   */
  public static double gamma(RandomGenerator rng, double shape, double scale) {
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

  /**
   * A beta variate as {@code X / (X + Y)} of two gamma variates.
   *
   * @param rng the source
   * @param a the first shape, positive
   * @param b the second shape, positive
   * @return the variate in [0, 1]
   */
  public static double beta(RandomGenerator rng, double a, double b) {
    double x = gamma(rng, a, 1);
    double y = gamma(rng, b, 1);
    double s = x + y;
    return s > 0 ? x / s : (rng.nextDouble() < a / (a + b) ? 1 : 0);
  }

  /**
   * Simulates one customer of a "buy till you die" model: purchases at rate {@code lambda} while
   * alive, starting with a first purchase at time 0 that is not returned. The customer dies after
   * each purchase with probability {@code dropout} (also right after the first when {@code
   * dieAtStart}, as in MBG/NBD), and at an exponential time of rate {@code mu} (Pareto/NBD; 0 for
   * none).
   *
   * @param rng the source
   * @param lambda the purchase rate, positive
   * @param dropout the probability of dying after a purchase, in [0, 1]
   * @param dieAtStart whether the first purchase is also a chance to die
   * @param mu the death rate, not negative
   * @param horizon the end of observation
   * @return the repeat purchase times in (0, horizon], ascending
   */
  public static double[] repeatPurchases(
      RandomGenerator rng,
      double lambda,
      double dropout,
      boolean dieAtStart,
      double mu,
      double horizon) {
    double death = mu > 0 ? -Math.log(1 - rng.nextDouble()) / mu : Double.POSITIVE_INFINITY;
    double end = Math.min(horizon, death);
    if (dieAtStart && rng.nextDouble() < dropout) {
      return new double[0];
    }
    double[] times = new double[4];
    int n = 0;
    double t = 0;
    while (true) {
      t += -Math.log(1 - rng.nextDouble()) / lambda;
      if (!(t <= end)) {
        break;
      }
      if (n == times.length) {
        times = java.util.Arrays.copyOf(times, n * 2);
      }
      times[n++] = t;
      if (dropout > 0 && rng.nextDouble() < dropout) {
        break;
      }
    }
    return java.util.Arrays.copyOf(times, n);
  }
}
