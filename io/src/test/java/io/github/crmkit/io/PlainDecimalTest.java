package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The parser gives exactly Double.parseDouble's double, bit for bit, from text and from bytes
 * inside a larger buffer.
 */
class PlainDecimalTest {
  private static void same(String s) {
    long expected = Double.doubleToRawLongBits(Double.parseDouble(s));
    assertThat(Double.doubleToRawLongBits(PlainDecimal.parse(s))).as(s).isEqualTo(expected);
    byte[] line = ("7," + s + ",9").getBytes(StandardCharsets.US_ASCII);
    assertThat(Double.doubleToRawLongBits(PlainDecimal.parse(line, 2, 2 + s.length())))
        .as("bytes of %s", s)
        .isEqualTo(expected);
  }

  @Test
  void exactValuesTakeTheFastPathAndStayExact() {
    // Whole numbers written with a fraction, the commonest numbers of a summary file, once made
    // the parser fall back for one value in eight; they must come out exact either way.
    SplittableRandom rng = new SplittableRandom(1990);
    for (int k = 0; k < 200_000; k++) {
      long whole = rng.nextLong(0, 1L << 53);
      same(whole + ".0");
      same("-" + whole % 1000 + "." + rng.nextInt(0, 1000));
      same(rng.nextInt(0, 100_000) + "e" + rng.nextInt(-22, 23));
    }
  }

  @Test
  void edgeCases() {
    for (String s :
        new String[] {
          "0",
          "-0",
          "1",
          "9007199254740993",
          "9007199254740992",
          "0.1",
          "68.28571428571429",
          "2.2250738585072014e-308",
          "4.9e-324",
          "1.7976931348623157e308",
          "1e309",
          "1e-400",
          "123456789012345678901234",
          "0.000000000000000000000000000001",
          "2.225073858507201e-308",
          "1.00000000000000011102230246251565404236316680908203125",
          "7.3177701707893310e+15",
          "00012.5",
          ".5",
          "5.",
          "+3",
          "1E5",
          "3e-2",
          "9999999999999999999",
          "1e22",
          "1e23"
        }) {
      same(s);
    }
  }

  @Test
  void randomDecimalsOfEveryShape() {
    SplittableRandom rng = new SplittableRandom(2021);
    for (int k = 0; k < 1_000_000; k++) {
      String s;
      switch (k % 5) {
        case 0 -> s = Double.toString(Double.longBitsToDouble(rng.nextLong() & Long.MAX_VALUE));
        case 1 -> s = Double.toString(rng.nextDouble() * Math.pow(10, rng.nextInt(-30, 30)));
        case 2 -> {
          StringBuilder b = new StringBuilder();
          int digits = 1 + rng.nextInt(19);
          for (int i = 0; i < digits; i++) {
            b.append((char) ('0' + rng.nextInt(10)));
          }
          b.insert(1 + rng.nextInt(digits), '.');
          if (rng.nextBoolean()) {
            b.append('e').append(rng.nextInt(-340, 310));
          }
          s = b.toString();
        }
        case 3 -> s = rng.nextLong(0, Long.MAX_VALUE) + "e" + rng.nextInt(-30, 30);
        default -> s = String.format(Locale.ROOT, "%.17g", rng.nextDouble() * 1000);
      }
      if (s.contains("Infinity") || s.contains("NaN")) {
        continue;
      }
      same(s);
    }
  }
}
