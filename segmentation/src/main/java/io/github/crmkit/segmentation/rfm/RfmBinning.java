package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How to make {@link RfmBoundaries}: the method and the number of bins per dimension (2 to 10).
 *
 * <pre>{@code
 * RfmBoundaries b = RfmBinning.quantiles(5).fit(columns);            // R rfm 0.3.0
 * RfmBoundaries same = RfmBinning.quantiles(5).fit(partA.merge(partB)); // from partitions
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RfmBinning {
  private final BinningMethod method;
  private final int recencyBins;
  private final int frequencyBins;
  private final int monetaryBins;
  private final @Nullable RfmBoundaries fixed;

  private RfmBinning(BinningMethod method, int r, int f, int m, @Nullable RfmBoundaries fixed) {
    this.method = method;
    this.recencyBins = checkBins("recencyBins", r);
    this.frequencyBins = checkBins("frequencyBins", f);
    this.monetaryBins = checkBins("monetaryBins", m);
    this.fixed = fixed;
  }

  private static int checkBins(String name, int bins) {
    checkArgument(bins >= 2 && bins <= 10, "%s must be between 2 and 10, but was %s", name, bins);
    return bins;
  }

  /**
   * Returns R {@code rfm} 0.3.0 quantile binning with the same number of bins in each dimension.
   *
   * @param bins the number of bins, 2 to 10
   * @return the binning
   * @throws IllegalArgumentException if {@code bins} is out of range
   */
  public static RfmBinning quantiles(int bins) {
    return quantiles(bins, bins, bins);
  }

  /**
   * Returns R {@code rfm} 0.3.0 quantile binning.
   *
   * @param recencyBins bins for recency, 2 to 10
   * @param frequencyBins bins for frequency, 2 to 10
   * @param monetaryBins bins for monetary value, 2 to 10
   * @return the binning
   * @throws IllegalArgumentException if a number of bins is out of range
   */
  public static RfmBinning quantiles(int recencyBins, int frequencyBins, int monetaryBins) {
    return new RfmBinning(BinningMethod.QUANTILES, recencyBins, frequencyBins, monetaryBins, null);
  }

  /**
   * Returns NTILE binning with the same number of bins in each dimension.
   *
   * @param bins the number of bins, 2 to 10
   * @return the binning
   * @throws IllegalArgumentException if {@code bins} is out of range
   */
  public static RfmBinning ntile(int bins) {
    return ntile(bins, bins, bins);
  }

  /**
   * Returns NTILE binning.
   *
   * @param recencyBins bins for recency, 2 to 10
   * @param frequencyBins bins for frequency, 2 to 10
   * @param monetaryBins bins for monetary value, 2 to 10
   * @return the binning
   * @throws IllegalArgumentException if a number of bins is out of range
   */
  public static RfmBinning ntile(int recencyBins, int frequencyBins, int monetaryBins) {
    return new RfmBinning(BinningMethod.NTILE, recencyBins, frequencyBins, monetaryBins, null);
  }

  /**
   * Returns fixed business thresholds; fitting returns them unchanged.
   *
   * @param boundaries the thresholds, not null
   * @return the binning
   */
  public static RfmBinning fixed(RfmBoundaries boundaries) {
    checkNotNull(boundaries, "boundaries must not be null");
    return new RfmBinning(
        BinningMethod.FIXED,
        boundaries.recency().bins(),
        boundaries.frequency().bins(),
        boundaries.monetary().bins(),
        boundaries);
  }

  /**
   * Returns the method.
   *
   * @return the binning method
   */
  public BinningMethod method() {
    return method;
  }

  /**
   * Returns the number of bins of a dimension.
   *
   * @param dimension the dimension, not null
   * @return the number of bins
   */
  public int bins(RfmDimension dimension) {
    checkNotNull(dimension, "dimension must not be null");
    return switch (dimension) {
      case RECENCY -> recencyBins;
      case FREQUENCY -> frequencyBins;
      case MONETARY -> monetaryBins;
    };
  }

  /**
   * Fits boundaries to a customer base on the calling thread.
   *
   * @param columns the base, not empty unless the binning is fixed
   * @return the boundaries
   * @throws IllegalArgumentException if the base is empty and the binning is not fixed
   */
  public RfmBoundaries fit(RfmColumns columns) {
    return fit(columns, 1);
  }

  /**
   * Fits boundaries to a customer base, one dimension per task, with up to {@code parallelism}
   * tasks on the common fork-join pool. The result does not depend on the parallelism.
   *
   * @param columns the base, not empty unless the binning is fixed
   * @param parallelism the number of tasks, 1 to 256
   * @return the boundaries
   * @throws IllegalArgumentException if the base is empty and the binning is not fixed, or
   *     parallelism is out of range
   */
  public RfmBoundaries fit(RfmColumns columns, int parallelism) {
    checkNotNull(columns, "columns must not be null");
    Parallel.checkParallelism(parallelism);
    RfmBoundaries given = fixed;
    if (given != null) {
      return given;
    }
    int n = columns.size();
    checkArgument(n > 0, "columns must not be empty to fit %s boundaries", method);
    Breakpoints[] fitted = new Breakpoints[3];
    RfmDimension[] dims = RfmDimension.values();
    if (method == BinningMethod.NTILE) {
      // Monetary (the order statistics of a million doubles) on a task of its own; frequency
      // (counts, but large ties to order by id) and recency on the others: with two tasks, one
      // takes monetary and the other frequency then recency, which costs about as much (it took
      // frequency after monetary before, and the fit as long as both).
      int tasks = Math.min(parallelism, 3);
      int[][] plan =
          tasks == 1
              ? new int[][] {{2, 1, 0}}
              : tasks == 2 ? new int[][] {{2}, {1, 0}} : new int[][] {{2}, {1}, {0}};
      Parallel.run(
          tasks,
          t -> {
            for (int d : plan[t]) {
              fitted[d] = fitDimension(dims[d], columns, 1);
            }
          });
      return new RfmBoundaries(method, fitted[0], fitted[1], fitted[2], n);
    }
    // Monetary order statistics cost the most: they run first, over all tasks; then the two
    // integer histograms, one task each.
    fitted[2] = fitDimension(dims[2], columns, parallelism);
    Parallel.run(
        Math.min(parallelism, 2),
        t -> {
          for (int d = t; d < 2; d += Math.min(parallelism, 2)) {
            fitted[d] = fitDimension(dims[d], columns, 1);
          }
        });
    return new RfmBoundaries(method, fitted[0], fitted[1], fitted[2], n);
  }

  private Breakpoints fitDimension(RfmDimension dim, RfmColumns c, int tasks) {
    int bins = bins(dim);
    if (method == BinningMethod.NTILE) {
      return switch (dim) {
        case RECENCY -> ntileBreakpoints(dim, bins, c.recencyDays, c.ids);
        case FREQUENCY -> ntileBreakpoints(dim, bins, c.frequency, c.ids);
        case MONETARY -> ntileBreakpoints(dim, bins, c.monetary.clone(), c.ids);
      };
    }
    OrderStatistics stats =
        switch (dim) {
          case RECENCY -> OrderStatistics.ofInts(c.recencyDays);
          case FREQUENCY -> OrderStatistics.ofInts(c.frequency);
          case MONETARY -> new OrderStatistics.Bracketed(c.monetary, tasks);
        };
    return new Breakpoints(dim, stats.rfmBreakpoints(bins), null);
  }

  /**
   * NTILE edges of an integer dimension (days, purchases): the values at the ranks found by
   * counting (one pass, a count per value) instead of selection over a copy as doubles; the same
   * edges as {@link #ntileBreakpoints(RfmDimension, int, double[], CustomerId[])} gives them. A
   * range of values too wide to count takes that path.
   */
  private static Breakpoints ntileBreakpoints(
      RfmDimension dim, int bins, int[] values, CustomerId[] ids) {
    int n = values.length;
    int[] minMax = OrderStatistics.minMax(values);
    int min = minMax[0];
    int max = minMax[1];
    if ((long) max - min >= (1 << 22)) {
      return ntileBreakpoints(dim, bins, Arrays.stream(values).asDoubleStream().toArray(), ids);
    }
    // below[v - min]: how many values are smaller than v.
    int[] below = new int[max - min + 2];
    for (int v : values) {
      below[v - min + 1]++;
    }
    for (int i = 1; i < below.length; i++) {
      below[i] += below[i - 1];
    }
    double[] cuts = new double[bins - 1];
    @Nullable CustomerId[] edges = new CustomerId[bins - 1];
    int base = n / bins;
    int extra = n % bins;
    // Each cut's value and how many values lie below it, from the counts; then the ids tied at
    // every cut value, gathered in one pass over the values (a pass per cut value before).
    int[] cutAt = new int[bins - 1];
    long[] within = new long[bins - 1];
    byte[] slotOf = new byte[max - min + 1];
    int[] slotValue = new int[bins - 1];
    int slots = 0;
    int at = 0;
    for (int j = 1; j < bins; j++) {
      long rank = (long) j * base + Math.min(j, extra);
      if (rank >= n) {
        cuts[j - 1] = Double.POSITIVE_INFINITY;
        cutAt[j - 1] = -1;
        continue;
      }
      // The value at the rank: the largest v with fewer than rank + 1 values below it.
      while (below[at + 1] <= rank) {
        at++;
      }
      if (slotOf[at] == 0) {
        slotValue[slots] = at;
        slotOf[at] = (byte) ++slots;
      }
      cuts[j - 1] = at + min;
      cutAt[j - 1] = at;
      within[j - 1] = rank - below[at];
    }
    CustomerId[][] tied = new CustomerId[slots][];
    int[] tiedCount = new int[slots];
    for (int k = 0; k < slots; k++) {
      int v = slotValue[k];
      tied[k] = new CustomerId[below[v + 1] - below[v]];
    }
    for (int i = 0; i < n; i++) {
      int k = slotOf[values[i] - min];
      if (k != 0) {
        tied[k - 1][tiedCount[k - 1]++] = ids[i];
      }
    }
    for (int j = 0; j < bins - 1; j++) {
      if (cutAt[j] >= 0) {
        int k = slotOf[cutAt[j]] - 1;
        edges[j] = kthSmallest(tied[k], tiedCount[k], (int) within[j]);
      }
    }
    return new Breakpoints(dim, cuts, edges);
  }

  /**
   * NTILE edges: customers ordered by (value, id); bin b holds {@code n / bins} customers, one more
   * for the first {@code n % bins} bins; edge j is the (value, id) that starts bin j + 1.
   */
  private static Breakpoints ntileBreakpoints(
      RfmDimension dim, int bins, double[] values, CustomerId[] ids) {
    int n = values.length;
    double[] cuts = new double[bins - 1];
    @Nullable CustomerId[] edges = new CustomerId[bins - 1];
    OrderStatistics.Selection select = new OrderStatistics.Selection(values.clone());
    int base = n / bins;
    int extra = n % bins;
    // Each cut's value by selection; then, in one pass over the values, how many lie below each
    // distinct cut value and the ids tied at it (a pass per cut value before).
    double[] distinct = new double[bins - 1];
    int m = 0;
    long[] ranks = new long[bins - 1];
    for (int j = 1; j < bins; j++) {
      long rank = (long) j * base + Math.min(j, extra);
      ranks[j - 1] = rank;
      if (rank >= n) {
        cuts[j - 1] = Double.POSITIVE_INFINITY;
        continue;
      }
      double v = select.kth(rank);
      cuts[j - 1] = v;
      if (m == 0 || v != distinct[m - 1]) {
        distinct[m++] = v;
      }
    }
    // less[k]: values below distinct[k] and at or above distinct[k - 1] (not equal to it).
    long[] less = new long[m + 1];
    CustomerId[][] tied = new CustomerId[m][];
    int[] tiedCount = new int[m];
    for (int k = 0; k < m; k++) {
      tied[k] = new CustomerId[16];
    }
    for (int i = 0; i < n; i++) {
      double x = values[i];
      if (Double.isNaN(x)) {
        continue; // NaN: neither below a cut nor tied at one, as the comparisons say
      }
      int k = 0;
      while (k < m && distinct[k] < x) {
        k++;
      }
      if (k < m && x == distinct[k]) {
        if (tiedCount[k] == tied[k].length) {
          tied[k] = Arrays.copyOf(tied[k], tiedCount[k] * 2);
        }
        tied[k][tiedCount[k]++] = ids[i];
      } else {
        less[k]++;
      }
    }
    int k = -1;
    long belowK = 0;
    for (int j = 0; j < bins - 1; j++) {
      if (ranks[j] >= n) {
        continue;
      }
      while (k < 0 || cuts[j] != distinct[k]) {
        k++;
        belowK += less[k] + (k > 0 ? tiedCount[k - 1] : 0);
      }
      edges[j] = kthSmallest(tied[k], tiedCount[k], (int) (ranks[j] - belowK));
    }
    return new Breakpoints(dim, cuts, edges);
  }

  /**
   * The k-th smallest (from 0) of the first n ids, all distinct, by selection (Hoare's partition
   * around a median of three, reordering them): linear on average where sorting the ties was n log
   * n string comparisons; a partition budget falls back to sorting the rest.
   */
  static CustomerId kthSmallest(CustomerId[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(n)) + 8;
    while (lo < hi) {
      if (budget-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      CustomerId x = a[lo];
      CustomerId y = a[mid];
      CustomerId z = a[hi];
      CustomerId pivot =
          x.compareTo(y) < 0
              ? (y.compareTo(z) < 0 ? y : x.compareTo(z) < 0 ? z : x)
              : (x.compareTo(z) < 0 ? x : y.compareTo(z) < 0 ? z : y);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i].compareTo(pivot) < 0) {
          i++;
        }
        while (a[j].compareTo(pivot) > 0) {
          j--;
        }
        if (i <= j) {
          CustomerId t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  /**
   * Fits quantile boundaries from a merged distribution: the same boundaries as fitting the whole
   * base at once. Fixed binning returns its thresholds.
   *
   * @param distribution the distribution, not empty unless the binning is fixed
   * @return the boundaries
   * @throws IllegalStateException for NTILE binning, whose ties by customer id need the customers
   *     themselves
   * @throws IllegalArgumentException if the distribution is empty and the binning is not fixed
   */
  public RfmBoundaries fit(RfmDistribution distribution) {
    checkNotNull(distribution, "distribution must not be null");
    RfmBoundaries given = fixed;
    if (given != null) {
      return given;
    }
    if (method == BinningMethod.NTILE) {
      throw new IllegalStateException(
          "NTILE boundaries break ties by customer id and cannot be fitted from a distribution;"
              + " fit them on the columns");
    }
    long n = distribution.customers();
    checkArgument(n > 0, "distribution must not be empty to fit %s boundaries", method);
    return new RfmBoundaries(
        method,
        new Breakpoints(
            RfmDimension.RECENCY, distribution.recency.rfmBreakpoints(recencyBins), null),
        new Breakpoints(
            RfmDimension.FREQUENCY, distribution.frequency.rfmBreakpoints(frequencyBins), null),
        new Breakpoints(
            RfmDimension.MONETARY, distribution.monetary.rfmBreakpoints(monetaryBins), null),
        n);
  }

  @Override
  public String toString() {
    return method + " " + recencyBins + "/" + frequencyBins + "/" + monetaryBins;
  }
}
