package io.github.crmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strict reader of delimited text with a header line (RFC 4180) that every CSV input of the
 * command line goes through except the byte-level purchase reader, which follows the same rules.
 *
 * <ul>
 *   <li>Records end in LF, CRLF or a lone CR; a UTF-8 byte order mark before the header is skipped.
 *   <li>Fields may be quoted with double quotes; a quoted field may hold the delimiter, line breaks
 *       and doubled quotes. Unquoted fields are trimmed of spaces and tabs, quoted ones kept as
 *       they are. A quote inside an unquoted field, or text after a closing quote, is an error.
 *   <li>The text must be UTF-8: invalid bytes are an error naming the line and the byte offset,
 *       never replaced (ids would be mangled and merged).
 *   <li>The header's names are compared case-insensitively; an empty or repeated name is an error.
 *       Every record must have as many fields as the header; a record over {@link #MAX_RECORD}
 *       bytes is an error before it is buffered. Empty lines are skipped.
 *   <li>The delimiter {@code whitespace} splits unquoted records on runs of spaces and tabs.
 * </ul>
 */
final class Csv {
  /** The longest record read, in bytes. */
  static final int MAX_RECORD = 1 << 20;

  /** Called for each data record. */
  interface Row {
    void accept(String[] fields, long line);
  }

  private final Path file;
  private final String delimiter;

  Csv(Path file, String delimiter) {
    this.file = file;
    this.delimiter = delimiter;
  }

  String name() {
    return file.toString();
  }

  /** Reads the file; returns the column index of each header name, lower-cased. */
  Map<String, Integer> read(Row row) {
    if (!Files.isReadable(file)) {
      throw new DataException(file.toString(), 0, "cannot read the file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, row);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the file, handing the header's column map to {@code header} before the first record, so
   * that records can be parsed as they come instead of being kept.
   */
  Map<String, Integer> read(java.util.function.Consumer<Map<String, Integer>> header, Row row) {
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

  private Map<String, Integer> read(
      InputStream in, java.util.function.Consumer<Map<String, Integer>> onHeader, Row row)
      throws IOException {
    Parser p = new Parser(in);
    List<String> header = p.next();
    if (header == null) {
      throw new DataException(name(), 1, "the file is empty; a header line is needed");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String n = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (n.isEmpty()) {
        throw new DataException(name(), 1, "column " + (i + 1) + " of the header has no name");
      }
      if (columns.put(n, i) != null) {
        throw new DataException(name(), 1, "column '" + n + "' appears twice in the header");
      }
    }
    onHeader.accept(columns);
    List<String> fields;
    while ((fields = p.next()) != null) {
      if (fields.size() != header.size()) {
        throw new DataException(
            name(),
            p.recordLine,
            "expected " + header.size() + " fields as in the header, but found " + fields.size());
      }
      row.accept(fields.toArray(new String[0]), p.recordLine);
    }
    return columns;
  }

  /** Splits one line of text as a record (for tests and single-line inputs). */
  String[] split(String text, long line) {
    try {
      Parser p =
          new Parser(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      p.line = line;
      List<String> f = p.next();
      return f == null ? new String[] {""} : f.toArray(new String[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The byte-level record parser. */
  private final class Parser {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private boolean first = true;
    long line = 1;
    long recordLine;
    private final boolean whitespace = delimiter.equals("whitespace");
    private final byte delim = whitespace ? (byte) ' ' : (byte) delimiter.charAt(0);
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] field = new byte[256];
    private int fieldLength;
    private long fieldStart;
    private long recordBytes;

    Parser(InputStream in) {
      this.in = in;
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
        throw new DataException(
            name(), recordLine, "a record longer than " + MAX_RECORD + " bytes (line limit)");
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
        throw new DataException(
            name(), recordLine, "invalid UTF-8 at byte offset " + at + " of the file");
      }
      try {
        r = decoder.flush(chars);
        if (!r.isUnderflow()) {
          r.throwException();
        }
      } catch (CharacterCodingException e) {
        throw new DataException(name(), recordLine, "invalid UTF-8 at the end of a field");
      }
      chars.flip();
      fieldLength = 0;
      return chars.toString();
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
      if (first) {
        first = false;
        if (peek() == 0xEF) {
          read();
          if (read() != 0xBB || read() != 0xBF) {
            throw new DataException(name(), 1, "invalid UTF-8 at byte offset 0 of the file");
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
            throw new DataException(name(), recordLine, "a quoted field is not closed");
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
          throw new DataException(
              name(), recordLine, "text after the closing quote of a field: '" + (char) c + "'");
        }
        if (c == '"') {
          boolean blank = true;
          for (int i = 0; i < fieldLength; i++) {
            blank &= field[i] == ' ' || field[i] == '\t';
          }
          if (!blank) {
            throw new DataException(
                name(), recordLine, "a quote inside an unquoted field (quote the whole field)");
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
