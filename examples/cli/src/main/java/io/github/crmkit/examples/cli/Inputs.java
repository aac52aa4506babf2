package io.github.crmkit.examples.cli;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The transaction CSV options shared by the commands that read purchases. */
final class Inputs {
  @Option(names = "--id-column", defaultValue = "customer_id", description = "Customer id column.")
  String idColumn;

  @Option(names = "--date-column", defaultValue = "timestamp", description = "Date column.")
  String dateColumn;

  @Option(names = "--amount-column", defaultValue = "amount", description = "Amount column.")
  String amountColumn;

  @Option(
      names = "--date-format",
      description =
          "java.time pattern of the dates, e.g. yyyyMMdd (default: ISO date or date-time).")
  String dateFormat;

  @Option(
      names = "--delimiter",
      defaultValue = ",",
      description = "Field delimiter: one character or 'whitespace' (default: ,).")
  String delimiter;

  @Option(names = "--currency", defaultValue = "USD", description = "Currency of the amounts.")
  String currency;

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      description = "Zone of local date-times and of days (default: UTC).")
  String zone;

  ZoneId zoneId() {
    try {
      return ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("--zone: unknown zone '" + zone + "'");
    }
  }

  Currency currencyOf() {
    try {
      return Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--currency: unknown currency '" + currency + "'");
    }
  }

  /** Decodes UTF-8 strictly: invalid bytes are a data error naming the line. */
  static String utf8(byte[] bytes, String file, long line) {
    try {
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new DataException(file, line, "invalid UTF-8");
    }
  }

  static int column(Map<String, Integer> columns, String name, Csv csv, String option) {
    Integer i = columns.get(name.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new DataException(
          csv.name(),
          1,
          "no column '" + name + "' in the header " + columns.keySet() + " (" + option + ")");
    }
    return i;
  }

  /** The purchase reader's options for these command-line options. */
  io.github.crmkit.io.CsvPurchases.Options csvOptions() {
    io.github.crmkit.io.CsvPurchases.Options o =
        io.github.crmkit.io.CsvPurchases.Options.of(currencyOf(), zoneId())
            .columns(idColumn, dateColumn, amountColumn);
    if (delimiter.equals("whitespace")) {
      o = o.whitespaceDelimited();
    } else if (delimiter.length() != 1) {
      throw new IllegalArgumentException(
          "--delimiter must be one character or 'whitespace', but was '" + delimiter + "'");
    } else {
      try {
        o = o.delimiter(delimiter.charAt(0));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--delimiter: " + e.getMessage(), e);
      }
    }
    if (dateFormat != null) {
      try {
        o = o.dateFormat(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--date-format: " + e.getMessage(), e);
      }
    }
    return o;
  }

  /**
   * Reads a summary file: columns x,t_x,T (optional zbar) or frequency,recency,T (optional
   * monetary_value), optional id column; without ids customers are numbered from 1.
   */
  static ClvData readSummary(Path file, String delimiter, String idColumn, TimeScale unit) {
    // The byte-level fast path reads plainly valid files; it declines anything else, and the
    // strict reader then reads the file or reports what is wrong with it.
    ClvData fast = readSummaryFast(file, delimiter, idColumn, unit, 0);
    return fast != null ? fast : readSummaryStrictly(file, delimiter, idColumn, unit);
  }

  /**
   * Reads a summary file by the byte-level fast path (in {@code parts} parts, or 0 for parts by
   * size), or returns null where it declines.
   */
  static @Nullable ClvData readSummaryFast(
      Path file, String delimiter, String idColumn, TimeScale unit, int parts) {
    if (!Files.isReadable(file)) {
      return null;
    }
    SummaryColumns cols = new SummaryColumns(new Csv(file, delimiter), idColumn);
    SummaryFile.Columns at = new SummaryFile.Columns();
    return SummaryFile.read(
        file,
        delimiter,
        unit,
        names -> {
          cols.header(names);
          at.x = cols.x;
          at.tx = cols.tx;
          at.age = cols.age;
          at.spend = cols.spend;
          at.id = cols.id;
        },
        at,
        parts);
  }

  /** Reads a summary file with the general strict reader only (the fast path's reference). */
  static ClvData readSummaryStrictly(Path file, String delimiter, String idColumn, TimeScale unit) {
    Csv csv = new Csv(file, delimiter);
    SummaryColumns cols = new SummaryColumns(csv, idColumn);
    csv.read(cols::header, cols::row);
    return cols.data(unit);
  }

  /**
   * The columns of a summary file, filled as its records are read (no record is kept): numbers must
   * be plain decimals (no NaN, infinity, hexadecimal or type suffix), ids non-empty.
   */
  private static final class SummaryColumns {
    private final Csv csv;
    private final String idColumn;
    private int x;
    private int tx;
    private int age;
    private int spend = -1;
    private int id = -1;
    private int n;
    private int[] xs = new int[1024];
    private double[] txs = new double[1024];
    private double[] ages = new double[1024];
    private double[] spends = new double[1024];
    private final List<CustomerId> customers = new ArrayList<>();

    SummaryColumns(Csv csv, String idColumn) {
      this.csv = csv;
      this.idColumn = idColumn;
    }

    void header(Map<String, Integer> c) {
      boolean lifetimes = !c.containsKey("x") && c.containsKey("frequency");
      x = column(c, lifetimes ? "frequency" : "x", csv, "summary columns x,t_x,T");
      tx = column(c, lifetimes ? "recency" : "t_x", csv, "summary columns x,t_x,T");
      age = column(c, "t", csv, "summary columns x,t_x,T");
      Integer s = c.get(lifetimes ? "monetary_value" : "zbar");
      spend = s == null ? -1 : s;
      Integer i =
          c.containsKey(idColumn.toLowerCase(Locale.ROOT))
              ? c.get(idColumn.toLowerCase(Locale.ROOT))
              : c.get("id");
      id = i == null ? -1 : i;
    }

    void row(String[] r, long line) {
      if (n == xs.length) {
        int m = n * 2;
        xs = java.util.Arrays.copyOf(xs, m);
        txs = java.util.Arrays.copyOf(txs, m);
        ages = java.util.Arrays.copyOf(ages, m);
        spends = java.util.Arrays.copyOf(spends, m);
      }
      try {
        xs[n] = Integer.parseInt(r[x]);
        txs[n] = decimal(r[tx]);
        ages[n] = decimal(r[age]);
        spends[n] = spend < 0 ? 0 : decimal(r[spend]);
      } catch (NumberFormatException e) {
        throw new DataException(csv.name(), line, "not a summary row: " + String.join(",", r));
      }
      String text = id < 0 ? Integer.toString(n + 1) : r[id];
      if (text.isEmpty()) {
        throw new DataException(csv.name(), line, "empty customer id");
      }
      try {
        customers.add(CustomerId.of(text));
      } catch (IllegalArgumentException e) {
        throw new DataException(csv.name(), line, "customer id: " + e.getMessage());
      }
      n++;
    }

    ClvData data(TimeScale unit) {
      return ClvData.fromColumns(
          unit,
          customers,
          java.util.Arrays.copyOf(xs, n),
          java.util.Arrays.copyOf(txs, n),
          java.util.Arrays.copyOf(ages, n),
          spend < 0 ? null : java.util.Arrays.copyOf(spends, n));
    }
  }

  /**
   * Parses a plain decimal number ({@link FastDecimal#isPlain}): no NaN, infinity, hexadecimal or
   * type suffix, no character outside ASCII.
   */
  static double decimal(String t) {
    // Characters beyond Latin-1 become '?', those within it stay single bytes: neither is a digit.
    byte[] b = t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!FastDecimal.isPlain(b, 0, b.length)) {
      throw new NumberFormatException("not a decimal number: '" + t + "'");
    }
    return FastDecimal.parse(b, 0, b.length);
  }
}
