package io.github.crmkit.examples.cli;

/**
 * Text cells of CSV output, per RFC 4180 and safe to open in a spreadsheet, as crmkit-io's {@link
 * io.github.crmkit.io.CsvWriter#cell} writes them (quoted when needed, a would-be formula
 * neutralised by a leading apostrophe). Numbers the command formats itself are written as they are.
 */
final class CsvText {
  private CsvText() {}

  /** The cell as written. */
  static String cell(String s) {
    return io.github.crmkit.io.CsvWriter.cell(s);
  }
}
