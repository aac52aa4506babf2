package io.github.crmkit.examples.cli;

import io.github.crmkit.io.CsvHeader;
import io.github.crmkit.io.CsvRecords;
import io.github.crmkit.io.SourceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The command line's CSV inputs besides purchases (summaries, covariates, codings, incidents), read
 * by crmkit-io's {@link CsvRecords} (RFC 4180, strict UTF-8, as many fields as the header); its
 * format errors become the command line's {@link DataException} (file:line: problem, exit code 3).
 */
final class Csv {
  /** The longest record read, in bytes. */
  static final int MAX_RECORD = CsvRecords.MAX_RECORD;

  /** Called for each data record. */
  interface Row {
    void accept(String[] fields, long line);
  }

  private final Path file;
  private final CsvRecords.Options options;

  /**
   * A reader of {@code file}.
   *
   * @param delimiter a one-character delimiter, or {@code whitespace}
   */
  Csv(Path file, String delimiter) {
    this.file = file;
    this.options = options(delimiter);
  }

  static CsvRecords.Options options(String delimiter) {
    return delimiter.equals("whitespace")
        ? CsvRecords.Options.defaults().whitespaceDelimited()
        : CsvRecords.Options.defaults().delimiter(delimiter.charAt(0));
  }

  String name() {
    return file.toString();
  }

  /** Reads the file; returns the column index of each header name, lower-cased. */
  Map<String, Integer> read(Row row) {
    return read(columns -> {}, row);
  }

  /**
   * Reads the file, handing the header's column map to {@code header} before the first record, so
   * that records can be parsed as they come instead of being kept.
   */
  Map<String, Integer> read(Consumer<Map<String, Integer>> header, Row row) {
    if (!Files.isReadable(file)) {
      throw new DataException(file.toString(), 0, "cannot read the file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, header, row);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a stream under this reader's name. */
  Map<String, Integer> read(InputStream in, Row row) throws IOException {
    return read(in, columns -> {}, row);
  }

  private Map<String, Integer> read(InputStream in, Consumer<Map<String, Integer>> header, Row row)
      throws IOException {
    try {
      CsvHeader h =
          CsvRecords.read(in, name(), options, hd -> header.accept(hd.columns()), row::accept);
      return h.columns();
    } catch (SourceFormatException e) {
      throw new DataException(e.source(), e.row(), e.problem());
    }
  }
}
