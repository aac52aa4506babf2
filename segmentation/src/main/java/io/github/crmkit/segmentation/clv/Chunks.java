package io.github.crmkit.segmentation.clv;

import java.util.stream.IntStream;

/**
 * Sums a per-summary function and its gradient over the distinct summaries, in fixed chunks that
 * run in parallel on the common pool when there are many; the chunks' results are added in chunk
 * order, so the sum is the same on every run and any number of cores.
 */
final class Chunks {
  private Chunks() {}

  /** Below this many distinct summaries, one thread does everything. */
  static final int PARALLEL_THRESHOLD = 20_000;

  private static final int CHUNK = 8_192;

  /** Adds the chunk [from, to) into {@code acc}: acc[0] the value, acc[1..] the gradient. */
  interface Part {
    void add(int from, int to, double[] acc);
  }

  static double[] sum(int size, int dims, Part part) {
    if (size < PARALLEL_THRESHOLD) {
      double[] acc = new double[dims + 1];
      part.add(0, size, acc);
      return acc;
    }
    int chunks = (size + CHUNK - 1) / CHUNK;
    double[][] parts = new double[chunks][dims + 1];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(c -> part.add(c * CHUNK, Math.min(size, (c + 1) * CHUNK), parts[c]));
    double[] acc = new double[dims + 1];
    for (double[] p : parts) {
      for (int i = 0; i <= dims; i++) {
        acc[i] += p[i];
      }
    }
    return acc;
  }
}
