package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes per-customer results as CSV per RFC 4180 (CRLF line ends by default), safe to open in a
 * spreadsheet: a text cell holding a comma, semicolon, quote, line break or leading or trailing
 * space is quoted (quotes doubled); a text cell a spreadsheet would run as a formula (it starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised by a
 * leading apostrophe and quoted, as OWASP advises against CSV injection. Numbers are written in
 * their plain form, without locale ({@code 1234.5}, never {@code 1,234.5} or {@code 1.2345E3});
 * every row must have the header's number of cells.
 *
 * <p>Not thread-safe; the writer given is closed with this one.
 *
 * @since 0.2
 */
public final class CsvWriter implements Closeable, Flushable {
  private final Writer out;
  private final int columns;
  private final String lineEnd;
  private long rows;

  private CsvWriter(Writer out, int columns, String lineEnd) {
    this.out = out;
    this.columns = columns;
    this.lineEnd = lineEnd;
  }

  /**
   * A writer that writes the header line at once, with CRLF line ends.
   *
   * @param out where to write, not null
   * @param header the column names, at least one, none null
   * @return the writer
   * @throws IOException if writing fails
   */
  public static CsvWriter of(Writer out, List<String> header) throws IOException {
    return of(out, header, "\r\n");
  }

  /**
   * A writer that writes the header line at once.
   *
   * @param out where to write, not null
   * @param header the column names, at least one, none null
   * @param lineEnd {@code "\r\n"} (RFC 4180) or {@code "\n"}
   * @return the writer
   * @throws IOException if writing fails
   */
  public static CsvWriter of(Writer out, List<String> header, String lineEnd) throws IOException {
    checkNotNull(out, "out must not be null");
    checkNotNull(header, "header must not be null");
    checkNotNull(lineEnd, "lineEnd must not be null");
    checkArgument(!header.isEmpty(), "header must name at least one column");
    checkArgument(
        lineEnd.equals("\r\n") || lineEnd.equals("\n"),
        "lineEnd must be CRLF or LF, but was %s",
        lineEnd.replace("\r", "\\r").replace("\n", "\\n"));
    CsvWriter w = new CsvWriter(out, header.size(), lineEnd);
    w.write(header.toArray());
    w.rows = 0;
    return w;
  }

  /**
   * Writes a row.
   *
   * @param cells the cells, as many as the header's: text, numbers, or null for an empty cell
   * @return this writer
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the number of cells differs from the header's, or a number
   *     is not finite
   */
  public CsvWriter row(@Nullable Object... cells) throws IOException {
    checkNotNull(cells, "cells must not be null");
    checkArgument(
        cells.length == columns,
        "a row must have %s cells, but had %s: %s",
        columns,
        cells.length,
        Arrays.toString(cells));
    write(cells);
    return this;
  }

  private void write(@Nullable Object[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(text(cells[i]));
    }
    out.write(lineEnd);
    rows++;
  }

  private static String text(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      checkArgument(Double.isFinite(d), "a number must be finite, but was %s", d);
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (v instanceof Number) {
      return v.toString();
    }
    return cell(v.toString());
  }

  /**
   * Returns the rows written, the header not counted.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * A text cell as this writer writes it: quoted when needed, neutralised when it would be a
   * formula.
   *
   * @param text the text, not null
   * @return the cell
   */
  public static String cell(String text) {
    checkNotNull(text, "text must not be null");
    if (!needsQuoting(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 4).append('"');
    if (formula(text.charAt(0))) {
      sb.append('\'');
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  private static boolean formula(char first) {
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static boolean needsQuoting(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    // Padding is quoted: readers (crmkit's among them) trim unquoted spaces and tabs.
    if (formula(s.charAt(0)) || s.charAt(0) == ' ' || last == ' ' || last == '\t') {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
