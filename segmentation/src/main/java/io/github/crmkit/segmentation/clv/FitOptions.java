package io.github.crmkit.segmentation.clv;

/**
 * How a model is fitted: an optional L2 penalty on the log-parameters ({@code penalty x sum of
 * ln(parameter)^2}, which pulls parameters towards 1 and keeps flat likelihoods finite), the
 * iteration cap, and the convergence tolerance (the largest gradient component with respect to the
 * log-parameters, relative to {@code max(1, |log-likelihood|)}).
 *
 * @param penalty the L2 penalty, not negative; 0 for plain maximum likelihood
 * @param maxIterations the BFGS iteration cap, positive
 * @param tolerance the relative gradient tolerance, positive
 * @since 0.1
 */
public record FitOptions(double penalty, int maxIterations, double tolerance) {
  private static final FitOptions DEFAULTS = new FitOptions(0, 500, 1e-8);

  /**
   * Returns plain maximum likelihood: no penalty, 500 iterations, tolerance 1e-8.
   *
   * @return the default options
   */
  public static FitOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Checks the components.
   *
   * @param penalty finite, not negative
   * @param maxIterations positive
   * @param tolerance finite, positive
   * @throws IllegalArgumentException if a value is out of range
   */
  public FitOptions {
    if (!(penalty >= 0) || Double.isInfinite(penalty)) {
      throw new IllegalArgumentException(
          "penalty must be finite and not negative, but was " + penalty);
    }
    if (maxIterations <= 0) {
      throw new IllegalArgumentException(
          "maxIterations must be positive, but was " + maxIterations);
    }
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(
          "tolerance must be finite and positive, but was " + tolerance);
    }
  }

  /**
   * Returns a copy with another penalty.
   *
   * @param l2 the penalty
   * @return the copy
   */
  public FitOptions withPenalty(double l2) {
    return new FitOptions(l2, maxIterations, tolerance);
  }
}
