package io.github.crmkit.io;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.io.internal.ByteFields;
import io.github.crmkit.io.internal.ByteLines;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The byte-level parsing of purchase lines: fields split in place (RFC 4180 quoting), customer ids
 * kept as runs of their bytes ({@link IdRuns}, interned later by {@link IdDictionary}), ISO dates
 * and date-times decoded from their digits, amounts from their digits into minor units; anything
 * else takes the java.time and BigDecimal path.
 */
final class CsvPart {
  private CsvPart() {}

  /** A problem on a line of a part; the reader reports it with the line's number in the file. */
  static final class CsvError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line, counted from the part's start. */
    final long line;

    /** The column at fault, or null. */
    final @Nullable String column;

    /** What is wrong. */
    final String problem;

    CsvError(long line, @Nullable String column, String problem) {
      super(problem, null, false, false);
      this.line = line;
      this.column = column;
      this.problem = problem;
    }
  }

  /** The reasons a part rejects rows for, in the order of its counts. */
  static final RejectionReason[] REASONS = {
    RejectionReason.NEGATIVE_AMOUNT,
    RejectionReason.FINER_THAN_MINOR_UNIT,
    RejectionReason.AMOUNT_OVERFLOW
  };

  /** The most rows a file may have: the columns are arrays. */
  static final int MAX_ROWS = Integer.MAX_VALUE - 16;

  static final long TOO_FINE = Long.MIN_VALUE;
  static final long OVERFLOW = Long.MIN_VALUE + 1;

  /** What every part needs to know. */
  static final class Settings {
    String name = "";
    String customerName = "";
    String timeName = "";
    String amountName = "";
    String orderName = "";
    boolean whitespace;
    byte delim;
    ZoneId zone = java.time.ZoneOffset.UTC;
    int digits;
    @Nullable DateTimeFormatter format;
    boolean compact;

    /**
     * Whether lines are split speculatively ({@link #quickFields}): a delimited file (not
     * white-space) whose delimiter no fast-read date holds, with ISO or compact dates.
     */
    boolean quick;

    int idCol;
    int dateCol;
    int amountCol;
    int orderCol;
    int maxCol;
  }

  /**
   * One part of the file, parsed on its own; line numbers count from the part's start. Its rows go
   * to {@code [base, base + n)} of its columns: for a file, a window of the file's columns sized by
   * an estimate of the part's rows (so that no part allocates or copies columns of its own), until
   * the window is full, when the part goes on in columns of its own; for a stream, columns of its
   * own that grow.
   */
  static final class Part {
    final IdRuns ids;
    int base;
    int n;
    int[] cust;
    long[] secs;
    long[] minor;
    long @Nullable [] orders;
    private int limit;

    /** A part writing into a window of shared columns, at most {@code capacity} rows. */
    Part(Columns shared, int base, int capacity) {
      this.cust = shared.cust;
      this.secs = shared.secs;
      this.minor = shared.minor;
      this.orders = shared.orders;
      this.base = base;
      this.limit = capacity;
      this.ids = new IdRuns(capacity);
    }

    /** A part with columns of its own, sized at first for {@code capacity} rows. */
    Part(int capacity, boolean withOrders) {
      this.cust = new int[capacity];
      this.secs = new long[capacity];
      this.minor = new long[capacity];
      this.orders = withOrders ? new long[capacity] : null;
      this.base = 0;
      this.limit = Integer.MAX_VALUE;
      this.ids = new IdRuns(capacity);
    }

    final long[] rejectedBy = new long[REASONS.length];
    long rows;
    long lines;
    @Nullable IOException failure;
    @Nullable CsvError error;

    /** Parses the lines into this part; a format error or an I/O failure is kept, not thrown. */
    Part parse(ByteLines r, Settings s) {
      try {
        run(r, s);
      } catch (CsvError e) {
        error = e;
      } catch (IOException e) {
        failure = e;
      }
      return this;
    }

    /**
     * Doubles columns of its own; a full window of shared columns is left for columns of the part's
     * own, holding its rows so far.
     */
    private void grow() {
      if (n >= MAX_ROWS) {
        throw new CsvError(
            lines, null, "more than " + MAX_ROWS + " rows; read the file in smaller files");
      }
      int cap = (int) Math.min(MAX_ROWS, Math.max(16, n * 2L));
      int from = base;
      cust = Arrays.copyOfRange(cust, from, from + cap);
      secs = Arrays.copyOfRange(secs, from, from + cap);
      minor = Arrays.copyOfRange(minor, from, from + cap);
      if (orders != null) {
        orders = Arrays.copyOfRange(orders, from, from + cap);
      }
      base = 0;
      limit = Integer.MAX_VALUE;
    }

    private void run(ByteLines r, Settings s) throws IOException {
      int[] start = new int[s.maxCol + 2];
      int[] end = new int[s.maxCol + 2];
      DayCache dayStart = new DayCache();
      int dateWidth = 19;
      long line = 0;
      // The settings read on every row, held in locals (the client compiler, which the command
      // line runs on, reloads a field at each use).
      final int idCol = s.idCol;
      final int dateCol = s.dateCol;
      final int amountCol = s.amountCol;
      final int digits = s.digits;
      final byte delim = s.delim;
      final boolean quick = s.quick;
      final boolean iso = s.format == null;
      final boolean compact = s.compact;
      final ZoneId zone = s.zone;
      // The usual layout, three columns in the order id, date, amount: split without a loop.
      final boolean plain = quick && s.maxCol == 2 && idCol == 0 && dateCol == 1;
      while (true) {
        try {
          if (!r.next()) {
            break;
          }
        } catch (ByteLines.LineTooLong e) {
          throw new CsvError(
              line + 1,
              null,
              "a line longer than " + ByteLines.MAX_LINE + " bytes (the line limit)");
        }
        line++;
        lines = line;
        byte[] b = r.chunk();
        int lineStart = r.lineStart();
        int lineEnd = r.lineEnd();
        if (lineStart == lineEnd || blank(b, lineStart, lineEnd)) {
          continue;
        }
        rows++;
        // Most lines are split at their delimiters with the date taken at the last line's width,
        // which holds when the date then reads by a fast path (its bytes all digits and
        // separators, so no delimiter, quote or padding among them); any other line, and any line
        // the speculation does not prove, is split by the general rules.
        long epoch = Long.MIN_VALUE;
        if (plain
            ? plainFields(b, lineStart, lineEnd, delim, start, end, dateWidth)
            : quick && quickFields(b, lineStart, lineEnd, s, start, end, dateWidth)) {
          epoch = fastEpoch(b, start[dateCol], end[dateCol], zone, iso, compact, dayStart);
        }
        if (epoch == Long.MIN_VALUE) {
          int found =
              ByteFields.split(b, lineStart, lineEnd, delim, s.whitespace, start, end, s.maxCol);
          if (found < 0) {
            throw new CsvError(line, null, ByteFields.problem(found));
          }
          if (found <= s.maxCol) {
            throw new CsvError(
                line, null, "expected at least " + (s.maxCol + 1) + " fields, found " + found);
          }
          dateWidth = end[dateCol] - start[dateCol];
        }
        long amount = amount(b, start[amountCol], end[amountCol], digits, s.amountName, line);
        if (amount < 0) {
          rejectedBy[amount == TOO_FINE ? 1 : amount == OVERFLOW ? 2 : 0]++;
          continue;
        }
        if (epoch == Long.MIN_VALUE) {
          epoch =
              epochSecond(
                  b,
                  start[dateCol],
                  end[dateCol],
                  zone,
                  s.format,
                  compact,
                  dayStart,
                  s.timeName,
                  line);
        }
        int idStart = start[idCol];
        int idEnd = end[idCol];
        if (idEnd == idStart) {
          throw new CsvError(line, s.customerName, "empty customer id");
        }
        if (base + n == cust.length || n == limit) {
          grow();
        }
        int known = ids.count;
        int at = base + n;
        cust[at] = ids.add(b, idStart, idEnd);
        if (ids.count != known && !plainAsciiId(b, idStart, idEnd, ids.lastKey)) {
          // A new run whose id is not plain printable ASCII: it must be one CustomerId accepts
          // (no control characters, not padded, not too long), checked where the line is known.
          // A row whose id repeats the row before it's is not checked again.
          int bad = ByteLines.invalidUtf8(b, idStart, idEnd);
          if (bad >= 0) {
            // Invalid UTF-8 would be mangled into replacement characters and merged.
            throw new CsvError(
                line,
                s.customerName,
                "invalid UTF-8 in the customer id at byte offset "
                    + (r.lineOffset() + bad - lineStart)
                    + " of the file");
          }
          try {
            CustomerId.of(new String(b, idStart, idEnd - idStart, StandardCharsets.UTF_8));
          } catch (IllegalArgumentException e) {
            throw new CsvError(line, s.customerName, "customer id: " + e.getMessage());
          }
        }
        secs[at] = epoch;
        minor[at] = amount;
        if (orders != null) {
          try {
            orders[at] =
                Long.parseLong(
                    new String(
                        b,
                        start[s.orderCol],
                        end[s.orderCol] - start[s.orderCol],
                        StandardCharsets.UTF_8));
          } catch (NumberFormatException e) {
            throw new CsvError(line, s.orderName, "order id must be a whole number");
          }
        }
        n++;
      }
    }
  }

  /** The columns of a whole file, allocated once for the rows its lines can hold. */
  static final class Columns {
    final int[] cust;
    final long[] secs;
    final long[] minor;
    final long @Nullable [] orders;

    Columns(int rows, boolean withOrders) {
      cust = new int[rows];
      secs = new long[rows];
      minor = new long[rows];
      orders = withOrders ? new long[rows] : null;
    }
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
   * Whether b[from, to) is an id CustomerId accepts as it is: printable ASCII, unpadded, short; an
   * id of at most 8 bytes is tested as {@code packed}, its bytes as {@link IdRuns#pack} packs them.
   */
  private static boolean plainAsciiId(byte[] b, int from, int to, long packed) {
    int l = to - from;
    if (l <= 8) {
      return IdRuns.plainAscii(packed, l);
    }
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

  /**
   * The amount in {@code b[s, e)} in minor units, {@link #TOO_FINE} or {@link #OVERFLOW}; a
   * negative amount as a negative number.
   *
   * @throws CsvError if it is not a number
   */
  static long amount(byte[] b, int s, int e, int digits, String column, long line) {
    int len = e - s;
    if (len > 0 && len <= 8 && s + 8 <= b.length && digits <= 7) {
      long word = amountWord((long) ByteLines.LONGS.get(b, s), len, digits);
      if (word >= 0) {
        return word;
      }
    }
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
            return slowAmount(b, s, e, digits, column, line);
          }
          whole = whole * 10 + (c - '0');
        } else if (frac < digits) {
          fraction = fraction * 10 + (c - '0');
          frac++;
        } else {
          return slowAmount(b, s, e, digits, column, line);
        }
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        return slowAmount(b, s, e, digits, column, line);
      }
    }
    if (!any) {
      throw new CsvError(
          line,
          column,
          "amount '" + new String(b, s, e - s, StandardCharsets.UTF_8) + "' is not a number");
    }
    for (; frac < digits; frac++) {
      fraction *= 10;
    }
    long p = POW10[digits];
    // A division only for wholes near the limit: below SAFE_WHOLE no fraction can overflow.
    if (whole > SAFE_WHOLE[digits] && whole > (Long.MAX_VALUE - fraction) / p) {
      return OVERFLOW;
    }
    long v = whole * p + fraction;
    return negative ? -v : v;
  }

  /**
   * An amount of 1 to 8 bytes, all digits but at most one dot with 1 to {@code digits} digits on
   * each side, in minor units from one word: the digits checked and read eight at once (the method
   * of Lemire, "Number parsing at a gigabyte per second", Software: Practice and Experience 51(8),
   * 2021); -1 for anything else, which the byte loop decides.
   *
   * @param v the eight bytes from the amount's first, little-endian (past the amount: anything)
   * @param len the amount's length, 1 to 8
   * @param digits the digits of the minor unit, 0 to 7
   */
  static long amountWord(long v, int len, int digits) {
    int bits = len << 3;
    long word = len == 8 ? v : v & ((1L << bits) - 1);
    long dots = ByteLines.zeroBytes(word ^ 0x2E2E2E2E2E2E2E2EL);
    if (len < 8) {
      dots &= (1L << bits) - 1;
    }
    int k = len;
    int frac = 0;
    if (dots != 0) {
      int p = Long.numberOfTrailingZeros(dots) >>> 3;
      frac = len - p - 1;
      if ((dots & (dots - 1)) != 0 || p == 0 || frac == 0 || frac > digits) {
        return -1;
      }
      // The dot taken out: the fraction's bytes moved down one.
      int low = p << 3;
      word = (word & ((1L << low) - 1)) | ((word >>> (low + 8)) << low);
      k = len - 1;
    }
    // Right-aligned as an eight-digit number: leading '0's in the low (first) bytes.
    long w = k == 8 ? word : (word << ((8 - k) << 3)) | (0x3030303030303030L >>> (k << 3));
    if ((w & 0xF0F0F0F0F0F0F0F0L) != 0x3030303030303030L
        || ((w + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) != 0x3030303030303030L) {
      return -1;
    }
    long x = w - 0x3030303030303030L;
    x = x * 10 + (x >>> 8);
    x =
        (((x & 0x000000FF000000FFL) * 0x000F424000000064L)
                + (((x >>> 16) & 0x000000FF000000FFL) * 0x0000271000000001L))
            >>> 32;
    return x * POW10[digits - frac];
  }

  /** 10 to the power of 0 to 18. */
  private static final long[] POW10 = new long[19];

  /** For each number of digits, the largest whole that no fraction can make overflow. */
  private static final long[] SAFE_WHOLE = new long[19];

  static {
    for (int d = 0; d < POW10.length; d++) {
      POW10[d] = pow10(d);
      SAFE_WHOLE[d] = (Long.MAX_VALUE - (POW10[d] - 1)) / POW10[d];
    }
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
  private static long slowAmount(byte[] b, int s, int e, int digits, String column, long line) {
    String text = new String(b, s, e - s, StandardCharsets.UTF_8);
    BigDecimal v;
    try {
      v = new BigDecimal(text);
    } catch (NumberFormatException ex) {
      throw new CsvError(line, column, "amount '" + text + "' is not a number");
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

  /**
   * Splits the line {@code b[from, to)} as {@link ByteFields#split} would, when it can without
   * reading every byte: every field but the date ends at its first delimiter and must be unquoted
   * and unpadded; the date is taken as the {@code dateWidth} bytes before a delimiter (or the
   * line's end). The caller must prove the date by reading it by a fast path ({@link #fastEpoch}),
   * which looks at every one of its bytes; false for any line this does not split (a quote,
   * padding, too few fields, another date width), which the general split then takes.
   */
  static boolean quickFields(
      byte[] b, int from, int to, Settings s, int[] start, int[] end, int dateWidth) {
    int a = from;
    byte delim = s.delim;
    for (int f = 0; f <= s.maxCol; f++) {
      if (a > to) {
        return false;
      }
      int z;
      if (f == s.dateCol) {
        z = a + dateWidth;
        if (z > to || (z < to && b[z] != delim)) {
          return false;
        }
      } else {
        z = ByteFields.unquotedEnd(b, a, to, delim);
        if (z < to && b[z] == '"') {
          return false;
        }
        if (z > a && (pad(b[a]) || pad(b[z - 1]))) {
          return false;
        }
      }
      if (z == to && f < s.maxCol) {
        return false;
      }
      start[f] = a;
      end[f] = z;
      a = z + 1;
    }
    return true;
  }

  /**
   * {@link #quickFields} for the usual layout, three columns in the order id, date, amount (the
   * amount may be followed by more columns), without a loop over the columns.
   */
  static boolean plainFields(
      byte[] b, int from, int to, byte delim, int[] start, int[] end, int dateWidth) {
    int idEnd = ByteFields.unquotedEnd(b, from, to, delim);
    if (idEnd >= to || b[idEnd] == '"' || (idEnd > from && (pad(b[from]) || pad(b[idEnd - 1])))) {
      return false;
    }
    int date = idEnd + 1;
    int dateEnd = date + dateWidth;
    if (dateEnd >= to || b[dateEnd] != delim) {
      return false;
    }
    int amount = dateEnd + 1;
    int amountEnd = ByteFields.unquotedEnd(b, amount, to, delim);
    if ((amountEnd < to && b[amountEnd] == '"')
        || (amountEnd > amount && (pad(b[amount]) || pad(b[amountEnd - 1])))) {
      return false;
    }
    start[0] = from;
    end[0] = idEnd;
    start[1] = date;
    end[1] = dateEnd;
    start[2] = amount;
    end[2] = amountEnd;
    return true;
  }

  private static boolean pad(byte c) {
    return c == ' ' || c == '\t';
  }

  /**
   * The epoch second of the date {@code b[s, e)} by a fast path, each of its bytes checked: an ISO
   * date or, when {@code compact}, a {@code yyyyMMdd} date, or an ISO date-time of {@link
   * #isoDateTime}'s forms; {@code Long.MIN_VALUE} for anything else, valid or not, which {@link
   * #epochSecond} decides.
   */
  static long fastEpoch(
      byte[] b, int s, int e, ZoneId zone, boolean iso, boolean compact, DayCache dayStart) {
    int len = e - s;
    if (iso && len >= 16) {
      return isoDateTime(b, s, len, zone, dayStart);
    }
    boolean eight = compact && len == 8 && digits(b, s, 8);
    if (!eight && !(iso && isoDate(b, s, len))) {
      return Long.MIN_VALUE;
    }
    int y = num(b, s, 4);
    int m = num(b, eight ? s + 4 : s + 5, 2);
    int d = num(b, eight ? s + 6 : s + 8, 2);
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return Long.MIN_VALUE;
    }
    int slot = dayStart.slot(y, m, d, zone);
    return slot < 0 ? Long.MIN_VALUE : dayStart.starts[slot];
  }

  private static long epochSecond(
      byte[] b,
      int s,
      int e,
      ZoneId zone,
      @Nullable DateTimeFormatter format,
      boolean compact,
      DayCache dayStart,
      String column,
      long line) {
    int len = e - s;
    long fast = fastEpoch(b, s, e, zone, format == null, compact, dayStart);
    if (fast != Long.MIN_VALUE) {
      return fast;
    }
    boolean dateShaped =
        (compact && len == 8 && digits(b, s, 8)) || (format == null && isoDate(b, s, len));
    if (dateShaped) {
      // The digits of a date, but no such date (a month 13, February 30).
      throw new CsvError(
          line,
          column,
          "date '" + new String(b, s, len, StandardCharsets.UTF_8) + "' is not a valid date");
    }
    return slowInstant(b, s, len, format, zone, column, line);
  }

  /**
   * Any date the digit paths do not take, through java.time: with the date format if one is given,
   * otherwise an ISO date or date-time (with an offset, or local in the zone).
   */
  private static long slowInstant(
      byte[] b,
      int s,
      int len,
      @Nullable DateTimeFormatter format,
      ZoneId zone,
      String column,
      long line) {
    String text = new String(b, s, len, StandardCharsets.UTF_8);
    try {
      return StrictDates.parse(text, format, zone).getEpochSecond();
    } catch (DateTimeException e) {
      throw new CsvError(
          line,
          column,
          "date '"
              + text
              + "' is not "
              + (format == null ? "an ISO date or date-time" : "in the given date format"));
    }
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
    int hh;
    int mm;
    int ss;
    if (core == 19) {
      // HH:mm:ss is one word: its colons (checked above) made zeros, then all eight bytes checked
      // as digits at once (Lemire's test) and read from the word.
      long t = (long) ByteLines.LONGS.get(b, s + 11) - 0x00000A00000A0000L;
      if ((t & 0xF0F0F0F0F0F0F0F0L) != 0x3030303030303030L
          || ((t + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) != 0x3030303030303030L) {
        return Long.MIN_VALUE;
      }
      long x = t - 0x3030303030303030L;
      hh = (int) (x & 0xFF) * 10 + (int) ((x >>> 8) & 0xFF);
      mm = (int) ((x >>> 24) & 0xFF) * 10 + (int) ((x >>> 32) & 0xFF);
      ss = (int) ((x >>> 48) & 0xFF) * 10 + (int) (x >>> 56);
    } else {
      int h0 = b[s + 11] - '0';
      int h1 = b[s + 12] - '0';
      int n0 = b[s + 14] - '0';
      int n1 = b[s + 15] - '0';
      // A digit d is in 0..9 exactly when d and 9 - d are both non-negative.
      if ((h0 | h1 | n0 | n1 | (9 - h0) | (9 - h1) | (9 - n0) | (9 - n1)) < 0) {
        return Long.MIN_VALUE;
      }
      hh = h0 * 10 + h1;
      mm = n0 * 10 + n1;
      ss = 0;
    }
    if (hh > 23 || mm > 59 || ss > 59) {
      return Long.MIN_VALUE;
    }
    int secondOfDay = hh * 3600 + mm * 60 + ss;
    // The same day as the row before (rows in time order share their day for thousands of rows):
    // its ten bytes compared at once, its start reused.
    long head = (long) ByteLines.LONGS.get(b, s);
    int tail = (b[s + 8] << 8) | (b[s + 9] & 0xFF);
    if (head == cache.lastHead && tail == cache.lastTail && utc == cache.lastUtc) {
      return cache.lastStart + secondOfDay;
    }
    int y0 = b[s] - '0';
    int y1 = b[s + 1] - '0';
    int y2 = b[s + 2] - '0';
    int y3 = b[s + 3] - '0';
    int m0 = b[s + 5] - '0';
    int m1 = b[s + 6] - '0';
    int d0 = b[s + 8] - '0';
    int d1 = b[s + 9] - '0';
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1 | (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3)
            | (9 - m0) | (9 - m1) | (9 - d0) | (9 - d1))
        < 0) {
      return Long.MIN_VALUE;
    }
    int y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    int m = m0 * 10 + m1;
    int d = d0 * 10 + d1;
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return Long.MIN_VALUE;
    }
    long start;
    if (utc) {
      try {
        start = LocalDate.of(y, m, d).toEpochDay() * 86_400L;
      } catch (java.time.DateTimeException ex) {
        return Long.MIN_VALUE;
      }
    } else {
      int slot = cache.slot(y, m, d, zone);
      if (slot < 0 || cache.transition[slot]) {
        return Long.MIN_VALUE;
      }
      start = cache.starts[slot];
    }
    cache.lastHead = head;
    cache.lastTail = tail;
    cache.lastUtc = utc;
    cache.lastStart = start;
    return start + secondOfDay;
  }

  /** Whether {@code b[s, s + len)} has the shape of an ISO date: {@code dddd-dd-dd}. */
  private static boolean isoDate(byte[] b, int s, int len) {
    return len == 10
        && b[s + 4] == '-'
        && b[s + 7] == '-'
        && digits(b, s, 4)
        && digits(b, s + 5, 2)
        && digits(b, s + 8, 2);
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
  static final class DayCache {
    final int[] keys = new int[DAY_CACHE];

    /** The epoch second at which each cached local day starts in the zone. */
    final long[] starts = new long[DAY_CACHE];

    /** Whether the zone's offset changes during the day (its times need the full parser). */
    final boolean[] transition = new boolean[DAY_CACHE];

    /**
     * The last date-time's day, as its first eight bytes and the two after them (never equal to a
     * date's at first: a date's bytes hold dashes), whether it was in UTC, and its start.
     */
    long lastHead;

    int lastTail;
    boolean lastUtc;
    long lastStart;

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
}
