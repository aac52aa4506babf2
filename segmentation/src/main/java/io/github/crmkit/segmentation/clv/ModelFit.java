package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.Locale;
import java.util.Map;

/**
 * A fitted model with its diagnostics: log-likelihood at the optimum, standard errors from the
 * inverse Hessian (delta method from the log-parameters), 95% confidence intervals computed on the
 * log scale (so they stay positive), iterations and the final gradient norm. Immutable.
 *
 * @param model the fitted model
 * @param logLikelihood the log-likelihood at the optimum (without the penalty)
 * @param standardErrors the standard error of each parameter, by name
 * @param lower the lower 95% bound of each parameter
 * @param upper the upper 95% bound of each parameter
 * @param converged always true: a fit that does not converge throws {@link ModelFitException}
 * @param iterations the BFGS iterations used
 * @param gradientNorm the largest gradient component at the optimum (log-parameters)
 * @param customers the customers fitted on
 * @param distinct the distinct summaries the likelihood was evaluated over
 * @param effects the names of the covariate effects among the parameters: these are estimated on
 *     their own scale (they may be negative, and their intervals are symmetric), every other
 *     parameter on the log scale; empty for a model without covariates
 * @param <M> the model type
 * @since 0.1
 */
public record ModelFit<M>(
    M model,
    double logLikelihood,
    Map<String, Double> standardErrors,
    Map<String, Double> lower,
    Map<String, Double> upper,
    boolean converged,
    int iterations,
    double gradientNorm,
    long customers,
    int distinct,
    java.util.Set<String> effects)
    implements Explained {
  /**
   * Checks and copies the components.
   *
   * @param model not null
   * @param logLikelihood the value
   * @param standardErrors not null
   * @param lower not null
   * @param upper not null
   * @param converged the flag
   * @param iterations the count
   * @param gradientNorm the norm
   * @param customers the count
   * @param distinct the count
   * @param effects not null
   */
  public ModelFit {
    checkNotNull(model, "model must not be null");
    standardErrors =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(standardErrors));
    lower = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lower));
    upper = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(upper));
    effects = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(effects));
  }

  /**
   * Returns a confidence interval of a parameter at another level, computed like the 95% bounds on
   * the log scale from the standard error.
   *
   * @param name the parameter's name, one of {@link #standardErrors()}'s keys
   * @param level the level, in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if the name is unknown or the level out of range
   */
  public io.github.crmkit.core.ConfidenceInterval interval(String name, double level) {
    checkNotNull(name, "name must not be null");
    Double se = standardErrors.get(name);
    if (se == null) {
      throw new IllegalArgumentException(
          "name must be one of " + standardErrors.keySet() + ", but was '" + name + "'");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), but was " + level);
    }
    double z = io.github.crmkit.core.internal.Normal.quantile(0.5 + level / 2);
    if (effects.contains(name)) {
      // A covariate effect: the point estimate is the centre of its symmetric bounds.
      double centre =
          (java.util.Objects.requireNonNull(lower.get(name))
                  + java.util.Objects.requireNonNull(upper.get(name)))
              / 2;
      return new io.github.crmkit.core.ConfidenceInterval(centre - z * se, centre + z * se, level);
    }
    // The point estimate is the geometric centre of the 95% bounds.
    double value =
        Math.sqrt(
            java.util.Objects.requireNonNull(lower.get(name))
                * java.util.Objects.requireNonNull(upper.get(name)));
    double sd = se / value;
    return new io.github.crmkit.core.ConfidenceInterval(
        value * Math.exp(-z * sd), value * Math.exp(z * sd), level);
  }

  /**
   * Returns the Akaike information criterion, {@code 2k - 2 ln L}.
   *
   * @return the AIC
   */
  public double aic() {
    return 2 * standardErrors.size() - 2 * logLikelihood;
  }

  /**
   * Returns the Bayesian information criterion, {@code k ln(N) - 2 ln L} with N the customers the
   * model was fitted on.
   *
   * @return the BIC
   */
  public double bic() {
    return standardErrors.size() * Math.log((double) Math.max(1, customers)) - 2 * logLikelihood;
  }

  /**
   * Explains the fit: the data it saw, whether the optimiser converged, the log-likelihood with AIC
   * and BIC, and each parameter's standard error and 95% interval.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(ModelFit.class, "fit.subject", model.getClass().getSimpleName())
            .input("customers", customers)
            .input("distinct histories", distinct)
            .input("iterations", iterations)
            .input("gradient norm", gradientNorm)
            .checkTemplate("converged", converged, converged ? "fit.met" : "fit.notMet");
    standardErrors.forEach(
        (name, se) ->
            b.input(
                name,
                String.format(
                    Locale.ROOT,
                    "SE %.4g, 95%% [%.4g, %.4g]",
                    se,
                    lower.getOrDefault(name, Double.NaN),
                    upper.getOrDefault(name, Double.NaN))));
    return b.buildTemplate(
        converged ? "fit.outcome" : "fit.notConverged",
        model,
        String.format(Locale.ROOT, "%.4f", logLikelihood),
        String.format(Locale.ROOT, "%.4f", aic()),
        String.format(Locale.ROOT, "%.4f", bic()));
  }
}
