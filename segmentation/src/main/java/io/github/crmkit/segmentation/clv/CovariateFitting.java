package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits BG/NBD, MBG/NBD and Pareto/NBD with time-invariant covariates (Fader and Hardie 2007,
 * "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models"): customer i's
 * purchase-rate scale is {@code α_i = α exp(-γ_p'(z_i - z̄))}, so the mean purchase rate is scaled
 * by {@code exp(γ_p'(z_i - z̄))}; the dropout side is {@code β_i = β exp(-γ_d'(z_i - z̄))} in
 * Pareto/NBD (mean dropout rate scaled by {@code exp(γ_d'(...))}) and {@code a_i = a exp(γ_d'(z_i -
 * z̄))} in BG/NBD (the expected odds {@code a/(b-1)} of dropping out after a purchase scaled
 * likewise). The optimiser works on standardised covariates (so that the L2 penalty and the
 * identification checks treat every effect alike) and reports effects per unit of each covariate.
 */
final class CovariateFitting {
  private CovariateFitting() {}

  enum Kind {
    BGNBD("bgnbd", List.of("r", "alpha", "a", "b"), 2, 1),
    MBGNBD("mbgnbd", List.of("r", "alpha", "a", "b"), 2, 1),
    PARETONBD("paretonbd", List.of("r", "alpha", "s", "beta"), 3, -1);

    final String model;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is immutable
    final List<String> names;

    /** The base parameter the dropout covariates scale, and the sign of the effect on its log. */
    final int dropoutIndex;

    final int dropoutSign;

    Kind(String model, List<String> names, int dropoutIndex, int dropoutSign) {
      this.model = model;
      this.names = names;
      this.dropoutIndex = dropoutIndex;
      this.dropoutSign = dropoutSign;
    }

    TransactionModel make(double[] p, TimeScale unit) {
      return switch (this) {
        case BGNBD -> new BgNbd(p[0], p[1], p[2], p[3], unit);
        case MBGNBD -> new MbgNbd(p[0], p[1], p[2], p[3], unit);
        case PARETONBD -> new ParetoNbd(p[0], p[1], p[2], p[3], unit);
      };
    }

    static Kind of(TransactionModel m) {
      if (m instanceof BgNbd) {
        return BGNBD;
      }
      if (m instanceof MbgNbd) {
        return MBGNBD;
      }
      return PARETONBD;
    }

    ModelFit<? extends TransactionModel> plainFit(ClvData data, FitOptions options) {
      return switch (this) {
        case BGNBD -> BgNbd.fit(data, options);
        case MBGNBD -> MbgNbd.fit(data, options);
        case PARETONBD -> ParetoNbd.fit(data, options);
      };
    }
  }

  /** The four base parameters of a model, in the literature's order. */
  static double[] base(TransactionModel m) {
    double[] p = new double[4];
    int i = 0;
    for (double v : m.parameters().values()) {
      p[i++] = v;
    }
    return p;
  }

  /** Distinct (x, tx, T, standardised covariates) with weights, sorted by x. */
  static final class Groups {
    final int size;
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;

    /** Row-major standardised covariates: purchase then dropout, {@code width} per group. */
    final double[] z;

    final int width;

    Groups(int size, int[] x, double[] tx, double[] age, double[] weight, double[] z, int width) {
      this.size = size;
      this.x = x;
      this.tx = tx;
      this.age = age;
      this.weight = weight;
      this.z = z;
      this.width = width;
    }

    static Groups of(ClvData data, double[] z, int width) {
      int n = data.size();
      int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) * 2;
      int mask = cap - 1;
      int[] slot = new int[cap];
      Arrays.fill(slot, -1);
      int[] first = new int[Math.max(1, n)];
      double[] w = new double[Math.max(1, n)];
      int groups = 0;
      for (int i = 0; i < n; i++) {
        int xi = data.x(i);
        double txi = data.tx(i);
        double agei = data.age(i);
        long h = xi * 0x9E3779B97F4A7C15L;
        h ^= Double.doubleToLongBits(txi) * 0xC2B2AE3D27D4EB4FL;
        h ^= Double.doubleToLongBits(agei) * 0x165667B19E3779F9L;
        int base = i * width;
        for (int c = 0; c < width; c++) {
          h = (h ^ Double.doubleToLongBits(z[base + c])) * 0x9E3779B97F4A7C15L;
        }
        // MurmurHash3's finaliser: every input bit reaches the low bits the table uses.
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        int s = (int) h & mask;
        while (true) {
          int g = slot[s];
          if (g < 0) {
            slot[s] = groups;
            first[groups] = i;
            w[groups] = 1;
            groups++;
            break;
          }
          int f = first[g];
          if (data.x(f) == xi
              && data.tx(f) == txi
              && data.age(f) == agei
              && Arrays.equals(z, f * width, f * width + width, z, base, base + width)) {
            w[g]++;
            break;
          }
          s = (s + 1) & mask;
        }
      }
      long[] order = new long[groups];
      for (int g = 0; g < groups; g++) {
        order[g] = ((long) data.x(first[g]) << 32) | g;
      }
      Arrays.sort(order);
      int[] ox = new int[groups];
      double[] otx = new double[groups];
      double[] oage = new double[groups];
      double[] ow = new double[groups];
      double[] oz = new double[groups * width];
      for (int k = 0; k < groups; k++) {
        int g = (int) order[k];
        int f = first[g];
        ox[k] = data.x(f);
        otx[k] = data.tx(f);
        oage[k] = data.age(f);
        ow[k] = w[g];
        System.arraycopy(z, f * width, oz, k * width, width);
      }
      return new Groups(groups, ox, otx, oage, ow, oz, width);
    }
  }

  static ModelFit<CovariateModel> fit(
      Kind kind, ClvData data, Covariates purchase, Covariates dropout, FitOptions options) {
    return fit(kind, data, purchase, dropout, options, null);
  }

  private static ModelFit<CovariateModel> fit(
      Kind kind,
      ClvData data,
      Covariates purchase,
      Covariates dropout,
      FitOptions options,
      Fitting.@org.jspecify.annotations.Nullable Warm warmOut) {
    checkNotNull(data, "data must not be null");
    checkNotNull(purchase, "purchase must not be null");
    checkNotNull(dropout, "dropout must not be null");
    checkNotNull(options, "options must not be null");
    Fitting.notEmpty(data);
    if (purchase.names().isEmpty() && dropout.names().isEmpty()) {
      throw new IllegalArgumentException(
          "purchase and dropout covariates must not both be empty; fit the model without"
              + " covariates instead");
    }
    int n = data.size();
    int kp = purchase.names().size();
    int kd = dropout.names().size();
    int width = kp + kd;
    int[] rowsP = purchase.rowsFor(data);
    int[] rowsD = dropout.sameRows(purchase) ? rowsP : dropout.rowsFor(data);
    double[] mean = new double[width];
    double[] sd = new double[width];
    String[] colNames = new String[width];
    double[][] cols = new double[width][];
    for (int j = 0; j < width; j++) {
      boolean p = j < kp;
      int c = p ? j : j - kp;
      double[] col = (p ? purchase : dropout).column(c);
      int[] rows = p ? rowsP : rowsD;
      cols[j] = col;
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += col[rows[i]];
      }
      double m = s / n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = col[rows[i]] - m;
        ss += d * d;
      }
      double v = Math.sqrt(ss / n);
      String name = (p ? purchase : dropout).names().get(c);
      if (!(v > 1e-12 * Math.max(1, Math.abs(m)))) {
        throw new IllegalArgumentException(
            "covariate '"
                + name
                + "' takes the same value ("
                + m
                + ") for every customer fitted, so its effect cannot be estimated; leave it out");
      }
      mean[j] = m;
      sd[j] = v;
      colNames[j] = (p ? "purchase:" : "dropout:") + name;
    }
    // Standardised covariates, row-major: customer i's are z[i * width .. (i + 1) * width).
    double[] z = new double[n * width];
    for (int j = 0; j < width; j++) {
      double[] col = cols[j];
      int[] rows = j < kp ? rowsP : rowsD;
      double m = mean[j];
      double inv = 1 / sd[j];
      for (int i = 0; i < n; i++) {
        z[i * width + j] = (col[rows[i]] - m) * inv;
      }
    }
    Groups g = Groups.of(data, z, width);
    ClvData.Distinct plain = data.distinct();
    double[] start = new double[4 + width];
    boolean warmed = false;
    Fitting.Warm warm = null;
    if (g.size > Fitting.WARM_START_ABOVE) {
      // The same fit on a sample first: from its optimum and curvature (in standardised
      // covariates, close to the full data's) the full fit needs few evaluations. A start only:
      // the answer is the full data's optimum, to the same tolerance.
      try {
        Fitting.Warm w = new Fitting.Warm();
        fit(
            kind,
            Fitting.sample(data, COVARIATE_WARM_START_SAMPLE),
            purchase,
            dropout,
            Fitting.warmOptions(options),
            w);
        warm = w;
        warmed = true;
      } catch (IllegalArgumentException | ModelFitException e) {
        // The sample could not be fitted (a covariate constant in it, say): keep the plain start.
      }
    }
    if (!warmed) {
      try {
        // Starting values from the model without covariates, fitted on an evenly spaced sample:
        // a start, not an answer, so 50,000 customers are plenty.
        double[] p =
            base(kind.plainFit(Fitting.sample(data, Fitting.WARM_START_SAMPLE), options).model());
        for (int i = 0; i < 4; i++) {
          start[i] = Math.log(p[i]);
        }
      } catch (ModelFitException e) {
        double meanT = Simulation.mean(plain, i -> plain.age[i]);
        start[1] = Math.log(Fitting.startAlpha(plain));
        if (kind == Kind.PARETONBD) {
          start[3] = Math.log(Math.max(1e-3, meanT));
        }
      }
    }
    String[] baseNames = kind.names.toArray(new String[0]);
    String[] names = new String[4 + width];
    System.arraycopy(baseNames, 0, names, 0, 4);
    System.arraycopy(colNames, 0, names, 4, width);
    double[] divisor = new double[4 + width];
    System.arraycopy(sd, 0, divisor, 4, width);
    Fitting.requireRepeats(kind.model, baseNames, Arrays.copyOf(start, 4), plain, options);
    TimeScale unit = data.unit();
    return Fitting.fit(
        kind.model,
        new Fitting.Scale(names, 4, divisor),
        (theta, grad) -> negativeLogLikelihood(kind, g, kp, theta, grad),
        start,
        options,
        n,
        g.size,
        p -> {
          Map<String, Double> pe = new LinkedHashMap<>();
          Map<String, Double> de = new LinkedHashMap<>();
          Map<String, Double> ref = new LinkedHashMap<>();
          for (int j = 0; j < width; j++) {
            String col = j < kp ? purchase.names().get(j) : dropout.names().get(j - kp);
            (j < kp ? pe : de).put(col, p[4 + j]);
            ref.put(col, mean[j]);
          }
          return new CovariateModel(kind.make(p, unit), pe, de, ref);
        },
        Fitting.noRepeats(plain),
        warm,
        warmOut);
  }

  /**
   * The customers the sample of a covariate model's warm start holds: fewer, since its fit has more
   * parameters to search from scratch, and its start needs only be close.
   */
  static final int COVARIATE_WARM_START_SAMPLE = 10_000;

  /** The negative log-likelihood over groups, gradient with respect to the optimiser's θ. */
  static double negativeLogLikelihood(Kind kind, Groups g, int kp, double[] theta, double[] grad) {
    int width = g.width;
    double r = Math.exp(theta[0]);
    double alphaRef = Math.exp(theta[1]);
    double p2 = Math.exp(theta[2]);
    double p3 = Math.exp(theta[3]);
    int m = kind == Kind.MBGNBD ? 1 : 0;
    boolean pareto = kind == Kind.PARETONBD;
    int di = kind.dropoutIndex;
    int sign = kind.dropoutSign;
    double lnGammaR = Special.lnGamma(r);
    double psiR = Special.digamma(r);
    double lnS = Math.log(p2);
    double[] acc =
        Chunks.sum(
            g.size,
            4 + width,
            (from, to, out) -> {
              double[] gl = new double[4];
              double[] j = new double[5];
              double[] dd = new double[4];
              int currentX = -1;
              double lnGammaRx = 0;
              double psiRx = 0;
              // BG/NBD: terms of r and b change with x only, those of a + b with x and a. Groups
              // are sorted by x; within a run of x the a-terms are kept in a small direct-mapped
              // cache, which holds every distinct a when the covariates are categorical.
              int bx = -1;
              double lnRB = 0;
              double psiRb = 0;
              double psiBb = 0;
              double[] cacheA = new double[64];
              double[] cacheLn = new double[64];
              double[] cachePsi = new double[64];
              for (int i = from; i < to; i++) {
                int x = g.x[i];
                int base = i * width;
                double etaP = 0;
                for (int c = 0; c < kp; c++) {
                  etaP += theta[4 + c] * g.z[base + c];
                }
                double etaD = 0;
                for (int c = kp; c < width; c++) {
                  etaD += theta[4 + c] * g.z[base + c];
                }
                double alpha = alphaRef * Math.exp(-etaP);
                double ll;
                if (pareto) {
                  if (x != currentX) {
                    currentX = x;
                    lnGammaRx = Special.lnGamma(r + x) - lnGammaR;
                    psiRx = Special.digamma(r + x) - psiR;
                  }
                  double s = p2;
                  double beta = p3 * Math.exp(-etaD);
                  double lnAlpha = theta[1] - etaP;
                  double lnBeta = theta[3] - etaD;
                  ll =
                      lnGammaRx
                          + r * lnAlpha
                          + s * lnBeta
                          + ParetoNbd.customer(r, alpha, s, beta, lnS, x, g.tx[i], g.age[i], j, dd);
                  gl[0] = r * (psiRx + lnAlpha + dd[0]);
                  gl[1] = r + alpha * dd[1];
                  gl[2] = s * (lnBeta + dd[2]);
                  gl[3] = s + beta * dd[3];
                } else {
                  double a = p2 * Math.exp(etaD);
                  if (x != bx) {
                    bx = x;
                    lnRB = BetaGeometric.lnRising(r, x) + BetaGeometric.lnRising(p3, x + m);
                    psiRb = BetaGeometric.digammaRising(r, x);
                    psiBb = BetaGeometric.digammaRising(p3, x + m);
                    java.util.Arrays.fill(cacheA, Double.NaN);
                  }
                  long bits = Double.doubleToLongBits(a);
                  int slot = (int) (((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L) >>> 58);
                  if (cacheA[slot] != a) {
                    cacheA[slot] = a;
                    cacheLn[slot] = BetaGeometric.lnRising(a + p3, x + m);
                    cachePsi[slot] = BetaGeometric.digammaRising(a + p3, x + m);
                  }
                  double lnAbx = cacheLn[slot];
                  double psiAbx = cachePsi[slot];
                  ll =
                      BetaGeometric.customer(
                          m, r, alpha, a, p3, x, g.tx[i], g.age[i], lnRB, psiRb, psiBb, lnAbx,
                          psiAbx, gl);
                }
                double w = g.weight[i];
                out[0] += w * ll;
                for (int k = 0; k < 4; k++) {
                  out[1 + k] += w * gl[k];
                }
                double gp = -w * gl[1];
                for (int c = 0; c < kp; c++) {
                  out[5 + c] += gp * g.z[base + c];
                }
                double gd = sign * w * gl[di];
                for (int c = kp; c < width; c++) {
                  out[5 + c] += gd * g.z[base + c];
                }
              }
            });
    for (int i = 0; i < grad.length; i++) {
      grad[i] = -acc[1 + i];
    }
    return -acc[0];
  }
}
