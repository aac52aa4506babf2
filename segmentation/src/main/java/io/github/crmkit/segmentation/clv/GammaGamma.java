package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", JMR 42(4); Fader and Hardie 2013, "The Gamma-Gamma
 * model of monetary value"): a customer's transaction values are gamma with shape p and a
 * customer-specific rate ν ~ Gamma(q, γ). The likelihood is that of the mean repeat spend {@code m}
 * over {@code x} transactions, {@code Γ(px+q) / (Γ(px) Γ(q)) γ^q m^(px-1) x^px / (γ + m x)^(px+q)},
 * so customers without repeat purchases take no part in the fit. Immutable; serializable, read back
 * through the canonical constructor, which checks the parameters again.
 *
 * @param p the shape of a transaction's value
 * @param q the shape of the customer's rate
 * @param gamma the rate (inverse scale) of the customer's rate
 * @serial exclude
 * @since 0.1
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public record GammaGamma(double p, double q, double gamma) implements java.io.Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Checks the components.
   *
   * @param p finite, positive
   * @param q finite, positive
   * @param gamma finite, positive
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public GammaGamma {
    Fitting.positive("p", p);
    Fitting.positive("q", q);
    Fitting.positive("gamma", gamma);
  }

  /**
   * Fits the model on the customers with repeat purchases and a positive mean spend.
   *
   * @param data the base, not null, with at least one such customer
   * @return the fit
   * @throws ModelFitException if the fit does not converge
   */
  public static ModelFit<GammaGamma> fit(ClvData data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model with options.
   *
   * @param data the base, not null, with at least one customer with repeat purchases and spend
   * @param options the options, not null
   * @return the fit
   * @throws ModelFitException if the fit does not converge
   * @throws IllegalArgumentException if no customer has repeat purchases with spend
   * @throws MissingSpendException if the data has no spend ({@link ClvData#hasSpend()})
   */
  public static ModelFit<GammaGamma> fit(ClvData data, FitOptions options) {
    checkNotNull(data, "data must not be null");
    checkNotNull(options, "options must not be null");
    if (!data.hasSpend()) {
      throw new MissingSpendException("a Gamma-Gamma fit");
    }
    List<double[]> rows = new ArrayList<>();
    double meanSpend = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.x(i) > 0 && data.meanSpend(i) > 0) {
        rows.add(new double[] {data.x(i), data.meanSpend(i)});
        meanSpend += data.meanSpend(i);
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(
          "data must hold a customer with repeat purchases and a positive mean spend, but held none"
              + " among "
              + data.size());
    }
    meanSpend /= rows.size();
    double[] xs = new double[rows.size()];
    double[] ms = new double[rows.size()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = rows.get(i)[0];
      ms[i] = rows.get(i)[1];
    }
    double[] start = {0, Math.log(2), Math.log(Math.max(1e-6, meanSpend))};
    return Fitting.fit(
        "gamma-gamma",
        new String[] {"p", "q", "gamma"},
        (theta, grad) -> negativeLogLikelihood(xs, ms, theta, grad),
        start,
        options,
        xs.length,
        xs.length,
        v -> new GammaGamma(v[0], v[1], v[2]));
  }

  static double negativeLogLikelihood(double[] xs, double[] ms, double[] theta, double[] grad) {
    double p = Math.exp(theta[0]);
    double q = Math.exp(theta[1]);
    double g = Math.exp(theta[2]);
    double lnG = Math.log(g);
    double lnGammaQ = Special.lnGamma(q);
    double psiQ = Special.digamma(q);
    double[] acc =
        Chunks.sum(
            xs.length,
            3,
            (from, to, a) -> {
              for (int i = from; i < to; i++) {
                double x = xs[i];
                double m = ms[i];
                double px = p * x;
                double lnM = Math.log(m);
                double lnX = Math.log(x);
                double lnGmx = Math.log(g + m * x);
                a[0] +=
                    Special.lnGamma(px + q)
                        - Special.lnGamma(px)
                        - lnGammaQ
                        + q * lnG
                        + (px - 1) * lnM
                        + px * lnX
                        - (px + q) * lnGmx;
                double psiPxq = Special.digamma(px + q);
                a[1] += x * (psiPxq - Special.digamma(px) + lnM + lnX - lnGmx);
                a[2] += psiPxq - psiQ + lnG - lnGmx;
                a[3] += q / g - (px + q) / (g + m * x);
              }
            });
    grad[0] = -acc[1] * p;
    grad[1] = -acc[2] * q;
    grad[2] = -acc[3] * g;
    return -acc[0];
  }

  /**
   * Returns the parameters by name.
   *
   * @return p, q and gamma in order
   */
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("p", p);
    m.put("q", q);
    m.put("gamma", gamma);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns the log-likelihood of one customer's mean spend.
   *
   * @param x repeat purchases, positive
   * @param meanSpend the mean repeat spend, positive
   * @return the log density
   */
  public double logLikelihood(int x, double meanSpend) {
    if (x <= 0) {
      throw new IllegalArgumentException("x must be positive, but was " + x);
    }
    Fitting.positive("meanSpend", meanSpend);
    double[] grad = new double[3];
    return -negativeLogLikelihood(
        new double[] {x},
        new double[] {meanSpend},
        new double[] {Math.log(p), Math.log(q), Math.log(gamma)},
        grad);
  }

  /**
   * Returns the expected spend per transaction of a customer: the posterior mean {@code (γ + m x) p
   * / (p x + q - 1)}, a weighted mean of the population mean and the customer's own mean.
   *
   * @param x repeat purchases, not negative (0 gives the population mean)
   * @param meanSpend the customer's mean repeat spend, finite and not negative
   * @return the expected spend
   * @throws IllegalStateException if the expectation is infinite ({@code p x + q <= 1})
   */
  public double expectedSpend(int x, double meanSpend) {
    if (x < 0) {
      throw new IllegalArgumentException("x must not be negative, but was " + x);
    }
    if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
      throw new IllegalArgumentException(
          "meanSpend must be finite and not negative, but was " + meanSpend);
    }
    double denominator = p * x + q - 1;
    if (!(denominator > 0)) {
      throw new IllegalStateException(
          "expected spend is infinite for x = " + x + " when q = " + q + " and p = " + p);
    }
    return (gamma + meanSpend * x) * p / denominator;
  }

  /**
   * Returns the population's mean spend per transaction, {@code p γ / (q - 1)}.
   *
   * @return the mean
   * @throws IllegalStateException if q is at most 1 (the mean is infinite)
   */
  public double populationMean() {
    return expectedSpend(0, 0);
  }
}
