package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The table writer's number formats against their definitions: fixed digits are the exact value
 * rounded to the nearest, ties to even ({@code BigDecimal.setScale}), shortest decimals are what
 * {@link JsonLinesWriter} writes, whole numbers are {@link Long#toString}; and what it writes,
 * crmkit's reader reads back to the same values.
 */
class TableWriterProperties {
  private static String fixed(double v, int digits) {
    TableWriter.Bytes b = new TableWriter.Bytes(8);
    b.appendFixed(v, digits);
    return new String(b.buf, 0, b.len, StandardCharsets.UTF_8);
  }

  private static String shortest(double v) {
    TableWriter.Bytes b = new TableWriter.Bytes(8);
    b.appendShortest(v);
    return new String(b.buf, 0, b.len, StandardCharsets.UTF_8);
  }

  @Test
  void fixedDigitsAreTheExactValueRoundedTiesToEven() {
    qt().withExamples(100_000)
        .forAll(doubles().between(-1e7, 1e7), integers().between(0, 9), integers().between(0, 3))
        .checkAssert(
            (raw, digits, shape) -> {
              // Shapes: any value, a value on a tie of the digits, a value of few decimals (money).
              double v =
                  switch (shape) {
                    case 0 -> raw;
                    case 1 -> (Math.floor(raw) + 0.5) / Math.pow(10, digits);
                    case 2 -> Math.round(raw * 100) / 100.0;
                    default -> raw * 1e-9;
                  };
              assertThat(fixed(v, digits))
                  .as("%s to %s digits", v, digits)
                  .isEqualTo(
                      new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString());
            });
  }

  @Test
  void fixedDigitsRoundTheBinaryValueAsPrintfDoes() {
    assertThat(fixed(2.675, 2)).isEqualTo("2.67"); // 2.67499999... (String.format: 2.68)
    assertThat(fixed(0.125, 2)).isEqualTo("0.12"); // an exact tie, to even
    assertThat(fixed(0.375, 2)).isEqualTo("0.38");
    assertThat(fixed(-0.0000004, 6)).isEqualTo("0.000000");
    assertThat(fixed(-1.5, 0)).isEqualTo("-2");
    assertThat(fixed(12.5, 0)).isEqualTo("12");
    assertThat(fixed(1e300, 2))
        .startsWith("1000000000000000052504760255204420248704468581108159154");
  }

  @Test
  void shortestDecimalsAreWhatJsonLinesWriterWrites() {
    qt().withExamples(100_000)
        .forAll(longs().all(), integers().between(0, 2))
        .checkAssert(
            (bits, shape) -> {
              double v =
                  switch (shape) {
                    case 0 -> Double.longBitsToDouble(bits);
                    case 1 -> (bits % 100_000_000) / 1000.0;
                    default -> (double) (bits % 10_000_000_000_000_000L);
                  };
              if (!Double.isFinite(v)) {
                return;
              }
              String s = shortest(v);
              assertThat(s)
                  .as("%s", v)
                  .isEqualTo(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
              assertThat(Double.parseDouble(s)).isEqualTo(v == 0 ? 0.0 : v);
            });
  }

  @Test
  void wholeNumbersAreWrittenAsLongToString() {
    qt().withExamples(50_000)
        .forAll(longs().all())
        .checkAssert(
            v -> {
              TableWriter.Bytes b = new TableWriter.Bytes(8);
              b.append(v);
              assertThat(new String(b.buf, 0, b.len, StandardCharsets.US_ASCII))
                  .isEqualTo(Long.toString(v));
            });
  }
}
