package io.github.crmkit.io;

import io.github.crmkit.core.CrmException;
import org.jspecify.annotations.Nullable;

/**
 * An input that is not what its reader reads: a column missing or of the wrong type, a value that
 * cannot be read. The message names the source, the row (1-based, 0 for the source as a whole) and
 * the column.
 *
 * @since 0.2
 */
public final class SourceFormatException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** What was read. */
  private final String source;

  /** The row, 1-based, or 0 for the source as a whole. */
  private final long row;

  /** The column. */
  private final String column;

  /**
   * Creates the exception.
   *
   * @param source what was read (a query, a file)
   * @param row the row, 1-based, or 0 for the source as a whole
   * @param column the column
   * @param problem what is wrong
   * @param cause the cause, or null
   */
  public SourceFormatException(
      String source, long row, String column, String problem, @Nullable Throwable cause) {
    super(source + (row > 0 ? ", row " + row : "") + ", column " + column + ": " + problem, cause);
    this.source = source;
    this.row = row;
    this.column = column;
  }

  /**
   * Returns what was read.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the row, 1-based, or 0 for the source as a whole.
   *
   * @return the row
   */
  public long row() {
    return row;
  }

  /**
   * Returns the column.
   *
   * @return the column
   */
  public String column() {
    return column;
  }
}
