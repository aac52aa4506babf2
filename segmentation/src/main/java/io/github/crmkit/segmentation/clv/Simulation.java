package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** Builds simulated bases from per-customer repeat-purchase times. */
final class Simulation {
  private Simulation() {}

  /** Draws one customer's repeat purchase times in (0, age]. */
  interface Customer {
    double[] draw(RandomGenerator rng, double age);
  }

  static ClvData simulate(RandomGenerator rng, double[] ages, TimeScale unit, Customer customer) {
    checkNotNull(rng, "rng must not be null");
    checkNotNull(ages, "ages must not be null");
    int n = ages.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    for (int i = 0; i < n; i++) {
      Fitting.time("ages[" + i + "]", ages[i]);
      double[] times = customer.draw(rng, ages[i]);
      x[i] = times.length;
      tx[i] = times.length == 0 ? 0 : times[times.length - 1];
    }
    return ClvData.fromColumns(unit, x, tx, ages.clone(), null);
  }

  /** Mean of a column, for starting values. */
  static double mean(ClvData.Distinct d, ToDoubleFunction<Integer> value) {
    double s = 0;
    for (int i = 0; i < d.size; i++) {
      s += d.weight[i] * value.applyAsDouble(i);
    }
    return d.total == 0 ? 0 : s / d.total;
  }
}
