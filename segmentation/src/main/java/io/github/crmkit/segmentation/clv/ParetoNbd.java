package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.Variates;
import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987, "Counting your customers: who are
 * they and what will they do next?", Management Science 33(1)): while alive a customer buys at rate
 * λ ~ Gamma(r, α) and dies at an exponential time of rate μ ~ Gamma(s, β).
 *
 * <p>The likelihood (Fader, Hardie and Lee 2005, "A note on deriving the Pareto/NBD model and
 * related expressions") is {@code Γ(r+x) α^r β^s / Γ(r) [ (α+T)^-(r+x) (β+T)^-s + s I ]} with
 * {@code I = ∫ from tx to T of (α+τ)^-(r+x) (β+τ)^-(s+1) dτ}, which the literature writes with
 * Gauss's hypergeometric function and which breaks down when its argument nears 1. crmkit
 * integrates I directly by adaptive Gauss-Kronrod quadrature after the substitution {@code y =
 * ln((α+τ)/(α+tx))}, which turns the steep factor into {@code e^-(r+x-1)y}; the gradient's
 * integrals use the same nodes, so the fit has an analytic gradient. Expected purchases, new and
 * conditional, have closed forms written with {@code (1 - e^-y)/y} so that s = 1 is not special.
 * Immutable and thread-safe.
 *
 * @param r the shape of the purchase rate
 * @param alpha the rate (inverse scale) of the purchase rate
 * @param s the shape of the death rate
 * @param beta the rate (inverse scale) of the death rate
 * @param unit the time unit
 * @serial exclude
 * @since 0.1
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public record ParetoNbd(double r, double alpha, double s, double beta, TimeScale unit)
    implements TransactionModel {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Checks the components.
   *
   * @param r finite, positive
   * @param alpha finite, positive
   * @param s finite, positive
   * @param beta finite, positive
   * @param unit not null
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public ParetoNbd {
    Fitting.parameter("r", r);
    Fitting.parameter("alpha", alpha);
    Fitting.parameter("s", s);
    Fitting.parameter("beta", beta);
    checkNotNull(unit, "unit must not be null");
  }

  /**
   * Fits the model by maximum likelihood.
   *
   * @param data the base, not empty
   * @return the fit
   * @throws ModelFitException if the fit does not converge
   */
  public static ModelFit<ParetoNbd> fit(ClvData data) {
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
  public static ModelFit<ParetoNbd> fit(ClvData data, FitOptions options) {
    return fit(data, options, null);
  }

  /** Fits, writing the optimum and its inverse Hessian into {@code warmOut} when given. */
  private static ModelFit<ParetoNbd> fit(
      ClvData data, FitOptions options, Fitting.@Nullable Warm warmOut) {
    checkNotNull(data, "data must not be null");
    checkNotNull(options, "options must not be null");
    Fitting.notEmpty(data);
    ClvData.Distinct d = data.distinct();
    double meanT = Simulation.mean(d, i -> d.age[i]);
    double[] start = {0, Math.log(Fitting.startAlpha(d)), 0, Math.log(Math.max(1e-3, meanT))};
    TimeScale unit = data.unit();
    String[] names = {"r", "alpha", "s", "beta"};
    Fitting.requireRepeats("paretonbd", names, start, d, options);
    Fitting.Warm warm = null;
    if (d.size > Fitting.WARM_START_ABOVE) {
      // Each evaluation integrates once per distinct summary: start from the optimum and the
      // curvature of an evenly spaced sample, so the full fit needs few evaluations (the answer is
      // still the full data's optimum, to the same tolerance).
      try {
        Fitting.Warm w = new Fitting.Warm();
        fit(Fitting.sample(data, Fitting.WARM_START_SAMPLE), Fitting.warmOptions(options), w);
        warm = w;
      } catch (ModelFitException e) {
        // keep the default start
      }
    }
    return Fitting.fit(
        "paretonbd",
        new Fitting.Scale(names, 4, new double[4]),
        (theta, grad) -> negativeLogLikelihood(d, theta, grad),
        start,
        options,
        data.size(),
        d.size,
        p -> new ParetoNbd(p[0], p[1], p[2], p[3], unit),
        Fitting.noRepeats(d),
        warm,
        warmOut);
  }

  /**
   * The integrals of one customer, J and the gradient's J_alpha, J_beta, J_r, J_s, given the four
   * logarithms of α and β plus tx and T (the likelihood has them).
   */
  private static void integrals(
      double r,
      double alpha,
      double s,
      double beta,
      int x,
      double tx,
      double age,
      double lnATx,
      double lnBTx,
      double lnAT,
      double lnBT,
      double[] j) {
    if (!bySeries(r, alpha, s, beta, x, tx, age, lnATx, lnBTx, lnAT, lnBT, j)) {
      byQuadrature(r, alpha, s, beta, x, tx, age, j);
    }
  }

  /** The most terms a series may take before the quadrature is used instead. */
  private static final int MAX_TERMS = 300;

  /** 1/(k+1) for the series' terms: a table instead of a division per term. */
  private static final double[] RECIPROCALS = new double[MAX_TERMS];

  static {
    for (int k = 0; k < MAX_TERMS; k++) {
      RECIPROCALS[k] = 1.0 / (k + 1);
    }
  }

  /**
   * The integrals of {@link #integrals} as the series of Fader and Hardie (2005, "A note on
   * deriving the Pareto/NBD model and related expressions", the 2F1 terms of A0), expanded around
   * whichever of α + τ and β + τ is larger, with the gradient's integrals summed in the same pass:
   * {@code I = ∫ (α+τ)^-a (β+τ)^-(s+1) dτ} over [tx, T] with a = r + x is, for α ≥ β, {@code Σ
   * (s+1)_k/k! (α-β)^k [(α+tx)^-m - (α+T)^-m] / m} with m = a + s + k (and the mirror image for α <
   * β). Used when the ratio {@code |α-β| / (max(α,β) + tx)} is at most 1/2, where it converges in a
   * few dozen terms; returns false (the quadrature is used) otherwise, when the series would need
   * more than {@value #MAX_TERMS} terms, or when T is so close to tx that the difference of the two
   * ends would lose more than six digits.
   */
  static boolean bySeries(
      double r, double alpha, double s, double beta, int x, double tx, double age, double[] j) {
    return bySeries(
        r,
        alpha,
        s,
        beta,
        x,
        tx,
        age,
        Math.log(alpha + tx),
        Math.log(beta + tx),
        Math.log(alpha + age),
        Math.log(beta + age),
        j);
  }

  private static boolean bySeries(
      double r,
      double alpha,
      double s,
      double beta,
      int x,
      double tx,
      double age,
      double lnATx,
      double lnBTx,
      double lnAT,
      double lnBT,
      double[] j) {
    double a = r + x;
    boolean aroundAlpha = alpha >= beta;
    double w = Math.abs(alpha - beta);
    double u = (aroundAlpha ? alpha : beta) + tx;
    double v = (aroundAlpha ? alpha : beta) + age;
    if (!(age - tx > 1e-6 * u) || w > 0.5 * u) {
      return false;
    }
    double z1 = w / u;
    double z2 = w / v;
    double lnU = aroundAlpha ? lnATx : lnBTx;
    double lnV = aroundAlpha ? lnAT : lnBT;
    double rho = Math.exp((a + s) * (lnU - lnV));
    // The coefficient's shape: (s+1)_k/k! around α, (a)_k/k! around β; its derivative's sum h.
    double shape = aroundAlpha ? s + 1 : a;
    // q1 = coef z1^k and q2 = coef z2^k, kept as products: the coefficient alone overflows for
    // large shapes long before the terms do.
    double q1 = 1;
    double q2 = 1;
    double h = 0;
    double sI = 0;
    double sJa = 0;
    double sJb = 0;
    double sKa = 0;
    double sKs = 0;
    boolean converged = false;
    double invU = 1 / u;
    double invV = 1 / v;
    double invS1 = 1 / (s + 1);
    double invA = 1 / a;
    // Divisions are the loop's cost: 1/m of one term is 1/(m+1) of the one before.
    double invM = 1 / (a + s);
    for (int k = 0; k < MAX_TERMS; k++) {
      double invM1 = 1 / (a + s + k + 1);
      double rq2 = rho * q2;
      double tI = (q1 - rq2) * invM;
      double tJ = (q1 * invU - rq2 * invV) * invM1;
      double logs = (q1 * (lnU + invM) - rq2 * (lnV + invM)) * invM;
      sI += tI;
      if (aroundAlpha) {
        sJa += tJ;
        sJb += tJ * (s + 1 + k) * invS1;
        sKa += logs;
        sKs += logs - h * tI;
      } else {
        sJa += tJ * (a + k) * invA;
        sJb += tJ;
        sKa += logs - h * tI;
        sKs += logs;
      }
      double invShape = 1 / (shape + k);
      double growth = (shape + k) * RECIPROCALS[k];
      if (k > 0
          && growth * z1 < 0.9
          && Math.abs(tI) <= 1e-17 * sI
          && Math.abs(logs) <= 1e-17 * sI) {
        converged = true;
        break;
      }
      h += invShape;
      q1 *= growth * z1;
      q2 *= growth * z2;
      invM = invM1;
    }
    if (!converged
        || !(sI > 0)
        || !Double.isFinite(sI)
        || !Double.isFinite(sJa)
        || !Double.isFinite(sJb)
        || !Double.isFinite(sKa)
        || !Double.isFinite(sKs)) {
      return false;
    }
    // j holds the integrals divided by I0 = (α+tx)^(1-a) (β+tx)^-(s+1), as the quadrature's do.
    double lnL0OverI0 = -(a + s) * lnU - (1 - a) * lnATx + (s + 1) * lnBTx;
    double scale = Math.exp(lnL0OverI0);
    if (!(scale > 0) || Double.isInfinite(scale * sI)) {
      return false;
    }
    j[0] = scale * sI;
    j[1] = scale * sJa;
    j[2] = scale * sJb;
    j[3] = scale * sKa;
    j[4] = scale * sKs;
    return true;
  }

  /** The integrals of {@link #integrals} by adaptive quadrature over y = ln((α+τ)/(α+tx)). */
  static void byQuadrature(
      double r, double alpha, double s, double beta, int x, double tx, double age, double[] j) {
    double y1 = Math.log1p((age - tx) / (alpha + tx));
    double base = alpha + tx;
    double lnBase = Math.log(base);
    double lnBetaTx = Math.log(beta + tx);
    double decay = r + x - 1;
    Quadrature.integrate(
        (y, o) -> {
          double ey = Math.exp(y);
          double betaTau = base * ey + beta - alpha;
          double lnBetaTau = Math.log(betaTau);
          double e = Math.exp(-decay * y - (s + 1) * (lnBetaTau - lnBetaTx));
          o[0] = e;
          o[1] = e / (base * ey);
          o[2] = e / betaTau;
          o[3] = e * (lnBase + y);
          o[4] = e * lnBetaTau;
        },
        0,
        y1,
        1e-10,
        1e-300,
        j);
  }

  /** ln I0 = (1 - (r+x)) ln(α+tx) - (s+1) ln(β+tx): I = I0 J. */
  private static double lnI0(double r, double s, int x, double lnATx, double lnBTx) {
    return (1 - (r + x)) * lnATx - (s + 1) * lnBTx;
  }

  /**
   * One customer's log-likelihood without {@code lnΓ(r+x) - lnΓ(r) + r ln α + s ln β}, the terms
   * every customer with the same x and parameters shares; {@code d} receives its derivatives with
   * respect to r, α, s and β, and {@code j} is scratch space of length 5.
   */
  static double customer(
      double r,
      double alpha,
      double s,
      double beta,
      double lnS,
      int x,
      double tx,
      double age,
      double[] j,
      double[] d) {
    double lnAT = Math.log(alpha + age);
    double lnBT = Math.log(beta + age);
    double lnA = -(r + x) * lnAT - s * lnBT;
    double ll;
    double dr;
    double da;
    double ds;
    double db;
    if (age > tx) {
      double lnATx = Math.log(alpha + tx);
      double lnBTx = Math.log(beta + tx);
      integrals(r, alpha, s, beta, x, tx, age, lnATx, lnBTx, lnAT, lnBT, j);
      double lnI0 = lnI0(r, s, x, lnATx, lnBTx);
      double lnSI = lnS + lnI0 + Math.log(j[0]);
      double m = Math.max(lnA, lnSI);
      double aHat = Math.exp(lnA - m);
      double i0Hat = Math.exp(lnI0 - m);
      double bigS = aHat + s * i0Hat * j[0];
      ll = m + Math.log(bigS);
      dr = (-aHat * lnAT - s * i0Hat * j[3]) / bigS;
      da = (-aHat * (r + x) / (alpha + age) - s * (r + x) * i0Hat * j[1]) / bigS;
      ds = (-aHat * lnBT + i0Hat * j[0] - s * i0Hat * j[4]) / bigS;
      db = (-aHat * s / (beta + age) - s * (s + 1) * i0Hat * j[2]) / bigS;
    } else {
      ll = lnA;
      dr = -lnAT;
      da = -(r + x) / (alpha + age);
      ds = -lnBT;
      db = -s / (beta + age);
    }
    d[0] = dr;
    d[1] = da;
    d[2] = ds;
    d[3] = db;
    return ll;
  }

  static double negativeLogLikelihood(ClvData.Distinct d, double[] theta, double[] grad) {
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double s = Math.exp(theta[2]);
    double beta = Math.exp(theta[3]);
    double lnAlpha = Math.log(alpha);
    double lnBeta = Math.log(beta);
    double lnS = Math.log(s);
    double common = -Special.lnGamma(r) + r * lnAlpha + s * lnBeta;
    double psiR = Special.digamma(r);
    double[] acc =
        Chunks.sum(
            d.size,
            4,
            (from, to, out) -> {
              double[] j = new double[5];
              double[] dd = new double[4];
              double sum = 0;
              double gr = 0;
              double ga = 0;
              double gs = 0;
              double gb = 0;
              int currentX = -1;
              double lnGammaRx = 0;
              double psiRx = 0;
              for (int i = from; i < to; i++) {
                int x = d.x[i];
                if (x != currentX) {
                  currentX = x;
                  lnGammaRx = Special.lnGamma(r + x);
                  psiRx = Special.digamma(r + x);
                }
                double tx = d.tx[i];
                double age = d.age[i];
                double w = d.weight[i];
                double ll = customer(r, alpha, s, beta, lnS, x, tx, age, j, dd);
                double dr = dd[0];
                double da = dd[1];
                double ds = dd[2];
                double db = dd[3];
                sum += w * (lnGammaRx + ll);
                gr += w * (psiRx + dr);
                ga += w * da;
                gs += w * ds;
                gb += w * db;
              }
              out[0] += sum;
              out[1] += gr;
              out[2] += ga;
              out[3] += gs;
              out[4] += gb;
            });
    double sum = acc[0];
    double gr = acc[1];
    double ga = acc[2];
    double gs = acc[3];
    double gb = acc[4];
    double n = d.total;
    double total = sum + n * common;
    gr += n * (lnAlpha - psiR);
    ga += n * r / alpha;
    gs += n * lnBeta;
    gb += n * s / beta;
    grad[0] = -gr * r;
    grad[1] = -ga * alpha;
    grad[2] = -gs * s;
    grad[3] = -gb * beta;
    return -total;
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
    return CovariateFitting.fit(CovariateFitting.Kind.PARETONBD, data, purchase, dropout, options);
  }

  @Override
  public String name() {
    return "paretonbd";
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("r", r);
    m.put("alpha", alpha);
    m.put("s", s);
    m.put("beta", beta);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** ln(s I / A): the log-odds of having died, given the history. */
  private double lnDeathOdds(int x, double tx, double age) {
    if (!(age > tx)) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] j = new double[5];
    double lnATx = Math.log(alpha + tx);
    double lnBTx = Math.log(beta + tx);
    double lnAT = Math.log(alpha + age);
    double lnBT = Math.log(beta + age);
    integrals(r, alpha, s, beta, x, tx, age, lnATx, lnBTx, lnAT, lnBT, j);
    double lnA = -(r + x) * lnAT - s * lnBT;
    return Math.log(s) + lnI0(r, s, x, lnATx, lnBTx) + Math.log(j[0]) - lnA;
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    Fitting.checkSummary(x, tx, age);
    double lnA = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    double odds = lnDeathOdds(x, tx, age);
    double front =
        Special.lnGamma(r + x) - Special.lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
    return front + lnA + Special.logSumExp(0, odds);
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    Fitting.checkSummary(x, tx, age);
    return Fitting.checked(1 / (1 + Math.exp(lnDeathOdds(x, tx, age))), 1, "P(alive)", this);
  }

  @Override
  public double expectedPurchases(double t) {
    Fitting.time("t", t);
    double l = Math.log1p(t / beta);
    return Fitting.checked(
        r * beta / alpha * l * Special.oneMinusExpOver((s - 1) * l),
        Double.MAX_VALUE,
        "expected purchases",
        this);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    Fitting.time("t", t);
    Fitting.checkSummary(x, tx, age);
    double alive = 1 / (1 + Math.exp(lnDeathOdds(x, tx, age)));
    return Fitting.checked(
        alive == 0 ? 0 : alive * futureOfAlive(x, age, t),
        Double.MAX_VALUE,
        "conditional expected purchases",
        this);
  }

  /**
   * {@inheritDoc}
   *
   * <p>P(alive) is computed once per distinct (x, t_x, T).
   */
  @Override
  public double[] probabilityAlive(ClvData data) {
    Fitting.sameUnit(data, unit);
    return Fitting.checked(alive(data), 1, "P(alive)", this);
  }

  /**
   * {@inheritDoc}
   *
   * <p>P(alive) is computed once per distinct (x, t_x, T), the future of an alive customer once per
   * distinct (x, T).
   */
  @Override
  public double[] conditionalExpectedPurchases(ClvData data, double t) {
    Fitting.sameUnit(data, unit);
    Fitting.time("t", t);
    return Fitting.checked(
        FutureCache.predict(data, (x, age) -> futureOfAlive(x, age, t), alive(data)),
        Double.MAX_VALUE,
        "conditional expected purchases",
        this);
  }

  /**
   * Each customer's discounted expected purchases over the steps {@code ts} (ends in the model's
   * unit) with their discount {@code factors}: P(alive), once per summary, times the discounted
   * future of an alive customer, once per (x, T).
   */
  double[] discountedFuture(ClvData data, double[] ts, double[] factors) {
    return FutureCache.predict(
        data,
        (x, age) -> {
          double previous = 0;
          double sum = 0;
          for (int i = 0; i < ts.length; i++) {
            double f = futureOfAlive(x, age, ts[i]);
            sum += (f - previous) * factors[i];
            previous = f;
          }
          return sum;
        },
        alive(data));
  }

  private double[] alive(ClvData data) {
    return FutureCache.alive(data, (x, tx, age) -> 1 / (1 + Math.exp(lnDeathOdds(x, tx, age))));
  }

  /** The expected purchases in t of a customer alive now, with x repeat purchases at age T. */
  private double futureOfAlive(int x, double age, double t) {
    double l = Math.log1p(t / (beta + age));
    return (r + x) / (alpha + age) * (beta + age) * l * Special.oneMinusExpOver((s - 1) * l);
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but was " + n);
    }
    Fitting.time("t", t);
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double lnNbFront = Special.lnGamma(r + n) - Special.lnGamma(r) - Special.lnGamma(n + 1.0);
    double aliveAtT = Math.exp(s * Math.log(beta / (beta + t)) + lnNb(lnNbFront, n, t));
    double[] out = new double[1];
    double lnS = Math.log(s);
    // v = ln(β+τ): the death density times dτ becomes s (β/(β+τ))^s dv, smooth on a log scale.
    double lnBeta = Math.log(beta);
    Quadrature.integrate(
        (v, o) -> {
          double tau = Math.max(0, Math.exp(v) - beta);
          double death = Math.exp(lnS + s * (lnBeta - v));
          o[0] = tau == 0 && n > 0 ? 0 : death * Math.exp(lnNb(lnNbFront, n, tau));
        },
        lnBeta,
        Math.log(beta + t),
        1e-12,
        1e-300,
        out);
    return Fitting.checked(Math.min(1, aliveAtT + out[0]), 1, "P(X(t) = n)", this);
  }

  private double lnNb(double front, int n, double tau) {
    return front
        + r * Math.log(alpha / (alpha + tau))
        + (n == 0 ? 0 : n * Math.log(tau / (alpha + tau)));
  }

  @Override
  public ClvData simulate(RandomGenerator rng, double[] ages) {
    return Simulation.simulate(
        rng,
        ages,
        unit,
        (g, age) ->
            Variates.repeatPurchases(
                g, Variates.gamma(g, r, 1 / alpha), 0, false, Variates.gamma(g, s, 1 / beta), age));
  }
}
