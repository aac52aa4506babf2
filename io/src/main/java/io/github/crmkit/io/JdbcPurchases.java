package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.RejectionReason;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads purchases from any JDBC result set of (customer id, instant, amount) into {@link
 * PurchaseColumns}, row after row with the driver's fetch size: no object is kept per row, only the
 * columns and one id per customer.
 *
 * <p>The customer id is read as a string; the instant from a {@code TIMESTAMP WITH TIME ZONE}, a
 * {@code TIMESTAMP} (a local date-time in the options' zone) or a {@code DATE} (its start in that
 * zone); the amount from any exact or approximate number, in the options' currency. A column of
 * another type is an error ({@link SourceFormatException}, naming the column) before any row is
 * read. Rows are rejected, counted by reason, when a value is missing ({@code missing-customer},
 * {@code missing-time}, {@code missing-amount}), the id is not a valid {@link CustomerId} ({@code
 * invalid-customer}), or the amount is negative ({@code negative-amount}), finer than the
 * currency's minor unit ({@code finer-than-minor-unit}) or beyond 64 bits of minor units ({@code
 * amount-overflow}).
 *
 * @since 0.2
 */
public final class JdbcPurchases {
  private JdbcPurchases() {}

  /**
   * How to read: the currency of the amounts, the zone of timestamps without one, the columns and
   * the fetch size. Immutable.
   */
  public static final class Options {
    private final Currency currency;
    private final ZoneId zone;
    private final @Nullable List<String> columns;
    private final int fetchSize;

    private Options(Currency currency, ZoneId zone, @Nullable List<String> columns, int fetchSize) {
      this.currency = currency;
      this.zone = zone;
      this.columns = columns;
      this.fetchSize = fetchSize;
    }

    /**
     * Options for amounts in {@code currency} and timestamps without a zone in {@code zone}; the
     * columns are the first three, the fetch size 10,000 rows.
     *
     * @param currency the currency, with a defined number of fraction digits, not null
     * @param zone the zone of timestamps and dates without one, not null
     * @return the options
     */
    public static Options of(Currency currency, ZoneId zone) {
      ReaderOptions.checkCurrencyAndZone(currency, zone);
      return new Options(currency, zone, null, 10_000);
    }

    /**
     * These options with the columns found by label (case-insensitive) instead of by position.
     *
     * @param customer the customer id's column, not blank
     * @param time the instant's column, not blank
     * @param amount the amount's column, not blank
     * @return new options
     */
    public Options columns(String customer, String time, String amount) {
      List<String> names = ReaderOptions.columns(customer, time, amount);
      return new Options(currency, zone, names, fetchSize);
    }

    /**
     * These options with another fetch size.
     *
     * @param rows the rows fetched at a time, 1 or more
     * @return new options
     */
    public Options fetchSize(int rows) {
      checkArgument(rows > 0, "rows must be positive, but was %s", rows);
      return new Options(currency, zone, columns, rows);
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public Currency currency() {
      return currency;
    }

    /**
     * Returns the zone of timestamps and dates without one.
     *
     * @return the zone
     */
    public ZoneId zone() {
      return zone;
    }

    /**
     * Returns the fetch size.
     *
     * @return the rows fetched at a time
     */
    public int fetchSize() {
      return fetchSize;
    }
  }

  /**
   * Runs a query and reads its rows. The statement is read forward only with the options' fetch
   * size; auto-commit is switched off while it runs (PostgreSQL streams only so) and restored
   * after.
   *
   * @param connection the connection, not null; not closed
   * @param query the query, not blank
   * @param options the options, not null
   * @return the purchases and the account of the rows
   * @throws SQLException if the database fails
   * @throws SourceFormatException if a column is missing or of a type this reader does not read
   */
  public static PurchaseRead read(Connection connection, String query, Options options)
      throws SQLException {
    checkNotNull(connection, "connection must not be null");
    checkNotNull(query, "query must not be null");
    checkNotNull(options, "options must not be null");
    checkArgument(!query.isBlank(), "query must not be blank");
    boolean autoCommit = connection.getAutoCommit();
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    try (Statement s =
        connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      s.setFetchSize(options.fetchSize);
      try (ResultSet rows = s.executeQuery(query)) {
        return read(rows, options, "query " + abbreviate(query));
      }
    } finally {
      if (autoCommit) {
        connection.commit();
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * Reads the rows of a result set from its current position to its end; the result set is not
   * closed.
   *
   * @param rows the result set, not null
   * @param options the options, not null
   * @return the purchases and the account of the rows
   * @throws SQLException if the database fails
   * @throws SourceFormatException if a column is missing or of a type this reader does not read
   */
  public static PurchaseRead read(ResultSet rows, Options options) throws SQLException {
    checkNotNull(rows, "rows must not be null");
    checkNotNull(options, "options must not be null");
    return read(rows, options, "result set");
  }

  private static String abbreviate(String query) {
    String q = query.strip().replaceAll("\\s+", " ");
    return q.length() <= 80 ? "'" + q + "'" : "'" + q.substring(0, 77) + "...'";
  }

  /** How the instant column is read. */
  private enum TimeKind {
    OFFSET,
    LOCAL,
    DATE
  }

  private static PurchaseRead read(ResultSet rows, Options o, String source) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int[] col = columns(meta, o, source);
    TimeKind time = timeKind(meta, col[1], source);
    boolean approximate = amountKind(meta, col[2], source);
    int digits = o.currency.getDefaultFractionDigits();
    Map<String, Integer> index = new HashMap<>();
    List<CustomerId> customers = new ArrayList<>();
    int n = 0;
    int[] customer = new int[1024];
    long[] seconds = new long[1024];
    long[] minor = new long[1024];
    long received = 0;
    Map<RejectionReason, Long> rejected = new java.util.EnumMap<>(RejectionReason.class);
    while (rows.next()) {
      received++;
      String id = rows.getString(col[0]);
      if (id == null || id.isEmpty()) {
        rejected.merge(RejectionReason.MISSING_CUSTOMER, 1L, Long::sum);
        continue;
      }
      Long at = instant(rows, col[1], time, o.zone);
      if (at == null) {
        rejected.merge(RejectionReason.MISSING_TIME, 1L, Long::sum);
        continue;
      }
      BigDecimal amount;
      if (approximate) {
        double d = rows.getDouble(col[2]);
        amount = rows.wasNull() ? null : finite(d, source, received, meta, col[2]);
      } else {
        amount = rows.getBigDecimal(col[2]);
      }
      if (amount == null) {
        rejected.merge(RejectionReason.MISSING_AMOUNT, 1L, Long::sum);
        continue;
      }
      RejectionReason reason = null;
      long m = 0;
      if (amount.signum() < 0) {
        reason = RejectionReason.NEGATIVE_AMOUNT;
      } else if (amount.scale() <= digits) {
        // The common case: no finer than the minor unit, so the minor units are an integer.
        BigDecimal units = amount.movePointRight(digits);
        if (units.compareTo(MAX) > 0) {
          reason = RejectionReason.AMOUNT_OVERFLOW;
        } else {
          m = units.longValueExact();
        }
      } else {
        BigDecimal units = amount.movePointRight(digits).stripTrailingZeros();
        if (units.scale() > 0) {
          reason = RejectionReason.FINER_THAN_MINOR_UNIT;
        } else if (units.precision() - units.scale() > 19 || units.compareTo(MAX) > 0) {
          reason = RejectionReason.AMOUNT_OVERFLOW;
        } else {
          m = units.longValueExact();
        }
      }
      if (reason != null) {
        rejected.merge(reason, 1L, Long::sum);
        continue;
      }
      Integer k = index.get(id);
      if (k == null) {
        CustomerId c;
        try {
          c = CustomerId.of(id);
        } catch (IllegalArgumentException invalid) {
          rejected.merge(RejectionReason.INVALID_CUSTOMER, 1L, Long::sum);
          continue;
        }
        k = customers.size();
        customers.add(c);
        index.put(id, k);
      }
      if (n == customer.length) {
        int size = Math.max(n * 2, 16);
        customer = Arrays.copyOf(customer, size);
        seconds = Arrays.copyOf(seconds, size);
        minor = Arrays.copyOf(minor, size);
      }
      customer[n] = k;
      seconds[n] = at;
      minor[n++] = m;
    }
    PurchaseColumns columns =
        PurchaseColumns.wrap(
            customers.toArray(new CustomerId[0]),
            Arrays.copyOf(customer, n),
            Arrays.copyOf(seconds, n),
            Arrays.copyOf(minor, n),
            o.currency);
    return new PurchaseRead(columns, received, rejected);
  }

  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static BigDecimal finite(
      double d, String source, long row, ResultSetMetaData meta, int col) throws SQLException {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new SourceFormatException(
          source, row, meta.getColumnLabel(col), "the amount is " + d + ", not a number", null);
    }
    return BigDecimal.valueOf(d);
  }

  /** The instant of a row, as epoch seconds, or null when missing. */
  private static @Nullable Long instant(ResultSet rows, int col, TimeKind kind, ZoneId zone)
      throws SQLException {
    switch (kind) {
      case OFFSET -> {
        OffsetDateTime t = rows.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toEpochSecond();
      }
      case LOCAL -> {
        LocalDateTime t = rows.getObject(col, LocalDateTime.class);
        return t == null ? null : t.atZone(zone).toEpochSecond();
      }
      default -> {
        LocalDate d = rows.getObject(col, LocalDate.class);
        return d == null ? null : d.atStartOfDay(zone).toEpochSecond();
      }
    }
  }

  /** The 1-based positions of the customer, time and amount columns. */
  private static int[] columns(ResultSetMetaData meta, Options o, String source)
      throws SQLException {
    int count = meta.getColumnCount();
    List<String> names = o.columns;
    if (names == null) {
      if (count < 3) {
        throw new SourceFormatException(
            source,
            0,
            "3",
            "the rows must have (customer id, instant, amount) columns, but have " + count,
            null);
      }
      return new int[] {1, 2, 3};
    }
    int[] col = new int[3];
    for (int k = 0; k < 3; k++) {
      String want = names.get(k);
      for (int c = 1; c <= count && col[k] == 0; c++) {
        if (meta.getColumnLabel(c).equalsIgnoreCase(want)) {
          col[k] = c;
        }
      }
      if (col[k] == 0) {
        List<String> have = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
          have.add(meta.getColumnLabel(c));
        }
        throw new SourceFormatException(
            source, 0, want, "no such column; the rows have " + have, null);
      }
    }
    return col;
  }

  private static TimeKind timeKind(ResultSetMetaData meta, int col, String source)
      throws SQLException {
    int type = meta.getColumnType(col);
    String name = meta.getColumnTypeName(col).toLowerCase(Locale.ROOT);
    if (type == Types.TIMESTAMP_WITH_TIMEZONE
        || name.contains("timestamptz")
        || name.contains("with time zone")) {
      return TimeKind.OFFSET;
    }
    if (type == Types.TIMESTAMP) {
      return TimeKind.LOCAL;
    }
    if (type == Types.DATE) {
      return TimeKind.DATE;
    }
    throw new SourceFormatException(
        source,
        0,
        meta.getColumnLabel(col),
        "the instant must be a timestamp (with or without time zone) or a date, but is "
            + meta.getColumnTypeName(col),
        null);
  }

  /** Whether the amount column is approximate (read as a double); an error if not a number. */
  private static boolean amountKind(ResultSetMetaData meta, int col, String source)
      throws SQLException {
    return switch (meta.getColumnType(col)) {
      case Types.NUMERIC,
          Types.DECIMAL,
          Types.BIGINT,
          Types.INTEGER,
          Types.SMALLINT,
          Types.TINYINT ->
          false;
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> true;
      default ->
          throw new SourceFormatException(
              source,
              0,
              meta.getColumnLabel(col),
              "the amount must be a number, but is " + meta.getColumnTypeName(col),
              null);
    };
  }
}
