package io.github.crmkit.segmentation.clv;

/**
 * Special functions for the lifetime-value models, all finite for finite positive arguments.
 *
 * <p>{@link #lnGamma} and {@link #digamma} shift the argument above 10 by the recurrences {@code
 * Γ(x+1) = xΓ(x)} and {@code ψ(x+1) = ψ(x) + 1/x}, then use the Stirling and asymptotic series
 * (Abramowitz and Stegun 6.1.40 and 6.3.18), truncated where the next term is below 1e-17 at 10.
 * {@link #regularizedBeta} evaluates the continued fraction of the incomplete beta function (DLMF
 * 8.17.22) by the modified Lentz method, using the symmetry {@code I_z(a,b) = 1 - I_{1-z}(b,a)} so
 * the fraction converges fast.
 */
final class Special {
  private Special() {}

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /** Returns ln Γ(x) for x greater than 0. */
  static double lnGamma(double x) {
    if (x < 10) {
      double product = 1;
      double shift = 0;
      while (x < 10) {
        product *= x;
        x += 1;
        if (product > 1e250 || product < 1e-250) {
          shift += Math.log(product);
          product = 1;
        }
      }
      return stirling(x) - shift - Math.log(product);
    }
    return stirling(x);
  }

  private static double stirling(double x) {
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series =
        inv
            * (1.0 / 12
                + inv2
                    * (-1.0 / 360
                        + inv2
                            * (1.0 / 1260
                                + inv2
                                    * (-1.0 / 1680
                                        + inv2
                                            * (1.0 / 1188
                                                + inv2 * (-691.0 / 360360 + inv2 / 156))))));
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
  }

  /** Returns ψ(x) = d ln Γ(x) / dx for x greater than 0. */
  static double digamma(double x) {
    double shift = 0;
    while (x < 10) {
      shift -= 1 / x;
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series =
        inv2
            * (1.0 / 12
                - inv2
                    * (1.0 / 120
                        - inv2
                            * (1.0 / 252
                                - inv2
                                    * (1.0 / 240
                                        - inv2
                                            * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
    return shift + Math.log(x) - 0.5 * inv - series;
  }

  /** Returns ln B(a, b). */
  static double lnBeta(double a, double b) {
    return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  }

  /**
   * Returns the regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), by its series
   * below x = a + 1 and by Lentz's continued fraction above (Press et al., Numerical Recipes, 6.2).
   */
  static double regularizedGammaQ(double a, double x) {
    if (x <= 0) {
      return 1;
    }
    double lnFront = a * Math.log(x) - x - lnGamma(a);
    if (x < a + 1) {
      double term = 1 / a;
      double sum = term;
      for (int n = 1; n < 10_000; n++) {
        term *= x / (a + n);
        sum += term;
        if (term < sum * 1e-16) {
          break;
        }
      }
      return Math.max(0, 1 - sum * Math.exp(lnFront));
    }
    final double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = b + an / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.min(1, Math.exp(lnFront) * h);
  }

  /** Returns the regularized incomplete beta function I_z(a, b) for z in [0, 1]. */
  static double regularizedBeta(double z, double a, double b) {
    if (z <= 0) {
      return 0;
    }
    if (z >= 1) {
      return 1;
    }
    if (z > (a + 1) / (a + b + 2)) {
      return 1 - regularizedBeta(1 - z, b, a);
    }
    double front = Math.exp(a * Math.log(z) + b * Math.log1p(-z) - lnBeta(a, b)) / a;
    return front * betaFraction(z, a, b);
  }

  private static double betaFraction(double z, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * z / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double f = d;
    for (int m = 1; m <= 10_000; m++) {
      // Even step.
      double num = m * (b - m) * z / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 + num * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      f *= d * c;
      // Odd step.
      num = -(a + m) * (a + b + m) * z / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + num * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return f;
  }

  /** Returns (1 - e^(-y)) / y, 1 at 0, accurate for small |y|. */
  static double oneMinusExpOver(double y) {
    return y == 0 ? 1 : -Math.expm1(-y) / y;
  }

  /** Returns ln(e^u + e^v) without overflow. */
  static double logSumExp(double u, double v) {
    double m = Math.max(u, v);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    return m + Math.log(Math.exp(u - m) + Math.exp(v - m));
  }
}
