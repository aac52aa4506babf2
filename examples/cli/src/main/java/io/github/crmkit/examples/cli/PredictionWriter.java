package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.crmkit.segmentation.clv.ClvData;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code clv predict}'s CSV rows or JSON lines in blocks formatted in parallel and written
 * in order, so that a million customers never sit in memory as text: at most {@link #WINDOW} blocks
 * of {@link #BLOCK} rows are formatted at a time. The text is exactly what {@code
 * String.format(Locale.ROOT, "%.6f")} (and {@code %.4f}) gives: numbers are formatted by a fast
 * path whose rounding is checked against the exact decimal value, with {@link String#format} for
 * the rare ties and for negative or huge values.
 */
final class PredictionWriter {
  private PredictionWriter() {}

  static final int BLOCK = 8_192;
  static final int WINDOW = 8;

  /** Writes every row as JSON lines or, with its header, as CSV. */
  static void write(
      Writer out,
      boolean jsonLines,
      ClvData data,
      double[] alive,
      double[] next,
      double @Nullable [] spend,
      double @Nullable [] value)
      throws IOException {
    if (jsonLines) {
      jsonLines(out, data, alive, next, spend, value);
    } else {
      csv(out, data, alive, next, spend, value);
    }
  }

  /** Writes the header and every row. */
  static void csv(
      Writer out,
      ClvData data,
      double[] alive,
      double[] next,
      double @Nullable [] spend,
      double @Nullable [] value)
      throws IOException {
    String eol = System.lineSeparator();
    out.write(
        "customer_id,x,t_x,T,p_alive,expected_purchases"
            + (spend != null ? ",expected_spend,clv" : "")
            + eol);
    blocks(
        out,
        data.size(),
        (sb, i) -> {
          sb.append(CsvText.cell(data.customer(i).value()))
              .append(',')
              .append(data.x(i))
              .append(',')
              .append(data.tx(i))
              .append(',')
              .append(data.age(i))
              .append(',');
          fixed(sb, alive[i], 6);
          sb.append(',');
          fixed(sb, next[i], 6);
          if (spend != null && value != null) {
            sb.append(',');
            fixed(sb, spend[i], 4);
            sb.append(',');
            fixed(sb, value[i], 4);
          }
          sb.append(eol);
        });
  }

  /**
   * Writes JSON lines: per customer, the object {@code clv predict --format json} lists under
   * {@code predictions} (the same members, numbers at full precision as {@link Double#toString}
   * writes them), one per line ending in LF, as JSON Lines requires.
   */
  static void jsonLines(
      Writer out,
      ClvData data,
      double[] alive,
      double[] next,
      double @Nullable [] spend,
      double @Nullable [] value)
      throws IOException {
    JsonStringEncoder strings = JsonStringEncoder.getInstance();
    blocks(
        out,
        data.size(),
        (sb, i) -> {
          sb.append("{\"customer_id\":\"");
          strings.quoteAsString(data.customer(i).value(), sb);
          sb.append("\",\"p_alive\":")
              .append(alive[i])
              .append(",\"expected_purchases\":")
              .append(next[i]);
          if (spend != null && value != null) {
            sb.append(",\"expected_spend\":").append(spend[i]).append(",\"clv\":").append(value[i]);
          }
          sb.append("}\n");
        });
  }

  /** Formats one row into the block's text. */
  private interface Row {
    void format(StringBuilder sb, int i);
  }

  /**
   * Formats rows 0..n in blocks of {@link #BLOCK}, up to {@link #WINDOW} blocks at a time in
   * parallel, and writes the blocks in order.
   */
  private static void blocks(Writer out, int n, Row row) throws IOException {
    int blocks = (n + BLOCK - 1) / BLOCK;
    for (int w = 0; w < blocks; w += WINDOW) {
      int first = w;
      int last = Math.min(blocks, w + WINDOW);
      String[] text = new String[last - first];
      IntStream.range(first, last)
          .parallel()
          .forEach(
              b -> {
                StringBuilder sb = new StringBuilder(BLOCK * 80);
                int to = Math.min(n, (b + 1) * BLOCK);
                for (int i = b * BLOCK; i < to; i++) {
                  row.format(sb, i);
                }
                text[b - first] = sb.toString();
              });
      for (String t : text) {
        out.write(t);
      }
    }
  }

  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * Appends {@code v} with {@code digits} decimals, as {@code String.format(Locale.ROOT, "%.Nf")}
   * does (half-up on the exact binary value).
   */
  static void fixed(StringBuilder sb, double v, int digits) {
    double scaled = v * POW10[digits];
    double floor = Math.floor(scaled);
    double frac = scaled - floor;
    // The product's rounding error is below 2^-10 for scaled < 2^42; away from a tie it cannot
    // change the rounded result, near one the exact formatter decides.
    if (!(v >= 0)
        || Double.doubleToRawLongBits(v) == Long.MIN_VALUE
        || !(scaled < 0x1p42)
        || Math.abs(frac - 0.5) < 0x1p-9) {
      sb.append(String.format(Locale.ROOT, "%." + digits + "f", v));
      return;
    }
    long q = (long) floor + (frac > 0.5 ? 1 : 0);
    long p = POW10[digits];
    sb.append(q / p).append('.');
    long f = q % p;
    for (long d = p / 10; d > 1 && f < d; d /= 10) {
      sb.append('0');
    }
    sb.append(f);
  }
}
