package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serial;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "'Counting your customers' the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2)): while alive a customer buys at
 * rate λ ~ Gamma(r, α); after each repeat purchase the customer dies with probability p ~ Beta(a,
 * b). Immutable and thread-safe.
 *
 * <pre>{@code
 * ModelFit<BgNbd> fit = BgNbd.fit(data);
 * double alive = fit.model().probabilityAlive(2, 30.43, 38.86);
 * }</pre>
 *
 * @param r the shape of the purchase rate
 * @param alpha the rate (inverse scale) of the purchase rate, in the unit's time
 * @param a the first shape of the dropout probability
 * @param b the second shape of the dropout probability
 * @param unit the time unit
 * @serial exclude
 * @since 0.1
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public record BgNbd(double r, double alpha, double a, double b, TimeScale unit)
    implements BetaGeometricModel {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Checks the components.
   *
   * @param r finite, positive
   * @param alpha finite, positive
   * @param a finite, positive
   * @param b finite, positive
   * @param unit not null
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public BgNbd {
    Fitting.parameter("r", r);
    Fitting.parameter("alpha", alpha);
    Fitting.parameter("a", a);
    Fitting.parameter("b", b);
    checkNotNull(unit, "unit must not be null");
  }

  /**
   * Fits the model by maximum likelihood.
   *
   * @param data the base, not empty
   * @return the fit
   * @throws ModelFitException if the fit does not converge
   */
  public static ModelFit<BgNbd> fit(ClvData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood with options.
   *
   * @param data the base, not empty
   * @param options the options, not null
   * @return the fit
   * @throws ModelFitException if the fit does not converge
   */
  public static ModelFit<BgNbd> fit(ClvData data, FitOptions options) {
    return BetaGeometric.fit(
        false, data, options, p -> new BgNbd(p[0], p[1], p[2], p[3], data.unit()));
  }

  /**
   * Fits the model with time-invariant covariates (see {@link CovariateModel} for how they act): by
   * penalised maximum likelihood over distinct (summary, covariates) rows, with standard errors and
   * 95% intervals for every effect in the fit (names {@code purchase:NAME}, {@code dropout:NAME}).
   *
   * @param data the base, not empty
   * @param purchase the covariates acting on the purchase process, a row for every customer of the
   *     data (may have no columns: {@code z.select(List.of())})
   * @param dropout the covariates acting on the dropout process, likewise
   * @param options the options; the penalty applies to the effects of standardised covariates
   * @return the fit
   * @throws IllegalArgumentException if a customer has no row, a covariate is constant over the
   *     customers or both sets are empty
   * @throws ModelFitException if the fit does not converge or an effect is not identified
   * @since 0.2
   */
  public static ModelFit<CovariateModel> fitWithCovariates(
      ClvData data, Covariates purchase, Covariates dropout, FitOptions options) {
    return CovariateFitting.fit(CovariateFitting.Kind.BGNBD, data, purchase, dropout, options);
  }

  @Override
  public String name() {
    return "bgnbd";
  }

  /**
   * Tells whether a customer may die right after the first purchase: never in BG/NBD (only after
   * repeat purchases).
   *
   * @return false
   */
  @Override
  public boolean diesAtFirstPurchase() {
    return false;
  }
}
