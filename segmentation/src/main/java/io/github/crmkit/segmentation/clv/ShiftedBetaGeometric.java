package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader and Hardie 2007, "How to
 * project customer retention", Journal of Interactive Marketing 21(1)): each customer renews at the
 * end of every period with a constant probability 1 - θ until they cancel, and θ varies across
 * customers as Beta(α, β). Periods are whole contract periods (months, years), counted from 1.
 *
 * <p>P(T = t) = B(α + 1, β + t - 1) / B(α, β) is the probability of cancelling in period t, S(t) =
 * B(α, β + t) / B(α, β) of surviving period t, and the retention rate of period t is (β + t - 1) /
 * (α + β + t - 1), which rises with t as the customers most likely to cancel leave. Every value is
 * finite and in range for parameters from 1e-6 to 1e6. Immutable and serializable.
 *
 * @param alpha the Beta distribution's α, from 1e-6 to 1e6
 * @param beta the Beta distribution's β, from 1e-6 to 1e6
 * @since 0.2
 * @serial exclude
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public record ShiftedBetaGeometric(double alpha, double beta) implements java.io.Serializable {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /**
   * Checks the parameters.
   *
   * @param alpha from 1e-6 to 1e6
   * @param beta from 1e-6 to 1e6
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public ShiftedBetaGeometric {
    Fitting.parameter("alpha", alpha);
    Fitting.parameter("beta", beta);
  }

  /**
   * Fits the model by maximum likelihood to a cohort's survivors: {@code survivors[0]} customers at
   * the start, {@code survivors[t]} of them still customers after period t.
   *
   * @param survivors the cohort size then the survivors of each period, not increasing, at least
   *     two entries, the first positive
   * @return the fit
   * @throws IllegalArgumentException if the counts are not a cohort's survivors
   * @throws ModelFitException if the fit does not converge
   */
  public static ModelFit<ShiftedBetaGeometric> fit(long[] survivors) {
    return fit(survivors, FitOptions.defaults());
  }

  /**
   * Fits the model to a cohort's survivors with options.
   *
   * @param survivors the cohort size then the survivors of each period
   * @param options the options, not null
   * @return the fit
   */
  public static ModelFit<ShiftedBetaGeometric> fit(long[] survivors, FitOptions options) {
    checkNotNull(survivors, "survivors must not be null");
    checkNotNull(options, "options must not be null");
    if (survivors.length < 2 || survivors[0] <= 0) {
      throw new IllegalArgumentException(
          "survivors must hold the cohort size and at least one period, the size positive, but"
              + " were "
              + java.util.Arrays.toString(survivors));
    }
    int periods = survivors.length - 1;
    long[] churned = new long[periods + 1];
    for (int t = 1; t <= periods; t++) {
      if (survivors[t] < 0 || survivors[t] > survivors[t - 1]) {
        throw new IllegalArgumentException(
            "survivors must not increase or be negative, but period "
                + t
                + " has "
                + survivors[t]
                + " after "
                + survivors[t - 1]);
      }
      churned[t] = survivors[t - 1] - survivors[t];
    }
    long[] alive = new long[periods + 1];
    alive[periods] = survivors[periods];
    return fitCounts(churned, alive, survivors[0], options);
  }

  /**
   * Fits the model to customers' observed lifetimes with right censoring: customer i was observed
   * for {@code periods[i]} periods and cancelled in the last of them ({@code cancelled[i]}) or is
   * still a customer.
   *
   * @param periods each customer's observed periods, at least 1 (0 allowed for a customer still
   *     active who has not completed a period)
   * @param cancelled whether each customer cancelled in their last observed period
   * @param options the options, not null
   * @return the fit
   * @throws IllegalArgumentException if the arrays differ in length, a count is out of range, or a
   *     customer cancelled in period 0
   */
  public static ModelFit<ShiftedBetaGeometric> fitLifetimes(
      int[] periods, boolean[] cancelled, FitOptions options) {
    checkNotNull(periods, "periods must not be null");
    checkNotNull(cancelled, "cancelled must not be null");
    checkNotNull(options, "options must not be null");
    if (periods.length != cancelled.length || periods.length == 0) {
      throw new IllegalArgumentException(
          "periods and cancelled must be non-empty and of one length, but had "
              + periods.length
              + " and "
              + cancelled.length);
    }
    int max = 0;
    for (int i = 0; i < periods.length; i++) {
      if (periods[i] < 0 || (cancelled[i] && periods[i] < 1)) {
        throw new IllegalArgumentException(
            "periods["
                + i
                + "] must be at least 1 for a cancellation, 0 or more otherwise, but was "
                + periods[i]);
      }
      max = Math.max(max, periods[i]);
    }
    long[] churned = new long[max + 1];
    long[] alive = new long[max + 1];
    for (int i = 0; i < periods.length; i++) {
      if (cancelled[i]) {
        churned[periods[i]]++;
      } else {
        alive[periods[i]]++;
      }
    }
    return fitCounts(churned, alive, periods.length, options);
  }

  /** churned[t]: customers who cancelled in period t; alive[t]: censored after t periods. */
  private static ModelFit<ShiftedBetaGeometric> fitCounts(
      long[] churned, long[] alive, long customers, FitOptions options) {
    boolean anyChurn = false;
    boolean anyStay = false;
    for (int t = 0; t < churned.length; t++) {
      anyChurn |= churned[t] > 0;
      anyStay |= alive[t] > 0 && t > 0;
      anyStay |= churned[t] > 0 && t > 1;
    }
    if (options.penalty() == 0 && (!anyChurn || !anyStay)) {
      throw new ModelFitException(
          "sbg",
          !anyChurn
              ? "nobody cancelled, so the cancellation probabilities are not identified"
              : "everyone cancelled in the first period, so the renewal probabilities are not"
                  + " identified",
          Map.of("alpha", 1.0, "beta", 1.0),
          0,
          Double.NaN,
          Double.NaN,
          "Use more periods or more customers, or add an L2 penalty"
              + " (FitOptions.defaults().withPenalty(0.01)).");
    }
    int distinct = 0;
    for (int t = 0; t < churned.length; t++) {
      distinct += (churned[t] > 0 ? 1 : 0) + (alive[t] > 0 ? 1 : 0);
    }
    return Fitting.fit(
        "sbg",
        new String[] {"alpha", "beta"},
        (theta, grad) -> negativeLogLikelihood(churned, alive, theta, grad),
        new double[] {0, 0},
        options,
        customers,
        distinct,
        v -> new ShiftedBetaGeometric(v[0], v[1]));
  }

  /**
   * The negative log-likelihood over (ln α, ln β) and its gradient: cancellations in period t
   * contribute ln P(T = t), customers still active after t periods ln S(t).
   */
  static double negativeLogLikelihood(long[] churned, long[] alive, double[] theta, double[] grad) {
    double a = Math.exp(theta[0]);
    double b = Math.exp(theta[1]);
    double lnB = Special.lnBeta(a, b);
    double psiAb = Special.digamma(a + b);
    double dA0 = Special.digamma(a) - psiAb;
    double dB0 = Special.digamma(b) - psiAb;
    double ll = 0;
    double ga = 0;
    double gb = 0;
    for (int t = 0; t < churned.length; t++) {
      if (churned[t] > 0) {
        // ln P(T = t) = lnB(a + 1, b + t - 1) - lnB(a, b)
        double c = churned[t];
        ll += c * (Special.lnBeta(a + 1, b + t - 1) - lnB);
        double psi = Special.digamma(a + b + t);
        ga += c * (Special.digamma(a + 1) - psi - dA0);
        gb += c * (Special.digamma(b + t - 1) - psi - dB0);
      }
      if (alive[t] > 0) {
        // ln S(t) = lnB(a, b + t) - lnB(a, b)
        double c = alive[t];
        ll += c * (Special.lnBeta(a, b + t) - lnB);
        double psi = Special.digamma(a + b + t);
        ga += c * (Special.digamma(a) - psi - dA0);
        gb += c * (Special.digamma(b + t) - psi - dB0);
      }
    }
    grad[0] = -ga * a;
    grad[1] = -gb * b;
    return -ll;
  }

  /**
   * Returns the parameters by name.
   *
   * @return {@code {alpha, beta}}
   */
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("alpha", alpha);
    m.put("beta", beta);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns the probability of cancelling in period t, P(T = t).
   *
   * @param t the period, 1 or more
   * @return the probability
   */
  public double probabilityOfChurn(int t) {
    period(t);
    return Fitting.checked(
        Math.exp(Special.lnBeta(alpha + 1, beta + t - 1) - Special.lnBeta(alpha, beta)),
        1,
        "P(T = " + t + ")",
        this);
  }

  /**
   * Returns the probability that a customer of the cohort survives period t, S(t).
   *
   * @param t the period, 0 or more (S(0) = 1)
   * @return the probability
   */
  public double survival(int t) {
    if (t < 0) {
      throw new IllegalArgumentException("t must not be negative, but was " + t);
    }
    return Fitting.checked(
        Math.exp(Special.lnBeta(alpha, beta + t) - Special.lnBeta(alpha, beta)),
        1,
        "S(" + t + ")",
        this);
  }

  /**
   * Returns the retention rate of period t: the share of period t - 1's survivors who renew.
   *
   * @param t the period, 1 or more
   * @return (β + t - 1) / (α + β + t - 1)
   */
  public double retention(int t) {
    period(t);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * Returns the expected survivors of a cohort after each period.
   *
   * @param cohort the cohort's size at the start, not negative
   * @param periods how many periods, 0 or more
   * @return {@code periods + 1} values, the first the cohort
   */
  public double[] projectedSurvivors(double cohort, int periods) {
    if (!(cohort >= 0) || Double.isInfinite(cohort)) {
      throw new IllegalArgumentException(
          "cohort must be finite and not negative, but was " + cohort);
    }
    if (periods < 0) {
      throw new IllegalArgumentException("periods must not be negative, but was " + periods);
    }
    double[] out = new double[periods + 1];
    double s = 1;
    out[0] = cohort;
    for (int t = 1; t <= periods; t++) {
      s *= retention(t);
      out[t] = cohort * s;
    }
    return out;
  }

  /**
   * Returns the discounted expected residual lifetime of a customer who has renewed n times, in
   * periods, at the start of the period just paid for (Fader and Hardie 2010, "Customer-base
   * valuation in a contractual setting: the perils of ignoring heterogeneity", Marketing Science
   * 29(1), eq. 6): DERL = (β + n) / (α + β + n) · 2F1(1, β + n + 1; α + β + n + 1; 1 / (1 + d)),
   * the discounted number of future payments.
   *
   * @param discountRate the discount rate per period, positive and finite
   * @param renewals the renewals made so far, 0 or more
   * @return the discounted expected residual lifetime in periods
   */
  public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
    if (!(discountRate > 0) || Double.isInfinite(discountRate)) {
      throw new IllegalArgumentException(
          "discountRate must be positive and finite, but was " + discountRate);
    }
    if (renewals < 0) {
      throw new IllegalArgumentException("renewals must not be negative, but was " + renewals);
    }
    double z = 1 / (1 + discountRate);
    double b = beta + renewals;
    double c = alpha + beta + renewals;
    // 2F1(1, b + 1; c + 1; z): terms' ratio (b + 1 + k) / (c + 1 + k) z < 1, summed to 1e-16.
    double term = 1;
    double sum = 1;
    for (int k = 0; k < 1_000_000; k++) {
      term *= (b + 1 + k) / (c + 1 + k) * z;
      sum += term;
      if (term < 1e-17 * sum) {
        return Fitting.checked(b / c * sum, Double.MAX_VALUE, "DERL", this);
      }
    }
    throw new PrecisionException(
        "DERL does not converge in a million terms for " + this + " at rate " + discountRate);
  }

  /**
   * Returns the residual value of a customer who has renewed n times: the discounted expected
   * residual lifetime times the margin of a period.
   *
   * @param marginPerPeriod the value of a period's payment, finite
   * @param discountRate the discount rate per period, positive and finite
   * @param renewals the renewals made so far, 0 or more
   * @return the residual value
   */
  public double residualValue(double marginPerPeriod, double discountRate, int renewals) {
    if (!Double.isFinite(marginPerPeriod)) {
      throw new IllegalArgumentException(
          "marginPerPeriod must be finite, but was " + marginPerPeriod);
    }
    return marginPerPeriod * discountedExpectedResidualLifetime(discountRate, renewals);
  }

  /**
   * Returns every active customer's residual value, computed once per distinct renewal count (a
   * base of a million subscribers has as many distinct counts as periods observed).
   *
   * @param marginPerPeriod the value of a period's payment, finite
   * @param discountRate the discount rate per period, positive and finite
   * @param renewals each customer's renewals so far, 0 or more
   * @return one value per customer, in order
   * @throws IllegalArgumentException if a count is negative (naming its index)
   * @since 0.2
   */
  public double[] residualValues(double marginPerPeriod, double discountRate, int[] renewals) {
    checkNotNull(renewals, "renewals must not be null");
    double[] out = new double[renewals.length];
    java.util.Map<Integer, Double> cache = new java.util.HashMap<>();
    for (int i = 0; i < out.length; i++) {
      int n = renewals[i];
      if (n < 0) {
        throw new IllegalArgumentException(
            "renewals[" + i + "] must not be negative, but was " + n);
      }
      Double v = cache.get(n);
      if (v == null) {
        v = residualValue(marginPerPeriod, discountRate, n);
        cache.put(n, v);
      }
      out[i] = v;
    }
    return out;
  }

  private static void period(int t) {
    if (t < 1) {
      throw new IllegalArgumentException("t must be a period, 1 or more, but was " + t);
    }
  }
}
