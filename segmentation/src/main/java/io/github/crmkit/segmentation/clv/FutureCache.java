package io.github.crmkit.segmentation.clv;

/**
 * Batch conditional expectations: the expectation is P(alive) times a factor that depends on (x, T)
 * only, so the factor is computed once per distinct pair in an open-addressing table; an expensive
 * P(alive) (Pareto/NBD's) is likewise computed once per distinct (x, t_x, T).
 */
final class FutureCache {
  private FutureCache() {}

  interface Factor {
    double of(int x, double age);
  }

  interface Alive {
    double of(int x, double tx, double age);
  }

  static double[] predict(ClvData data, Factor factor, Alive alive) {
    int n = data.size();
    int[] x = data.xs();
    double[] tx = data.txs();
    double[] age = data.ages();
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = alive.of(x[i], tx[i], age[i]);
    }
    return predict(data, factor, p);
  }

  /** Each customer's {@code alive[i]} times the factor of its (x, T). */
  static double[] predict(ClvData data, Factor factor, double[] alive) {
    int n = data.size();
    int[] x = data.xs();
    double[] age = data.ages();
    double[] out = new double[n];
    int cap = Integer.highestOneBit(Math.max(16, n / 2)) * 2;
    int mask = cap - 1;
    int[] keyX = new int[cap];
    long[] keyT = new long[cap];
    double[] value = new double[cap];
    boolean[] used = new boolean[cap];
    int size = 0;
    for (int i = 0; i < n; i++) {
      double p = alive[i];
      if (p == 0) {
        continue;
      }
      long bits = Double.doubleToLongBits(age[i]);
      long h = x[i] * 0x9E3779B97F4A7C15L ^ bits * 0xC2B2AE3D27D4EB4FL;
      int s = (int) (h ^ (h >>> 31)) & mask;
      while (used[s] && !(keyX[s] == x[i] && keyT[s] == bits)) {
        s = (s + 1) & mask;
      }
      if (!used[s]) {
        if (size * 2 >= cap) {
          // Table full enough: compute without caching from here on (cap >= n/2 makes this rare).
          out[i] = p * factor.of(x[i], age[i]);
          continue;
        }
        used[s] = true;
        keyX[s] = x[i];
        keyT[s] = bits;
        value[s] = factor.of(x[i], age[i]);
        size++;
      }
      out[i] = p * value[s];
    }
    return out;
  }

  /**
   * Every customer's P(alive), computed once per distinct (x, t_x, T): customers who share a
   * summary (every customer without repeat purchases and of the same age does) share the value.
   */
  static double[] alive(ClvData data, Alive alive) {
    int n = data.size();
    int[] x = data.xs();
    double[] tx = data.txs();
    double[] age = data.ages();
    double[] out = new double[n];
    int cap = Integer.highestOneBit(Math.max(16, n) * 2 - 1) * 2;
    int mask = cap - 1;
    int[] slot = new int[cap]; // the first customer with the summary, + 1; 0 empty
    for (int i = 0; i < n; i++) {
      long a = Double.doubleToLongBits(tx[i]);
      long b = Double.doubleToLongBits(age[i]);
      int s = ClvData.summaryHash(x[i], a, b) & mask;
      while (true) {
        int j = slot[s] - 1;
        if (j < 0) {
          slot[s] = i + 1;
          out[i] = alive.of(x[i], tx[i], age[i]);
          break;
        }
        if (x[j] == x[i]
            && Double.doubleToLongBits(tx[j]) == a
            && Double.doubleToLongBits(age[j]) == b) {
          out[i] = out[j];
          break;
        }
        s = (s + 1) & mask;
      }
    }
    return out;
  }
}
