package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.crmkit.core.CustomerId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A delimited file read into typed columns: customer ids, whole numbers, decimal numbers and text,
 * each column named by the header and read by the rules of {@link CsvRecords} (RFC 4180, strict
 * UTF-8, as many fields as the header). It is the reader of every per-customer table a host keeps
 * besides purchases: the summaries lifetime-value models are fitted on (x, t_x, T), covariates,
 * survivor counts, codings.
 *
 * <p>Strict: a value that is not of its column's type is a {@link SourceFormatException} naming the
 * source, the line and the column, never skipped or defaulted. Decimal numbers are plain ({@code
 * [+-]digits[.digits][e[+-]digits]}): Java's {@code Double.parseDouble} would also take {@code
 * NaN}, {@code Infinity}, {@code 0x1p3} and {@code 1d}, none of which a data file means; a number
 * beyond the range of a double is an error, not an infinity. A header column the schema does not
 * name is an error too, unless the schema {@linkplain Schema.Builder#allowOtherColumns() allows
 * others}.
 *
 * <p>Large files are cut at line breaks and parsed on every core straight into the columns, numbers
 * from their bytes (correctly rounded: Clinger's fast path and the Eisel-Lemire algorithm, with
 * {@code Double.parseDouble} for what they decline). That path reads only what is plainly valid;
 * any other file, and every file with an error, is read by the general record reader, which gives
 * the same columns for every valid file and reports the first error with its line. Which path read
 * a file never changes the result.
 *
 * <pre>{@code
 * CsvTable summary = CsvTable.read(Path.of("summary.csv"), CsvRecords.Options.defaults(),
 *     CsvTable.Schema.builder().customerIds("customer_id").integers("x")
 *         .decimals("t_x").decimals("T").build());
 * ClvData data = ClvData.fromColumns(TimeScale.WEEKS, summary.customerIds("customer_id"),
 *     summary.integers("x"), summary.decimals("t_x"), summary.decimals("T"), null);
 * }</pre>
 *
 * <p>Immutable: every array returned is a new copy.
 *
 * @since 0.2
 */
public final class CsvTable {
  /** The type of a column's values. */
  public enum ColumnType {
    /** A customer id ({@link CustomerId#of}): not empty, no control characters. */
    CUSTOMER_ID("customer-id"),
    /** A whole number that fits an {@code int}: an optional sign and digits. */
    INTEGER("integer"),
    /** A plain decimal number: optional sign, digits, optional fraction and exponent. */
    DECIMAL("decimal"),
    /** Any text, the empty text included. */
    TEXT("text");

    private final String code;

    ColumnType(String code) {
      this.code = code;
    }

    /**
     * The stable code of this type.
     *
     * @return a lower-case code
     */
    public String code() {
      return code;
    }
  }

  /**
   * Which columns to read and as what: each by its header name (compared without case). Immutable.
   *
   * @since 0.2
   */
  public static final class Schema {
    final Map<String, ColumnType> columns;
    final boolean allowOthers;

    private Schema(Map<String, ColumnType> columns, boolean allowOthers) {
      this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
      this.allowOthers = allowOthers;
    }

    /**
     * A new builder.
     *
     * @return a builder with no columns
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * The columns to read, by lower-case name, in the order they were added.
     *
     * @return an unmodifiable map
     */
    public Map<String, ColumnType> columns() {
      return columns;
    }

    /**
     * Whether header columns that are not read are allowed (otherwise they are an error).
     *
     * @return true when they are allowed
     */
    public boolean allowsOtherColumns() {
      return allowOthers;
    }

    /**
     * A builder holding this schema's columns, to derive another schema.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.columns.putAll(columns);
      b.allowOthers = allowOthers;
      return b;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Schema s && columns.equals(s.columns) && allowOthers == s.allowOthers;
    }

    @Override
    public int hashCode() {
      return columns.hashCode() * 31 + (allowOthers ? 1 : 0);
    }

    @Override
    public String toString() {
      return "CsvTable.Schema" + columns + (allowOthers ? " and other columns" : "");
    }

    /** Builds a {@link Schema}: mutable, single-threaded. */
    public static final class Builder {
      private final Map<String, ColumnType> columns = new LinkedHashMap<>();
      private boolean allowOthers;

      private Builder() {}

      /**
       * Adds a column.
       *
       * @param name the header name, not blank, not added before (compared without case)
       * @param type its type, not null
       * @return this builder
       */
      public Builder column(String name, ColumnType type) {
        checkNotNull(name, "name must not be null");
        checkNotNull(type, "type must not be null");
        String key = name.strip().toLowerCase(Locale.ROOT);
        checkArgument(!key.isEmpty(), "name must not be blank, but was '%s'", name);
        checkArgument(
            !columns.containsKey(key), "column '%s' is already in the schema", name.strip());
        columns.put(key, type);
        return this;
      }

      /**
       * Adds a column of customer ids.
       *
       * @param name the header name
       * @return this builder
       */
      public Builder customerIds(String name) {
        return column(name, ColumnType.CUSTOMER_ID);
      }

      /**
       * Adds a column of whole numbers.
       *
       * @param name the header name
       * @return this builder
       */
      public Builder integers(String name) {
        return column(name, ColumnType.INTEGER);
      }

      /**
       * Adds a column of decimal numbers.
       *
       * @param name the header name
       * @return this builder
       */
      public Builder decimals(String name) {
        return column(name, ColumnType.DECIMAL);
      }

      /**
       * Adds a column of text.
       *
       * @param name the header name
       * @return this builder
       */
      public Builder texts(String name) {
        return column(name, ColumnType.TEXT);
      }

      /**
       * Allows header columns the schema does not name; they are not read.
       *
       * @return this builder
       */
      public Builder allowOtherColumns() {
        this.allowOthers = true;
        return this;
      }

      /**
       * Builds the schema.
       *
       * @return the schema
       * @throws IllegalStateException if no column was added
       */
      public Schema build() {
        checkState(!columns.isEmpty(), "a schema needs at least one column");
        return new Schema(columns, allowOthers);
      }
    }
  }

  private final String source;
  private final CsvHeader header;
  private final Schema schema;
  private final int rows;

  /** The parts as they were read, in file order: arrays are joined when asked for. */
  private final Columns[] parts;

  /** The line before each part's first (its rows' lines are relative to it). */
  private final long[] lineBefore;

  /** The first row of each part. */
  private final int[] firstRow;

  /** The lists of text and ids, joined once. */
  private final Object[] lists;

  CsvTable(String source, CsvHeader header, Schema schema, Columns[] parts, long[] lineBefore) {
    this.source = source;
    this.header = header;
    this.schema = schema;
    this.parts = parts;
    this.lineBefore = lineBefore;
    this.firstRow = new int[parts.length];
    long n = 0;
    for (int k = 0; k < parts.length; k++) {
      firstRow[k] = (int) n;
      n += parts[k].n;
    }
    checkState(n <= Integer.MAX_VALUE - 8, "more rows than a table holds (%s)", n);
    this.rows = (int) n;
    this.lists = Columns.lists(parts);
  }

  /**
   * Reads a file by a fixed schema.
   *
   * @param file the file, not null
   * @param options the delimiter, not null
   * @param schema the columns to read, not null
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws SourceFormatException if the text breaks a rule or a column of the schema is missing
   *     (naming the file, the line and the column)
   */
  public static CsvTable read(Path file, CsvRecords.Options options, Schema schema)
      throws IOException {
    checkNotNull(schema, "schema must not be null");
    return read(file, options, header -> schema);
  }

  /**
   * Reads a file by the schema its header calls for: {@code schema} sees the header before any
   * record is read, so a caller can take one of several names for a column, read an optional column
   * where there is one, or read every column but the id as a variable.
   *
   * @param file the file, not null
   * @param options the delimiter, not null
   * @param schema the schema for the header, not null; it may throw {@link SourceFormatException}
   *     for a header it cannot use
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws SourceFormatException if the text breaks a rule or a column of the schema is missing
   *     (naming the file, the line and the column)
   */
  public static CsvTable read(
      Path file, CsvRecords.Options options, Function<CsvHeader, Schema> schema)
      throws IOException {
    checkNotNull(file, "file must not be null");
    checkNotNull(options, "options must not be null");
    checkNotNull(schema, "schema must not be null");
    // The schema is asked for once: when the fast path declines, the general reader reads the
    // same header again and gets the same answer.
    Function<CsvHeader, Schema> once =
        new Function<>() {
          private @Nullable CsvHeader seen;
          private @Nullable Schema answer;

          @Override
          public Schema apply(CsvHeader header) {
            if (answer == null || !header.equals(seen)) {
              answer = schema.apply(header);
              seen = header;
            }
            return answer;
          }
        };
    CsvTable fast = TableRead.fast(file, options, once, 0);
    return fast != null ? fast : TableRead.strict(file, options, once);
  }

  /**
   * Reads a stream to its end (not closing it) by the schema its header calls for.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages, not null
   * @param options the delimiter, not null
   * @param schema the schema for the header, not null
   * @return the table
   * @throws IOException if the stream fails
   * @throws SourceFormatException if the text breaks a rule or a column of the schema is missing
   */
  public static CsvTable read(
      InputStream in, String source, CsvRecords.Options options, Function<CsvHeader, Schema> schema)
      throws IOException {
    checkNotNull(in, "in must not be null");
    checkNotNull(source, "source must not be null");
    checkNotNull(options, "options must not be null");
    checkNotNull(schema, "schema must not be null");
    return TableRead.strict(in, source, options, schema);
  }

  /**
   * What was read, as errors name it.
   *
   * @return the file or the stream's name
   */
  public String source() {
    return source;
  }

  /**
   * The header as written.
   *
   * @return the header
   */
  public CsvHeader header() {
    return header;
  }

  /**
   * The schema the table was read by.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The number of records read (empty lines are not records).
   *
   * @return the rows
   */
  public int rows() {
    return rows;
  }

  /**
   * The line a row's record starts on, for a caller's own errors about the row.
   *
   * @param row the row, 0-based
   * @return the line, 1-based (the header is line 1)
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public long line(int row) {
    java.util.Objects.checkIndex(row, rows);
    int k = parts.length - 1;
    while (firstRow[k] > row) {
      k--;
    }
    return lineBefore[k] + parts[k].lines[row - firstRow[k]];
  }

  /**
   * A column of customer ids.
   *
   * @param column the column's name, not null
   * @return an unmodifiable list, one id per row
   * @throws IllegalArgumentException if the schema has no such column of customer ids
   */
  @SuppressWarnings("unchecked")
  public List<CustomerId> customerIds(String column) {
    return (List<CustomerId>) lists[index(column, ColumnType.CUSTOMER_ID)];
  }

  /**
   * A column of whole numbers.
   *
   * @param column the column's name, not null
   * @return a new array, one value per row
   * @throws IllegalArgumentException if the schema has no such column of whole numbers
   */
  public int[] integers(String column) {
    int k = index(column, ColumnType.INTEGER);
    int[] out = new int[rows];
    for (int p = 0; p < parts.length; p++) {
      System.arraycopy((int[]) parts[p].stores[k], 0, out, firstRow[p], parts[p].n);
    }
    return out;
  }

  /**
   * A column of decimal numbers.
   *
   * @param column the column's name, not null
   * @return a new array, one value per row, every one finite
   * @throws IllegalArgumentException if the schema has no such column of decimal numbers
   */
  public double[] decimals(String column) {
    int k = index(column, ColumnType.DECIMAL);
    double[] out = new double[rows];
    for (int p = 0; p < parts.length; p++) {
      System.arraycopy((double[]) parts[p].stores[k], 0, out, firstRow[p], parts[p].n);
    }
    return out;
  }

  /**
   * A column of text.
   *
   * @param column the column's name, not null
   * @return an unmodifiable list, one text per row
   * @throws IllegalArgumentException if the schema has no such column of text
   */
  @SuppressWarnings("unchecked")
  public List<String> texts(String column) {
    return (List<String>) lists[index(column, ColumnType.TEXT)];
  }

  private int index(String column, ColumnType type) {
    checkNotNull(column, "column must not be null");
    String key = column.strip().toLowerCase(Locale.ROOT);
    int i = 0;
    for (Map.Entry<String, ColumnType> e : schema.columns.entrySet()) {
      if (e.getKey().equals(key)) {
        checkArgument(
            e.getValue() == type,
            "column '%s' holds %s values, not %s",
            column,
            e.getValue().code(),
            type.code());
        return i;
      }
      i++;
    }
    throw new IllegalArgumentException(
        "column must be one of " + schema.columns.keySet() + ", but was '" + column + "'");
  }

  @Override
  public String toString() {
    return "CsvTable{" + source + ", " + rows + " rows, " + schema.columns + "}";
  }

  /**
   * The columns being filled, one store per schema column, grown as rows come, and each row's line
   * relative to the line before the part.
   */
  static final class Columns {
    final ColumnType[] types;
    final Object[] stores;
    int[] lines;
    int n;

    Columns(ColumnType[] types, int capacity) {
      this.types = types;
      this.stores = new Object[types.length];
      int c = Math.max(16, capacity);
      for (int k = 0; k < types.length; k++) {
        stores[k] =
            switch (types[k]) {
              case INTEGER -> new int[c];
              case DECIMAL -> new double[c];
              case CUSTOMER_ID, TEXT -> new ArrayList<>(c);
            };
      }
      lines = new int[c];
    }

    /** Makes room for one more row. */
    void ensure() {
      if (n < lines.length) {
        return;
      }
      int c = (int) Math.min(Integer.MAX_VALUE - 8, (long) lines.length * 2);
      checkState(n < c, "more rows than a table holds (%s)", n);
      lines = Arrays.copyOf(lines, c);
      for (int k = 0; k < types.length; k++) {
        if (types[k] == ColumnType.INTEGER) {
          stores[k] = Arrays.copyOf((int[]) stores[k], c);
        } else if (types[k] == ColumnType.DECIMAL) {
          stores[k] = Arrays.copyOf((double[]) stores[k], c);
        }
      }
    }

    /** Records the row's line, relative to the line before the part. */
    void line(long relative) {
      checkState(relative <= Integer.MAX_VALUE, "more lines in a part than a table reads");
      lines[n] = (int) relative;
    }

    /** The list columns joined and unmodifiable; null for the array columns. */
    static Object[] lists(Columns[] parts) {
      ColumnType[] types = parts[0].types;
      int n = 0;
      for (Columns p : parts) {
        n += p.n;
      }
      Object[] out = new Object[types.length];
      for (int k = 0; k < types.length; k++) {
        if (types[k] == ColumnType.CUSTOMER_ID || types[k] == ColumnType.TEXT) {
          List<Object> a;
          if (parts.length == 1) {
            @SuppressWarnings("unchecked")
            List<Object> only = (List<Object>) parts[0].stores[k];
            a = only;
          } else {
            a = new ArrayList<>(n);
            for (Columns p : parts) {
              a.addAll((List<?>) p.stores[k]);
            }
          }
          out[k] = Collections.unmodifiableList(a);
          for (Columns p : parts) {
            p.stores[k] = List.of(); // the joined list holds them now
          }
        }
      }
      return out;
    }
  }
}
