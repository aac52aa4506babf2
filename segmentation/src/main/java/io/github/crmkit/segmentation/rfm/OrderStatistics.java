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
    for (int i = 1; i < bins; i++) {
      cuts[i - 1] = type7(i * step) + 1;
    }
    return cuts;
  }

  /** Order statistics of integer values, through a histogram when their range is small. */
  static OrderStatistics ofInts(int[] values) {
    int n = values.length;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
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
}
