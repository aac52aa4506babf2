package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Strict records of delimited text with a header line: any CSV a host reads besides purchases
 * (summaries, covariates, codings, ratings), by the rules of crmkit's purchase reader (RFC 4180).
 *
 * <ul>
 *   <li>Records end in LF, CRLF or a lone CR; a UTF-8 byte order mark before the header is skipped;
 *       empty lines are skipped.
 *   <li>Fields may be quoted with double quotes; a quoted field may hold the delimiter, line breaks
 *       and doubled quotes. Unquoted fields are trimmed of spaces and tabs, quoted ones kept as
 *       they are. A quote inside an unquoted field, or text after a closing quote, is an error.
 *   <li>The text must be UTF-8: invalid bytes are an error naming the line and the byte offset,
 *       never replaced (ids would be mangled and merged).
 *   <li>The header's names are compared without case; an empty or repeated name is an error. Every
 *       record must have as many fields as the header; a record over {@link #MAX_RECORD} bytes is
 *       an error before it is buffered.
 * </ul>
 *
 * <p>Every error is a {@link SourceFormatException} naming the source and the line the record
 * starts on. Records are handed over as they are read, never kept:
 *
 * <pre>{@code
 * CsvHeader header = CsvRecords.read(Path.of("summaries.csv"), CsvRecords.Options.defaults(),
 *     (fields, line) -> summaries.add(parse(fields, line)));
 * }</pre>
 *
 * @since 0.2
 */
public final class CsvRecords {
  /** The longest record read, in bytes. */
  public static final int MAX_RECORD = 1 << 20;

  private CsvRecords() {}

  /** What to do with each record: called in file order, with the line the record starts on. */
  @FunctionalInterface
  public interface RecordHandler {
    /**
     * Takes one record.
     *
     * @param fields the record's fields, as many as the header's
     * @param line the line the record starts on, 1-based (the header is line 1)
     */
    void accept(String[] fields, long line);
  }

  /** The delimiter: a character, or runs of spaces and tabs. Immutable. */
  public static final class Options {
    final char delimiter;
    final boolean whitespace;

    private Options(char delimiter, boolean whitespace) {
      this.delimiter = delimiter;
      this.whitespace = whitespace;
    }

    /**
     * Comma-separated fields.
     *
     * @return the options
     */
    public static Options defaults() {
      return new Options(',', false);
    }

    /**
     * These options with another field delimiter.
     *
     * @param delimiter the delimiter: an ASCII character, not a quote, a line break or a space
     * @return new options
     */
    public Options delimiter(char delimiter) {
      ReaderOptions.checkDelimiter(delimiter);
      return new Options(delimiter, false);
    }

    /**
     * These options with fields separated by runs of spaces and tabs (a field with a space in it is
     * quoted).
     *
     * @return new options
     */
    public Options whitespaceDelimited() {
      return new Options(' ', true);
    }

    @Override
    public String toString() {
      return "CsvRecords.Options{"
          + (whitespace ? "whitespace" : "delimiter '" + delimiter + "'")
          + "}";
    }
  }

  /**
   * Reads a file: its header, then each record in order.
   *
   * @param file the file, not null
   * @param options the options, not null
   * @param records what to do with each record, not null
   * @return the header
   * @throws IOException if the file cannot be read
   * @throws SourceFormatException if the text breaks a rule (naming the file and the line)
   */
  public static CsvHeader read(Path file, Options options, RecordHandler records)
      throws IOException {
    return read(file, options, header -> {}, records);
  }

  /**
   * Reads a file, handing its header to {@code header} before the first record, so that records can
   * be interpreted by column as they come.
   *
   * @param file the file, not null
   * @param options the options, not null
   * @param header what to do with the header, not null
   * @param records what to do with each record, not null
   * @return the header
   * @throws IOException if the file cannot be read
   * @throws SourceFormatException if the text breaks a rule (naming the file and the line)
   */
  public static CsvHeader read(
      Path file,
      Options options,
      java.util.function.Consumer<CsvHeader> header,
      RecordHandler records)
      throws IOException {
    checkNotNull(file, "file must not be null");
    // Every argument is checked before the file is opened: a caller's mistake is never reported
    // as a missing file.
    checkNotNull(options, "options must not be null");
    checkNotNull(header, "header must not be null");
    checkNotNull(records, "records must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), options, header, records);
    }
  }

  /**
   * Reads a stream to its end (not closing it), handing its header to {@code header} first.
   *
   * @param in the stream, not null
   * @param source what the stream is, for messages, not null
   * @param options the options, not null
   * @param header what to do with the header, not null
   * @param records what to do with each record, not null
   * @return the header
   * @throws IOException if the stream fails
   * @throws SourceFormatException if the text breaks a rule (naming the source and the line)
   */
  public static CsvHeader read(
      InputStream in,
      String source,
      Options options,
      java.util.function.Consumer<CsvHeader> header,
      RecordHandler records)
      throws IOException {
    checkNotNull(in, "in must not be null");
    checkNotNull(source, "source must not be null");
    checkNotNull(options, "options must not be null");
    checkNotNull(header, "header must not be null");
    checkNotNull(records, "records must not be null");
    Parser p = new Parser(in, source, options);
    List<String> names = p.next();
    if (names == null) {
      throw p.fail(1, "the file is empty; a header line is needed");
    }
    Set<String> seen = new HashSet<>();
    List<String> stripped = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip();
      if (n.isEmpty()) {
        throw p.fail(1, "column " + (i + 1) + " of the header has no name");
      }
      if (!seen.add(n.toLowerCase(Locale.ROOT))) {
        throw p.fail(1, "column '" + n.toLowerCase(Locale.ROOT) + "' appears twice in the header");
      }
      stripped.add(n);
    }
    CsvHeader h = new CsvHeader(stripped);
    header.accept(h);
    List<String> fields;
    while ((fields = p.next()) != null) {
      if (fields.size() != names.size()) {
        throw p.fail(
            p.recordLine,
            "expected " + names.size() + " fields as in the header, but found " + fields.size());
      }
      records.accept(fields.toArray(new String[0]), p.recordLine);
    }
    return h;
  }

  /** The byte-level record parser. */
  private static final class Parser {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private boolean first = true;
    private long line = 1;
    private long recordLine;
    private final String source;
    final boolean whitespace;
    private final byte delim;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] field = new byte[256];
    private int fieldLength;
    private long fieldStart;
    private long recordBytes;

    Parser(InputStream in, String source, Options options) {
      this.in = in;
      this.source = source;
      this.whitespace = options.whitespace;
      this.delim = (byte) options.delimiter;
    }

    private SourceFormatException fail(long row, String problem) {
      return new SourceFormatException(source, row, null, problem, null);
    }

    /** Refills an exhausted buffer; false at the end of the input. */
    private boolean fill() throws IOException {
      if (pos == limit) {
        limit = Math.max(0, in.read(buf, 0, buf.length));
        pos = 0;
      }
      return pos < limit;
    }

    /** The next byte, or -1 at the end. */
    private int read() throws IOException {
      if (!fill()) {
        return -1;
      }
      offset++;
      return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
      return fill() ? buf[pos] & 0xFF : -1;
    }

    private void append(int b) {
      if (++recordBytes > MAX_RECORD) {
        throw fail(recordLine, "a record longer than " + MAX_RECORD + " bytes (line limit)");
      }
      if (fieldLength == field.length) {
        field = java.util.Arrays.copyOf(field, field.length * 2);
      }
      field[fieldLength++] = (byte) b;
    }

    /** Consumes the rest of a line break that began with CR. */
    private void endOfLine(int c) throws IOException {
      if (c == '\r' && peek() == '\n') {
        read();
      }
      line++;
    }

    private String take(boolean quoted) {
      int from = 0;
      int to = fieldLength;
      if (!quoted) {
        while (from < to && (field[from] == ' ' || field[from] == '\t')) {
          from++;
        }
        while (to > from && (field[to - 1] == ' ' || field[to - 1] == '\t')) {
          to--;
        }
      }
      boolean ascii = true;
      for (int i = from; i < to; i++) {
        if (field[i] < 0) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        // ASCII is valid UTF-8 as it stands: no decoder, no intermediate buffers.
        fieldLength = 0;
        return new String(field, from, to - from, StandardCharsets.ISO_8859_1);
      }
      ByteBuffer bytes = ByteBuffer.wrap(field, from, to - from);
      CharBuffer chars = CharBuffer.allocate(to - from);
      decoder.reset();
      CoderResult r = decoder.decode(bytes, chars, true);
      if (!r.isUnderflow()) {
        long at = fieldStart + bytes.position();
        throw fail(recordLine, "invalid UTF-8 at byte offset " + at + " of the file");
      }
      try {
        r = decoder.flush(chars);
        if (!r.isUnderflow()) {
          r.throwException();
        }
      } catch (CharacterCodingException e) {
        throw fail(recordLine, "invalid UTF-8 at the end of a field");
      }
      chars.flip();
      fieldLength = 0;
      return chars.toString();
    }

    /** The next record's fields, or null at the end of the input. */
    @Nullable List<String> next() throws IOException {
      if (first) {
        first = false;
        if (peek() == 0xEF) {
          read();
          if (read() != 0xBB || read() != 0xBF) {
            throw fail(1, "invalid UTF-8 at byte offset 0 of the file");
          }
        }
      }
      while (true) {
        int c = peek();
        if (c == -1) {
          return null;
        }
        if (c == '\n' || c == '\r') {
          endOfLine(read());
          continue;
        }
        break;
      }
      recordLine = line;
      recordBytes = 0;
      List<String> out = new ArrayList<>();
      fieldLength = 0;
      fieldStart = offset;
      boolean quoted = false;
      boolean afterQuote = false;
      boolean any = false;
      while (true) {
        int c = read();
        if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
          if (quoted) {
            throw fail(recordLine, "a quoted field is not closed");
          }
          if (!whitespace || any || fieldLength > 0) {
            out.add(take(afterQuote));
          }
          if (c != -1) {
            endOfLine(c);
          }
          return out;
        }
        if (quoted) {
          if (c == '"') {
            if (peek() == '"') {
              read();
              append('"');
            } else {
              quoted = false;
              afterQuote = true;
            }
          } else {
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
              line++;
            }
            append(c);
          }
          continue;
        }
        if (whitespace ? (c == ' ' || c == '\t') : c == delim) {
          if (whitespace && fieldLength == 0 && !afterQuote) {
            continue;
          }
          out.add(take(afterQuote));
          any = true;
          afterQuote = false;
          fieldStart = offset;
          continue;
        }
        if (afterQuote) {
          if (c == ' ' || c == '\t') {
            continue;
          }
          throw fail(recordLine, "text after the closing quote of a field: '" + (char) c + "'");
        }
        if (c == '"') {
          boolean blank = true;
          for (int i = 0; i < fieldLength; i++) {
            blank &= field[i] == ' ' || field[i] == '\t';
          }
          if (!blank) {
            throw fail(recordLine, "a quote inside an unquoted field (quote the whole field)");
          }
          fieldLength = 0;
          quoted = true;
          continue;
        }
        append(c);
      }
    }
  }
}
