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

  /** The most subintervals a global adaptive integration uses before it returns its estimate. */
  private static final int MAX_INTERVALS = 256;

  /**
   * Integrates over [lo, hi] into {@code result} (length = the number of integrands), to a relative
   * error of about {@code relTol} on the first component (or an absolute error below {@code
   * absTol}). Globally adaptive as QUADPACK's QAG: the subinterval with the largest error estimate
   * is bisected until the summed error is small enough or {@value #MAX_INTERVALS} subintervals are
   * in use, so the work is bounded whatever the integrand.
   */
  static void integrate(
      Integrand f, double lo, double hi, double relTol, double absTol, double[] result) {
    int n = result.length;
    java.util.Arrays.fill(result, 0);
    if (!(hi > lo)) {
      return;
    }
    double[] scratch = new double[n];
    double firstErr = Math.abs(rule(f, lo, hi, result, scratch) - result[0]);
    if (firstErr <= Math.max(absTol, relTol * Math.abs(result[0]))) {
      return;
    }
    int cap = 16;
    double[] a = new double[cap];
    double[] b = new double[cap];
    double[] err = new double[cap];
    double[] val = new double[cap * n];
    a[0] = lo;
    b[0] = hi;
    err[0] = firstErr;
    System.arraycopy(result, 0, val, 0, n);
    double[] k = new double[n];
    int count = 1;
    while (true) {
      double total = 0;
      double totalErr = 0;
      int worst = 0;
      for (int i = 0; i < count; i++) {
        total += val[i * n];
        totalErr += err[i];
        if (err[i] > err[worst]) {
          worst = i;
        }
      }
      if (totalErr <= Math.max(absTol, relTol * Math.abs(total)) || count == MAX_INTERVALS) {
        break;
      }
      double mid = 0.5 * (a[worst] + b[worst]);
      if (!(mid > a[worst] && mid < b[worst])) {
        break;
      }
      if (count == cap) {
        cap *= 2;
        a = java.util.Arrays.copyOf(a, cap);
        b = java.util.Arrays.copyOf(b, cap);
        err = java.util.Arrays.copyOf(err, cap);
        val = java.util.Arrays.copyOf(val, cap * n);
      }
      // The worst interval becomes its left half; the right half is appended.
      double right = b[worst];
      b[worst] = mid;
      err[worst] = Math.abs(rule(f, a[worst], mid, k, scratch) - k[0]);
      System.arraycopy(k, 0, val, worst * n, n);
      a[count] = mid;
      b[count] = right;
      err[count] = Math.abs(rule(f, mid, right, k, scratch) - k[0]);
      System.arraycopy(k, 0, val, count * n, n);
      count++;
    }
    java.util.Arrays.fill(result, 0);
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < n; j++) {
        result[j] += val[i * n + j];
      }
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
