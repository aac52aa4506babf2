package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The three sources of order statistics agree with sorting, on large and awkward inputs. */
class OrderStatisticsTest {

  static double[][] inputs() {
    SplittableRandom rng = new SplittableRandom(11);
    int n = 200_000;
    double[] random = new double[n];
    double[] tied = new double[n];
    double[] ascending = new double[n];
    double[] descending = new double[n];
    double[] constant = new double[n];
    double[] twoValues = new double[n];
    for (int i = 0; i < n; i++) {
      random[i] = Math.exp(rng.nextGaussian() * 2);
      tied[i] = rng.nextInt(10) < 6 ? 0 : rng.nextInt(50) / 4.0;
      ascending[i] = Math.floorDiv(i, 3); // runs of three equal values
      descending[i] = n - i;
      constant[i] = 42.5;
      twoValues[i] = i < n / 5 ? 1 : 1e12;
    }
    return new double[][] {random, tied, ascending, descending, constant, twoValues};
  }

  @Test
  void bracketedSelectionIsExactForEveryRankAsked() {
    for (double[] values : inputs()) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int tasks : new int[] {1, 2, 3}) {
        OrderStatistics.Bracketed b = new OrderStatistics.Bracketed(values, tasks);
        long[] ranks = {0, 1, 999, 40_000, 40_001, 99_999, 100_000, 159_999, 199_998, 199_999};
        b.prepare(ranks);
        for (long r : ranks) {
          assertThat(b.kth(r)).isEqualTo(sorted[(int) r]);
        }
        assertThat(b.kth(123_456)).isEqualTo(sorted[123_456]);
        for (int bins = 2; bins <= 10; bins++) {
          assertThat(new OrderStatistics.Bracketed(values, tasks).rfmBreakpoints(bins))
              .containsExactly(OrderStatistics.Distinct.fromValues(values).rfmBreakpoints(bins));
        }
      }
      assertThat(new OrderStatistics.Selection(values.clone()).rfmBreakpoints(5))
          .containsExactly(OrderStatistics.Distinct.fromValues(values).rfmBreakpoints(5));
    }
  }

  @Test
  void integerHistogramsAgreeWithSelection() {
    SplittableRandom rng = new SplittableRandom(12);
    int[] small = new int[50_000];
    int[] wide = new int[1_000];
    for (int i = 0; i < small.length; i++) {
      small[i] = rng.nextInt(700);
    }
    for (int i = 0; i < wide.length; i++) {
      wide[i] = rng.nextInt(Integer.MAX_VALUE);
    }
    for (int[] values : new int[][] {small, wide}) {
      double[] asDoubles = Arrays.stream(values).asDoubleStream().toArray();
      assertThat(OrderStatistics.ofInts(values).rfmBreakpoints(7))
          .containsExactly(new OrderStatistics.Selection(asDoubles).rfmBreakpoints(7));
    }
  }
}
