package io.github.crmkit.examples.cli;

import io.github.crmkit.io.CsvHeader;
import io.github.crmkit.io.CsvRecords;
import io.github.crmkit.io.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The command line's CSV inputs besides purchases (summaries, covariates, codings, incidents,
 * survivors), read by crmkit-io's {@link CsvTable} into typed columns: RFC 4180, strict UTF-8, as
 * many fields as the header, every value of its column's type. Its errors ({@link
 * io.github.crmkit.io.SourceFormatException}: file, line, column, problem) are data errors, exit
 * code 3.
 */
final class Csv {
  private Csv() {}

  /** The reader options for {@code --delimiter}: one character, or {@code whitespace}. */
  static CsvRecords.Options options(String delimiter) {
    if (delimiter.equals("whitespace")) {
      return CsvRecords.Options.defaults().whitespaceDelimited();
    }
    if (delimiter.length() != 1) {
      throw new IllegalArgumentException(
          "--delimiter must be one character or 'whitespace', but was '" + delimiter + "'");
    }
    try {
      return CsvRecords.Options.defaults().delimiter(delimiter.charAt(0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--delimiter: " + e.getMessage(), e);
    }
  }

  /** Reads a file by the schema its header calls for. */
  static CsvTable table(
      Path file, String delimiter, Function<CsvHeader, CsvTable.Schema> schemaForHeader) {
    CsvRecords.Options options = options(delimiter);
    if (!Files.isReadable(file)) {
      throw new DataException(file.toString(), 0, "cannot read the file");
    }
    try {
      return CsvTable.read(file, options, schemaForHeader);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the text columns of a file; other columns are an error unless {@code others}. */
  static CsvTable texts(Path file, String delimiter, boolean others, String... columns) {
    return table(
        file,
        delimiter,
        h -> {
          CsvTable.Schema.Builder b = CsvTable.Schema.builder();
          for (String c : columns) {
            b.texts(c);
          }
          if (others) {
            b.allowOtherColumns();
          }
          return b.build();
        });
  }
}
