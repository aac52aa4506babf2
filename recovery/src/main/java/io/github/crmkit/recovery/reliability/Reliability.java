package io.github.crmkit.recovery.reliability;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Inter-coder reliability statistics. Each takes a {@link RatingTable} and returns an {@link
 * Estimate}, undefined with a reason where the formula would divide 0 by 0. Two-coder statistics
 * (Cohen, Scott, Bennett, Perreault and Leigh) use the units both coders rated; multi-coder ones
 * (percent agreement, Fleiss, Krippendorff, Gwet) use every unit with at least two ratings.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Reliability {
  private Reliability() {}

  /**
   * Returns percent agreement: over units with at least two ratings, the mean share of agreeing
   * pairs of coders (for two coders, the share of units coded alike).
   *
   * @param t the ratings, not null
   * @return the share, 0 to 1
   */
  public static Estimate percentAgreement(RatingTable t) {
    checkNotNull(t, "t must not be null");
    double[] pa = pairwiseAgreement(t);
    if (pa[1] == 0) {
      return Estimate.undefined("percent agreement", 0, "no unit has two ratings");
    }
    return Estimate.of("percent agreement", pa[0], (long) pa[1]);
  }

  /** {mean share of agreeing pairs, units used}. */
  private static double[] pairwiseAgreement(RatingTable t) {
    int[] counts = new int[t.categoryCount()];
    double sum = 0;
    long used = 0;
    for (int u = 0; u < t.unitCount(); u++) {
      int r = t.countsOf(u, counts);
      if (r < 2) {
        continue;
      }
      long agree = 0;
      for (int k : counts) {
        agree += (long) k * (k - 1);
      }
      sum += (double) agree / ((long) r * (r - 1));
      used++;
    }
    return new double[] {used == 0 ? Double.NaN : sum / used, used};
  }

  /**
   * Returns Cohen's kappa of two coders (Cohen 1960; weighted: Cohen 1968) with the large-sample
   * standard error of Fleiss, Cohen and Everitt (1969).
   *
   * @param t the ratings of exactly two coders, not null
   * @param weights the agreement weights, not null
   * @return the estimate
   * @throws IllegalArgumentException if the table does not have exactly two coders
   */
  public static Estimate cohenKappa(RatingTable t, KappaWeights weights) {
    return cohenKappa(crossTable(t), weights);
  }

  /**
   * Returns Cohen's kappa of a two-coder contingency table.
   *
   * @param table counts, rows coder A's categories, columns coder B's; square
   * @param weights the agreement weights, not null
   * @return the estimate
   * @throws IllegalArgumentException if the table is not square or has negative counts
   */
  public static Estimate cohenKappa(long[][] table, KappaWeights weights) {
    checkNotNull(weights, "weights must not be null");
    String name = "Cohen's kappa (" + weights.name().toLowerCase(java.util.Locale.ROOT) + ")";
    Marginals m = Marginals.of(table);
    if (m.n == 0) {
      return Estimate.undefined(name, 0, "no unit was rated by both coders");
    }
    int q = table.length;
    if (q < 2) {
      return Estimate.undefined(
          name, m.n, "fewer than two categories: chance agreement is 1 (0/0)");
    }
    double po = 0;
    double pe = 0;
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        double w = weights.weight(i, j, q);
        po += w * table[i][j] / m.n;
        pe += w * m.row[i] * m.col[j];
      }
    }
    if (pe >= 1 - 1e-12) {
      return Estimate.undefined(
          name, m.n, "chance agreement is 1: every rating falls into one category (0/0)");
    }
    double kappa = (po - pe) / (1 - pe);
    // Fleiss, Cohen and Everitt (1969), the variance of the estimate.
    double[] wRow = new double[q];
    double[] wCol = new double[q];
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        double w = weights.weight(i, j, q);
        wRow[i] += m.col[j] * w;
        wCol[j] += m.row[i] * w;
      }
    }
    double sum = 0;
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        double pij = (double) table[i][j] / m.n;
        double d = weights.weight(i, j, q) - (wRow[i] + wCol[j]) * (1 - kappa);
        sum += pij * d * d;
      }
    }
    double sub = kappa - pe * (1 - kappa);
    double var = (sum - sub * sub) / (m.n * (1 - pe) * (1 - pe));
    return Estimate.of(name, kappa, m.n)
        .withStandardError(Math.sqrt(Math.max(0, var)), "Fleiss, Cohen and Everitt (1969)");
  }

  /**
   * Returns Scott's pi of two coders (Scott 1955): chance agreement from the pooled marginals.
   *
   * @param t the ratings of exactly two coders, not null
   * @return the estimate
   */
  public static Estimate scottPi(RatingTable t) {
    Pair p = Pair.of(t, false);
    String name = "Scott's pi";
    if (p.undefined != null) {
      return Estimate.undefined(name, p.m.n, p.undefined);
    }
    double pe = 0;
    for (int k = 0; k < p.table.length; k++) {
      double pk = (p.m.row[k] + p.m.col[k]) / 2;
      pe += pk * pk;
    }
    if (pe >= 1 - 1e-12) {
      return Estimate.undefined(
          name, p.m.n, "chance agreement is 1: every rating falls into one category (0/0)");
    }
    return Estimate.of(name, (p.po - pe) / (1 - pe), p.m.n);
  }

  /**
   * Returns Bennett, Alpert and Goldstein's S (1954): chance agreement 1/q over the q declared
   * categories.
   *
   * @param t the ratings of exactly two coders, not null
   * @return the estimate
   */
  public static Estimate bennettS(RatingTable t) {
    Pair p = Pair.of(t, true);
    String name = "Bennett's S";
    if (p.undefined != null) {
      return Estimate.undefined(name, p.m.n, p.undefined);
    }
    int q = p.table.length;
    return Estimate.of(name, (p.po - 1.0 / q) / (1 - 1.0 / q), p.m.n);
  }

  /**
   * Returns Perreault and Leigh's (1989) reliability index Ir of two coders with its standard error
   * {@code sqrt(Ir (1 - Ir) / n)}; Ir is 0 when observed agreement is below 1/q.
   *
   * @param t the ratings of exactly two coders, not null
   * @return the estimate
   */
  public static Estimate perreaultLeigh(RatingTable t) {
    Pair p = Pair.of(t, true);
    String name = "Perreault and Leigh's Ir";
    if (p.undefined != null) {
      return Estimate.undefined(name, p.m.n, p.undefined);
    }
    int q = p.table.length;
    // (po - 1/q) q / (q - 1) = (q agree - n) / (n (q - 1)), in exact integers so that agreement
    // at chance level gives exactly 0 rather than the square root of a rounding error.
    long agree = 0;
    for (int k = 0; k < q; k++) {
      agree += p.table[k][k];
    }
    long excess = q * agree - p.m.n;
    double ir = excess > 0 ? Math.sqrt((double) excess / ((double) p.m.n * (q - 1))) : 0;
    return Estimate.of(name, ir, p.m.n)
        .withStandardError(Math.sqrt(ir * (1 - ir) / p.m.n), "Perreault and Leigh (1989)");
  }

  /**
   * Returns Fleiss' (1971) kappa for a fixed number of coders per unit, with the kappa of each
   * category and the standard error under the null hypothesis of Fleiss, Nee and Landis (1979), the
   * one R's {@code irr::kappam.fleiss} reports.
   *
   * @param t the ratings, every unit rated by the same number (two or more) of coders
   * @return the overall and per-category estimates
   * @throws IllegalArgumentException if units have different numbers of ratings
   */
  public static FleissKappa fleissKappa(RatingTable t) {
    checkNotNull(t, "t must not be null");
    int q = t.categoryCount();
    int[] counts = new int[q];
    long n = t.unitCount();
    int m = -1;
    double[] p = new double[q];
    double[] disagree = new double[q];
    double pBar = 0;
    for (int u = 0; u < n; u++) {
      int r = t.countsOf(u, counts);
      if (m < 0) {
        m = r;
      } else if (r != m) {
        throw new IllegalArgumentException(
            "Fleiss' kappa needs the same number of ratings per unit, but unit "
                + t.units().get(u)
                + " has "
                + r
                + " and the first "
                + m);
      }
      long sq = 0;
      for (int k = 0; k < q; k++) {
        sq += (long) counts[k] * counts[k];
        p[k] += counts[k];
        disagree[k] += (double) counts[k] * (r - counts[k]);
      }
      if (r >= 2) {
        pBar += (double) (sq - r) / ((long) r * (r - 1));
      }
    }
    String name = "Fleiss' kappa";
    if (m < 2) {
      return new FleissKappa(
          Estimate.undefined(name, n, "units have fewer than two ratings"), Map.of());
    }
    pBar /= n;
    double pe = 0;
    double sumPq = 0;
    double sumPqqp = 0;
    for (int k = 0; k < q; k++) {
      p[k] /= (double) n * m;
      pe += p[k] * p[k];
      double qk = 1 - p[k];
      sumPq += p[k] * qk;
      sumPqqp += p[k] * qk * (qk - p[k]);
    }
    Map<String, Estimate> per = new LinkedHashMap<>();
    for (int k = 0; k < q; k++) {
      String cn = "Fleiss' kappa of '" + t.categories().get(k) + "'";
      double pq = p[k] * (1 - p[k]);
      per.put(
          t.categories().get(k),
          pq <= 0
              ? Estimate.undefined(cn, n, "the category was used by all or by none (0/0)")
              : Estimate.of(cn, 1 - disagree[k] / (n * m * (m - 1.0) * pq), n));
    }
    if (pe >= 1 - 1e-12) {
      return new FleissKappa(
          Estimate.undefined(
              name, n, "chance agreement is 1: every rating falls into one category (0/0)"),
          per);
    }
    double kappa = (pBar - pe) / (1 - pe);
    double se = Math.sqrt(2.0 / (n * m * (m - 1.0))) * Math.sqrt(sumPq * sumPq - sumPqqp) / sumPq;
    return new FleissKappa(
        Estimate.of(name, kappa, n)
            .withStandardError(se, "under the null, Fleiss, Nee and Landis (1979)"),
        per);
  }

  /**
   * Returns Krippendorff's alpha (Krippendorff 2004, Content Analysis, ch. 11) for any number of
   * coders with missing values, from the coincidence matrix; units with fewer than two ratings are
   * not pairable and are left out.
   *
   * @param t the ratings, not null
   * @param metric the level of measurement, not null; interval and ratio need numeric categories
   * @return the estimate
   * @throws IllegalArgumentException if the metric needs numeric categories and one is not a number
   */
  public static Estimate krippendorffAlpha(RatingTable t, Metric metric) {
    checkNotNull(t, "t must not be null");
    checkNotNull(metric, "metric must not be null");
    String name = "Krippendorff's alpha (" + metric.name().toLowerCase(java.util.Locale.ROOT) + ")";
    int q = t.categoryCount();
    double[] values = new double[q];
    if (metric == Metric.INTERVAL || metric == Metric.RATIO) {
      for (int k = 0; k < q; k++) {
        try {
          values[k] = Double.parseDouble(t.categories().get(k));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              metric
                  + " alpha needs numeric categories, but '"
                  + t.categories().get(k)
                  + "' is not a number");
        }
      }
    }
    double[][] o = new double[q][q];
    int[] counts = new int[q];
    long pairable = 0;
    for (int u = 0; u < t.unitCount(); u++) {
      int r = t.countsOf(u, counts);
      if (r < 2) {
        continue;
      }
      pairable++;
      for (int c = 0; c < q; c++) {
        if (counts[c] == 0) {
          continue;
        }
        for (int k = 0; k < q; k++) {
          if (counts[k] == 0) {
            continue;
          }
          long pairs = c == k ? (long) counts[c] * (counts[c] - 1) : (long) counts[c] * counts[k];
          o[c][k] += (double) pairs / (r - 1);
        }
      }
    }
    double[] nc = new double[q];
    double total = 0;
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        nc[c] += o[c][k];
      }
      total += nc[c];
    }
    if (total < 2) {
      return Estimate.undefined(name, pairable, "fewer than two pairable values");
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < q; c++) {
      for (int k = 0; k < q; k++) {
        if (c == k) {
          continue;
        }
        double d2 = delta2(metric, c, k, nc, values);
        observed += o[c][k] * d2;
        expected += nc[c] * nc[k] * d2;
      }
    }
    if (expected <= 0) {
      return Estimate.undefined(
          name, pairable, "expected disagreement is 0: every value is the same (0/0)");
    }
    return Estimate.of(name, 1 - (total - 1) * observed / expected, pairable);
  }

  private static double delta2(Metric metric, int c, int k, double[] nc, double[] v) {
    return switch (metric) {
      case NOMINAL -> 1;
      case ORDINAL -> {
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double s = 0;
        for (int g = lo; g <= hi; g++) {
          s += nc[g];
        }
        s -= (nc[lo] + nc[hi]) / 2;
        yield s * s;
      }
      case INTERVAL -> (v[c] - v[k]) * (v[c] - v[k]);
      case RATIO -> {
        double sum = v[c] + v[k];
        yield sum == 0 ? 0 : ((v[c] - v[k]) / sum) * ((v[c] - v[k]) / sum);
      }
    };
  }

  /**
   * Returns Gwet's (2008) AC1 for any number of coders: percent agreement corrected by the chance
   * agreement {@code sum pi_k (1 - pi_k) / (q - 1)}, which stays stable when one category is
   * prevalent.
   *
   * @param t the ratings, not null
   * @return the estimate
   */
  public static Estimate gwetAc1(RatingTable t) {
    checkNotNull(t, "t must not be null");
    String name = "Gwet's AC1";
    int q = t.categoryCount();
    if (q < 2) {
      return Estimate.undefined(
          name, t.unitCount(), "fewer than two categories: chance agreement is 1 (0/0)");
    }
    double[] pa = pairwiseAgreement(t);
    if (pa[1] == 0) {
      return Estimate.undefined(name, 0, "no unit has two ratings");
    }
    int[] counts = new int[q];
    double[] pi = new double[q];
    long rated = 0;
    for (int u = 0; u < t.unitCount(); u++) {
      int r = t.countsOf(u, counts);
      if (r == 0) {
        continue;
      }
      rated++;
      for (int k = 0; k < q; k++) {
        pi[k] += (double) counts[k] / r;
      }
    }
    double pe = 0;
    for (int k = 0; k < q; k++) {
      pi[k] /= rated;
      pe += pi[k] * (1 - pi[k]);
    }
    pe /= q - 1;
    return Estimate.of(name, (pa[0] - pe) / (1 - pe), (long) pa[1]);
  }

  private static long[][] crossTable(RatingTable t) {
    checkNotNull(t, "t must not be null");
    if (t.coderCount() != 2) {
      throw new IllegalArgumentException(
          "this statistic compares exactly two coders, but the table has " + t.coderCount());
    }
    int q = t.categoryCount();
    long[][] table = new long[q][q];
    for (int u = 0; u < t.unitCount(); u++) {
      int a = t.at(u, 0);
      int b = t.at(u, 1);
      if (a >= 0 && b >= 0) {
        table[a][b]++;
      }
    }
    return table;
  }

  /** Two coders' cross table, marginals and observed agreement, or why they are undefined. */
  private static final class Pair {
    final long[][] table;
    final Marginals m;
    final double po;
    final @Nullable String undefined;

    private Pair(long[][] table, Marginals m, double po, @Nullable String undefined) {
      this.table = table;
      this.m = m;
      this.po = po;
      this.undefined = undefined;
    }

    static Pair of(RatingTable t, boolean needsTwoCategories) {
      long[][] table = crossTable(t);
      Marginals m = Marginals.of(table);
      if (m.n == 0) {
        return new Pair(table, m, Double.NaN, "no unit was rated by both coders");
      }
      if (needsTwoCategories && table.length < 2) {
        return new Pair(
            table, m, Double.NaN, "fewer than two categories: chance agreement is 1 (0/0)");
      }
      double po = 0;
      for (int k = 0; k < table.length; k++) {
        po += (double) table[k][k] / m.n;
      }
      return new Pair(table, m, po, null);
    }
  }

  /** Row and column proportions of a square table. */
  private static final class Marginals {
    final long n;
    final double[] row;
    final double[] col;

    private Marginals(long n, double[] row, double[] col) {
      this.n = n;
      this.row = row;
      this.col = col;
    }

    static Marginals of(long[][] table) {
      checkNotNull(table, "table must not be null");
      int q = table.length;
      double[] row = new double[q];
      double[] col = new double[q];
      long n = 0;
      for (int i = 0; i < q; i++) {
        if (table[i] == null || table[i].length != q) {
          throw new IllegalArgumentException("table must be square " + q + " x " + q);
        }
        for (int j = 0; j < q; j++) {
          if (table[i][j] < 0) {
            throw new IllegalArgumentException(
                "counts must not be negative, but table[" + i + "][" + j + "] was " + table[i][j]);
          }
          row[i] += table[i][j];
          col[j] += table[i][j];
          n += table[i][j];
        }
      }
      for (int i = 0; i < q; i++) {
        row[i] = n == 0 ? 0 : row[i] / n;
        col[i] = n == 0 ? 0 : col[i] / n;
      }
      return new Marginals(n, row, col);
    }
  }
}
