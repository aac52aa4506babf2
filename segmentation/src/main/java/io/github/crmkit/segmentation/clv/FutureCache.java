package io.github.crmkit.segmentation.clv;

/**
 * Batch conditional expectations of the beta-geometric models: the expectation is P(alive) times a
 * factor that depends on (x, T) only, so the factor is computed once per distinct pair in an
 * open-addressing table.
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
    double[] out = new double[n];
    int cap = Integer.highestOneBit(Math.max(16, n / 2)) * 2;
    int mask = cap - 1;
    int[] keyX = new int[cap];
    long[] keyT = new long[cap];
    double[] value = new double[cap];
    boolean[] used = new boolean[cap];
    int size = 0;
    for (int i = 0; i < n; i++) {
      double p = alive.of(x[i], tx[i], age[i]);
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
}
