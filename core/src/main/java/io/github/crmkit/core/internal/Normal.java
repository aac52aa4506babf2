package io.github.crmkit.core.internal;

/**
 * The standard normal distribution: the cumulative distribution through the complementary error
 * function (the Chebyshev fit "erfcc" of W. H. Press et al., Numerical Recipes, 2nd ed., section
 * 6.2, relative error below 1.2e-7 written here from the published method), and its inverse by P.
 * J. Acklam's rational approximation (relative error below 1.2e-9; a refinement step through the
 * cdf above would only add that function's larger error).
 */
public final class Normal {
  private Normal() {}

  /**
   * Returns {@code P(Z <= x)}.
   *
   * @param x the point
   * @return the probability
   */
  public static double cdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double poly =
        -z * z
            - 1.26551223
            + t
                * (1.00002368
                    + t
                        * (0.37409196
                            + t
                                * (0.09678418
                                    + t
                                        * (-0.18628806
                                            + t
                                                * (0.27886807
                                                    + t
                                                        * (-1.13520398
                                                            + t
                                                                * (1.48851587
                                                                    + t
                                                                        * (-0.82215223
                                                                            + t
                                                                                * 0.17087277))))))));
    double r = t * Math.exp(poly);
    return x >= 0 ? r : 2 - r;
  }

  /**
   * Returns the quantile: the z with {@code P(Z <= z) = p}.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the quantile
   */
  public static double quantile(double p) {
    double[] a = {
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
    };
    double[] b = {
      -5.447609879822406e+01,
      1.615858368580409e+02,
      -1.556989798598866e+02,
      6.680131188771972e+01,
      -1.328068155288572e+01
    };
    double[] c = {
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
    };
    double[] d = {
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    double low = 0.02425;
    double x;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
              / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
              * q
              / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x =
          -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
              / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    return x;
  }

  /**
   * Returns the critical value of a two-sided interval: {@code quantile(0.5 + level / 2)}.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return z, for example 1.96 for 0.95
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public static double twoSidedZ(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), but was " + level);
    }
    return quantile(0.5 + level / 2);
  }
}
