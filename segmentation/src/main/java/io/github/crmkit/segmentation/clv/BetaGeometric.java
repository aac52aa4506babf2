package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * The mathematics shared by BG/NBD (Fader, Hardie and Lee 2005, "Counting your customers the easy
 * way", Marketing Science 24(2)) and MBG/NBD (Batislam, Denizel and Filiztekin 2007, IJRM 24(3)):
 * purchases at a gamma-distributed rate while alive, death with a beta-distributed probability p
 * after each repeat purchase and, in MBG/NBD ({@code modified}), also right after the first.
 *
 * <p>Write {@code m} for 1 in MBG/NBD and 0 in BG/NBD. An alive customer with x repeat purchases
 * survived {@code x + m} chances to die; a customer who died after the last purchase survived
 * {@code x + m - 1} and then died. So {@code L = B(a, b+x+m)/B(a,b) NB + [x + m > 0] B(a+1,
 * b+x+m-1)/B(a,b) NB'} with the gamma-Poisson factors {@code NB = Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))}
 * and {@code NB'} the same at tx; in logs the two terms are combined without overflow. Expectations
 * integrate {@code (1 - ((A)/(A+pt))^k) / p} over the beta distribution of p by adaptive quadrature
 * (the hypergeometric closed form divides by {@code a - 1} and loses all precision near a = 1; the
 * integral has no such point).
 */
final class BetaGeometric {
  private BetaGeometric() {}

  static double logLikelihood(
      boolean modified, double r, double alpha, double a, double b, int x, double tx, double t) {
    int m = modified ? 1 : 0;
    double k =
        Special.lnGamma(r + x)
            - Special.lnGamma(r)
            + r * Math.log(alpha)
            + Special.lnGamma(a + b)
            + Special.lnGamma(b + x + m)
            - Special.lnGamma(b)
            - Special.lnGamma(a + b + x + m);
    double d1 = -(r + x) * Math.log(alpha + t);
    if (x + m == 0) {
      return k + d1;
    }
    double d2 = Math.log(a) - Math.log(b + x + m - 1) - (r + x) * Math.log(alpha + tx);
    return k + Special.logSumExp(d1, d2);
  }

  /**
   * {@code lnΓ(c + n) - lnΓ(c)}, as a sum of logarithms when n is small (exact, no cancellation).
   */
  static double lnRising(double c, int n) {
    if (n > 32) {
      return Special.lnGamma(c + n) - Special.lnGamma(c);
    }
    double s = 0;
    for (int k = 0; k < n; k++) {
      s += Math.log(c + k);
    }
    return s;
  }

  /** {@code ψ(c + n) - ψ(c)}, as a sum of reciprocals when n is small. */
  static double digammaRising(double c, int n) {
    if (n > 32) {
      return Special.digamma(c + n) - Special.digamma(c);
    }
    double s = 0;
    for (int k = 0; k < n; k++) {
      s += 1 / (c + k);
    }
    return s;
  }

  /**
   * One customer's whole log-likelihood (for the models with covariates, where α and a differ by
   * customer); {@code g} receives its gradient with respect to ln r, ln α, ln a and ln b.
   */
  static double customer(
      int m, double r, double alpha, double a, double b, int x, double tx, double t, double[] g) {
    int xm = x + m;
    return customer(
        m,
        r,
        alpha,
        a,
        b,
        x,
        tx,
        t,
        lnRising(r, x) + lnRising(b, xm),
        digammaRising(r, x),
        digammaRising(b, xm),
        lnRising(a + b, xm),
        digammaRising(a + b, xm),
        g);
  }

  /**
   * The same with the rising factorials given: {@code lnRB = lnRising(r, x) + lnRising(b, x+m)},
   * the digamma differences of r and b, and those of a + b (which depend on a only through a + b).
   */
  static double customer(
      int m,
      double r,
      double alpha,
      double a,
      double b,
      int x,
      double tx,
      double t,
      double lnRB,
      double psiRx,
      double psiBx,
      double lnAbx,
      double psiAbx,
      double[] g) {
    int xm = x + m;
    double k = lnRB + r * Math.log(alpha) - lnAbx;
    double lnAT = Math.log(alpha + t);
    double d1 = -(r + x) * lnAT;
    double ll;
    double w1 = 1;
    double w2 = 0;
    double lnATx = 0;
    if (xm == 0) {
      ll = k + d1;
    } else {
      lnATx = Math.log(alpha + tx);
      double d2 = Math.log(a) - Math.log(b + xm - 1) - (r + x) * lnATx;
      double mx = Math.max(d1, d2);
      double e1 = Math.exp(d1 - mx);
      double e2 = Math.exp(d2 - mx);
      double sum = e1 + e2;
      ll = k + mx + Math.log(sum);
      w1 = e1 / sum;
      w2 = e2 / sum;
    }
    g[0] = r * (psiRx + Math.log(alpha) - w1 * lnAT - w2 * lnATx);
    g[1] = r - (r + x) * alpha * (w1 / (alpha + t) + (w2 == 0 ? 0 : w2 / (alpha + tx)));
    g[2] = -a * psiAbx + w2;
    g[3] = b * (psiBx - psiAbx - (w2 == 0 ? 0 : w2 / (b + xm - 1)));
    return ll;
  }

  /** The negative log-likelihood over distinct summaries, gradient with respect to ln params. */
  static double negativeLogLikelihood(
      boolean modified, ClvData.Distinct d, double[] theta, double[] grad) {
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double a = Math.exp(theta[2]);
    double b = Math.exp(theta[3]);
    int m = modified ? 1 : 0;
    double lnAlpha = Math.log(alpha);
    double common = Special.lnGamma(a + b) - Special.lnGamma(b) - Special.lnGamma(r);
    double psiR = Special.digamma(r);
    double psiAb = Special.digamma(a + b);
    double psiB = Special.digamma(b);
    double lnA = Math.log(a);
    double[] acc =
        Chunks.sum(
            d.size,
            4,
            (from, to, out) -> {
              double sum = 0;
              double gr = 0;
              double galpha = 0;
              double ga = 0;
              double gb = 0;
              int currentX = -1;
              double kx = 0;
              double psiRx = 0;
              double psiBx = 0;
              double psiAbx = 0;
              double lnBx1 = 0;
              double invBx1 = 0;
              for (int i = from; i < to; i++) {
                int x = d.x[i];
                if (x != currentX) {
                  currentX = x;
                  kx =
                      Special.lnGamma(r + x)
                          + Special.lnGamma(b + x + m)
                          - Special.lnGamma(a + b + x + m);
                  psiRx = Special.digamma(r + x);
                  psiBx = Special.digamma(b + x + m);
                  psiAbx = Special.digamma(a + b + x + m);
                  if (x + m > 0) {
                    lnBx1 = Math.log(b + x + m - 1);
                    invBx1 = 1 / (b + x + m - 1);
                  }
                }
                double w = d.weight[i];
                double lnAT = Math.log(alpha + d.age[i]);
                double d1 = -(r + x) * lnAT;
                double ll;
                double w1;
                double w2;
                double lnATx = 0;
                if (x + m == 0) {
                  ll = d1;
                  w1 = 1;
                  w2 = 0;
                } else {
                  lnATx = Math.log(alpha + d.tx[i]);
                  double d2 = lnA - lnBx1 - (r + x) * lnATx;
                  double mx = Math.max(d1, d2);
                  double e1 = Math.exp(d1 - mx);
                  double e2 = Math.exp(d2 - mx);
                  double s = e1 + e2;
                  ll = mx + Math.log(s);
                  w1 = e1 / s;
                  w2 = e2 / s;
                }
                sum += w * (kx + ll);
                gr += w * (psiRx - w1 * lnAT - w2 * lnATx);
                galpha +=
                    w
                        * (-(r + x)
                            * (w1 / (alpha + d.age[i]) + (w2 == 0 ? 0 : w2 / (alpha + d.tx[i]))));
                ga += w * (-psiAbx + w2 / a);
                gb += w * (psiBx - psiAbx - w2 * invBx1);
              }
              out[0] += sum;
              out[1] += gr;
              out[2] += galpha;
              out[3] += ga;
              out[4] += gb;
            });
    double sum = acc[0];
    double gr = acc[1];
    double galpha = acc[2];
    double ga = acc[3];
    double gb = acc[4];
    double n = d.total;
    double total = sum + n * (common + r * lnAlpha);
    gr += n * (lnAlpha - psiR);
    galpha += n * r / alpha;
    ga += n * psiAb;
    gb += n * (psiAb - psiB);
    grad[0] = -gr * r;
    grad[1] = -galpha * alpha;
    grad[2] = -ga * a;
    grad[3] = -gb * b;
    return -total;
  }

  static double probabilityAlive(
      boolean modified, double r, double alpha, double a, double b, int x, double tx, double t) {
    int m = modified ? 1 : 0;
    if (x + m == 0) {
      return 1;
    }
    double lnRatio = Math.log(a / (b + x + m - 1)) + (r + x) * Math.log1p((t - tx) / (alpha + tx));
    return 1 / (1 + Math.exp(lnRatio));
  }

  /**
   * E over p ~ Beta(a, b2) of (1 - (A/(A + p t))^k) / p: the expected purchases in t of a customer
   * alive now, whose rate has shape k and rate A.
   */
  static double expectedFutureOfAlive(double a, double b2, double bigA, double k, double t) {
    return expectedFutureOfAlive(a, b2, bigA, k, t, null);
  }

  /**
   * The same, reusing the series' term ratios in {@code ratios} (for one (a, b2, k)) across
   * horizons; null computes them as it goes.
   */
  static double expectedFutureOfAlive(
      double a, double b2, double bigA, double k, double t, @Nullable Ratios ratios) {
    if (t == 0) {
      return 0;
    }
    double closed = closedForm(a, b2, bigA, k, t, ratios);
    if (!Double.isNaN(closed)) {
      return closed;
    }
    return byQuadrature(a, b2, bigA, k, t);
  }

  /**
   * The ratios {@code (k+n)(b2+n) / ((c+n)(n+1))} of consecutive terms of the hypergeometric
   * series, which do not depend on its argument: computed once per customer summary, they serve
   * every horizon of a lifetime value.
   */
  static final class Ratios {
    private final double k;
    private final double b2;
    private final double c;
    private double[] q = new double[64];
    private int filled;

    Ratios(double a, double b2, double k) {
      this.k = k;
      this.b2 = b2;
      this.c = a + b2 - 1;
    }

    double get(int n) {
      while (filled <= n) {
        if (filled == q.length) {
          q = java.util.Arrays.copyOf(q, q.length * 2);
        }
        int j = filled;
        q[j] = (k + j) * (b2 + j) / ((c + j) * (j + 1));
        filled++;
      }
      return q[n];
    }
  }

  /**
   * Every customer's discounted future purchases over the horizons {@code ts} (increasing, in the
   * model's unit) with discount factors {@code factors}: P(alive) times the sum over steps of the
   * factor times the step's increase of the alive customer's expected purchases. That sum depends
   * on (x, T) only, so it is computed once per distinct pair, the series' ratios shared by its
   * horizons.
   */
  static double[] discountedFuture(
      boolean modified,
      double r,
      double alpha,
      double a,
      double b,
      ClvData data,
      double[] ts,
      double[] factors) {
    int m = modified ? 1 : 0;
    return FutureCache.predict(
        data,
        (x, age) -> {
          double b2 = b + x + m;
          double bigA = alpha + age;
          double k = r + x;
          Ratios ratios = new Ratios(a, b2, k);
          double previous = 0;
          double sum = 0;
          for (int i = 0; i < ts.length; i++) {
            double f = expectedFutureOfAlive(a, b2, bigA, k, ts[i], ratios);
            sum += (f - previous) * factors[i];
            previous = f;
          }
          return sum;
        },
        (x, tx, age) -> probabilityAlive(modified, r, alpha, a, b, x, tx, age));
  }

  /**
   * The closed form {@code (a+b2-1)/(a-1) [1 - (A/(A+t))^k 2F1(k, b2; a+b2-1; t/(A+t))]} where it
   * is well conditioned: a at least 0.05 away from 1 (the factor and the bracket both vanish
   * there), a positive third argument, an argument up to 0.75 and a series that peaks early (all
   * its terms are positive, so it is summed without cancellation). NaN otherwise, and the caller
   * integrates instead.
   */
  static double closedForm(double a, double b2, double bigA, double k, double t) {
    return closedForm(a, b2, bigA, k, t, null);
  }

  private static double closedForm(
      double a, double b2, double bigA, double k, double t, @Nullable Ratios ratios) {
    double c = a + b2 - 1;
    double z = t / (bigA + t);
    if (Math.abs(a - 1) < 0.05 || !(c > 0) || z > 0.75 || z < 1e-4 || k * b2 * z > 50 * c) {
      return Double.NaN;
    }
    double term = 1;
    double tail = 0;
    for (int n = 0; n < 400; n++) {
      double q = ratios != null ? ratios.get(n) : (k + n) * (b2 + n) / ((c + n) * (n + 1));
      term *= q * z;
      tail += term;
      if (!(tail < 1e250)) {
        // The series peaks late and past double range: the quadrature decides.
        return Double.NaN;
      }
      if (term < 1e-17 * (1 + tail)) {
        // ln of (A/(A+t))^k F, both parts near 0 for small t: kept apart from the 1 of the series
        // so that their difference does not lose the digits the bracket needs.
        double lnDiscount = -k * Math.log1p(t / bigA);
        double lnPf = lnDiscount + Math.log1p(tail);
        if (Math.abs(lnPf) < 1e-4 * Math.abs(lnDiscount)) {
          return Double.NaN;
        }
        double value = c / (a - 1) * -Math.expm1(lnPf);
        return value >= 0 && Double.isFinite(value) ? value : Double.NaN;
      }
    }
    return Double.NaN;
  }

  static double byQuadrature(double a, double b2, double bigA, double k, double t) {
    double lnB = Special.lnBeta(a, b2);
    double mean = a / (a + b2);
    double sd = Math.sqrt(a * b2 / ((a + b2) * (a + b2) * (a + b2 + 1)));
    double[] cuts = {
      mean - 8 * sd, mean - 3 * sd, mean - sd, mean, mean + sd, mean + 3 * sd, mean + 8 * sd, 1
    };
    java.util.Arrays.sort(cuts);
    double[] out = new double[1];
    double total = 0;
    double lo = 0;
    for (double hi : cuts) {
      if (hi > lo && hi <= 1) {
        total += piece(a, b2, bigA, k, t, lnB, lo, hi, out);
        lo = hi;
      }
    }
    return total;
  }

  private static double piece(
      double a,
      double b2,
      double bigA,
      double k,
      double t,
      double lnB,
      double lo,
      double hi,
      double[] out) {
    if (lo == 0 && a < 1) {
      // u = p^a / a: du = p^(a-1) dp, removes the singularity at 0. The mass near 0 is taken
      // exactly as h(0) times the beta probability of the piece; only h(p) - h(0), which vanishes
      // at 0, is integrated.
      double h0 = h(0, bigA, k, t);
      double uMax = Math.exp(a * Math.log(hi)) / a;
      Quadrature.integrate(
          (u, v) -> {
            double p = Math.exp(Math.log(a * u) / a);
            v[0] = (h(p, bigA, k, t) - h0) * Math.exp((b2 - 1) * Math.log1p(-p) - lnB);
          },
          0,
          uMax,
          1e-11,
          1e-300,
          out);
      return h0 * Special.regularizedBeta(hi, a, b2) + out[0];
    }
    if (hi == 1 && b2 < 1) {
      // v = (1-p)^b2 / b2: dv = -(1-p)^(b2-1) dp, removes the singularity at 1; as at 0, the
      // mass near 1 is taken exactly as h(1) times the piece's probability.
      double h1 = h(1, bigA, k, t);
      double vMax = Math.exp(b2 * Math.log1p(-lo)) / b2;
      Quadrature.integrate(
          (v, o) -> {
            double p = -Math.expm1(Math.log(b2 * v) / b2);
            o[0] = (h(p, bigA, k, t) - h1) * Math.exp((a - 1) * Math.log(p) - lnB);
          },
          0,
          vMax,
          1e-11,
          1e-300,
          out);
      return h1 * (1 - Special.regularizedBeta(lo, a, b2)) + out[0];
    }
    Quadrature.integrate(
        (p, o) -> {
          double density =
              p <= 0 || p >= 1
                  ? 0
                  : Math.exp((a - 1) * Math.log(p) + (b2 - 1) * Math.log1p(-p) - lnB);
          o[0] = h(p, bigA, k, t) * density;
        },
        lo,
        hi,
        1e-11,
        1e-300,
        out);
    return out[0];
  }

  /** (1 - (A/(A + p t))^k) / p, with its limit k t / A at p = 0. */
  static double h(double p, double bigA, double k, double t) {
    double z = t / bigA;
    double y = p * z;
    // log1p(y) / p, by its series where y is tiny (p * z may even underflow to 0).
    double q = y < 1e-8 ? z * (1 - 0.5 * y) : Math.log1p(y) / p;
    return k * q * Special.oneMinusExpOver(k * q * p);
  }

  static double expected(boolean modified, double r, double alpha, double a, double b, double t) {
    if (!modified) {
      return expectedFutureOfAlive(a, b, alpha, r, t);
    }
    // MBG/NBD: the new customer survives the first purchase with probability b/(a+b).
    return b / (a + b) * expectedFutureOfAlive(a, b + 1, alpha, r, t);
  }

  static double conditionalExpected(
      boolean modified,
      double r,
      double alpha,
      double a,
      double b,
      int x,
      double tx,
      double age,
      double t) {
    int m = modified ? 1 : 0;
    double alive = probabilityAlive(modified, r, alpha, a, b, x, tx, age);
    if (alive == 0 || t == 0) {
      return 0;
    }
    return alive * expectedFutureOfAlive(a, b + x + m, alpha + age, r + x, t);
  }

  /** Fits BG/NBD or MBG/NBD by maximum likelihood on log-parameters. */
  static <M> ModelFit<M> fit(
      boolean modified,
      ClvData data,
      FitOptions options,
      java.util.function.Function<double[], M> make) {
    return fit(modified, data, options, make, null);
  }

  /** Fits, writing the optimum and its inverse Hessian into {@code warmOut} when given. */
  private static <M> ModelFit<M> fit(
      boolean modified,
      ClvData data,
      FitOptions options,
      java.util.function.Function<double[], M> make,
      Fitting.@Nullable Warm warmOut) {
    checkNotNull(data, "data must not be null");
    checkNotNull(options, "options must not be null");
    Fitting.notEmpty(data);
    ClvData.Distinct d = data.distinct();
    double[] start = {0, Math.log(Fitting.startAlpha(d)), 0, 0};
    String[] names = {"r", "alpha", "a", "b"};
    String model = modified ? "mbgnbd" : "bgnbd";
    Fitting.requireRepeats(model, names, start, d, options);
    Fitting.Warm warm = null;
    if (d.size > Fitting.WARM_START_ABOVE) {
      // From a default start BFGS spends about twenty evaluations over every distinct summary;
      // from the optimum and curvature of an evenly spaced sample it needs a handful (the answer
      // is still the full data's optimum, to the same tolerance).
      try {
        Fitting.Warm w = new Fitting.Warm();
        fit(
            modified,
            Fitting.sample(data, Fitting.WARM_START_SAMPLE),
            Fitting.warmOptions(options),
            make,
            w);
        warm = w;
      } catch (ModelFitException e) {
        // keep the default start
      }
    }
    return Fitting.fit(
        model,
        new Fitting.Scale(names, 4, new double[4]),
        (theta, grad) -> negativeLogLikelihood(modified, d, theta, grad),
        start,
        options,
        data.size(),
        d.size,
        make,
        Fitting.noRepeats(d),
        warm,
        warmOut);
  }

  /**
   * Every customer's conditional expectation: P(alive) times the future of an alive customer, which
   * depends on (x, T) only and is computed once per distinct pair.
   */
  static double[] conditionalExpected(
      boolean modified, double r, double alpha, double a, double b, ClvData data, double t) {
    int m = modified ? 1 : 0;
    return FutureCache.predict(
        data,
        (x, age) -> expectedFutureOfAlive(a, b + x + m, alpha + age, r + x, t),
        (x, tx, age) -> probabilityAlive(modified, r, alpha, a, b, x, tx, age));
  }

  static double probabilityOfPurchases(
      boolean modified, double r, double alpha, double a, double b, int n, double t) {
    int m = modified ? 1 : 0;
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double lnBab = Special.lnBeta(a, b);
    double lnNb =
        Special.lnGamma(r + n)
            - Special.lnGamma(r)
            - Special.lnGamma(n + 1.0)
            + r * Math.log(alpha / (alpha + t))
            + (n == 0 ? 0 : n * Math.log(t / (alpha + t)));
    double alive = Math.exp(Special.lnBeta(a, b + n + m) - lnBab + lnNb);
    if (n + m == 0) {
      return alive;
    }
    // Died after the n-th chance: at least n purchases in t for an immortal customer.
    double atLeast = n == 0 ? 1 : Special.regularizedBeta(t / (alpha + t), n, r);
    double died = Math.exp(Special.lnBeta(a + 1, b + n + m - 1) - lnBab) * atLeast;
    return Math.min(1, alive + died);
  }
}
