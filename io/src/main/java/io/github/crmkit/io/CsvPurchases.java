package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.PurchaseArrays;
import io.github.crmkit.io.internal.ByteFields;
import io.github.crmkit.io.internal.ByteLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads purchases from CSV text (a file or a stream) into {@link PurchaseColumns}, without building
 * a string per field: customer ids are kept by their bytes (one string per customer, made at the
 * end), dates and amounts decoded from their digits. A large file is cut at line breaks into parts
 * parsed on every core, into columns allocated once for the rows its first lines promise; the
 * customers of all parts are then found by radix-partitioned hashing, in the order they first
 * appear.
 *
 * <p>The reading is strict (RFC 4180, UTF-8): a header line names the columns (compared without
 * case; a repeated or empty name is an error; a UTF-8 byte order mark is skipped); records end in
 * LF, CRLF or a lone CR and blank lines are skipped; fields may be quoted (holding the delimiter or
 * doubled quotes, but not a line break); unquoted fields are trimmed of spaces and tabs; a quote
 * inside an unquoted field, text after a closing quote, too few fields, an empty or invalid
 * customer id (invalid UTF-8, control characters, padding), a date that is not a date (2026-02-30
 * included) and an amount that is not a plain decimal are errors ({@link SourceFormatException})
 * naming the file, the line and the column; nothing is skipped silently.
 *
 * <p>Dates are ISO dates ({@code 2026-03-01}, the start of the day) or ISO date-times, with an
 * offset or local, unless {@link Options#dateFormat} gives a java.time pattern; local values are in
 * the options' zone. Amounts are in the options' currency. Rows are rejected, counted by reason in
 * the {@link PurchaseRead}, when the amount is negative ({@code negative-amount}), has more
 * decimals than the currency's minor unit, trailing zeros aside ({@code finer-than-minor-unit}), or
 * does not fit in 64 bits of minor units ({@code amount-overflow}); every other row is kept, in the
 * order of the file.
 *
 * <pre>{@code
 * PurchaseRead read = CsvPurchases.read(Path.of("purchases.csv"),
 *     CsvPurchases.Options.of(Currency.getInstance("KRW"), ZoneId.of("Asia/Seoul")));
 * PurchaseColumns purchases = read.columns();
 * }</pre>
 *
 * @since 0.2
 */
public final class CsvPurchases {
  private CsvPurchases() {}

  /** The longest line read, in bytes: a longer one is a {@link SourceFormatException}. */
  public static final int MAX_LINE = ByteLines.MAX_LINE;

  /**
   * How to read: the currency and zone, the columns, the date format, the delimiter, an order
   * column, the parts and a progress listener. Immutable.
   */
  public static final class Options {
    private final Currency currency;
    private final ZoneId zone;
    private final List<String> columns;
    private final @Nullable String dateFormat;
    private final @Nullable DateTimeFormatter formatter;
    private final char delimiter;
    private final boolean whitespace;
    private final @Nullable String orderColumn;
    private final int parts;
    private final @Nullable LongConsumer progress;

    private Options(
        Currency currency,
        ZoneId zone,
        List<String> columns,
        @Nullable String dateFormat,
        char delimiter,
        boolean whitespace,
        @Nullable String orderColumn,
        int parts,
        @Nullable LongConsumer progress) {
      this.currency = currency;
      this.zone = zone;
      this.columns = columns;
      this.dateFormat = dateFormat;
      this.formatter = dateFormat == null ? null : StrictDates.formatter(dateFormat);
      this.delimiter = delimiter;
      this.whitespace = whitespace;
      this.orderColumn = orderColumn;
      this.parts = parts;
      this.progress = progress;
    }

    /**
     * Options for amounts in {@code currency} and local dates in {@code zone}: columns {@code
     * customer_id}, {@code timestamp} and {@code amount}, ISO dates, comma-separated, no order
     * column, parts by the file's size and the cores.
     *
     * @param currency the currency, with a defined number of fraction digits, not null
     * @param zone the zone of dates and local date-times, not null
     * @return the options
     */
    public static Options of(Currency currency, ZoneId zone) {
      ReaderOptions.checkCurrencyAndZone(currency, zone);
      return new Options(
          currency,
          zone,
          List.of("customer_id", "timestamp", "amount"),
          null,
          ',',
          false,
          null,
          0,
          null);
    }

    /**
     * These options with other column names (compared with the header without case).
     *
     * @param customer the customer id's column, not blank
     * @param time the date's column, not blank
     * @param amount the amount's column, not blank
     * @return new options
     */
    public Options columns(String customer, String time, String amount) {
      List<String> names = ReaderOptions.columns(customer, time, amount);
      return new Options(
          currency, zone, names, dateFormat, delimiter, whitespace, orderColumn, parts, progress);
    }

    /**
     * These options with dates in a java.time pattern (a date or a date-time), read strictly
     * ({@code 2026-02-30} is an error, not the 28th) in the root locale.
     *
     * @param pattern the pattern, such as {@code yyyyMMdd} or {@code dd/MM/yyyy HH:mm}
     * @return new options
     * @throws IllegalArgumentException if the pattern is not a java.time pattern
     */
    public Options dateFormat(String pattern) {
      checkNotNull(pattern, "pattern must not be null");
      try {
        StrictDates.formatter(pattern);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "pattern must be a java.time pattern, but was '" + pattern + "': " + e.getMessage(), e);
      }
      return new Options(
          currency, zone, columns, pattern, delimiter, whitespace, orderColumn, parts, progress);
    }

    /**
     * These options with another field delimiter.
     *
     * @param delimiter the delimiter: not a quote, a line break or a space
     * @return new options
     */
    public Options delimiter(char delimiter) {
      ReaderOptions.checkDelimiter(delimiter);
      return new Options(
          currency, zone, columns, dateFormat, delimiter, false, orderColumn, parts, progress);
    }

    /**
     * These options with fields separated by runs of spaces and tabs (no quoting).
     *
     * @return new options
     */
    public Options whitespaceDelimited() {
      return new Options(
          currency, zone, columns, dateFormat, ' ', true, orderColumn, parts, progress);
    }

    /**
     * These options reading whole-number order ids from a column into {@link
     * PurchaseColumns#orderIds}; a row without a whole number there is an error.
     *
     * @param column the order id's column, not blank
     * @return new options
     */
    public Options orderColumn(String column) {
      checkNotNull(column, "column must not be null");
      checkArgument(!column.isBlank(), "column must not be blank");
      return new Options(
          currency, zone, columns, dateFormat, delimiter, whitespace, column, parts, progress);
    }

    /**
     * These options cutting a file into exactly this many parts, parsed in parallel (a stream is
     * always read as one); the default, 0, chooses by the file's size and the cores.
     *
     * @param parts 0, or the number of parts, at most 64
     * @return new options
     */
    public Options parts(int parts) {
      checkArgument(parts >= 0 && parts <= 64, "parts must be 0 to 64, but was %s", parts);
      return new Options(
          currency, zone, columns, dateFormat, delimiter, whitespace, orderColumn, parts, progress);
    }

    /**
     * These options telling a listener the bytes read, as they are read (from several threads at
     * once for a file read in parts: the listener must be thread-safe).
     *
     * @param bytesRead called with the bytes of each read, not null
     * @return new options
     */
    public Options progress(LongConsumer bytesRead) {
      checkNotNull(bytesRead, "bytesRead must not be null");
      return new Options(
          currency,
          zone,
          columns,
          dateFormat,
          delimiter,
          whitespace,
          orderColumn,
          parts,
          bytesRead);
    }

    /**
     * Returns the currency of the amounts.
     *
     * @return the currency
     */
    public Currency currency() {
      return currency;
    }

    /**
     * Returns the zone of dates and local date-times.
     *
     * @return the zone
     */
    public ZoneId zone() {
      return zone;
    }

    @Override
    public String toString() {
      return "CsvPurchases.Options[currency "
          + currency
          + ", zone "
          + zone
          + ", columns "
          + columns
          + (dateFormat == null ? "" : ", date format " + dateFormat)
          + (whitespace ? ", whitespace-delimited" : ", delimiter '" + delimiter + "'")
          + (orderColumn == null ? "" : ", order column " + orderColumn)
          + "]";
    }
  }

  /**
   * Reads a purchase file.
   *
   * @param file the file, not null
   * @param options the options, not null
   * @return the purchases, in the file's order, and the account of its rows
   * @throws IOException if the file cannot be read
   * @throws SourceFormatException if the file breaks a rule of the format (naming the file, the
   *     line and the column)
   */
  public static PurchaseRead read(Path file, Options options) throws IOException {
    checkNotNull(file, "file must not be null");
    checkNotNull(options, "options must not be null");
    String name = file.toString();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteLines header = ByteLines.of(ch, 0, size, null);
      CsvPart.Settings set = settings(name, header, options);
      long bodyStart = header.consumed();
      if (options.progress != null) {
        options.progress.accept(bodyStart);
      }
      // Large files are cut at line breaks into one part per core (up to 4), parsed in parallel.
      int parts =
          options.parts > 0
              ? options.parts
              : size - bodyStart < (8 << 20)
                  ? 1
                  : Math.min(4, Runtime.getRuntime().availableProcessors());
      long[] cut = ByteLines.cuts(ch, bodyStart, size, parts);
      // The columns are allocated once, for the rows the parts' first lines promise and a little
      // more, and each part writes its rows into its own window of them, so that no part has
      // columns of its own to copy and collect. A part with more rows than its window (longer
      // lines at its start than later) goes on in columns of its own, joined at the end.
      int[] base = new int[parts + 1];
      for (int k = 0; k < parts; k++) {
        long bytes = cut[k + 1] - cut[k];
        double perLine = ByteLines.bytesPerLine(ch, cut[k], cut[k + 1]);
        long rows = Math.min(bytes / 8 + 1, (long) (bytes / perLine * 1.08) + 1024);
        base[k + 1] = (int) Math.min(CsvPart.MAX_ROWS, base[k] + rows);
      }
      CsvPart.Columns shared = new CsvPart.Columns(base[parts], options.orderColumn != null);
      CsvPart.Part[] p = new CsvPart.Part[parts];
      inParallel(
          parts,
          k ->
              p[k] =
                  new CsvPart.Part(shared, base[k], base[k + 1] - base[k])
                      .parse(ByteLines.of(ch, cut[k], cut[k + 1], options.progress), set));
      return merge(p, set, options);
    }
  }

  /** Something done for each part, that may fail with an I/O exception. */
  private interface PartTask {
    void run(int k) throws IOException;
  }

  /** Runs the task for parts 0 to n - 1 in parallel; rethrows the first I/O failure. */
  private static void inParallel(int n, PartTask task) throws IOException {
    try {
      IntStream.range(0, n)
          .parallel()
          .forEach(
              k -> {
                try {
                  task.run(k);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads purchase CSV text from a stream, to its end, on one core; the stream is not closed.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages (a file name, a URL), not null
   * @param options the options, not null ({@link Options#parts} does not apply)
   * @return the purchases, in the stream's order, and the account of its rows
   * @throws IOException if the stream fails
   * @throws SourceFormatException if the text breaks a rule of the format (naming the source, the
   *     line and the column)
   */
  public static PurchaseRead read(InputStream in, String source, Options options)
      throws IOException {
    checkNotNull(in, "in must not be null");
    checkNotNull(source, "source must not be null");
    checkNotNull(options, "options must not be null");
    ByteLines lines = ByteLines.of(Channels.newChannel(in), options.progress);
    CsvPart.Settings set = settings(source, lines, options);
    CsvPart.Part p = new CsvPart.Part(1 << 12, options.orderColumn != null).parse(lines, set);
    return merge(new CsvPart.Part[] {p}, set, options);
  }

  /** Reads the header line and finds the columns. */
  private static CsvPart.Settings settings(String name, ByteLines lines, Options o)
      throws IOException {
    CsvPart.Settings set = new CsvPart.Settings();
    set.name = name;
    set.whitespace = o.whitespace;
    set.delim = (byte) o.delimiter;
    set.zone = o.zone;
    set.digits = o.currency.getDefaultFractionDigits();
    set.format = o.formatter;
    set.compact = "yyyyMMdd".equals(o.dateFormat);
    // Speculative splitting (CsvPart.quickFields) needs a delimiter that no fast-read date holds.
    byte d = set.delim;
    set.quick =
        !o.whitespace
            && (o.formatter == null || set.compact)
            && !(d >= '0' && d <= '9')
            && d != '-'
            && d != ':'
            && d != 'T'
            && d != 'Z';
    try {
      if (!lines.next()) {
        throw new SourceFormatException(
            name, 1, null, "the file is empty; a header line is needed", null);
      }
    } catch (ByteLines.LineTooLong e) {
      throw new SourceFormatException(
          name, 1, null, "a line longer than " + ByteLines.MAX_LINE + " bytes (the line limit)", e);
    }
    byte[] b = lines.chunk();
    int to = lines.lineEnd();
    int from = ByteLines.afterByteOrderMark(b, lines.lineStart(), to);
    List<String> names = header(b, from, to, set, name);
    Map<String, Integer> cols = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (n.isEmpty()) {
        throw new SourceFormatException(
            name, 1, null, "column " + (i + 1) + " of the header has no name", null);
      }
      if (cols.put(n, i) != null) {
        throw new SourceFormatException(
            name, 1, null, "column '" + n + "' appears twice in the header", null);
      }
    }
    set.customerName = o.columns.get(0);
    set.timeName = o.columns.get(1);
    set.amountName = o.columns.get(2);
    set.idCol = need(cols, set.customerName, name, "customer id");
    set.dateCol = need(cols, set.timeName, name, "date");
    set.amountCol = need(cols, set.amountName, name, "amount");
    if (o.orderColumn != null) {
      set.orderName = o.orderColumn;
      set.orderCol = need(cols, o.orderColumn, name, "order id");
    } else {
      set.orderCol = -1;
    }
    set.maxCol = Math.max(Math.max(set.idCol, set.dateCol), Math.max(set.amountCol, set.orderCol));
    return set;
  }

  /** The header's names, split by the rules of the records and decoded strictly as UTF-8. */
  private static List<String> header(
      byte[] line, int from, int to, CsvPart.Settings set, String name) {
    byte[] b = Arrays.copyOfRange(line, from, to);
    int most = 1;
    for (byte c : b) {
      if (c == set.delim || c == '\t') {
        most++;
      }
    }
    int[] start = new int[most + 1];
    int[] end = new int[most + 1];
    int found = ByteFields.split(b, 0, b.length, set.delim, set.whitespace, start, end, most);
    if (found < 0) {
      throw new SourceFormatException(name, 1, null, ByteFields.problem(found), null);
    }
    String[] names = new String[found];
    for (int i = 0; i < found; i++) {
      try {
        names[i] =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(b, start[i], end[i] - start[i]))
                .toString();
      } catch (CharacterCodingException e) {
        throw new SourceFormatException(name, 1, null, "invalid UTF-8 in the header", e);
      }
    }
    return List.of(names);
  }

  private static int need(Map<String, Integer> cols, String col, String file, String what) {
    Integer i = cols.get(col.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new SourceFormatException(
          file,
          1,
          null,
          "no column '" + col + "' in the header " + cols.keySet() + " (the " + what + " column)",
          null);
    }
    return i;
  }

  /** Joins the parts: one dictionary of customers, the columns in file order, the account. */
  private static PurchaseRead merge(CsvPart.Part[] parts, CsvPart.Settings set, Options o)
      throws IOException {
    long linesBefore = 1;
    for (CsvPart.Part part : parts) {
      if (part.failure != null) {
        throw part.failure;
      }
      CsvPart.CsvError e = part.error;
      if (e != null) {
        throw new SourceFormatException(set.name, e.line + linesBefore, e.column, e.problem, null);
      }
      linesBefore += part.lines;
    }
    IdRuns[] runs = new IdRuns[parts.length];
    for (int k = 0; k < parts.length; k++) {
      runs[k] = parts[k].ids;
    }
    long[] rejectedBy = new long[CsvPart.REASONS.length];
    long rows = 0;
    long rowsKept = 0;
    for (CsvPart.Part p : parts) {
      for (int r = 0; r < rejectedBy.length; r++) {
        rejectedBy[r] += p.rejectedBy[r];
      }
      rows += p.rows;
      rowsKept += p.n;
    }
    if (rowsKept > CsvPart.MAX_ROWS) {
      throw new SourceFormatException(
          set.name,
          0,
          null,
          "more than " + CsvPart.MAX_ROWS + " rows; read the file in smaller files",
          null);
    }
    int total = (int) rowsKept;
    IdDictionary dictionary = new IdDictionary(runs);
    // Each row's run becomes its customer, in every part's window at once.
    int @Nullable [] runCustomer = dictionary.runCustomers();
    IntStream.range(0, parts.length)
        .parallel()
        .forEach(
            k -> {
              CsvPart.Part p = parts[k];
              int[] cust = p.cust;
              int from = p.base;
              int to = p.base + p.n;
              if (runCustomer == null) {
                int shift = dictionary.shift(k);
                for (int i = from; i < to; i++) {
                  cust[i] += shift;
                }
              } else {
                int b = dictionary.base(k);
                for (int i = from; i < to; i++) {
                  cust[i] = runCustomer[b + cust[i]];
                }
              }
            });
    // The windows are closed up (each part's window ends with room it did not need) in the shared
    // columns, a column per task; only parts that outgrew their window are copied from columns of
    // their own (then into new columns for all).
    CsvPart.Part first = parts[0];
    boolean shared = true;
    for (CsvPart.Part p : parts) {
      shared &= p.cust == first.cust;
    }
    int[] cust = shared ? first.cust : new int[total];
    long[] secs = shared ? first.secs : new long[total];
    long[] minor = shared ? first.minor : new long[total];
    long @Nullable [] orders =
        first.orders == null ? null : shared ? first.orders : new long[total];
    int[] at = new int[parts.length];
    for (int k = 1; k < parts.length; k++) {
      at[k] = at[k - 1] + parts[k - 1].n;
    }
    IntStream.range(0, 4)
        .parallel()
        .forEach(
            column -> {
              for (int k = 0; k < parts.length; k++) {
                CsvPart.Part p = parts[k];
                if (p.base == at[k] && p.cust == cust) {
                  continue;
                }
                if (column == 0) {
                  System.arraycopy(p.cust, p.base, cust, at[k], p.n);
                } else if (column == 1) {
                  System.arraycopy(p.secs, p.base, secs, at[k], p.n);
                } else if (column == 2) {
                  System.arraycopy(p.minor, p.base, minor, at[k], p.n);
                } else if (orders != null) {
                  System.arraycopy(
                      java.util.Objects.requireNonNull(p.orders), p.base, orders, at[k], p.n);
                }
              }
            });
    CustomerId[] customers = dictionary.customers;
    // The columns as they are, of which the first total rows count: no copy to cut them.
    PurchaseColumns c =
        CoreAccess.wrap(
            new PurchaseArrays(customers, cust, secs, minor, orders, total), o.currency);
    Map<RejectionReason, Long> reasons = new java.util.EnumMap<>(RejectionReason.class);
    for (int r = 0; r < rejectedBy.length; r++) {
      reasons.put(CsvPart.REASONS[r], rejectedBy[r]);
    }
    return new PurchaseRead(c, rows, reasons);
  }
}
