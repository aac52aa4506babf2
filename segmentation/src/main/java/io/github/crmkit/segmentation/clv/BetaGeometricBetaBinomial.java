package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The beta-geometric/beta-binomial (BG/BB) model of repeat transactions at discrete opportunities
 * (Fader, Hardie and Shang 2010, "Customer-base analysis in a discrete-time noncontractual
 * setting", Marketing Science 29(6)): at each opportunity (a yearly campaign, a weekly event) an
 * alive customer transacts with probability p, p ~ Beta(α, β), and dies before the next with
 * probability θ, θ ~ Beta(γ, δ). A customer's summary is x transactions in the n opportunities
 * after the first, the last at opportunity t_x (0 without any).
 *
 * <p>Every value is finite and in range for parameters from 1e-6 to 1e6; expectations are sums over
 * opportunities, so they stay exact at γ = 1 where the closed form divides by γ - 1. Immutable and
 * serializable.
 *
 * @param alpha the transaction probability's Beta α, from 1e-6 to 1e6
 * @param beta the transaction probability's Beta β, from 1e-6 to 1e6
 * @param gamma the dropout probability's Beta γ, from 1e-6 to 1e6
 * @param delta the dropout probability's Beta δ, from 1e-6 to 1e6
 * @since 0.2
 * @serial exclude
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public record BetaGeometricBetaBinomial(double alpha, double beta, double gamma, double delta)
    implements java.io.Serializable {
  @java.io.Serial private static final long serialVersionUID = 1L;

  /**
   * Checks the parameters.
   *
   * @param alpha from 1e-6 to 1e6
   * @param beta from 1e-6 to 1e6
   * @param gamma from 1e-6 to 1e6
   * @param delta from 1e-6 to 1e6
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public BetaGeometricBetaBinomial {
    Fitting.parameter("alpha", alpha);
    Fitting.parameter("beta", beta);
    Fitting.parameter("gamma", gamma);
    Fitting.parameter("delta", delta);
  }

  /**
   * Fits the model by maximum likelihood to customer summaries with their counts.
   *
   * @param x transactions after the first opportunity, 0 to n
   * @param tx the opportunity of the last transaction, x to n (0 when x is 0)
   * @param n the opportunities observed, 1 or more
   * @param count how many customers share each summary, positive
   * @param options the options, not null
   * @return the fit
   * @throws IllegalArgumentException if the columns differ in length or a summary is inconsistent
   * @throws ModelFitException if the fit does not converge or the data do not identify the model
   */
  public static ModelFit<BetaGeometricBetaBinomial> fit(
      int[] x, int[] tx, int[] n, long[] count, FitOptions options) {
    checkNotNull(x, "x must not be null");
    checkNotNull(tx, "tx must not be null");
    checkNotNull(n, "n must not be null");
    checkNotNull(count, "count must not be null");
    checkNotNull(options, "options must not be null");
    if (tx.length != x.length || n.length != x.length || count.length != x.length) {
      throw new IllegalArgumentException(
          "x, tx, n and count must have one length, but had "
              + x.length
              + ", "
              + tx.length
              + ", "
              + n.length
              + ", "
              + count.length);
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("the data must hold at least one summary");
    }
    long customers = 0;
    boolean repeat = false;
    for (int i = 0; i < x.length; i++) {
      check(x[i], tx[i], n[i]);
      if (count[i] <= 0) {
        throw new IllegalArgumentException(
            "count[" + i + "] must be positive, but was " + count[i]);
      }
      customers = Math.addExact(customers, count[i]);
      repeat |= x[i] > 0;
    }
    String[] names = {"alpha", "beta", "gamma", "delta"};
    double[] start = {0, 0, 0, 0};
    if (!repeat && options.penalty() == 0) {
      throw new ModelFitException(
          "bgbb",
          "no customer transacted after the first opportunity, so the model is not identified",
          Fitting.named(names, start),
          0,
          Double.NaN,
          Double.NaN,
          "Use more data or add an L2 penalty (FitOptions.defaults().withPenalty(0.01)).");
    }
    // Distinct summaries with their summed counts: the likelihood's cost depends on these only
    // (a base of a million customers observed over n opportunities has at most (n+1)(n+2)/2).
    java.util.LinkedHashMap<java.util.List<Integer>, long[]> groups =
        new java.util.LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      java.util.List<Integer> key = java.util.List.of(x[i], tx[i], n[i]);
      long[] g = groups.get(key);
      if (g == null) {
        groups.put(key, new long[] {x[i], tx[i], n[i], count[i]});
      } else {
        g[3] += count[i];
      }
    }
    int k = groups.size();
    int[] xs = new int[k];
    int[] txs = new int[k];
    int[] ns = new int[k];
    long[] cs = new long[k];
    int j = 0;
    for (long[] g : groups.values()) {
      xs[j] = (int) g[0];
      txs[j] = (int) g[1];
      ns[j] = (int) g[2];
      cs[j] = g[3];
      j++;
    }
    return Fitting.fit(
        "bgbb",
        names,
        (theta, grad) -> negativeLogLikelihood(xs, txs, ns, cs, theta, grad),
        start,
        options,
        customers,
        xs.length,
        v -> new BetaGeometricBetaBinomial(v[0], v[1], v[2], v[3]));
  }

  /**
   * Fits the model with the default options.
   *
   * @param x transactions after the first opportunity
   * @param tx the opportunity of the last transaction
   * @param n the opportunities observed
   * @param count how many customers share each summary
   * @return the fit
   */
  public static ModelFit<BetaGeometricBetaBinomial> fit(int[] x, int[] tx, int[] n, long[] count) {
    return fit(x, tx, n, count, FitOptions.defaults());
  }

  private static void check(int x, int tx, int n) {
    if (n < 1 || x < 0 || x > n || tx < 0 || tx > n || (x == 0) != (tx == 0) || (x > 0 && tx < x)) {
      throw new IllegalArgumentException(
          "a summary needs n >= 1, 0 <= x <= n and x <= tx <= n (tx = 0 exactly when x = 0), but"
              + " was x="
              + x
              + ", tx="
              + tx
              + ", n="
              + n);
    }
  }

  /** The terms of one customer's likelihood, as logs, with their parameter derivatives. */
  private static double rowLogLikelihood(
      double a, double b, double g, double d, int x, int tx, int n, double @Nullable [] grad) {
    double lnBab = Special.lnBeta(a, b);
    double lnBgd = Special.lnBeta(g, d);
    double psiA = Special.digamma(a);
    double psiB = Special.digamma(b);
    double psiAb = Special.digamma(a + b);
    double psiG = Special.digamma(g);
    double psiD = Special.digamma(d);
    double psiGd = Special.digamma(g + d);
    int terms = 1 + (n - tx);
    double[] ln = new double[terms];
    double[][] dt = new double[terms][4];
    // Alive through all n opportunities.
    ln[0] = Special.lnBeta(a + x, b + n - x) - lnBab + Special.lnBeta(g, d + n) - lnBgd;
    derivatives(a, b, g, d, x, n - x, 0, n, psiA, psiB, psiAb, psiG, psiD, psiGd, dt[0]);
    // Died after opportunity tx + i, i = 0 .. n - tx - 1.
    for (int i = 0; i < n - tx; i++) {
      int k = tx - x + i;
      int m = tx + i;
      ln[i + 1] = Special.lnBeta(a + x, b + k) - lnBab + Special.lnBeta(g + 1, d + m) - lnBgd;
      derivatives(a, b, g, d, x, k, 1, m, psiA, psiB, psiAb, psiG, psiD, psiGd, dt[i + 1]);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : ln) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : ln) {
      sum += Math.exp(v - max);
    }
    if (grad != null) {
      java.util.Arrays.fill(grad, 0);
      for (int j = 0; j < terms; j++) {
        double w = Math.exp(ln[j] - max) / sum;
        for (int p = 0; p < 4; p++) {
          grad[p] += w * dt[j][p];
        }
      }
    }
    return max + Math.log(sum);
  }

  /** d/d(α, β, γ, δ) of lnB(α + x, β + k) - lnB(α, β) + lnB(γ + gShift, δ + m) - lnB(γ, δ). */
  private static void derivatives(
      double a,
      double b,
      double g,
      double d,
      int x,
      int k,
      int gShift,
      int m,
      double psiA,
      double psiB,
      double psiAb,
      double psiG,
      double psiD,
      double psiGd,
      double[] out) {
    double psiAbxk = Special.digamma(a + b + x + k);
    out[0] = Special.digamma(a + x) - psiAbxk - psiA + psiAb;
    out[1] = Special.digamma(b + k) - psiAbxk - psiB + psiAb;
    double psiGdm = Special.digamma(g + gShift + d + m);
    out[2] = Special.digamma(g + gShift) - psiGdm - psiG + psiGd;
    out[3] = Special.digamma(d + m) - psiGdm - psiD + psiGd;
  }

  static double negativeLogLikelihood(
      int[] x, int[] tx, int[] n, long[] count, double[] theta, double[] grad) {
    double a = Math.exp(theta[0]);
    double b = Math.exp(theta[1]);
    double g = Math.exp(theta[2]);
    double d = Math.exp(theta[3]);
    double total = 0;
    double[] row = new double[4];
    double[] sum = new double[4];
    for (int i = 0; i < x.length; i++) {
      double ll = rowLogLikelihood(a, b, g, d, x[i], tx[i], n[i], row);
      total += count[i] * ll;
      for (int p = 0; p < 4; p++) {
        sum[p] += count[i] * row[p];
      }
    }
    grad[0] = -sum[0] * a;
    grad[1] = -sum[1] * b;
    grad[2] = -sum[2] * g;
    grad[3] = -sum[3] * d;
    return -total;
  }

  /**
   * Returns the parameters by name.
   *
   * @return {@code {alpha, beta, gamma, delta}}
   */
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("alpha", alpha);
    m.put("beta", beta);
    m.put("gamma", gamma);
    m.put("delta", delta);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns one customer's log-likelihood.
   *
   * @param x transactions after the first opportunity
   * @param tx the opportunity of the last one
   * @param n the opportunities observed
   * @return the log-likelihood
   */
  public double logLikelihood(int x, int tx, int n) {
    check(x, tx, n);
    return rowLogLikelihood(alpha, beta, gamma, delta, x, tx, n, null);
  }

  /**
   * Returns the probability that the customer is alive at the next opportunity, n + 1.
   *
   * @param x transactions after the first opportunity
   * @param tx the opportunity of the last one
   * @param n the opportunities observed
   * @return P(alive at n + 1)
   */
  public double probabilityAlive(int x, int tx, int n) {
    check(x, tx, n);
    double lnAlive =
        Special.lnBeta(alpha + x, beta + n - x)
            - Special.lnBeta(alpha, beta)
            + Special.lnBeta(gamma, delta + n + 1)
            - Special.lnBeta(gamma, delta);
    return Fitting.checked(Math.exp(lnAlive - logLikelihood(x, tx, n)), 1, "P(alive)", this);
  }

  /**
   * Returns the expected transactions of a new customer in the first n opportunities after the
   * first.
   *
   * @param n the opportunities, 0 or more
   * @return E[X(n)]
   */
  public double expectedTransactions(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but was " + n);
    }
    // α/(α+β) Σ_{i=1..n} P(alive at i), P(alive at i) = B(γ, δ + i) / B(γ, δ).
    double lnBgd = Special.lnBeta(gamma, delta);
    double sum = 0;
    for (int i = 1; i <= n; i++) {
      sum += Math.exp(Special.lnBeta(gamma, delta + i) - lnBgd);
    }
    return Fitting.checked(
        alpha / (alpha + beta) * sum, Double.MAX_VALUE, "expected transactions", this);
  }

  /**
   * Returns the expected transactions in the next {@code future} opportunities of a customer with
   * summary (x, tx, n): the posterior mean of p times the probability of being alive at each.
   *
   * @param future the opportunities ahead, 0 or more
   * @param x transactions after the first opportunity
   * @param tx the opportunity of the last one
   * @param n the opportunities observed
   * @return E[X(n, n + future) | x, tx, n]
   */
  public double conditionalExpectedTransactions(int future, int x, int tx, int n) {
    check(x, tx, n);
    if (future < 0) {
      throw new IllegalArgumentException("future must not be negative, but was " + future);
    }
    double lnL = logLikelihood(x, tx, n);
    // 1/L · B(α + x + 1, β + n - x)/B(α, β) · Σ_{i=1..future} B(γ, δ + n + i)/B(γ, δ)
    double lnFront =
        Special.lnBeta(alpha + x + 1, beta + n - x)
            - Special.lnBeta(alpha, beta)
            - Special.lnBeta(gamma, delta)
            - lnL;
    double sum = 0;
    for (int i = 1; i <= future; i++) {
      sum += Math.exp(lnFront + Special.lnBeta(gamma, delta + n + i));
    }
    return Fitting.checked(sum, future, "conditional expected transactions", this);
  }

  /**
   * Returns every customer's probability of being alive at the next opportunity, computed once per
   * distinct summary.
   *
   * @param x transactions after the first opportunity, one per customer
   * @param tx the opportunity of each customer's last transaction, same length
   * @param n the opportunities each customer was observed, same length
   * @return one value in [0, 1] per customer, in order
   * @throws IllegalArgumentException if the lengths differ or a summary is invalid (naming its
   *     index)
   */
  public double[] probabilityAlive(int[] x, int[] tx, int[] n) {
    return perDistinct(x, tx, n, (a, b, c) -> probabilityAlive(a, b, c));
  }

  /**
   * Returns every customer's expected transactions in the next {@code future} opportunities,
   * computed once per distinct summary.
   *
   * @param future the opportunities ahead, 0 or more
   * @param x transactions after the first opportunity, one per customer
   * @param tx the opportunity of each customer's last transaction, same length
   * @param n the opportunities each customer was observed, same length
   * @return one value per customer, in order
   * @throws IllegalArgumentException if the lengths differ or a summary is invalid (naming its
   *     index)
   */
  public double[] conditionalExpectedTransactions(int future, int[] x, int[] tx, int[] n) {
    if (future < 0) {
      throw new IllegalArgumentException("future must not be negative, but was " + future);
    }
    return perDistinct(x, tx, n, (a, b, c) -> conditionalExpectedTransactions(future, a, b, c));
  }

  private interface RowFunction {
    double apply(int x, int tx, int n);
  }

  private static double[] perDistinct(int[] x, int[] tx, int[] n, RowFunction f) {
    checkNotNull(x, "x must not be null");
    checkNotNull(tx, "tx must not be null");
    checkNotNull(n, "n must not be null");
    if (tx.length != x.length || n.length != x.length) {
      throw new IllegalArgumentException(
          "x, tx and n must have the same length, but had "
              + x.length
              + ", "
              + tx.length
              + " and "
              + n.length);
    }
    double[] out = new double[x.length];
    java.util.HashMap<java.util.List<Integer>, Double> cache = new java.util.HashMap<>();
    for (int i = 0; i < out.length; i++) {
      int xi = x[i];
      int ti = tx[i];
      int ni = n[i];
      java.util.List<Integer> key = java.util.List.of(xi, ti, ni);
      Double v = cache.get(key);
      if (v == null) {
        try {
          v = f.apply(xi, ti, ni);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("summary " + i + ": " + e.getMessage(), e);
        }
        cache.put(key, v);
      }
      out[i] = v;
    }
    return out;
  }

  /**
   * Returns the probability that a new customer makes exactly k transactions in the n opportunities
   * after the first (Fader, Hardie and Shang 2010, eq. 8).
   *
   * @param k transactions, 0 to n
   * @param n opportunities, 1 or more
   * @return P(X(n) = k)
   */
  public double probabilityOfTransactions(int k, int n) {
    if (n < 1 || k < 0 || k > n) {
      throw new IllegalArgumentException(
          "need n >= 1 and 0 <= k <= n, but had k=" + k + ", n=" + n);
    }
    double lnBab = Special.lnBeta(alpha, beta);
    double lnBgd = Special.lnBeta(gamma, delta);
    double p =
        Math.exp(
            lnChoose(n, k)
                + Special.lnBeta(alpha + k, beta + n - k)
                - lnBab
                + Special.lnBeta(gamma, delta + n)
                - lnBgd);
    for (int i = k; i < n; i++) {
      p +=
          Math.exp(
              lnChoose(i, k)
                  + Special.lnBeta(alpha + k, beta + i - k)
                  - lnBab
                  + Special.lnBeta(gamma + 1, delta + i)
                  - lnBgd);
    }
    return Fitting.checked(Math.min(1, p), 1, "P(X(n) = k)", this);
  }

  private static double lnChoose(int n, int k) {
    return Special.lnGamma(n + 1.0) - Special.lnGamma(k + 1.0) - Special.lnGamma(n - k + 1.0);
  }
}
