package io.github.crmkit.segmentation.rfm;

import java.util.Arrays;

/**
 * The k-th smallest of a multiset of values, and R's type 7 quantile over it (Hyndman and Fan 1996,
 * definition 7; the default of R's {@code quantile}). Three sources give identical answers for
 * identical multisets: a dense histogram of small integers, sorted distinct values with counts
 * (mergeable), and in-place selection over a copy of a double column.
 */
abstract class OrderStatistics {

  /** The number of values. */
  abstract long size();

  /** The k-th smallest value, k from 0. Calls come with non-decreasing k. */
  abstract double kth(long k);

  /** Announces the ranks {@link #kth} will be asked for, in increasing order. */
  void prepare(long[] ranks) {}

  /**
   * R's type 7 quantile, computed the way R computes it so that results agree to the last bit:
   * {@code index = 1 + (n - 1) p}, {@code qs = x[lo]}, and where {@code index > lo} and {@code
   * x[hi] != qs}, {@code (1 - h) qs + h x[hi]} with {@code h = index - lo}.
   */
  final double type7(double p) {
    long n = size();
    double index = 1 + (n - 1) * p;
    long lo = (long) Math.floor(index);
    long hi = (long) Math.ceil(index);
    double qs = kth(lo - 1);
    if (index > lo) {
      double upper = kth(hi - 1);
      if (upper != qs) {
        double h = index - lo;
        qs = (1 - h) * qs + h * upper;
      }
    }
    return qs;
  }

  /** R {@code rfm} 0.3.0 breakpoints: type 7 quantiles at i / bins, i = 1 .. bins - 1, plus 1. */
  final double[] rfmBreakpoints(int bins) {
    double[] cuts = new double[bins - 1];
    double step = 1.0 / bins;
    long n = size();
    long[] ranks = new long[2 * (bins - 1)];
    for (int i = 1; i < bins; i++) {
      double index = 1 + (n - 1) * (i * step);
      ranks[2 * i - 2] = (long) Math.floor(index) - 1;
      ranks[2 * i - 1] = (long) Math.ceil(index) - 1;
    }
    prepare(ranks);
    for (int i = 1; i < bins; i++) {
      cuts[i - 1] = type7(i * step) + 1;
    }
    return cuts;
  }

  /** The smallest and the largest of the values ({@code MAX_VALUE, MIN_VALUE} when empty). */
  static int[] minMax(int[] values) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new int[] {min, max};
  }

  /** Order statistics of integer values, through a histogram when their range is small. */
  static OrderStatistics ofInts(int[] values) {
    int n = values.length;
    int[] minMax = minMax(values);
    int min = minMax[0];
    int max = minMax[1];
    long range = (long) max - min + 1;
    if (n > 0 && range <= 2L * n + 1024) {
      long[] counts = new long[(int) range];
      for (int v : values) {
        counts[v - min]++;
      }
      return Distinct.fromDenseCounts(min, counts);
    }
    double[] copy = new double[n];
    for (int i = 0; i < n; i++) {
      copy[i] = values[i];
    }
    return new Selection(copy);
  }

  /** Sorted distinct values with their counts; also the mergeable form. */
  static final class Distinct extends OrderStatistics {
    final double[] values;
    final long[] counts;
    private final long[] cumulative;

    Distinct(double[] values, long[] counts) {
      this.values = values;
      this.counts = counts;
      this.cumulative = new long[counts.length];
      long sum = 0;
      for (int i = 0; i < counts.length; i++) {
        sum += counts[i];
        cumulative[i] = sum;
      }
    }

    static Distinct fromDenseCounts(int min, long[] counts) {
      int distinct = 0;
      for (long c : counts) {
        if (c > 0) {
          distinct++;
        }
      }
      double[] v = new double[distinct];
      long[] c = new long[distinct];
      int j = 0;
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          v[j] = (double) min + i;
          c[j++] = counts[i];
        }
      }
      return new Distinct(v, c);
    }

    static Distinct fromValues(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          distinct++;
        }
      }
      double[] v = new double[distinct];
      long[] c = new long[distinct];
      int j = -1;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          v[++j] = sorted[i];
        }
        c[j]++;
      }
      return new Distinct(v, c);
    }

    Distinct merge(Distinct other) {
      double[] v = new double[values.length + other.values.length];
      long[] c = new long[v.length];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < values.length || j < other.values.length) {
        if (j == other.values.length
            || (i < values.length && Double.compare(values[i], other.values[j]) < 0)) {
          v[k] = values[i];
          c[k++] = counts[i++];
        } else if (i == values.length || Double.compare(other.values[j], values[i]) < 0) {
          v[k] = other.values[j];
          c[k++] = other.counts[j++];
        } else {
          v[k] = values[i];
          c[k++] = counts[i++] + other.counts[j++];
        }
      }
      return new Distinct(Arrays.copyOf(v, k), Arrays.copyOf(c, k));
    }

    @Override
    long size() {
      return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    @Override
    double kth(long k) {
      int i = Arrays.binarySearch(cumulative, k + 1);
      return values[i >= 0 ? i : -i - 1];
    }
  }

  /** In-place selection over a private copy of the values (introselect). */
  static final class Selection extends OrderStatistics {
    private final double[] a;
    private int from;

    Selection(double[] privateCopy) {
      this.a = privateCopy;
    }

    @Override
    long size() {
      return a.length;
    }

    @Override
    double kth(long k) {
      int target = (int) k;
      if (target < from) {
        // Already placed by an earlier call: everything before 'from' is in final position.
        return a[target];
      }
      select(target);
      from = target;
      return a[target];
    }

    private void select(int k) {
      int lo = from;
      int hi = a.length - 1;
      int budget = 2 * (64 - Long.numberOfLeadingZeros(a.length)) + 8;
      while (hi > lo) {
        if (budget-- == 0) {
          Arrays.sort(a, lo, hi + 1);
          return;
        }
        int mid = (lo + hi) >>> 1;
        double pivot = median(a[lo], a[mid], a[hi]);
        int i = lo;
        int j = hi;
        while (i <= j) {
          while (a[i] < pivot) {
            i++;
          }
          while (a[j] > pivot) {
            j--;
          }
          if (i <= j) {
            double t = a[i];
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
          return;
        }
      }
    }

    private static double median(double x, double y, double z) {
      return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
  }

  /**
   * Exact order statistics of a double column without copying or reordering it, for many ranks at
   * once: a sorted sample brackets each wanted rank, one pass (split over tasks) counts the values
   * below each bracket and collects the few inside, and only those are sorted. A rank that the
   * sample failed to bracket falls back to selection over a copy, so the answer is always exact;
   * only the speed depends on the sample.
   */
  static final class Bracketed extends OrderStatistics {
    private static final int SMALL = 1 << 15;
    private final double[] values;
    private final int tasks;
    private long[] preparedRanks = new long[0];
    private double[] answers = new double[0];

    Bracketed(double[] values, int tasks) {
      this.values = values;
      this.tasks = tasks;
    }

    @Override
    long size() {
      return values.length;
    }

    @Override
    void prepare(long[] ranks) {
      preparedRanks = ranks.clone();
      answers = new double[ranks.length];
      int n = values.length;
      if (n < SMALL) {
        Selection all = new Selection(values.clone());
        for (int i = 0; i < ranks.length; i++) {
          answers[i] = all.kth(ranks[i]);
        }
        return;
      }
      int s = Math.min(n / 8, 1 << 15);
      int stride = n / s;
      double[] sample = new double[s];
      for (int j = 0; j < s; j++) {
        sample[j] = values[j * stride + (int) ((j * 2_654_435_761L) % stride)];
      }
      if (tasks > 1) {
        Arrays.parallelSort(sample);
      } else {
        Arrays.sort(sample);
      }
      // The sample rank of a population quantile p has a standard deviation of at most
      // sqrt(s) / 2; four of them make a missed bracket (and the fallback) very rare.
      int margin = (int) (2 * Math.sqrt(s)) + 8;
      double[] lows = new double[ranks.length];
      double[] highs = new double[ranks.length];
      int m = 0;
      for (long r : ranks) {
        long pos = r * (s - 1) / (n - 1);
        double lo = pos - margin <= 0 ? Double.NEGATIVE_INFINITY : sample[(int) (pos - margin)];
        double hi = pos + margin >= s - 1 ? Double.POSITIVE_INFINITY : sample[(int) (pos + margin)];
        if (m > 0 && lo <= highs[m - 1]) {
          highs[m - 1] = Math.max(highs[m - 1], hi);
        } else {
          lows[m] = lo;
          highs[m] = hi;
          m++;
        }
      }
      int intervals = m;
      long[][] gaps = new long[tasks][];
      double[][][] inside = new double[tasks][intervals][];
      int[][] filled = new int[tasks][];
      Parallel.run(
          tasks,
          t -> {
            // Allocated by the task itself, so two tasks' counters never share a cache line.
            long[] gap = new long[intervals + 1];
            gaps[t] = gap;
            double[][] in = inside[t];
            int[] fill = new int[intervals];
            filled[t] = fill;
            for (int i = 0; i < intervals; i++) {
              in[i] = new double[64];
            }
            for (int i = Parallel.start(t, tasks, n), end = Parallel.start(t + 1, tasks, n);
                i < end;
                i++) {
              double v = values[i];
              // g = number of intervals wholly below v, counted without branches: the sign bit
              // of (high - v) is 1 exactly when high < v.
              int g = 0;
              for (int k = 0; k < intervals; k++) {
                g += (int) (Double.doubleToRawLongBits(highs[k] - v) >>> 63);
              }
              if (g < intervals && v >= lows[g]) {
                if (fill[g] == in[g].length) {
                  in[g] = Arrays.copyOf(in[g], fill[g] * 2);
                }
                in[g][fill[g]++] = v;
              } else {
                gap[g]++;
              }
            }
          });
      double[][] sorted = new double[intervals][];
      for (int g = 0; g < intervals; g++) {
        int size = 0;
        for (int t = 0; t < tasks; t++) {
          size += filled[t][g];
        }
        double[] all = new double[size];
        int at = 0;
        for (int t = 0; t < tasks; t++) {
          System.arraycopy(inside[t][g], 0, all, at, filled[t][g]);
          at += filled[t][g];
        }
        sorted[g] = all;
      }
      Parallel.run(
          Math.min(tasks, intervals),
          t -> {
            for (int g = t; g < intervals; g += Math.min(tasks, intervals)) {
              Arrays.sort(sorted[g]);
            }
          });
      long below = 0;
      long[] start = new long[intervals];
      for (int g = 0; g < intervals; g++) {
        for (int t = 0; t < tasks; t++) {
          below += gaps[t][g];
        }
        start[g] = below;
        below += sorted[g].length;
      }
      Selection fallback = null;
      for (int i = 0; i < ranks.length; i++) {
        long r = ranks[i];
        boolean found = false;
        for (int g = 0; g < intervals && !found; g++) {
          if (r >= start[g] && r < start[g] + sorted[g].length) {
            answers[i] = sorted[g][(int) (r - start[g])];
            found = true;
          }
        }
        if (!found) {
          if (fallback == null) {
            fallback = new Selection(values.clone());
          }
          answers[i] = fallback.kth(r);
        }
      }
    }

    @Override
    double kth(long k) {
      for (int i = 0; i < preparedRanks.length; i++) {
        if (preparedRanks[i] == k) {
          return answers[i];
        }
      }
      prepare(new long[] {k});
      return answers[0];
    }
  }
}
