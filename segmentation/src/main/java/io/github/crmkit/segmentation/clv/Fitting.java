package io.github.crmkit.segmentation.clv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The fitting driver shared by the models: penalty, BFGS, checks, Hessian, intervals. */
final class Fitting {
  private Fitting() {}

  private static final double Z95 = 1.959963984540054;

  /**
   * The largest standard error of a log-parameter that still counts as identified: a 95% interval
   * spanning a factor of e^(2 x 1.96 x 5), about 18 billion, says nothing.
   */
  private static final double MAX_LOG_SD = 5;

  /** The negative log-likelihood over log-parameters, with its gradient. */
  interface NegativeLogLikelihood {
    double evaluate(double[] theta, double[] grad);
  }

  /**
   * Likelihood evaluations a fit may spend per allowed iteration: a BFGS iteration takes one to
   * three on well-posed data, so this bounds the work of a fit that wanders on flat or numerically
   * hard likelihoods without ever stopping a sound one.
   */
  static final int EVALUATIONS_PER_ITERATION = 8;

  /** How far (in log-parameters) the search may go: the domain's edge plus a margin. */
  static final double SEARCH_LIMIT = Math.log(1e6) + 2;

  /** Thrown inside the objective when the evaluation budget is spent. */
  private static final class BudgetSpent extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final double[] theta;

    BudgetSpent(double[] theta) {
      super(null, null, false, false);
      this.theta = theta.clone();
    }
  }

  /**
   * Refuses, before any optimisation, data that cannot identify a repeat-purchase model without a
   * penalty: a base where nobody made a repeat purchase sends the purchase rate to zero and leaves
   * the dropout process undetermined, and an unbounded search there can run for minutes.
   */
  static void requireRepeats(
      String model, String[] names, double[] start, ClvData.Distinct d, FitOptions options) {
    if (options.penalty() > 0 || !noRepeats(d)) {
      return;
    }
    throw new ModelFitException(
        model,
        "no customer made a repeat purchase (all "
            + (long) d.total
            + " have x = 0), so the purchase rate and the dropout process are not identified",
        named(names, start),
        0,
        Double.NaN,
        Double.NaN,
        "Check that x counts repeat purchases and the time unit is what you meant, use more data,"
            + " or add an L2 penalty (FitOptions.defaults().withPenalty(0.01)).");
  }

  static <M> ModelFit<M> fit(
      String model,
      String[] names,
      NegativeLogLikelihood nll,
      double[] start,
      FitOptions options,
      long customers,
      int distinct,
      Function<double[], M> make) {
    return fit(model, names, nll, start, options, customers, distinct, make, false);
  }

  /**
   * Fits by penalised maximum likelihood.
   *
   * @param probability whether the likelihood is a probability (every customer without repeat
   *     purchases), so that a positive log-likelihood can only be numerical breakdown
   */
  static <M> ModelFit<M> fit(
      String model,
      String[] names,
      NegativeLogLikelihood nll,
      double[] start,
      FitOptions options,
      long customers,
      int distinct,
      Function<double[], M> make,
      boolean probability) {
    return fit(
        model,
        new Scale(names, names.length, new double[names.length]),
        nll,
        start,
        options,
        customers,
        distinct,
        make,
        probability,
        null,
        null);
  }

  /**
   * How the optimiser's parameters map to the reported ones: the first {@code logs} are
   * log-parameters (reported as exp); the others are effects of standardised covariates, reported
   * per unit of the covariate (divided by its standard deviation {@code divisor[i]}).
   */
  static final class Scale {
    final String[] names;
    final int logs;
    final double[] divisor;

    Scale(String[] names, int logs, double[] divisor) {
      this.names = names;
      this.logs = logs;
      this.divisor = divisor;
    }

    double value(double[] theta, int i) {
      return i < logs ? Math.exp(theta[i]) : theta[i] / divisor[i];
    }

    double[] values(double[] theta) {
      double[] p = new double[theta.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = value(theta, i);
      }
      return p;
    }

    Map<String, Double> named(double[] theta) {
      Map<String, Double> m = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        m.put(names[i], value(theta, i));
      }
      return m;
    }
  }

  /**
   * A fit's optimum in the optimiser's parameters with the inverse of the penalised Hessian there,
   * to start a fit of more data from (a warm start): filled in by a fit that is given one.
   */
  static final class Warm {
    double[] theta = new double[0];
    double[][] inverseHessian = new double[0][];
    long customers;

    /** The start for a fit of {@code customers}: the Hessian of a sum grows with its terms. */
    double[][] scaledTo(long more) {
      double f = (double) customers / more;
      double[][] h = new double[inverseHessian.length][];
      for (int i = 0; i < h.length; i++) {
        h[i] = inverseHessian[i].clone();
        for (int j = 0; j < h[i].length; j++) {
          h[i][j] *= f;
        }
      }
      return h;
    }
  }

  /**
   * Fits by penalised maximum likelihood, reporting parameters through a {@link Scale}, starting
   * from {@code warmIn}'s optimum and inverse Hessian when given, and writing this fit's into
   * {@code warmOut} when given.
   */
  static <M> ModelFit<M> fit(
      String model,
      Scale scale,
      NegativeLogLikelihood nll,
      double[] start,
      FitOptions options,
      long customers,
      int distinct,
      Function<double[], M> make,
      boolean probability,
      @org.jspecify.annotations.Nullable Warm warmIn,
      @org.jspecify.annotations.Nullable Warm warmOut) {
    String[] names = scale.names;
    double pen = options.penalty();
    long budget = (long) options.maxIterations() * EVALUATIONS_PER_ITERATION;
    long[] spent = {0};
    Optimizer.Objective f =
        (theta, grad) -> {
          if (++spent[0] > budget) {
            throw new BudgetSpent(theta);
          }
          // Outside the parameter domain (with a margin) the likelihood is not evaluated: its
          // integrals get expensive there, and no model could be built from the result anyway.
          for (double v : theta) {
            if (!(Math.abs(v) <= SEARCH_LIMIT)) {
              return Double.POSITIVE_INFINITY;
            }
          }
          double v = nll.evaluate(theta, grad);
          for (int i = 0; i < theta.length; i++) {
            v += pen * theta[i] * theta[i];
            grad[i] += 2 * pen * theta[i];
          }
          return v;
        };
    Optimizer.Result r;
    try {
      r =
          warmIn == null
              ? Optimizer.minimise(f, start, options.maxIterations(), options.tolerance())
              : Optimizer.minimise(
                  f,
                  warmIn.theta,
                  options.maxIterations(),
                  options.tolerance(),
                  warmIn.scaledTo(customers));
    } catch (BudgetSpent e) {
      double ll = -nll.evaluate(e.theta, new double[e.theta.length]);
      throw new ModelFitException(
          model,
          "stopped after "
              + budget
              + " likelihood evaluations without converging (a flat or numerically hard"
              + " likelihood)",
          scale.named(e.theta),
          options.maxIterations(),
          Double.NaN,
          ll,
          "The data may not identify the model: use more data, a simpler model, or add an L2"
              + " penalty (FitOptions.defaults().withPenalty(0.01)).");
    }
    double[] theta = r.theta();
    Map<String, Double> last = scale.named(theta);
    double ll = -nll.evaluate(theta, new double[theta.length]);
    if (probability && ll > 1e-9 * customers) {
      throw new ModelFitException(
          model,
          "the log-likelihood "
              + ll
              + " is positive where it is a log-probability: the likelihood broke down"
              + " numerically at these parameters",
          last,
          r.iterations(),
          r.gradientNorm(),
          ll,
          "Add an L2 penalty (FitOptions.defaults().withPenalty(0.01)) or use more data.");
    }
    if (!r.converged()) {
      throw new ModelFitException(
          model,
          Double.isFinite(r.value())
              ? "no convergence"
              : "the likelihood is not finite at the start",
          last,
          r.iterations(),
          r.gradientNorm(),
          ll,
          "Check that tx, T and the time unit are what you meant, raise maxIterations, or add an"
              + " L2 penalty (FitOptions.defaults().withPenalty(0.01)).");
    }
    for (int i = 0; i < theta.length; i++) {
      if (Math.abs(theta[i]) > Math.log(MAX_PARAMETER)) {
        throw new ModelFitException(
            model,
            "parameter "
                + names[i]
                + " ran to the edge of its range ("
                + scale.value(theta, i)
                + "): the data do not identify it",
            last,
            r.iterations(),
            r.gradientNorm(),
            ll,
            "Add an L2 penalty (FitOptions.defaults().withPenalty(0.01)) or use a simpler model.");
      }
    }
    // A Newton finish computed the Hessian at this very point: it is reused, not recomputed.
    double[][] hessian = r.hessian();
    double[][] cov = Optimizer.inverse(hessian != null ? hessian : Optimizer.hessian(f, theta));
    if (cov == null) {
      throw new ModelFitException(
          model,
          "the Hessian at the optimum is not positive definite (a flat or saddle likelihood)",
          last,
          r.iterations(),
          r.gradientNorm(),
          ll,
          "Add an L2 penalty (FitOptions.defaults().withPenalty(0.01)) or use more data.");
    }
    if (warmIn != null && hessian == null) {
      // A warm start stops BFGS within the tolerance of the optimum, but where in that ball
      // depends on the sample it started from (so on the order of the rows). One Newton step on
      // the Hessian just computed for the standard errors lands on the optimum itself, to the
      // square of that distance: fits of the same customers in any order then agree to far
      // better than 1e-6. Kept only if it shrinks the gradient.
      double[] g = new double[theta.length];
      f.evaluate(theta, g); // for the gradient at theta
      double[] next = theta.clone();
      boolean small = true;
      for (int i = 0; i < theta.length; i++) {
        double step = 0;
        for (int j = 0; j < theta.length; j++) {
          step -= cov[i][j] * g[j];
        }
        small &= Math.abs(step) <= 1e-2;
        next[i] += step;
      }
      double[] g1 = new double[theta.length];
      double f1 = small ? f.evaluate(next, g1) : Double.NaN;
      // Near the optimum the likelihood's rounding noise exceeds its change, so the step is
      // judged by the gradient (accurate there) in the metric of the inverse Hessian.
      if (Double.isFinite(f1) && newtonDecrement(g1, cov) < newtonDecrement(g, cov)) {
        theta = next;
        double penalty = 0;
        for (double v : theta) {
          penalty += pen * v * v;
        }
        ll = -(f1 - penalty);
      }
    }
    Map<String, Double> se = new LinkedHashMap<>();
    Map<String, Double> lo = new LinkedHashMap<>();
    Map<String, Double> hi = new LinkedHashMap<>();
    java.util.Set<String> effects = new java.util.LinkedHashSet<>();
    for (int i = 0; i < theta.length; i++) {
      double sd = Math.sqrt(cov[i][i]);
      if (!(sd <= MAX_LOG_SD)) {
        throw new ModelFitException(
            model,
            "parameter "
                + names[i]
                + " is not identified by the data (standard error of its "
                + (i < scale.logs ? "logarithm " : "standardised effect ")
                + sd
                + ")",
            last,
            r.iterations(),
            r.gradientNorm(),
            ll,
            "Add an L2 penalty (FitOptions.defaults().withPenalty(0.01)), use more data, or a"
                + " simpler model.");
      }
      if (i < scale.logs) {
        double value = Math.exp(theta[i]);
        se.put(names[i], value * sd);
        lo.put(names[i], Math.exp(theta[i] - Z95 * sd));
        hi.put(names[i], Math.exp(theta[i] + Z95 * sd));
      } else {
        double d = scale.divisor[i];
        se.put(names[i], sd / d);
        lo.put(names[i], (theta[i] - Z95 * sd) / d);
        hi.put(names[i], (theta[i] + Z95 * sd) / d);
        effects.add(names[i]);
      }
    }
    if (warmOut != null) {
      warmOut.theta = theta.clone();
      warmOut.inverseHessian = cov;
      warmOut.customers = customers;
    }
    ModelFit<M> fit =
        new ModelFit<>(
            make.apply(scale.values(theta)),
            ll,
            se,
            lo,
            hi,
            true,
            r.iterations(),
            r.gradientNorm(),
            customers,
            distinct,
            effects);
    // Once per fit, never per evaluation: the optimiser's diagnostics for whoever turns DEBUG on.
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} fit on {} customers ({} distinct histories): log-likelihood {}, {} iterations,"
              + " gradient norm {}, {} objective evaluations, penalty {}, warm start {}",
          model,
          customers,
          distinct,
          ll,
          r.iterations(),
          r.gradientNorm(),
          spent[0],
          pen,
          warmIn != null);
    }
    return fit;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Fitting.class);

  /** g' H^-1 g: the squared length of the gradient in the metric of the inverse Hessian. */
  private static double newtonDecrement(double[] g, double[][] cov) {
    double s = 0;
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < g.length; j++) {
        s += g[i] * cov[i][j] * g[j];
      }
    }
    return s;
  }

  /**
   * The options of a warm start's fit: a start needs no more precision than the sample's own
   * sampling error, so its tolerance is looser (1e-5 unless the caller's is looser still).
   */
  static FitOptions warmOptions(FitOptions options) {
    return new FitOptions(
        options.penalty(), options.maxIterations(), Math.max(options.tolerance(), 1e-5));
  }

  /** Every k-th customer (with its id), so that at most {@code limit} remain. */
  static ClvData sample(ClvData data, int limit) {
    int n = data.size();
    if (n <= limit) {
      return data;
    }
    int step = (n + limit - 1) / limit;
    int k = (n + step - 1) / step;
    java.util.List<io.github.crmkit.core.CustomerId> ids = new java.util.ArrayList<>(k);
    int[] x = new int[k];
    double[] tx = new double[k];
    double[] age = new double[k];
    for (int j = 0; j < k; j++) {
      int i = j * step;
      ids.add(data.customer(i));
      x[j] = data.x(i);
      tx[j] = data.tx(i);
      age[j] = data.age(i);
    }
    return ClvData.fromColumns(data.unit(), ids, x, tx, age, null);
  }

  /** Above this many distinct rows a fit first runs on a sample, for its starting values. */
  static final int WARM_START_ABOVE = 100_000;

  /** The customers a warm start's sample holds. */
  static final int WARM_START_SAMPLE = 50_000;

  /**
   * A starting purchase-rate scale: with shape 1, the rate whose mean is the base's repeat
   * purchases per unit of age.
   */
  static double startAlpha(ClvData.Distinct d) {
    double meanX = Simulation.mean(d, i -> d.x[i]);
    double meanT = Simulation.mean(d, i -> d.age[i]);
    return Math.max(1e-3, meanT / Math.max(meanX, 0.05));
  }

  /** Log-parameters by name, as values (what a fit that stopped reports). */
  static Map<String, Double> named(String[] names, double[] theta) {
    return new Scale(names, names.length, new double[names.length]).named(theta);
  }

  /** Checks a parameter: finite and positive. */
  /** The smallest and largest value a model parameter may take. */
  static final double MIN_PARAMETER = 1e-6;

  static final double MAX_PARAMETER = 1e6;

  /** Checks a model parameter: finite, from {@link #MIN_PARAMETER} to {@link #MAX_PARAMETER}. */
  static double parameter(String name, double v) {
    if (!(v >= MIN_PARAMETER && v <= MAX_PARAMETER)) {
      throw new IllegalArgumentException(
          name + " must be from 1e-6 to 1e6 (finite and positive), but was " + v);
    }
    return v;
  }

  /** A prediction checked to be finite and within [0, max], or a refusal naming the model. */
  static double checked(double v, double max, String what, Object model) {
    if (!(v >= 0 && v <= max)) {
      throw new PrecisionException(
          what + " cannot be computed to working precision for " + model + " (obtained " + v + ")");
    }
    return v;
  }

  static double[] checked(double[] v, double max, String what, Object model) {
    for (double d : v) {
      checked(d, max, what, model);
    }
    return v;
  }

  static double positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and positive, but was " + v);
    }
    return v;
  }

  /** Checks a customer's summary values. */
  static void checkSummary(int x, double tx, double age) {
    String problem = RepeatSummary.problem(x, tx, age, 0);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Checks a time span. */
  static double time(String name, double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException(name + " must be finite and not negative, but was " + t);
    }
    return t;
  }

  /** Checks that data are in the model's unit. */
  static void sameUnit(ClvData data, TimeScale unit) {
    if (data.unit() != unit) {
      throw new IllegalArgumentException(
          "data are in "
              + data.unit()
              + " but the model is in "
              + unit
              + "; build the data in the model's unit");
    }
  }

  /** Checks that there is something to fit. */
  /** Whether no customer made a repeat purchase (the likelihood is then a probability). */
  static boolean noRepeats(ClvData.Distinct d) {
    for (int i = 0; i < d.size; i++) {
      if (d.x[i] > 0) {
        return false;
      }
    }
    return true;
  }

  static void notEmpty(ClvData data) {
    if (data.size() == 0) {
      throw new IllegalArgumentException(
          "data must hold at least one customer, but held none (received "
              + data.received()
              + ", rejected "
              + data.rejected()
              + ")");
    }
  }
}
