package io.github.crmkit.core.internal;

import com.google.common.math.StatsAccumulator;

/** The mean of a sample and its standard error, on Guava's numerically stable accumulator. */
public final class Moments {
  // Guava's accumulator updates the mean and the sum of squared deviations incrementally
  // (Welford's method): the naive sum of squares this class kept before lost every digit of the
  // variance when the values were large and close together (1e9 + 1, 1e9 + 2, 1e9 + 3).
  private final StatsAccumulator stats = new StatsAccumulator();

  /** Creates an empty accumulator. */
  public Moments() {}

  /**
   * Adds a value.
   *
   * @param x the value
   */
  public void add(double x) {
    stats.add(x);
  }

  /**
   * Returns the number of values.
   *
   * @return n
   */
  public long n() {
    return stats.count();
  }

  /**
   * Returns the mean, NaN when empty.
   *
   * @return the mean
   */
  public double mean() {
    return stats.count() == 0 ? Double.NaN : stats.mean();
  }

  /**
   * Returns the standard error of the mean (sample standard deviation over the square root of n), 0
   * below two values.
   *
   * @return the standard error
   */
  public double standardError() {
    long n = stats.count();
    return n < 2 ? 0 : stats.sampleStandardDeviation() / Math.sqrt((double) n);
  }
}
