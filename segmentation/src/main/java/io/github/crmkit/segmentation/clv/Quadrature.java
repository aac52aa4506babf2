package io.github.crmkit.segmentation.clv;

/**
 * Adaptive Gauss-Kronrod quadrature (7-point Gauss, 15-point Kronrod; node and weight values as
 * tabulated in QUADPACK, Piessens et al. 1983) of a vector of integrands over one interval, with
 * the error controlled on the first component. The lifetime-value models use it for the integrals
 * that the literature writes with Gauss's hypergeometric function: integrating the smooth bounded
 * integrands directly has no trouble near |z| = 1 and gives the gradient's integrals on the same
 * nodes.
 */
@SuppressWarnings("FloatingPointLiteralPrecision") // the constants as tabulated, 33 digits
final class Quadrature {
  private Quadrature() {}

  /** Integrands evaluated together at one point. */
  interface Integrand {
    /** Writes the integrands at {@code x} into {@code out}. */
    void at(double x, double[] out);
  }

  private static final double[] XGK = {
    0.991455371120812639206854697526329,
    0.949107912342758524526189684047851,
    0.864864423359769072789712788640926,
    0.741531185599394439863864773280788,
    0.586087235467691130294144845693013,
    0.405845151377397166906606412076961,
    0.207784955007898467600689403773245,
    0.000000000000000000000000000000000
  };
  private static final double[] WGK = {
    0.022935322010529224963732008058970,
    0.063092092629978553290700663189204,
    0.104790010322250183839876322541518,
    0.140653259715525918745189590510238,
    0.169004726639267902826583426598550,
    0.190350578064785409913256402421014,
    0.204432940075298892414161999234649,
    0.209482141084727828012999174891714
  };
  private static final double[] WG = {
    0.129484966168869693270611432679082,
    0.279705391489276667901467771423780,
    0.381830050505118944950369775488975,
    0.417959183673469387755102040816327
  };

  private static final int MAX_DEPTH = 40;

  /**
   * Integrates over [lo, hi] into {@code result} (length = the number of integrands), to a relative
   * error of about {@code relTol} on the first component (or an absolute error below {@code
   * absTol}).
   */
  static void integrate(
      Integrand f, double lo, double hi, double relTol, double absTol, double[] result) {
    int n = result.length;
    java.util.Arrays.fill(result, 0);
    if (!(hi > lo)) {
      return;
    }
    double[] k = new double[n];
    double[] scratch = new double[n];
    double gauss = rule(f, lo, hi, k, scratch);
    double estimate = k[0];
    double tol = Math.max(absTol, relTol * Math.abs(estimate));
    if (Math.abs(k[0] - gauss) <= tol) {
      System.arraycopy(k, 0, result, 0, n);
      return;
    }
    recurse(f, lo, hi, tol, 0, result, scratch);
  }

  private static void recurse(
      Integrand f, double lo, double hi, double tol, int depth, double[] acc, double[] scratch) {
    double mid = 0.5 * (lo + hi);
    double[] left = new double[acc.length];
    double[] right = new double[acc.length];
    double gl = rule(f, lo, mid, left, scratch);
    double gr = rule(f, mid, hi, right, scratch);
    double err = Math.abs(left[0] - gl) + Math.abs(right[0] - gr);
    if (err <= tol || depth >= MAX_DEPTH || mid <= lo || mid >= hi) {
      for (int i = 0; i < acc.length; i++) {
        acc[i] += left[i] + right[i];
      }
      return;
    }
    if (Math.abs(left[0] - gl) <= tol / 2) {
      for (int i = 0; i < acc.length; i++) {
        acc[i] += left[i];
      }
    } else {
      recurse(f, lo, mid, tol / 2, depth + 1, acc, scratch);
    }
    if (Math.abs(right[0] - gr) <= tol / 2) {
      for (int i = 0; i < acc.length; i++) {
        acc[i] += right[i];
      }
    } else {
      recurse(f, mid, hi, tol / 2, depth + 1, acc, scratch);
    }
  }

  /** Writes the Kronrod estimates into {@code k}; returns the Gauss estimate of component 0. */
  private static double rule(Integrand f, double lo, double hi, double[] k, double[] v) {
    double c = 0.5 * (lo + hi);
    double h = 0.5 * (hi - lo);
    int n = k.length;
    f.at(c, v);
    double gauss = v[0] * WG[3];
    for (int i = 0; i < n; i++) {
      k[i] = v[i] * WGK[7];
    }
    for (int j = 0; j < 7; j++) {
      double dx = h * XGK[j];
      f.at(c - dx, v);
      double g0 = v[0];
      for (int i = 0; i < n; i++) {
        k[i] += WGK[j] * v[i];
      }
      f.at(c + dx, v);
      g0 += v[0];
      for (int i = 0; i < n; i++) {
        k[i] += WGK[j] * v[i];
      }
      if (j % 2 == 1) {
        gauss += WG[j / 2] * g0;
      }
    }
    for (int i = 0; i < n; i++) {
      k[i] *= h;
    }
    return gauss * h;
  }
}
