package io.github.crmkit.core;

/**
 * A definition (rule set, points plan, taxonomy, lexicon, policy) could not be read from JSON:
 * malformed JSON, a missing or unexpected member, a wrong type or a bad value. The message names
 * the JSON path (for example {@code $.segments[2].when.all[0].op}) and the problem.
 *
 * @since 0.1
 */
public final class DefinitionFormatException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the problem. */
  private final String path;

  /** The problem. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON path, for example {@code $.segments[0].name}
   * @param problem the problem
   */
  public DefinitionFormatException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /**
   * Returns the JSON path of the problem.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the problem.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
