package io.github.crmkit.examples.cli;

/** Bad data in an input file: reported on one line with the file and line, exit code 3. */
final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final String file;

  /** The line, 1 for the header, 0 when the problem is not on one line. */
  private final long line;

  /** What is wrong. */
  private final String problem;

  DataException(String file, long line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  long line() {
    return line;
  }

  /** The same problem some lines further down (a part of a file parsed on its own). */
  DataException shifted(long lines) {
    return new DataException(file, line > 0 ? line + lines : line, problem);
  }
}
