package io.github.crmkit.examples.cli;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
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

  /**
   * The --date-format pattern as a strict formatter: java.time's STRICT resolver (2026-02-30 is an
   * error, not 2026-02-28), with year-of-era letters read as proleptic years when the pattern has
   * no era, as STRICT needs.
   */
  static DateTimeFormatter formatter(String pattern) {
    String p = pattern.indexOf('G') < 0 ? yearsAsProleptic(pattern) : pattern;
    try {
      return DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--date-format: not a java.time pattern: '" + pattern + "' (" + e.getMessage() + ")");
    }
  }

  /** Replaces the letter y outside quoted literals with u. */
  private static String yearsAsProleptic(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean literal = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        literal = !literal;
      }
      sb.append(!literal && c == 'y' ? 'u' : c);
    }
    return sb.toString();
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

  /**
   * Reads a date: with the --date-format pattern if given (a date-time or a date), otherwise an ISO
   * date or an ISO date-time (with an offset, or local in {@code zone}).
   */
  static Instant instant(
      String text, @Nullable DateTimeFormatter f, ZoneId zone, String file, long line) {
    try {
      if (f != null) {
        TemporalAccessor t = f.parseBest(text, LocalDateTime::from, LocalDate::from);
        return t instanceof LocalDateTime ldt
            ? ldt.atZone(zone).toInstant()
            : ((LocalDate) t).atStartOfDay(zone).toInstant();
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      return isoDateTime(text, zone);
    } catch (DateTimeParseException e) {
      throw new DataException(
          file,
          line,
          "date '"
              + text
              + "' is not "
              + (f == null ? "an ISO date or date-time" : "in the format given by --date-format"));
    }
  }

  /**
   * An ISO date-time with an offset (or Z), or a local date-time read in {@code zone}.
   *
   * @throws DateTimeParseException if it is neither
   */
  static Instant isoDateTime(String text, ZoneId zone) {
    if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text).atZone(zone).toInstant();
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
