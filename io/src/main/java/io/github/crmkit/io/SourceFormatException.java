package io.github.crmkit.io;

import io.github.crmkit.core.CrmException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An input that is not what its reader reads: a column missing or of the wrong type, a value that
 * cannot be read, a broken line. The message names the source, the row (a file's line, 1 for its
 * header; a result set's row; 0 for the source as a whole) and the column when one is at fault, as
 * in {@code purchases.csv:1042, column amount: amount '12,5' is not a number}.
 *
 * @since 0.2
 */
public final class SourceFormatException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** What was read. */
  private final String source;

  /** The row, 1-based, or 0 for the source as a whole. */
  private final long row;

  /** The column, or null when the problem is not in one. */
  private final @Nullable String column;

  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source what was read (a query, a file)
   * @param row the row (a file's line), 1-based, or 0 for the source as a whole
   * @param column the column, or null when the problem is not in one
   * @param problem what is wrong
   * @param cause the cause, or null
   */
  public SourceFormatException(
      String source, long row, @Nullable String column, String problem, @Nullable Throwable cause) {
    super(
        source
            + (row > 0 ? ":" + row : "")
            + (column != null ? ", column " + column : "")
            + ": "
            + problem,
        cause);
    this.source = source;
    this.row = row;
    this.column = column;
    this.problem = problem;
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
   * Returns the row (a file's line, 1 for its header), 1-based, or 0 for the source as a whole.
   *
   * @return the row
   */
  public long row() {
    return row;
  }

  /**
   * Returns the column at fault, if the problem is in one.
   *
   * @return the column's name (or, for a result set read by position, its number)
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
