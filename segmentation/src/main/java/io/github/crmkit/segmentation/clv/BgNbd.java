package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.Variates;
import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

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
    implements TransactionModel {
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

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("r", r);
    m.put("alpha", alpha);
    m.put("a", a);
    m.put("b", b);
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    Fitting.checkSummary(x, tx, age);
    return BetaGeometric.logLikelihood(false, r, alpha, a, b, x, tx, age);
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    Fitting.checkSummary(x, tx, age);
    return Fitting.checked(
        BetaGeometric.probabilityAlive(false, r, alpha, a, b, x, tx, age), 1, "P(alive)", this);
  }

  @Override
  public double expectedPurchases(double t) {
    Fitting.time("t", t);
    return Fitting.checked(
        BetaGeometric.expected(false, r, alpha, a, b, t),
        Double.MAX_VALUE,
        "expected purchases",
        this);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    Fitting.time("t", t);
    Fitting.checkSummary(x, tx, age);
    return Fitting.checked(
        BetaGeometric.conditionalExpected(false, r, alpha, a, b, x, tx, age, t),
        Double.MAX_VALUE,
        "conditional expected purchases",
        this);
  }

  @Override
  public double[] conditionalExpectedPurchases(ClvData data, double t) {
    Fitting.sameUnit(data, unit);
    Fitting.time("t", t);
    return Fitting.checked(
        BetaGeometric.conditionalExpected(false, r, alpha, a, b, data, t),
        Double.MAX_VALUE,
        "conditional expected purchases",
        this);
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but was " + n);
    }
    Fitting.time("t", t);
    return Fitting.checked(
        BetaGeometric.probabilityOfPurchases(false, r, alpha, a, b, n, t), 1, "P(X(t) = n)", this);
  }

  @Override
  public ClvData simulate(RandomGenerator rng, double[] ages) {
    return Simulation.simulate(
        rng,
        ages,
        unit,
        (g, age) ->
            Variates.repeatPurchases(
                g, Variates.gamma(g, r, 1 / alpha), Variates.beta(g, a, b), false, 0, age));
  }
}
