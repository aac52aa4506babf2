package io.github.crmkit.examples.cli;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Streams a purchase CSV into columns without building a String per field: customer ids are
 * interned through a byte-keyed hash table, ISO dates ({@code yyyy-MM-dd}) and {@code yyyyMMdd} are
 * decoded from their digits, amounts from their digits into minor units; anything else takes the
 * java.time and BigDecimal path. Memory: the columns (20 bytes a purchase) and one id per customer.
 * Negative amounts are counted as rejected rows.
 */
final class PurchaseFile {
  /** Rejection reason: the amount is negative. */
  static final String NEGATIVE_AMOUNT = "negative-amount";

  /** Rejection reason: the amount has more decimals than the currency's minor unit. */
  static final String FINER_THAN_MINOR_UNIT = "finer-than-minor-unit";

  /** Rejection reason: the amount does not fit in 64 bits of minor units. */
  static final String AMOUNT_OVERFLOW = "amount-overflow";

  /** The reasons in the order they are reported. */
  static final java.util.List<String> REASONS =
      java.util.List.of(NEGATIVE_AMOUNT, FINER_THAN_MINOR_UNIT, AMOUNT_OVERFLOW);

  /** The longest line read, in bytes: a longer one is an error before it is buffered further. */
  static final int MAX_LINE = 4 << 20;

  /** The most rows a part allocates for before it has read them; beyond, the columns grow. */
  private static final int MAX_INITIAL_ROWS = 1 << 22;

  private static final long TOO_FINE = Long.MIN_VALUE;
  private static final long OVERFLOW = Long.MIN_VALUE + 1;

  final PurchaseColumns columns;
  final long rejected;

  final long rows;
  final long maxEpochSecond;

  /**
   * Rejected rows by reason (this reader's in {@link #REASONS} order, or a database reader's),
   * reasons without rows left out, summing to {@link #rejected}.
   */
  private final Map<String, Long> rejectedByReason;

  /** Rejected rows by reason, reasons without rows left out. */
  Map<String, Long> rejectedByReason() {
    return rejectedByReason;
  }

  /** Nanoseconds spent parsing the parts and merging them, for {@code --debug}. */
  long parseNanos;

  long mergeNanos;

  private PurchaseFile(
      PurchaseColumns columns, long rows, long max, Map<String, Long> rejectedByReason) {
    this.columns = columns;
    this.rejectedByReason = rejectedByReason;
    this.rejected = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    this.rows = rows;
    this.maxEpochSecond = max;
  }

  /** This reader's rejections by reason ({@link #REASONS} order), reasons without rows left out. */
  private static Map<String, Long> byReason(long[] rejectedBy) {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < REASONS.size(); i++) {
      if (rejectedBy[i] > 0) {
        m.put(REASONS.get(i), rejectedBy[i]);
      }
    }
    return m;
  }

  /** The purchases a database query gave (crmkit-io's JDBC reader), with its account. */
  static PurchaseFile of(io.github.crmkit.io.PurchaseRead read) {
    PurchaseColumns c = read.columns();
    long max = Long.MIN_VALUE;
    for (int i = 0; i < c.size(); i++) {
      max = Math.max(max, c.epochSecond(i));
    }
    return new PurchaseFile(c, read.received(), max, read.rejectedByReason());
  }

  static PurchaseFile read(Path file, Inputs o, String orderColumn, boolean withOrders) {
    return read(file, o, orderColumn, withOrders, new java.util.concurrent.atomic.AtomicLong());
  }

  /**
   * Reads the file in {@code parts} parts whatever its size and the number of cores, so that tests
   * can cut any file between parts.
   */
  static PurchaseFile readInParts(Path file, Inputs o, int parts) {
    return read(file, o, "order_id", false, new java.util.concurrent.atomic.AtomicLong(), parts);
  }

  /** Reads the file, adding the bytes read to {@code progress} as it goes. */
  static PurchaseFile read(
      Path file,
      Inputs o,
      String orderColumn,
      boolean withOrders,
      java.util.concurrent.atomic.AtomicLong progress) {
    return read(file, o, orderColumn, withOrders, progress, 0);
  }

  /** Reads the file in the given number of parts, or by size and cores when it is 0. */
  private static PurchaseFile read(
      Path file,
      Inputs o,
      String orderColumn,
      boolean withOrders,
      java.util.concurrent.atomic.AtomicLong progress,
      int forcedParts) {
    String name = file.toString();
    if (!Files.isReadable(file)) {
      throw new DataException(name, 0, "cannot read the file");
    }
    boolean whitespace = o.delimiter.equals("whitespace");
    if (!whitespace && o.delimiter.length() != 1) {
      throw new IllegalArgumentException(
          "--delimiter must be one character or 'whitespace', but was '" + o.delimiter + "'");
    }
    Settings set = new Settings();
    set.name = name;
    set.whitespace = whitespace;
    set.delim = whitespace ? (byte) ' ' : (byte) o.delimiter.charAt(0);
    set.zone = o.zoneId();
    Currency currency = o.currencyOf();
    set.digits = Math.max(0, currency.getDefaultFractionDigits());
    set.format = o.dateFormat == null ? null : Inputs.formatter(o.dateFormat);
    set.compact = "yyyyMMdd".equals(o.dateFormat);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      Reader headerReader = new Reader(ch, 0, size);
      try {
        if (!headerReader.next()) {
          throw new DataException(name, 1, "the file is empty; a header line is needed");
        }
      } catch (LineTooLong e) {
        throw new DataException(
            name, 1, "a line longer than " + MAX_LINE + " bytes (the line limit)");
      }
      long bodyStart = headerReader.consumed();
      byte[] headerBytes =
          Arrays.copyOfRange(headerReader.chunk, headerReader.lineStart, headerReader.lineEnd);
      String headerText = Inputs.utf8(headerBytes, name, 1);
      if (headerText.startsWith("\uFEFF")) {
        headerText = headerText.substring(1);
      }
      String[] names = new Csv(file, o.delimiter).split(headerText, 1);
      Map<String, Integer> cols = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        String n = names[i].strip().toLowerCase(Locale.ROOT);
        if (cols.put(n, i) != null) {
          throw new DataException(name, 1, "column '" + n + "' appears twice in the header");
        }
      }
      set.idCol = need(cols, o.idColumn, name, "--id-column");
      set.dateCol = need(cols, o.dateColumn, name, "--date-column");
      set.amountCol = need(cols, o.amountColumn, name, "--amount-column");
      set.orderCol = withOrders ? need(cols, orderColumn, name, "--order-column") : -1;
      set.maxCol =
          Math.max(Math.max(set.idCol, set.dateCol), Math.max(set.amountCol, set.orderCol));
      set.bytesPerLine = bytesPerLine(ch, bodyStart, size);
      // Large files are cut at line breaks into one part per core, parsed in parallel.
      int parts =
          forcedParts > 0
              ? forcedParts
              : size - bodyStart < (8 << 20)
                  ? 1
                  : Math.min(4, Runtime.getRuntime().availableProcessors());
      long[] cut = new long[parts + 1];
      cut[0] = bodyStart;
      cut[parts] = size;
      for (int k = 1; k < parts; k++) {
        cut[k] = nextLine(ch, bodyStart + (size - bodyStart) * k / parts, size);
      }
      Part[] p = new Part[parts];
      long began = System.nanoTime();
      java.util.stream.IntStream.range(0, parts)
          .parallel()
          .forEach(k -> p[k] = Part.parse(ch, cut[k], Math.max(cut[k], cut[k + 1]), set, progress));
      long linesBefore = 1;
      for (Part part : p) {
        if (part.error != null) {
          throw part.error.shifted(linesBefore);
        }
        linesBefore += part.lines;
      }
      long parsed = System.nanoTime();
      PurchaseFile merged = merge(p, currency, withOrders);
      merged.parseNanos = parsed - began;
      merged.mergeNanos = System.nanoTime() - parsed;
      return merged;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** The mean length of the first lines of the body (up to 64 KiB), at least 8 bytes. */
  static double bytesPerLine(FileChannel ch, long from, long size) throws IOException {
    java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate((int) Math.min(1 << 16, size - from));
    int n = bb.capacity() == 0 ? 0 : ch.read(bb, from);
    int lines = 0;
    for (int i = 0; i < n; i++) {
      if (bb.get(i) == '\n') {
        lines++;
      }
    }
    return lines == 0 ? 64 : Math.max(8, (double) n / lines);
  }

  /** The offset just after the first line break at or after {@code from}. */
  static long nextLine(FileChannel ch, long from, long size) throws IOException {
    java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(4096);
    long pos = from;
    while (pos < size) {
      bb.clear();
      int n = ch.read(bb, pos);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (bb.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
    return size;
  }

  private static PurchaseFile merge(Part[] parts, Currency currency, boolean withOrders) {
    Ids global = parts[0].ids;
    int total = 0;
    for (Part p : parts) {
      total += p.n;
    }
    int[] cust = new int[total];
    long[] secs = new long[total];
    long[] minor = new long[total];
    long[] orders = withOrders ? new long[total] : null;
    long[] rejectedBy = new long[REASONS.size()];
    long rows = 0;
    long max = Long.MIN_VALUE;
    int at = 0;
    for (int k = 0; k < parts.length; k++) {
      Part p = parts[k];
      int[] remap = k == 0 ? null : global.absorb(p.ids);
      for (int i = 0; i < p.n; i++) {
        cust[at + i] = remap == null ? p.cust[i] : remap[p.cust[i]];
      }
      System.arraycopy(p.secs, 0, secs, at, p.n);
      System.arraycopy(p.minor, 0, minor, at, p.n);
      if (orders != null) {
        System.arraycopy(p.orders, 0, orders, at, p.n);
      }
      at += p.n;
      for (int r = 0; r < rejectedBy.length; r++) {
        rejectedBy[r] += p.rejectedBy[r];
      }
      rows += p.rows;
      max = Math.max(max, p.max);
    }
    PurchaseColumns c = PurchaseColumns.wrap(global.customers(), cust, secs, minor, currency);
    if (orders != null) {
      c = c.withOrderIds(orders);
    }
    return new PurchaseFile(c, rows, max, byReason(rejectedBy));
  }

  /** What every part needs to know. */
  private static final class Settings {
    String name;
    boolean whitespace;
    byte delim;
    ZoneId zone;
    int digits;
    DateTimeFormatter format;
    boolean compact;
    int idCol;
    int dateCol;
    int amountCol;
    int orderCol;
    int maxCol;
    double bytesPerLine;
  }

  /** One part of the file, parsed on its own; line numbers count from the part's start. */
  private static final class Part {
    final Ids ids;
    int n;
    int[] cust;
    long[] secs;
    long[] minor;

    /**
     * Sized from the part's bytes and the file's sampled line length, so that the columns are
     * allocated once (large arrays that grow by copying cost the collector more than the copy).
     */
    Part(long bytes, double bytesPerLine) {
      // About one new customer per 48 bytes at most: an id table, if one is needed, never grows.
      ids = new Ids(bytes / 48);
      // The sampled line length is the file's own say: the first allocation is capped, so that a
      // file of short first lines cannot make it reserve memory for rows it does not have.
      long rows = (long) (bytes / bytesPerLine * 1.05) + 1024;
      int capacity = (int) Math.min(rows, MAX_INITIAL_ROWS);
      cust = new int[capacity];
      secs = new long[capacity];
      minor = new long[capacity];
    }

    long[] orders;
    final long[] rejectedBy = new long[REASONS.size()];
    long rows;
    long max = Long.MIN_VALUE;
    long lines;
    DataException error;

    static Part parse(
        FileChannel ch,
        long from,
        long to,
        Settings s,
        java.util.concurrent.atomic.AtomicLong progress) {
      Part p = new Part(to - from, s.bytesPerLine);
      if (s.orderCol >= 0) {
        p.orders = new long[p.cust.length];
      }
      try {
        p.run(ch, from, to, s, progress);
      } catch (DataException e) {
        p.error = e;
      } catch (IOException e) {
        throw new UncheckedIOException(s.name + ": " + e.getMessage(), e);
      }
      return p;
    }

    private void run(
        FileChannel ch,
        long from,
        long to,
        Settings s,
        java.util.concurrent.atomic.AtomicLong progress)
        throws IOException {
      Reader r = new Reader(ch, from, to);
      r.progress = progress;
      int[] start = new int[s.maxCol + 2];
      int[] end = new int[s.maxCol + 2];
      DayCache dayStart = new DayCache();
      long line = 0;
      while (true) {
        try {
          if (!r.next()) {
            break;
          }
        } catch (LineTooLong e) {
          throw new DataException(
              s.name, line + 1, "a line longer than " + MAX_LINE + " bytes (the line limit)");
        }
        line++;
        lines = line;
        byte[] b = r.chunk;
        int lineStart = r.lineStart;
        int lineEnd = r.lineEnd;
        if (lineStart == lineEnd || blank(b, lineStart, lineEnd)) {
          continue;
        }
        rows++;
        int found = split(b, lineStart, lineEnd, s.delim, s.whitespace, start, end, s.maxCol);
        if (found < 0) {
          throw new DataException(
              s.name,
              line,
              found == UNCLOSED_QUOTE
                  ? "a quoted field is not closed on its line (purchase files take no line"
                      + " breaks inside fields)"
                  : found == TEXT_AFTER_QUOTE
                      ? "text after the closing quote of a field"
                      : "a quote inside an unquoted field (quote the whole field)");
        }
        if (found <= s.maxCol) {
          throw new DataException(
              s.name, line, "expected at least " + (s.maxCol + 1) + " fields, found " + found);
        }
        long amount = amount(b, start[s.amountCol], end[s.amountCol], s.digits, s.name, line);
        if (amount < 0) {
          rejectedBy[amount == TOO_FINE ? 1 : amount == OVERFLOW ? 2 : 0]++;
          continue;
        }
        long epoch =
            epochSecond(
                b,
                start[s.dateCol],
                end[s.dateCol],
                s.zone,
                s.format,
                s.compact,
                dayStart,
                s.name,
                line);
        if (end[s.idCol] == start[s.idCol]) {
          throw new DataException(s.name, line, "empty customer id");
        }
        if (n == cust.length) {
          int cap = n * 2;
          cust = Arrays.copyOf(cust, cap);
          secs = Arrays.copyOf(secs, cap);
          minor = Arrays.copyOf(minor, cap);
          if (orders != null) {
            orders = Arrays.copyOf(orders, cap);
          }
        }
        int idStart = start[s.idCol];
        int idEnd = end[s.idCol];
        int known = ids.count;
        cust[n] = ids.index(b, idStart, idEnd);
        if (ids.count != known && !plainAsciiId(b, idStart, idEnd)) {
          // A new customer whose id is not plain printable ASCII: it must be one CustomerId
          // accepts (no control characters, not padded, not too long), checked where the line is
          // known. Ids are interned by their bytes, so each distinct id is checked once.
          int bad = invalidUtf8(b, idStart, idEnd);
          if (bad >= 0) {
            // Invalid UTF-8 would be mangled into replacement characters and merged.
            throw new DataException(
                s.name,
                line,
                "invalid UTF-8 in the customer id at byte offset "
                    + (r.lineOffset + bad - lineStart)
                    + " of the file");
          }
          try {
            CustomerId.of(new String(b, idStart, idEnd - idStart, StandardCharsets.UTF_8));
          } catch (IllegalArgumentException e) {
            throw new DataException(s.name, line, "customer id: " + e.getMessage());
          }
        }
        secs[n] = epoch;
        minor[n] = amount;
        if (orders != null) {
          try {
            orders[n] =
                Long.parseLong(
                    new String(
                        b,
                        start[s.orderCol],
                        end[s.orderCol] - start[s.orderCol],
                        StandardCharsets.UTF_8));
          } catch (NumberFormatException e) {
            throw new DataException(s.name, line, "order id must be a whole number");
          }
        }
        max = Math.max(max, epoch);
        n++;
      }
    }
  }

  private static int need(Map<String, Integer> cols, String col, String file, String option) {
    Integer i = cols.get(col.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw new DataException(
          file, 1, "no column '" + col + "' in the header " + cols.keySet() + " (" + option + ")");
    }
    return i;
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits the line {@code b[from, to)} into fields up to maxCol (absolute offsets into {@code b});
   * returns the number of fields seen (capped at maxCol + 1).
   */
  private static int split(
      byte[] b,
      int from,
      int to,
      byte delim,
      boolean whitespace,
      int[] start,
      int[] end,
      int maxCol) {
    int field = 0;
    int i = from;
    if (whitespace) {
      while (i < to && field <= maxCol) {
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
          i++;
        }
        if (i >= to) {
          break;
        }
        start[field] = i;
        while (i < to && b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
          i++;
        }
        end[field++] = i;
      }
      return field;
    }
    while (field <= maxCol) {
      int a = i;
      while (a < to && (b[a] == ' ' || b[a] == '\t')) {
        a++;
      }
      if (a < to && b[a] == '"') {
        // A quoted field: delimiters inside are data, a doubled quote is one quote (unescaped in
        // place, the field only shrinks).
        int w = a + 1;
        int r = a + 1;
        boolean closed = false;
        while (r < to) {
          if (b[r] == '"') {
            if (r + 1 < to && b[r + 1] == '"') {
              b[w++] = '"';
              r += 2;
              continue;
            }
            closed = true;
            r++;
            break;
          }
          b[w++] = b[r++];
        }
        if (!closed) {
          return UNCLOSED_QUOTE;
        }
        while (r < to && (b[r] == ' ' || b[r] == '\t')) {
          r++;
        }
        if (r < to && b[r] != delim) {
          return TEXT_AFTER_QUOTE;
        }
        start[field] = a + 1;
        end[field++] = w;
        if (r >= to) {
          break;
        }
        i = r + 1;
      } else {
        int z = a;
        while (z < to && b[z] != delim) {
          if (b[z] == '"') {
            return QUOTE_IN_FIELD;
          }
          z++;
        }
        int t = z;
        while (t > a && (b[t - 1] == ' ' || b[t - 1] == '\t')) {
          t--;
        }
        start[field] = a;
        end[field++] = t;
        if (z >= to) {
          break;
        }
        i = z + 1;
      }
    }
    return field;
  }

  /** Whether b[from, to) is an id CustomerId accepts as it is: printable ASCII, unpadded, short. */
  private static boolean plainAsciiId(byte[] b, int from, int to) {
    if (to - from > CustomerId.MAX_LENGTH || b[from] == ' ' || b[to - 1] == ' ') {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (b[k] < 0x20 || b[k] == 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first byte of b[from, to) that is not valid UTF-8, or -1. */
  static int invalidUtf8(byte[] b, int from, int to) {
    java.nio.charset.CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b, from, to - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(to - from);
    java.nio.charset.CoderResult res = d.decode(in, out, true);
    return res.isError() || res.isOverflow() ? in.position() : -1;
  }

  private static final int UNCLOSED_QUOTE = -1;
  private static final int TEXT_AFTER_QUOTE = -2;
  private static final int QUOTE_IN_FIELD = -3;

  private static long amount(byte[] b, int s, int e, int digits, String file, long line) {
    boolean negative = false;
    int i = s;
    if (i < e && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long whole = 0;
    int frac = 0;
    long fraction = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < e; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (!dot) {
          if (whole > 100_000_000_000_000_000L) {
            return slowAmount(b, s, e, digits, file, line);
          }
          whole = whole * 10 + (c - '0');
        } else if (frac < digits) {
          fraction = fraction * 10 + (c - '0');
          frac++;
        } else {
          return slowAmount(b, s, e, digits, file, line);
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return slowAmount(b, s, e, digits, file, line);
      }
    }
    if (!any) {
      throw new DataException(
          file,
          line,
          "amount '" + new String(b, s, e - s, StandardCharsets.UTF_8) + "' is not a number");
    }
    for (; frac < digits; frac++) {
      fraction *= 10;
    }
    long p = pow10(digits);
    if (whole > (Long.MAX_VALUE - fraction) / p) {
      return OVERFLOW;
    }
    long v = whole * p + fraction;
    return negative ? -v : v;
  }

  private static long pow10(int d) {
    long p = 1;
    for (int i = 0; i < d; i++) {
      p *= 10;
    }
    return p;
  }

  /**
   * Any amount the digit loop does not take: exact decimal arithmetic, never rounded. More decimals
   * than the currency's minor unit (trailing zeros aside) give {@link #TOO_FINE}, more than 64 bits
   * of minor units {@link #OVERFLOW}; both are rejected rows with their reason, whichever path
   * found them.
   */
  private static long slowAmount(byte[] b, int s, int e, int digits, String file, long line) {
    String text = new String(b, s, e - s, StandardCharsets.UTF_8);
    BigDecimal v;
    try {
      v = new BigDecimal(text);
    } catch (NumberFormatException ex) {
      throw new DataException(file, line, "amount '" + text + "' is not a number");
    }
    if (v.scale() > digits && v.stripTrailingZeros().scale() > digits) {
      return TOO_FINE;
    }
    try {
      long minor = v.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
      return minor == Long.MIN_VALUE || minor == Long.MIN_VALUE + 1 ? OVERFLOW : minor;
    } catch (ArithmeticException ex) {
      return OVERFLOW;
    }
  }

  private static long epochSecond(
      byte[] b,
      int s,
      int e,
      ZoneId zone,
      DateTimeFormatter format,
      boolean compact,
      DayCache dayStart,
      String file,
      long line) {
    int len = e - s;
    int y;
    int m;
    int d;
    if (compact && len == 8 && digits(b, s, 8)) {
      y = num(b, s, 4);
      m = num(b, s + 4, 2);
      d = num(b, s + 6, 2);
    } else if (format == null
        && len == 10
        && b[s + 4] == '-'
        && b[s + 7] == '-'
        && digits(b, s, 4)
        && digits(b, s + 5, 2)
        && digits(b, s + 8, 2)) {
      y = num(b, s, 4);
      m = num(b, s + 5, 2);
      d = num(b, s + 8, 2);
    } else if (format == null && len >= 16) {
      // yyyy-MM-ddTHH:mm[:ss][Z]: the start of the local day plus the time of day, when no
      // offset transition falls in that day; otherwise (and for anything else) the full parser.
      long fast = isoDateTime(b, s, len, zone, dayStart);
      if (fast != Long.MIN_VALUE) {
        return fast;
      }
      String text = new String(b, s, len, StandardCharsets.UTF_8);
      return Inputs.instant(text, format, zone, file, line).getEpochSecond();
    } else {
      String text = new String(b, s, len, StandardCharsets.UTF_8);
      return Inputs.instant(text, format, zone, file, line).getEpochSecond();
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      throw new DataException(
          file,
          line,
          "date '" + new String(b, s, len, StandardCharsets.UTF_8) + "' is not a valid date");
    }
    int slot = dayStart.slot(y, m, d, zone);
    if (slot < 0) {
      throw new DataException(
          file,
          line,
          "date '" + new String(b, s, len, StandardCharsets.UTF_8) + "' is not a valid date");
    }
    return dayStart.starts[slot];
  }

  /**
   * The epoch second of {@code yyyy-MM-ddTHH:mm}, {@code yyyy-MM-ddTHH:mm:ss}, either with a Z, or
   * {@code Long.MIN_VALUE} when the full parser must decide (another form, an invalid value, or a
   * local time on a day with an offset transition). Digits are checked and read in one pass.
   */
  private static long isoDateTime(byte[] b, int s, int len, ZoneId zone, DayCache cache) {
    boolean utc = b[s + len - 1] == 'Z';
    int core = utc ? len - 1 : len;
    if ((core != 16 && core != 19)
        || b[s + 4] != '-'
        || b[s + 7] != '-'
        || b[s + 10] != 'T'
        || b[s + 13] != ':'
        || (core == 19 && b[s + 16] != ':')) {
      return Long.MIN_VALUE;
    }
    int y0 = b[s] - '0';
    int y1 = b[s + 1] - '0';
    int y2 = b[s + 2] - '0';
    int y3 = b[s + 3] - '0';
    int m0 = b[s + 5] - '0';
    int m1 = b[s + 6] - '0';
    int d0 = b[s + 8] - '0';
    int d1 = b[s + 9] - '0';
    int h0 = b[s + 11] - '0';
    int h1 = b[s + 12] - '0';
    int n0 = b[s + 14] - '0';
    int n1 = b[s + 15] - '0';
    int s0 = core == 19 ? b[s + 17] - '0' : 0;
    int s1 = core == 19 ? b[s + 18] - '0' : 0;
    // A digit d is in 0..9 exactly when d and 9 - d are both non-negative.
    int any = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1 | h0 | h1 | n0 | n1 | s0 | s1;
    int rest =
        (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - m0) | (9 - m1) | (9 - d0) | (9 - d1)
            | (9 - h0) | (9 - h1) | (9 - n0) | (9 - n1) | (9 - s0) | (9 - s1);
    if ((any | rest) < 0) {
      return Long.MIN_VALUE;
    }
    int y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    int m = m0 * 10 + m1;
    int d = d0 * 10 + d1;
    int hh = h0 * 10 + h1;
    int mm = n0 * 10 + n1;
    int ss = s0 * 10 + s1;
    if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) {
      return Long.MIN_VALUE;
    }
    int secondOfDay = hh * 3600 + mm * 60 + ss;
    if (utc) {
      try {
        return LocalDate.of(y, m, d).toEpochDay() * 86_400L + secondOfDay;
      } catch (java.time.DateTimeException ex) {
        return Long.MIN_VALUE;
      }
    }
    int slot = cache.slot(y, m, d, zone);
    return slot < 0 || cache.transition[slot] ? Long.MIN_VALUE : cache.starts[slot] + secondOfDay;
  }

  private static boolean digits(byte[] b, int s, int n) {
    for (int i = s; i < s + n; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(byte[] b, int s, int n) {
    int v = 0;
    for (int i = s; i < s + n; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }

  private static final int DAY_CACHE = 4096;

  /**
   * The cache slot of a day: a day number of 372-day years, so any 11 consecutive years map to
   * distinct slots (a hashed slot let colliding days evict each other row after row).
   */
  private static int daySlot(int y, int m, int d) {
    return (y * 372 + (m - 1) * 31 + (d - 1)) & (DAY_CACHE - 1);
  }

  /**
   * Local days of the zone, direct-mapped by {@link #daySlot}: when each starts, and whether its
   * offset changes.
   */
  private static final class DayCache {
    final int[] keys = new int[DAY_CACHE];

    /** The epoch second at which each cached local day starts in the zone. */
    final long[] starts = new long[DAY_CACHE];

    /** Whether the zone's offset changes during the day (its times need the full parser). */
    final boolean[] transition = new boolean[DAY_CACHE];

    /** The slot of day y-m-d, filled on a miss; -1 when there is no such date. */
    int slot(int y, int m, int d, ZoneId zone) {
      int key = y * 10_000 + m * 100 + d;
      int slot = daySlot(y, m, d);
      if (keys[slot] != key) {
        try {
          long start = LocalDate.of(y, m, d).atStartOfDay(zone).toEpochSecond();
          java.time.zone.ZoneOffsetTransition next =
              zone.getRules().nextTransition(java.time.Instant.ofEpochSecond(start));
          starts[slot] = start;
          transition[slot] = next != null && next.toEpochSecond() < start + 86_400L;
        } catch (java.time.DateTimeException ex) {
          return -1;
        }
        keys[slot] = key;
      }
      return slot;
    }
  }

  /**
   * Lines of a byte range of a file, read in large chunks and returned in place: after {@link
   * #next()} the line, without its break, is {@code chunk[lineStart, lineEnd)}. A line that runs
   * past the end of a chunk is moved to the front before the next read, so no line is copied
   * otherwise.
   */
  static final class Reader {
    private final FileChannel ch;
    private long next;
    private final long to;
    byte[] chunk = new byte[1 << 20];
    private int pos;
    private int limit;
    private long consumed;
    private boolean eof;
    int lineStart;
    int lineEnd;

    /** The file offset of {@link #lineStart}. */
    long lineOffset;

    java.util.concurrent.atomic.AtomicLong progress;

    Reader(FileChannel ch, long from, long to) {
      this.ch = ch;
      this.next = from;
      this.to = to;
      this.consumed = from;
    }

    /** The file offset after the last line returned. */
    long consumed() {
      return consumed;
    }

    /** Moves to the next line; false at the end of the range. */
    boolean next() throws IOException {
      int scan = pos;
      while (true) {
        int i = scan;
        while (i < limit && chunk[i] != '\n' && chunk[i] != '\r') {
          i++;
        }
        boolean lastByteIsCr = false;
        if (i < limit) {
          // LF, CRLF and a lone CR all end a line.
          if (chunk[i] == '\n' || i + 1 < limit || eof || next >= to) {
            int after = i + 1;
            if (chunk[i] == '\r' && i + 1 < limit && chunk[i + 1] == '\n') {
              after = i + 2;
            }
            lineOffset = consumed;
            lineStart = pos;
            lineEnd = i;
            consumed += after - pos;
            pos = after;
            return true;
          }
          lastByteIsCr = true;
        } else if (eof || next >= to) {
          eof = true;
          if (pos < limit) {
            lineOffset = consumed;
            lineStart = pos;
            lineEnd = limit;
            consumed += limit - pos;
            pos = limit;
            return true;
          }
          return false;
        }
        int rest = limit - pos;
        if (rest >= MAX_LINE) {
          throw new LineTooLong();
        }
        if (rest == chunk.length) {
          chunk = Arrays.copyOf(chunk, Math.min(chunk.length * 2, MAX_LINE + 1));
        } else if (pos > 0) {
          System.arraycopy(chunk, pos, chunk, 0, rest);
        }
        pos = 0;
        limit = rest;
        scan = lastByteIsCr ? rest - 1 : rest;
        java.nio.ByteBuffer bb =
            java.nio.ByteBuffer.wrap(chunk, limit, (int) Math.min(chunk.length - limit, to - next));
        int read = ch.read(bb, next);
        if (read <= 0) {
          eof = true;
          continue;
        }
        next += read;
        limit += read;
        if (progress != null) {
          progress.addAndGet(read);
        }
      }
    }
  }

  /** A line over {@link #MAX_LINE} bytes; the part reports it with its line number. */
  static final class LineTooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LineTooLong() {
      super(null, null, false, false);
    }
  }

  /**
   * Customer ids keyed by their bytes. While ids arrive in strictly increasing byte order (a file
   * sorted by customer), each new id is only appended: it cannot have been seen, and no hash table
   * is built. The first id out of order builds the table (open addressing, linear probing over
   * longs holding each id's hash and its index + 1, 0 marking an empty slot) and every later new id
   * is looked up there. The bytes of all ids live in one arena.
   */
  private static final class Ids {
    private final long expected;
    private long @org.jspecify.annotations.Nullable [] table;
    private byte[] arena = new byte[1 << 20];
    private int arenaSize;
    private int[] offset = new int[1 << 15];
    private int[] len = new int[1 << 15];
    private int[] hashes = new int[1 << 15];
    private int count;
    private int last = -1;

    /** Ids sized for about {@code expected} ids before the table grows. */
    Ids(long expected) {
      this.expected = expected;
    }

    int index(byte[] b, int s, int e) {
      int l0 = e - s;
      if (last >= 0
          && len[last] == l0
          && Arrays.equals(arena, offset[last], offset[last] + l0, b, s, e)) {
        return last;
      }
      if (table == null) {
        if (count == 0 || greaterThanLast(b, s, e)) {
          last = append(b, s, l0, 0);
          return last;
        }
        buildTable(Math.max(expected, count * 2L));
      }
      last = lookup(b, s, e, hash(b, s, e));
      return last;
    }

    /** Whether the id is greater, byte by byte, than the greatest (the last) id so far. */
    private boolean greaterThanLast(byte[] b, int s, int e) {
      int k = count - 1;
      return Arrays.compareUnsigned(b, s, e, arena, offset[k], offset[k] + len[k]) > 0;
    }

    /**
     * Murmur3's finaliser: FNV-1a leaves the low bits of similar ids (c0001, c0002, ...) close
     * together, and linear probing on them built long runs.
     */
    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      h *= 0xC2B2AE35;
      return h ^ (h >>> 16);
    }

    private static int hash(byte[] b, int s, int e) {
      int h = 0x811C9DC5;
      for (int i = s; i < e; i++) {
        h = (h ^ b[i]) * 0x01000193;
      }
      return h;
    }

    private int lookup(byte[] b, int s, int e, int h) {
      long[] t = table;
      int mask = t.length - 1;
      int slot = mix(h) & mask;
      int l = e - s;
      while (true) {
        long entry = t[slot];
        if (entry == 0) {
          int k = append(b, s, l, h);
          t[slot] = ((long) h << 32) | (k + 1L);
          if (count * 2L > t.length) {
            buildTable(t.length);
          }
          return k;
        }
        if ((int) (entry >>> 32) == h) {
          int k = (int) entry - 1;
          if (len[k] == l && Arrays.equals(arena, offset[k], offset[k] + l, b, s, e)) {
            return k;
          }
        }
        slot = (slot + 1) & mask;
      }
    }

    /** Appends a new id with its hash (0 while no table is kept); returns its index. */
    private int append(byte[] b, int s, int l, int h) {
      if (count == offset.length) {
        offset = Arrays.copyOf(offset, count * 2);
        len = Arrays.copyOf(len, count * 2);
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      while (arenaSize + l > arena.length) {
        arena = Arrays.copyOf(arena, arena.length * 2);
      }
      System.arraycopy(b, s, arena, arenaSize, l);
      offset[count] = arenaSize;
      len[count] = l;
      hashes[count] = h;
      arenaSize += l;
      return count++;
    }

    /** (Re)builds the table with at least twice {@code ids} slots, hashing ids that have none. */
    private void buildTable(long ids) {
      long slots = Long.highestOneBit(Math.max(1 << 16, Math.min(1L << 28, ids * 2)) - 1) << 1;
      long[] t = new long[(int) slots];
      int mask = t.length - 1;
      boolean hashed = table != null;
      for (int k = 0; k < count; k++) {
        int h = hashed ? hashes[k] : hash(arena, offset[k], offset[k] + len[k]);
        hashes[k] = h;
        int slot = mix(h) & mask;
        while (t[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        t[slot] = ((long) h << 32) | (k + 1L);
      }
      table = t;
    }

    /**
     * Adds another part's ids; returns, for each of its indices, the index here. Two sorted parts
     * whose ids do not overlap (the second starts above the first's last) are simply concatenated.
     */
    int[] absorb(Ids other) {
      int[] map = new int[other.count];
      // Sorted parts: the second's first id may be the first's last (a customer whose lines the
      // cut between the parts split); every other id of the second is then new.
      int shared = -1;
      if (table == null && other.table == null && count > 0 && other.count > 0) {
        int k = count - 1;
        shared =
            Integer.signum(
                Arrays.compareUnsigned(
                    other.arena,
                    other.offset[0],
                    other.offset[0] + other.len[0],
                    arena,
                    offset[k],
                    offset[k] + len[k]));
      }
      if (table == null && other.table == null && (count == 0 || other.count == 0 || shared >= 0)) {
        // In bulk: one copy per array (a loop of small appends ran cold, once, for seconds).
        int skip = shared == 0 ? 1 : 0;
        if (skip == 1) {
          map[0] = count - 1;
        }
        int n = other.count - skip;
        int base = count - skip;
        int shift = arenaSize;
        if (count + n > offset.length) {
          int cap = Math.max(offset.length * 2, count + n);
          offset = Arrays.copyOf(offset, cap);
          len = Arrays.copyOf(len, cap);
          hashes = Arrays.copyOf(hashes, cap);
        }
        if (arenaSize + other.arenaSize > arena.length) {
          arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + other.arenaSize));
        }
        System.arraycopy(other.arena, 0, arena, arenaSize, other.arenaSize);
        System.arraycopy(other.len, skip, len, count, n);
        for (int k = skip; k < other.count; k++) {
          offset[base + k] = other.offset[k] + shift;
          map[k] = base + k;
        }
        count += n;
        arenaSize += other.arenaSize;
        last = -1;
        return map;
      }
      if (table == null) {
        buildTable(Math.max(expected, (count + (long) other.count) * 2));
      }
      for (int k = 0; k < other.count; k++) {
        int o = other.offset[k];
        int end = o + other.len[k];
        int h = other.table != null ? other.hashes[k] : hash(other.arena, o, end);
        map[k] = lookup(other.arena, o, end, h);
      }
      last = -1;
      return map;
    }

    CustomerId[] customers() {
      CustomerId[] out = new CustomerId[count];
      java.util.stream.IntStream.range(0, count)
          .parallel()
          .forEach(
              k ->
                  out[k] =
                      CustomerId.of(new String(arena, offset[k], len[k], StandardCharsets.UTF_8)));
      return out;
    }
  }
}
