package io.github.crmkit.segmentation.clv;

import io.github.crmkit.core.CrmException;
import java.util.Map;

/**
 * A model fit that did not converge, or whose optimum is not a proper maximum. crmkit never returns
 * such parameters silently; the exception carries the diagnostics and a suggestion.
 *
 * @since 0.1
 */
public final class ModelFitException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The model's name. */
  private final String model;

  /** The parameters where the search stopped, by name. */
  @SuppressWarnings("serial") // an immutable Map.copyOf
  private final Map<String, Double> lastParameters;

  /** The iterations used. */
  private final int iterations;

  /** The largest gradient component where the search stopped. */
  private final double gradientNorm;

  /** The log-likelihood where the search stopped. */
  private final double logLikelihood;

  /** What to try instead. */
  private final String suggestion;

  ModelFitException(
      String model,
      String problem,
      Map<String, Double> lastParameters,
      int iterations,
      double gradientNorm,
      double logLikelihood,
      String suggestion) {
    super(
        model
            + " fit failed: "
            + problem
            + " after "
            + iterations
            + " iterations (gradient norm "
            + gradientNorm
            + ", log-likelihood "
            + logLikelihood
            + ", parameters "
            + lastParameters
            + "). "
            + suggestion);
    this.model = model;
    this.lastParameters = Map.copyOf(lastParameters);
    this.iterations = iterations;
    this.gradientNorm = gradientNorm;
    this.logLikelihood = logLikelihood;
    this.suggestion = suggestion;
  }

  /**
   * Returns the model's name.
   *
   * @return the name, such as "bgnbd"
   */
  public String model() {
    return model;
  }

  /**
   * Returns the parameters where the search stopped.
   *
   * @return the parameters by name
   */
  public Map<String, Double> lastParameters() {
    return lastParameters;
  }

  /**
   * Returns the iterations used.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the largest gradient component (log-parameters) where the search stopped.
   *
   * @return the norm
   */
  public double gradientNorm() {
    return gradientNorm;
  }

  /**
   * Returns the log-likelihood where the search stopped.
   *
   * @return the value
   */
  public double logLikelihood() {
    return logLikelihood;
  }

  /**
   * Returns what to try instead.
   *
   * @return the suggestion
   */
  public String suggestion() {
    return suggestion;
  }
}
