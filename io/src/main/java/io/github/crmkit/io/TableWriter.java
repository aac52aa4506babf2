package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.crmkit.core.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * Writes a table of per-customer results, one row per customer, as CSV or as JSON Lines: each
 * column a function of the row's index, so a million customers' results are written from the arrays
 * that hold them without an object per row. Rows are formatted in blocks on every core and written
 * in order as UTF-8 bytes; at most one block per core is held at a time.
 *
 * <ul>
 *   <li>CSV: a header of the column names, then one line per row; text cells as {@link
 *       CsvWriter#cell} writes them (quoted when needed, a would-be formula neutralised). Lines end
 *       in CRLF as RFC 4180 and {@link CsvWriter} have them, or in LF where {@linkplain
 *       Builder#lineEnd chosen}.
 *   <li>JSON Lines: one object per row, members in column order, each line ending in LF as JSON
 *       Lines requires.
 *   <li>Whole numbers are written as they are; decimal numbers either with a fixed number of
 *       fraction digits (the exact binary value rounded to the nearest, ties to even, as C's {@code
 *       printf}, Python's {@code format} and R's {@code sprintf} round, so that 2.675, which is
 *       2.67499999... in binary, is 2.67; Java's {@code String.format} rounds the shortest decimal
 *       instead and writes 2.68) or, without one, as {@link JsonLinesWriter} writes numbers: the
 *       shortest decimal that reads back to the same double ({@link Double#toString}'s digits), in
 *       plain notation, without trailing zeros.
 *   <li>A decimal that is not finite is an {@link IllegalArgumentException} naming the column and
 *       the row: neither format has a number for it, and a written "NaN" would be read back as
 *       data.
 * </ul>
 *
 * <pre>{@code
 * TableWriter table = TableWriter.builder()
 *     .texts("customer_id", i -> data.customer(i).value())
 *     .decimals("p_alive", i -> alive[i], 6)
 *     .decimals("clv", i -> value[i], 2)
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("clv.csv"))) {
 *   table.write(out, TableWriter.Format.CSV, data.size());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe when its column functions are (they are called from several threads,
 * each row once).
 *
 * @since 0.2
 */
public final class TableWriter {
  /** The rows formatted at a time by one task. */
  static final int BLOCK = 65_536;

  /** The output format. */
  public enum Format {
    /** RFC 4180 CSV with a header line. */
    CSV("csv"),
    /** JSON Lines: one JSON object per line, no header. */
    JSON_LINES("jsonl");

    private final String code;

    Format(String code) {
      this.code = code;
    }

    /**
     * The stable code of this format.
     *
     * @return {@code csv} or {@code jsonl}
     */
    public String code() {
      return code;
    }
  }

  private final Column[] columns;
  private final String lineEnd;

  private TableWriter(List<Column> columns, String lineEnd) {
    this.columns = columns.toArray(new Column[0]);
    this.lineEnd = lineEnd;
  }

  /**
   * A new builder with no columns.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this writer's columns and line ending, to add columns to.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Column c : columns) {
      b.add(c.name, c.kind, c.texts, c.integers, c.decimals, c.digits);
    }
    b.lineEnd = lineEnd;
    return b;
  }

  /**
   * The column names, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    List<String> out = new ArrayList<>(columns.length);
    for (Column c : columns) {
      out.add(c.name);
    }
    return List.copyOf(out);
  }

  /**
   * Writes rows {@code 0} to {@code rows - 1} (and, for CSV, the header first). The stream is
   * neither flushed nor closed.
   *
   * @param out where to write, not null
   * @param format the format, not null
   * @param rows the number of rows, not negative
   * @return the number of bytes written
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a decimal is not finite, or a column function returns null
   *     text (naming the column and the row); the blocks before the row's have been written
   */
  public long write(OutputStream out, Format format, int rows) throws IOException {
    checkNotNull(out, "out must not be null");
    return write(format, rows, (b, n) -> out.write(b, 0, n));
  }

  /**
   * Writes rows {@code 0} to {@code rows - 1} (and, for CSV, the header first) to a character
   * stream, block by block. The writer is neither flushed nor closed.
   *
   * @param out where to write, not null
   * @param format the format, not null
   * @param rows the number of rows, not negative
   * @return the number of UTF-8 bytes the text has
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a decimal is not finite, or a column function returns null
   *     text (naming the column and the row); the blocks before the row's have been written
   */
  public long write(Writer out, Format format, int rows) throws IOException {
    checkNotNull(out, "out must not be null");
    return write(format, rows, (b, n) -> out.write(new String(b, 0, n, StandardCharsets.UTF_8)));
  }

  /** Where the bytes of whole lines go. */
  private interface Sink {
    void accept(byte[] bytes, int length) throws IOException;
  }

  private long write(Format format, int rows, Sink out) throws IOException {
    checkNotNull(format, "format must not be null");
    checkArgument(rows >= 0, "rows must not be negative, but was %s", rows);
    boolean json = format == Format.JSON_LINES;
    byte[] eol = (json ? "\n" : lineEnd).getBytes(StandardCharsets.UTF_8);
    byte[][] prefix = prefixes(json);
    long written = 0;
    if (!json) {
      StringBuilder header = new StringBuilder();
      for (Column c : columns) {
        header.append(header.length() == 0 ? "" : ",").append(CsvWriter.cell(c.name));
      }
      byte[] h = header.append(lineEnd).toString().getBytes(StandardCharsets.UTF_8);
      out.accept(h, h.length);
      written += h.length;
    }
    int blocks = (rows + BLOCK - 1) / BLOCK;
    int wave = Math.max(1, Runtime.getRuntime().availableProcessors());
    Bytes[] sinks = new Bytes[Math.min(wave, Math.max(1, blocks))];
    for (int k = 0; k < sinks.length; k++) {
      sinks[k] = new Bytes(Math.min(rows, BLOCK) * 16 * columns.length + 64);
    }
    for (int first = 0; first < blocks; first += sinks.length) {
      int from = first;
      int count = Math.min(sinks.length, blocks - first);
      IntStream.range(0, count)
          .parallel()
          .forEach(
              k -> {
                Bytes sink = sinks[k];
                sink.len = 0;
                int lo = (from + k) * BLOCK;
                int hi = Math.min(rows, lo + BLOCK);
                for (int i = lo; i < hi; i++) {
                  row(sink, i, json, prefix, eol);
                }
              });
      for (int k = 0; k < count; k++) {
        out.accept(sinks[k].buf, sinks[k].len);
        written += sinks[k].len;
      }
    }
    return written;
  }

  /**
   * Writes the rows to a new byte array (tests, small tables).
   *
   * @param format the format, not null
   * @param rows the number of rows, not negative
   * @return the text as UTF-8 bytes
   */
  public byte[] toBytes(Format format, int rows) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      write(out, format, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What precedes each value: a comma (CSV), or the member name with its brace or comma (JSON). */
  private byte[][] prefixes(boolean json) {
    byte[][] p = new byte[columns.length][];
    for (int k = 0; k < p.length; k++) {
      if (json) {
        StringBuilder sb = new StringBuilder(k == 0 ? "{" : ",");
        Json.quote(sb, columns[k].name);
        p[k] = sb.append(':').toString().getBytes(StandardCharsets.UTF_8);
      } else {
        p[k] = k == 0 ? new byte[0] : new byte[] {','};
      }
    }
    return p;
  }

  private void row(Bytes sink, int i, boolean json, byte[][] prefix, byte[] eol) {
    Column[] cs = columns;
    for (int k = 0; k < cs.length; k++) {
      if (json) {
        sink.append(prefix[k]);
      } else if (k > 0) {
        sink.append((byte) ',');
      }
      Column c = cs[k];
      switch (c.kind) {
        case TEXT -> {
          String s = text(c, i);
          if (json) {
            StringBuilder sb = new StringBuilder(s.length() + 2);
            Json.quote(sb, s);
            sink.appendText(sb.toString());
          } else {
            sink.appendText(CsvWriter.cell(s));
          }
        }
        case LABEL -> sink.append(sink.label(text(c, i), json));
        case INTEGER -> sink.append(c.integers.applyAsLong(i));
        case DECIMAL -> {
          double v = c.decimals.applyAsDouble(i);
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                "column " + c.name + ", row " + i + ": " + v + " is not a finite number");
          }
          if (c.digits < 0) {
            sink.appendShortest(v);
          } else {
            sink.appendFixed(v, c.digits);
          }
        }
      }
    }
    if (json) {
      sink.append((byte) '}');
    }
    sink.append(eol);
  }

  private static String text(Column c, int i) {
    String s = c.texts.apply(i);
    if (s == null) {
      throw new IllegalArgumentException("column " + c.name + ", row " + i + ": the text is null");
    }
    return s;
  }

  private enum Kind {
    TEXT,
    LABEL,
    INTEGER,
    DECIMAL
  }

  /** One column: its name, kind and value function. */
  private static final class Column {
    final String name;
    final Kind kind;
    final IntFunction<String> texts;
    final IntToLongFunction integers;
    final IntToDoubleFunction decimals;
    final int digits;

    Column(
        String name,
        Kind kind,
        IntFunction<String> texts,
        IntToLongFunction integers,
        IntToDoubleFunction decimals,
        int digits) {
      this.name = name;
      this.kind = kind;
      this.texts = texts;
      this.integers = integers;
      this.decimals = decimals;
      this.digits = digits;
    }
  }

  /** Builds a {@link TableWriter}: mutable, single-threaded. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private String lineEnd = "\r\n";

    private Builder() {}

    private Builder add(
        String name,
        Kind kind,
        IntFunction<String> t,
        IntToLongFunction n,
        IntToDoubleFunction d,
        int digits) {
      checkNotNull(name, "name must not be null");
      checkArgument(!name.isEmpty(), "name must not be empty");
      checkArgument(
          names.add(name.toLowerCase(Locale.ROOT)), "column '%s' is already in the table", name);
      columns.add(new Column(name, kind, t, n, d, digits));
      return this;
    }

    /**
     * Adds a text column (a customer id, a name).
     *
     * @param name the column's name, not empty, not added before (compared without case)
     * @param values the text of each row, never null
     * @return this builder
     */
    public Builder texts(String name, IntFunction<String> values) {
      checkNotNull(values, "values must not be null");
      return add(name, Kind.TEXT, values, i -> 0, i -> 0, -1);
    }

    /**
     * Adds a text column of few distinct values (a segment's name, a code): each value's cell is
     * made once and kept by the text's identity, so that it is not quoted and encoded on every row.
     *
     * @param name the column's name, not empty, not added before
     * @param values the text of each row, never null; the same few {@code String} instances
     * @return this builder
     */
    public Builder labels(String name, IntFunction<String> values) {
      checkNotNull(values, "values must not be null");
      return add(name, Kind.LABEL, values, i -> 0, i -> 0, -1);
    }

    /**
     * Adds a column of whole numbers.
     *
     * @param name the column's name, not empty, not added before
     * @param values the number of each row
     * @return this builder
     */
    public Builder integers(String name, IntToLongFunction values) {
      checkNotNull(values, "values must not be null");
      return add(name, Kind.INTEGER, i -> "", values, i -> 0, -1);
    }

    /**
     * Adds a column of decimal numbers written in the shortest form that reads back to the same
     * double.
     *
     * @param name the column's name, not empty, not added before
     * @param values the number of each row, finite
     * @return this builder
     */
    public Builder decimals(String name, IntToDoubleFunction values) {
      checkNotNull(values, "values must not be null");
      return add(name, Kind.DECIMAL, i -> "", i -> 0, values, -1);
    }

    /**
     * Adds a column of decimal numbers written with a fixed number of fraction digits.
     *
     * @param name the column's name, not empty, not added before
     * @param values the number of each row, finite
     * @param fractionDigits the digits after the point, 0 to 9
     * @return this builder
     */
    public Builder decimals(String name, IntToDoubleFunction values, int fractionDigits) {
      checkNotNull(values, "values must not be null");
      checkArgument(
          fractionDigits >= 0 && fractionDigits <= 9,
          "fractionDigits must be between 0 and 9, but was %s",
          fractionDigits);
      return add(name, Kind.DECIMAL, i -> "", i -> 0, values, fractionDigits);
    }

    /**
     * The line ending of CSV output (JSON Lines always ends lines in LF).
     *
     * @param lineEnd {@code "\r\n"} (the default) or {@code "\n"}
     * @return this builder
     */
    public Builder lineEnd(String lineEnd) {
      checkNotNull(lineEnd, "lineEnd must not be null");
      checkArgument(
          lineEnd.equals("\n") || lineEnd.equals("\r\n"),
          "lineEnd must be \\n or \\r\\n, but was '%s'",
          lineEnd.replace("\r", "\\r").replace("\n", "\\n"));
      this.lineEnd = lineEnd;
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     * @throws IllegalStateException if no column was added
     */
    public TableWriter build() {
      checkState(!columns.isEmpty(), "a table needs at least one column");
      return new TableWriter(columns, lineEnd);
    }
  }

  /** A growable byte buffer with the number formats of the table. */
  static final class Bytes {
    byte[] buf;
    int len;
    private final String[] labels = new String[64];
    private final byte[][] labelBytes = new byte[64][];

    Bytes(int capacity) {
      buf = new byte[Math.max(64, capacity)];
    }

    private void ensure(int more) {
      if (len + more > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }

    void append(byte b) {
      ensure(1);
      buf[len++] = b;
    }

    void append(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    /**
     * Text as UTF-8: ASCII byte by byte, anything else through the encoder. A {@code String}
     * parameter, not a {@code CharSequence}: the client compiler, which runs short command-line
     * runs, calls an interface's {@code charAt} for every character but inlines {@code String}'s.
     */
    void appendText(String s) {
      int n = s.length();
      ensure(n);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          append(s.getBytes(StandardCharsets.UTF_8));
          return;
        }
        buf[len + i] = (byte) c;
      }
      len += n;
    }

    /**
     * The cell bytes of a label, from a small table by the text's identity, probing on from its
     * hash's slot.
     */
    @SuppressWarnings("ReferenceEquality") // the cache is by identity: the same String each row
    byte[] label(String s, boolean json) {
      int mask = labels.length - 1;
      int h = s.hashCode() & mask;
      for (int k = 0; k < labels.length; k++) {
        int slot = (h + k) & mask;
        String held = labels[slot];
        if (held == s) {
          return labelBytes[slot];
        }
        if (held == null) {
          return remember(slot, s, json);
        }
      }
      return remember(h, s, json);
    }

    private byte[] remember(int slot, String s, boolean json) {
      String cell;
      if (json) {
        StringBuilder sb = new StringBuilder();
        Json.quote(sb, s);
        cell = sb.toString();
      } else {
        cell = CsvWriter.cell(s);
      }
      byte[] b = cell.getBytes(StandardCharsets.UTF_8);
      labels[slot] = s;
      labelBytes[slot] = b;
      return b;
    }

    void append(long v) {
      if (v >= 0 && v <= Integer.MAX_VALUE) {
        small((int) v, 1);
        return;
      }
      if (v == Long.MIN_VALUE) {
        appendText(Long.toString(v));
        return;
      }
      ensure(20);
      if (v < 0) {
        buf[len++] = '-';
        v = -v;
      }
      if (v <= Integer.MAX_VALUE) {
        small((int) v, 1);
        return;
      }
      int end = len + 19;
      int p = end;
      while (v != 0) { // more than nine digits: rare, plain division
        buf[--p] = (byte) ('0' + v % 10);
        v /= 10;
      }
      int n = end - p;
      System.arraycopy(buf, p, buf, len, n);
      len += n;
    }

    /**
     * Writes the decimal digits of {@code 0 <= v <= Integer.MAX_VALUE}, at least {@code min} of
     * them (zeros in front), from the last: each division by ten a multiply and a shift (exact for
     * every unsigned 32-bit value), since the client compiler, which runs short command-line runs,
     * does not turn a division by a constant into one.
     */
    private void small(int v, int min) {
      int d = Math.max(min, digitCount(v));
      ensure(d);
      int end = len + d;
      long x = v;
      for (int p = end - 1; p >= len; p--) {
        long q = (x * 0xCCCCCCCDL) >>> 35;
        buf[p] = (byte) ('0' + (x - q * 10));
        x = q;
      }
      len = end;
    }

    private static int digitCount(int v) {
      if (v < 100_000) {
        return v < 100 ? (v < 10 ? 1 : 2) : v < 1_000 ? 3 : v < 10_000 ? 4 : 5;
      }
      return v < 10_000_000
          ? (v < 1_000_000 ? 6 : 7)
          : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
    }

    private static final long[] POW10 = {
      1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };

    /**
     * Appends the finite {@code v} rounded to {@code digits} fraction digits, from its exact binary
     * value, ties to even; a result of zero has no sign.
     */
    void appendFixed(double v, int digits) {
      double a = Math.abs(v);
      long p = POW10[digits];
      double scaled = a * p;
      double floor = Math.floor(scaled);
      double frac = scaled - floor;
      // The product's rounding error is below 2^-10 for scaled < 2^42; away from a tie it cannot
      // change the rounded result, near one the exact decimal value decides.
      if (!(scaled < 0x1p42) || Math.abs(frac - 0.5) < 0x1p-9) {
        appendText(new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString());
        return;
      }
      long q = (long) floor + (frac > 0.5 ? 1 : 0);
      if (v < 0 && q != 0) {
        append((byte) '-');
      }
      if (q <= Integer.MAX_VALUE) {
        small((int) q, digits + 1);
      } else {
        appendText(String.format(Locale.ROOT, "%0" + (digits + 1) + "d", q));
      }
      if (digits > 0) {
        System.arraycopy(buf, len - digits, buf, len - digits + 1, digits);
        buf[len - digits] = '.';
        len++;
      }
    }

    /**
     * Appends the finite {@code v} as {@link JsonLinesWriter} writes numbers: {@link
     * Double#toString}'s digits in plain notation, without trailing zeros.
     */
    void appendShortest(double v) {
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        append((long) v); // whole values, -0.0 included, as whole numbers
        return;
      }
      String s = Double.toString(v);
      int e = s.indexOf('E');
      if (e < 0) {
        appendText(s); // d.ddd with no trailing zeros once whole values are excluded
        return;
      }
      appendText(plain(s, e));
    }

    /** {@code d.dddE±x} in plain notation. */
    static String plain(String s, int e) {
      boolean negative = s.charAt(0) == '-';
      String mantissa = s.substring(negative ? 1 : 0, e);
      int exp = Integer.parseInt(s.substring(e + 1));
      int dot = mantissa.indexOf('.');
      String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
      int point = dot + exp; // digits before the point
      int end = digits.length();
      while (end > 1 && digits.charAt(end - 1) == '0') {
        end--;
      }
      digits = digits.substring(0, end);
      StringBuilder sb = new StringBuilder(negative ? "-" : "");
      if (point <= 0) {
        sb.append("0.").append("0".repeat(-point)).append(digits);
      } else if (point >= digits.length()) {
        sb.append(digits).append("0".repeat(point - digits.length()));
      } else {
        sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
      }
      return sb.toString();
    }
  }
}
