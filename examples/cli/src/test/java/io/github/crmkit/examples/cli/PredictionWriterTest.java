package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast number formatting of clv predict's CSV equals String.format's, ties included. */
class PredictionWriterTest {
  private static String fast(double v, int digits) {
    StringBuilder sb = new StringBuilder();
    PredictionWriter.fixed(sb, v, digits);
    return sb.toString();
  }

  @Test
  void fixedEqualsStringFormatOnRandomValuesAndTies() {
    SplittableRandom rng = new SplittableRandom(20);
    for (int k = 0; k < 1_000_000; k++) {
      double v;
      switch (k % 5) {
        case 0 -> v = rng.nextDouble();
        case 1 -> v = rng.nextDouble() * 1e4;
        case 2 -> v = Math.exp(rng.nextDouble(-40, 25));
        case 3 -> v = Math.round(rng.nextDouble() * 1e7) / 1e7; // ties at the 7th decimal
        default -> v = (Math.floor(rng.nextDouble() * 1e6) + 0.5) / 1e6; // near-exact halves
      }
      for (int digits : new int[] {4, 6}) {
        assertThat(fast(v, digits))
            .as("%s with %d decimals", v, digits)
            .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", v));
      }
    }
    for (double v :
        new double[] {
          0,
          -0.0,
          -1.5,
          0.0000005,
          0.0000015,
          1.0000005,
          2.5e-7,
          123456.1234565,
          1e15,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.MIN_VALUE
        }) {
      assertThat(fast(v, 6)).isEqualTo(String.format(Locale.ROOT, "%.6f", v));
      assertThat(fast(v, 4)).isEqualTo(String.format(Locale.ROOT, "%.4f", v));
    }
  }
}
