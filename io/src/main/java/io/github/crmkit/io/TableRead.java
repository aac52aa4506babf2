package io.github.crmkit.io;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.io.CsvTable.ColumnType;
import io.github.crmkit.io.CsvTable.Columns;
import io.github.crmkit.io.CsvTable.Schema;
import io.github.crmkit.io.internal.ByteFields;
import io.github.crmkit.io.internal.ByteLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The two ways {@link CsvTable} reads: the general strict reader ({@link CsvRecords}), which reads
 * every valid file and reports every invalid one, and the fast path, which cuts a file at line
 * breaks and parses the parts in parallel straight into columns, and <em>declines</em> (returns
 * null before anything is kept) whatever is not plainly valid: a whitespace delimiter, a header
 * with anything but ASCII names, a field that is not of its column's type, a line of another number
 * of fields, invalid UTF-8, an unclosed quote (a quoted field with a line break, the one construct
 * that could make a cut at a line break wrong). So the fast path never decides what a file means;
 * it only makes the common case fast.
 */
final class TableRead {
  private TableRead() {}

  /** Files smaller than this are parsed in one part. */
  private static final long PARALLEL_BYTES = 4 << 20;

  /** Longer lines are left to the general reader and its record limit. */
  private static final int MAX_FAST_LINE = CsvRecords.MAX_RECORD / 2;

  /** Where each schema column is in the file, and its type. */
  private static final class Layout {
    final Schema schema;
    final CsvHeader header;
    final int[] field;
    final ColumnType[] types;

    Layout(Schema schema, CsvHeader header, int[] field, ColumnType[] types) {
      this.schema = schema;
      this.header = header;
      this.field = field;
      this.types = types;
    }
  }

  /**
   * Checks the header against the schema the caller gives for it: every schema column must be in
   * the header, and every header column in the schema unless others are allowed.
   */
  static Layout layout(String source, CsvHeader header, Function<CsvHeader, Schema> schemaFor) {
    Schema schema =
        Objects.requireNonNull(schemaFor.apply(header), "the schema function returned null");
    Map<String, ColumnType> columns = schema.columns;
    int[] field = new int[columns.size()];
    ColumnType[] types = new ColumnType[columns.size()];
    int k = 0;
    for (Map.Entry<String, ColumnType> e : columns.entrySet()) {
      int f = header.indexOf(e.getKey());
      if (f < 0) {
        throw new SourceFormatException(
            source,
            1,
            e.getKey(),
            "the header has no column '" + e.getKey() + "' (it has " + header.names() + ")",
            null);
      }
      field[k] = f;
      types[k++] = e.getValue();
    }
    if (!schema.allowOthers) {
      for (String name : header.names()) {
        if (!columns.containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
          throw new SourceFormatException(
              source,
              1,
              name,
              "column '" + name + "' is not one that is read (" + columns.keySet() + ")",
              null);
        }
      }
    }
    return new Layout(schema, header, field, types);
  }

  // ---------------------------------------------------------------- the strict reader

  static CsvTable strict(Path file, CsvRecords.Options options, Function<CsvHeader, Schema> schema)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return strict(in, file.toString(), options, schema);
    }
  }

  static CsvTable strict(
      InputStream in,
      String source,
      CsvRecords.Options options,
      Function<CsvHeader, Schema> schemaFor)
      throws IOException {
    Layout[] layout = new Layout[1];
    Columns[] cols = new Columns[1];
    CsvRecords.read(
        in,
        source,
        options,
        header -> {
          layout[0] = layout(source, header, schemaFor);
          cols[0] = new Columns(layout[0].types, 1024);
        },
        (fields, line) -> {
          Columns c = cols[0];
          Layout l = layout[0];
          c.ensure();
          for (int k = 0; k < l.types.length; k++) {
            String name = l.header.names().get(l.field[k]);
            String text = fields[l.field[k]];
            switch (l.types[k]) {
              case INTEGER -> ((int[]) c.stores[k])[c.n] = integer(source, line, name, text);
              case DECIMAL -> ((double[]) c.stores[k])[c.n] = decimal(source, line, name, text);
              case CUSTOMER_ID -> add(c.stores[k], customer(source, line, name, text));
              case TEXT -> add(c.stores[k], text);
            }
          }
          c.line(line);
          c.n++;
        });
    return new CsvTable(
        source, layout[0].header, layout[0].schema, new Columns[] {cols[0]}, new long[1]);
  }

  @SuppressWarnings("unchecked")
  private static void add(Object list, Object value) {
    ((List<Object>) list).add(value);
  }

  static int integer(String source, long line, String column, String text) {
    int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    boolean digits = i < text.length();
    for (int k = i; k < text.length(); k++) {
      char c = text.charAt(k);
      digits &= c >= '0' && c <= '9';
    }
    if (!digits) {
      throw new SourceFormatException(
          source, line, column, "not a whole number: '" + text + "'", null);
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new SourceFormatException(
          source, line, column, "a whole number out of range: '" + text + "'", null);
    }
  }

  static double decimal(String source, long line, String column, String text) {
    // Characters beyond Latin-1 become '?', those within it single bytes: neither is a digit.
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    if (!PlainDecimal.isPlain(b, 0, b.length)) {
      throw new SourceFormatException(
          source, line, column, "not a decimal number: '" + text + "'", null);
    }
    double v = PlainDecimal.parse(b, 0, b.length);
    if (!Double.isFinite(v)) {
      throw new SourceFormatException(
          source, line, column, "a decimal number out of range: '" + text + "'", null);
    }
    return v;
  }

  static CustomerId customer(String source, long line, String column, String text) {
    if (text.isEmpty()) {
      throw new SourceFormatException(source, line, column, "an empty customer id", null);
    }
    try {
      return CustomerId.of(text);
    } catch (IllegalArgumentException e) {
      throw new SourceFormatException(source, line, column, "customer id: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- the fast path

  /**
   * Reads the file in {@code forcedParts} parts (0: by its size and the cores), or returns null
   * where the general reader must.
   */
  static @Nullable CsvTable fast(
      Path file, CsvRecords.Options options, Function<CsvHeader, Schema> schemaFor, int forcedParts)
      throws IOException {
    if (options.whitespace || !Files.isRegularFile(file)) {
      return null;
    }
    byte delim = (byte) options.delimiter;
    String source = file.toString();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteLines r = ByteLines.of(ch, 0, size, null);
      try {
        if (!r.next()) {
          return null;
        }
      } catch (ByteLines.LineTooLong e) {
        return null;
      }
      byte[] b = r.chunk();
      int from = ByteLines.afterByteOrderMark(b, r.lineStart(), r.lineEnd());
      for (int i = from; i < r.lineEnd(); i++) {
        if (b[i] < 0x20 && b[i] != '\t') {
          return null; // control characters and non-ASCII names: the strict reader decides
        }
      }
      int[] hs = new int[r.lineEnd() - from + 1];
      int[] he = new int[hs.length];
      int fields = fields(b, from, r.lineEnd(), delim, hs, he);
      if (fields <= 0) {
        return null;
      }
      List<String> names = new ArrayList<>(fields);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int f = 0; f < fields; f++) {
        String name = new String(b, hs[f], he[f] - hs[f], StandardCharsets.ISO_8859_1).strip();
        if (name.isEmpty() || !seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
          return null;
        }
        names.add(name);
      }
      Layout layout = layout(source, new CsvHeader(names), schemaFor);
      long bodyStart = r.consumed();
      double bytesPerLine = ByteLines.bytesPerLine(ch, bodyStart, size);
      int parts =
          forcedParts > 0
              ? forcedParts
              : size - bodyStart < PARALLEL_BYTES
                  ? 1
                  : Math.min(4, Runtime.getRuntime().availableProcessors());
      long[] cut = ByteLines.cuts(ch, bodyStart, size, parts);
      @Nullable Part[] p = new Part[parts];
      IntStream.range(0, parts)
          .parallel()
          .forEach(
              k -> {
                long a = cut[k];
                long z = Math.max(a, cut[k + 1]);
                Part part = new Part(layout, (long) ((z - a) / bytesPerLine * 1.05) + 64);
                try {
                  p[k] = part.run(ch, a, z, delim, fields) ? part : null;
                } catch (IOException e) {
                  throw new UncheckedIOException(source + ": " + e.getMessage(), e);
                }
              });
      Columns[] done = new Columns[parts];
      long[] firstLine = new long[parts];
      long line = 1;
      for (int k = 0; k < parts; k++) {
        Part part = p[k];
        if (part == null) {
          return null;
        }
        done[k] = part.columns;
        firstLine[k] = line;
        line += part.lines;
      }
      return new CsvTable(source, layout.header, layout.schema, done, firstLine);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One part of the file. */
  private static final class Part {
    private final Layout layout;
    final Columns columns;
    long lines;

    /**
     * The ids' hashes folded together: computing them is the point (each String keeps its own, and
     * a later duplicate check reads it instead of the text), the fold only keeps the calls from
     * being dropped.
     */
    @SuppressWarnings("UnusedVariable")
    private int hashes;

    Part(Layout layout, long rows) {
      this.layout = layout;
      this.columns = new Columns(layout.types, (int) Math.min(rows, 1 << 22));
    }

    /** Parses [from, to); false to decline. */
    boolean run(FileChannel ch, long from, long to, byte delim, int fields) throws IOException {
      ByteLines r = ByteLines.of(ch, from, to, null);
      // One field more than wanted, so that a line with too many is told from one with enough.
      int[] start = new int[fields + 1];
      int[] end = new int[fields + 1];
      int[] at = layout.field;
      ColumnType[] types = layout.types;
      Columns c = columns;
      while (true) {
        try {
          if (!r.next()) {
            return true;
          }
        } catch (ByteLines.LineTooLong e) {
          return false;
        }
        lines++;
        byte[] b = r.chunk();
        int s = r.lineStart();
        int e = r.lineEnd();
        if (s == e) {
          continue; // an empty line
        }
        if (e - s > MAX_FAST_LINE || fields(b, s, e, delim, start, end) != fields) {
          return false;
        }
        c.ensure();
        for (int k = 0; k < types.length; k++) {
          int a = start[at[k]];
          int z = end[at[k]];
          switch (types[k]) {
            case INTEGER -> {
              int v = integer(b, a, z);
              if (v == Integer.MIN_VALUE) {
                return false;
              }
              ((int[]) c.stores[k])[c.n] = v;
            }
            case DECIMAL -> {
              if (!PlainDecimal.isPlain(b, a, z)) {
                return false;
              }
              double v = PlainDecimal.parse(b, a, z);
              if (!Double.isFinite(v)) {
                return false;
              }
              ((double[]) c.stores[k])[c.n] = v;
            }
            case CUSTOMER_ID -> {
              if (a == z) {
                return false;
              }
              String text = new String(b, a, z - a, StandardCharsets.UTF_8);
              hashes ^= text.hashCode();
              try {
                add(c.stores[k], CustomerId.of(text));
              } catch (IllegalArgumentException ex) {
                return false;
              }
            }
            case TEXT -> add(c.stores[k], new String(b, a, z - a, StandardCharsets.UTF_8));
          }
        }
        c.line(lines);
        c.n++;
      }
    }
  }

  /**
   * Splits the line {@code b[from, to)} into fields as the strict reader does ({@link
   * ByteFields#split}, in place). Returns the number of fields (at most {@code start.length}, where
   * it stops counting), or a negative number to decline: invalid UTF-8, a quote inside an unquoted
   * field, text after a closing quote, or a quote not closed on its line.
   */
  private static int fields(byte[] b, int from, int to, byte delim, int[] start, int[] end) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        // UTF-8 is checked on the raw line: quotes and delimiters are ASCII, so a valid line has
        // valid fields and an invalid one does not.
        if (ByteLines.invalidUtf8(b, from, to) >= 0) {
          return -1;
        }
        break;
      }
    }
    return ByteFields.split(b, from, to, delim, false, start, end, start.length - 1);
  }

  /**
   * A whole number as the strict reader reads ASCII text, or {@link Integer#MIN_VALUE} to decline
   * (no digits, other characters, or more than nine digits).
   */
  private static int integer(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i == to || to - i > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }
}
