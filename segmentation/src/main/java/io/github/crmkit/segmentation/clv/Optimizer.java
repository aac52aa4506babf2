package io.github.crmkit.segmentation.clv;

/**
 * Minimises a smooth function of a few unbounded variables (the log-parameters of a model) by BFGS
 * with a backtracking Armijo line search (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * algorithms 6.1 and 3.1), then estimates the Hessian at the minimum by central differences of the
 * gradient for standard errors.
 */
final class Optimizer {
  private Optimizer() {}

  /**
   * Below this many times the tolerance, BFGS hands over to Newton steps: the last digits of a
   * likelihood summed over hundreds of thousands of customers are noise.
   */
  private static final double NEAR = 100;

  /** The largest Newton step, in log-parameters, at which the minimum counts as found. */
  private static final double STEP_TOLERANCE = 1e-6;

  /** A function with its gradient. */
  interface Objective {
    /** Returns f(theta) and writes its gradient into {@code grad}; +infinity when undefined. */
    double evaluate(double[] theta, double[] grad);
  }

  /** The outcome of a minimisation. */
  static final class Result {
    private final double[] theta;
    private final double value;
    private final double[] gradient;
    private final int iterations;
    private final boolean converged;
    private final double @org.jspecify.annotations.Nullable [][] hessian;

    Result(double[] theta, double value, double[] gradient, int iterations, boolean converged) {
      this(theta, value, gradient, iterations, converged, null);
    }

    Result(
        double[] theta,
        double value,
        double[] gradient,
        int iterations,
        boolean converged,
        double @org.jspecify.annotations.Nullable [][] hessian) {
      this.theta = theta;
      this.value = value;
      this.gradient = gradient;
      this.iterations = iterations;
      this.converged = converged;
      this.hessian = hessian;
    }

    /** The finite-difference Hessian at {@link #theta()} when a Newton step computed it there. */
    double @org.jspecify.annotations.Nullable [][] hessian() {
      return hessian;
    }

    double[] theta() {
      return theta;
    }

    double value() {
      return value;
    }

    int iterations() {
      return iterations;
    }

    boolean converged() {
      return converged;
    }

    double gradientNorm() {
      return norm(gradient);
    }
  }

  /**
   * Minimises from {@code start}; converged when the largest gradient component is at most {@code
   * tolerance * max(1, |f|)}.
   */
  static Result minimise(Objective f, double[] start, int maxIterations, double tolerance) {
    return minimise(f, start, maxIterations, tolerance, null);
  }

  /**
   * Minimises from {@code start} with a first inverse-Hessian approximation (from a fit of a sample
   * of the same data, say), or the scaled identity when null.
   */
  static Result minimise(
      Objective f,
      double[] start,
      int maxIterations,
      double tolerance,
      double @org.jspecify.annotations.Nullable [][] inverseHessian) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.evaluate(x, g);
    if (!Double.isFinite(fx) || !finite(g)) {
      return new Result(x, fx, g, 0, false);
    }
    double[][] h = identity(n);
    boolean fresh = true;
    if (inverseHessian != null) {
      for (int i = 0; i < n; i++) {
        h[i] = inverseHessian[i].clone();
      }
      fresh = false;
    }
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[] p = new double[n];
    int resets = 0;
    // From a warm start the curvature is already known: BFGS converges on its own, and the
    // Newton polish (two Hessians) is kept for the case where its line search stalls.
    boolean polished = inverseHessian != null;
    for (int it = 1; it <= maxIterations; it++) {
      if (norm(g) <= tolerance * Math.max(1, Math.abs(fx))) {
        return new Result(x, fx, g, it - 1, true);
      }
      if (!polished && norm(g) <= NEAR * tolerance * Math.max(1, Math.abs(fx))) {
        // Close to the optimum of a sum over many customers, f's rounding noise can hide the
        // decrease a step makes, and BFGS then wanders; Newton steps on the Hessian finish it.
        // Should they fail (a Hessian that is not positive definite here), BFGS goes on.
        polished = true;
        Result polish = newton(f, x, fx, g, it - 1, tolerance);
        if (polish.converged()) {
          return polish;
        }
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s -= h[i][j] * g[j];
        }
        p[i] = s;
      }
      double slope = dot(p, g);
      if (slope >= 0) {
        h = identity(n);
        fresh = true;
        for (int i = 0; i < n; i++) {
          p[i] = -g[i];
        }
        slope = dot(p, g);
      }
      // Keep steps in log-parameters moderate: at most a factor e^5 per iteration.
      double maxStep = 0;
      for (double v : p) {
        maxStep = Math.max(maxStep, Math.abs(v));
      }
      double step = maxStep > 5 ? 5 / maxStep : 1;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int ls = 0; ls < 60; ls++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * p[i];
        }
        fNew = f.evaluate(xNew, gNew);
        if (Double.isFinite(fNew) && finite(gNew) && fNew <= fx + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        // At the noise floor of f the line search cannot improve: accept a small gradient.
        if (norm(g) <= 10 * tolerance * Math.max(1, Math.abs(fx))) {
          return new Result(x, fx, g, it, true);
        }
        if (resets++ < 3) {
          h = identity(n);
          fresh = true;
          continue;
        }
        return newton(f, x, fx, g, it, tolerance);
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
        if (fresh) {
          // Nocedal and Wright (6.20): scale the first approximation to the curvature seen.
          double scale = sy / dot(y, y);
          for (int i = 0; i < n; i++) {
            h[i][i] = scale;
          }
          fresh = false;
        }
        update(h, s, y, sy);
      }
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
    }
    if (norm(g) <= tolerance * Math.max(1, Math.abs(fx))) {
      return new Result(x, fx, g, maxIterations, true);
    }
    return newton(f, x, fx, g, maxIterations, tolerance);
  }

  /**
   * Polishes a point where BFGS stalled with damped Newton steps on the finite-difference Hessian:
   * ill-conditioned likelihoods (Gamma-Gamma's ridge between q and γ) converge in a few steps.
   */
  private static Result newton(
      Objective f, double[] start, double fStart, double[] gStart, int used, double tolerance) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = gStart.clone();
    double fx = fStart;
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int it = 1; it <= 50; it++) {
      if (norm(g) <= tolerance * Math.max(1, Math.abs(fx))) {
        return new Result(x, fx, g, used + it - 1, true);
      }
      double[][] hess = hessian(f, x);
      double[][] inv = inverse(hess);
      double[] p = new double[n];
      if (inv == null) {
        for (int i = 0; i < n; i++) {
          p[i] = -g[i];
        }
      } else {
        double largest = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            p[i] -= inv[i][j] * g[j];
          }
          largest = Math.max(largest, Math.abs(p[i]));
        }
        if (largest <= STEP_TOLERANCE) {
          // The full Newton step moves no log-parameter by more than a millionth: the parameters
          // are known far more precisely than their standard errors, whatever f's rounding noise.
          return new Result(x, fx, g, used + it - 1, true, hess);
        }
      }
      double slope = dot(p, g);
      if (slope >= 0) {
        return new Result(x, fx, g, used + it, false);
      }
      double step = 1;
      boolean accepted = false;
      for (int ls = 0; ls < 60; ls++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * p[i];
        }
        double fNew = f.evaluate(xNew, gNew);
        if (Double.isFinite(fNew) && finite(gNew) && fNew <= fx + 1e-4 * step * slope) {
          System.arraycopy(xNew, 0, x, 0, n);
          System.arraycopy(gNew, 0, g, 0, n);
          fx = fNew;
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        boolean floor = norm(g) <= 10 * tolerance * Math.max(1, Math.abs(fx));
        return new Result(x, fx, g, used + it, floor);
      }
    }
    return new Result(x, fx, g, used + 50, norm(g) <= tolerance * Math.max(1, Math.abs(fx)));
  }

  /** The BFGS update of the inverse Hessian approximation. */
  private static void update(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double rho = 1 / sy;
    double[] hy = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hy[i] += h[i][j] * y[j];
      }
    }
    double yhy = dot(y, hy);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
      }
    }
  }

  /** The Hessian of f at x by central differences of the gradient, symmetrised. */
  static double[][] hessian(Objective f, double[] x) {
    int n = x.length;
    double[][] hess = new double[n][n];
    double[] gp = new double[n];
    double[] gm = new double[n];
    double[] xp = x.clone();
    for (int j = 0; j < n; j++) {
      double hstep = 1e-4 * Math.max(1, Math.abs(x[j]));
      xp[j] = x[j] + hstep;
      f.evaluate(xp, gp);
      xp[j] = x[j] - hstep;
      f.evaluate(xp, gm);
      xp[j] = x[j];
      for (int i = 0; i < n; i++) {
        hess[i][j] = (gp[i] - gm[i]) / (2 * hstep);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (hess[i][j] + hess[j][i]);
        hess[i][j] = m;
        hess[j][i] = m;
      }
    }
    return hess;
  }

  /** Inverts a symmetric positive definite matrix by Cholesky; null if it is not positive. */
  static double @org.jspecify.annotations.Nullable [][] inverse(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int c = 0; c < n; c++) {
      double[] e = new double[n];
      e[c] = 1;
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        double s = e[i];
        for (int k = 0; k < i; k++) {
          s -= l[i][k] * z[k];
        }
        z[i] = s / l[i][i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double s = z[i];
        for (int k = i + 1; k < n; k++) {
          s -= l[k][i] * inv[k][c];
        }
        inv[i][c] = s / l[i][i];
      }
    }
    return inv;
  }

  private static double[][] identity(int n) {
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      h[i][i] = 1;
    }
    return h;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] g) {
    double m = 0;
    for (double v : g) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  private static boolean finite(double[] g) {
    for (double v : g) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
