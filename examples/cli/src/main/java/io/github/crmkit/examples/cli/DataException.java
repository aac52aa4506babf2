package io.github.crmkit.examples.cli;

/** Bad data in an input file: reported on one line with the file and line, exit code 3. */
final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DataException(String file, long line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}
