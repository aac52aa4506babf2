package io.github.crmkit.core.internal;

/** Running count, sum and sum of squares of a sample, for means and their standard errors. */
public final class Moments {
  private long n;
  private double sum;
  private double sumSq;

  /** Starts an empty sample. */
  public Moments() {}

  /**
   * Adds a value.
   *
   * @param x the value
   */
  public void add(double x) {
    n++;
    sum += x;
    sumSq += x * x;
  }

  /**
   * Returns the number of values.
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Returns the mean.
   *
   * @return the mean, NaN when empty
   */
  public double mean() {
    return sum / n;
  }

  /**
   * Returns the standard error of the mean: the sample standard deviation over {@code sqrt n}.
   *
   * @return the standard error, 0 with fewer than two values
   */
  public double standardError() {
    if (n < 2) {
      return 0;
    }
    double m = mean();
    double var = Math.max(0, (sumSq - n * m * m) / (n - 1));
    return Math.sqrt(var / n);
  }
}
