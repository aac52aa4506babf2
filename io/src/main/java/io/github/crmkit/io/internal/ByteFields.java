package io.github.crmkit.io.internal;

/**
 * The fields of a delimited line, split in place without a string per field: shared by crmkit-io's
 * CSV reader and the command line's byte-level readers, so that they split alike. Internal to
 * crmkit; not an API.
 */
public final class ByteFields {
  private ByteFields() {}

  /** {@link #split}: a quoted field is not closed on its line. */
  public static final int UNCLOSED_QUOTE = -1;

  /** {@link #split}: text follows the closing quote of a field. */
  public static final int TEXT_AFTER_QUOTE = -2;

  /** {@link #split}: a quote stands inside an unquoted field. */
  public static final int QUOTE_IN_FIELD = -3;

  /**
   * What a negative result of {@link #split} means.
   *
   * @param code the result
   * @return the problem, for a message
   */
  public static String problem(int code) {
    return code == UNCLOSED_QUOTE
        ? "a quoted field is not closed on its line (purchase files take no line breaks inside"
            + " fields)"
        : code == TEXT_AFTER_QUOTE
            ? "text after the closing quote of a field"
            : "a quote inside an unquoted field (quote the whole field)";
  }

  /**
   * Splits the line {@code b[from, to)} into fields, in place, as crmkit's strict CSV readers do:
   * unquoted fields are trimmed of spaces and tabs (but never of the delimiter: a tab-separated
   * file's empty field stays a field); a quoted field (after optional padding) keeps its text, a
   * doubled quote unescaped to one (the field only shrinks), and only padding may follow its
   * closing quote. With {@code whitespace}, fields are the runs between spaces, tabs and CRs,
   * unquoted.
   *
   * @param b the bytes, changed in place by unescaping
   * @param from the line's first byte
   * @param to the byte after the line's last
   * @param delim the delimiter
   * @param whitespace whether fields are separated by runs of white space instead
   * @param start receives each field's first byte (absolute), at least {@code maxCol + 1} long
   * @param end receives the byte after each field's last
   * @param maxCol the last field wanted
   * @return the number of fields seen, at most {@code maxCol + 1} (where it stops), or a negative
   *     code {@link #problem} explains
   */
  public static int split(
      byte[] b,
      int from,
      int to,
      byte delim,
      boolean whitespace,
      int[] start,
      int[] end,
      int maxCol) {
    int field = 0;
    int i = from;
    if (whitespace) {
      while (i < to && field <= maxCol) {
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
          i++;
        }
        if (i >= to) {
          break;
        }
        start[field] = i;
        while (i < to && b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
          i++;
        }
        end[field++] = i;
      }
      return field;
    }
    while (field <= maxCol) {
      int a = i;
      while (a < to && b[a] != delim && (b[a] == ' ' || b[a] == '\t')) {
        a++;
      }
      if (a < to && b[a] == '"') {
        // A quoted field: delimiters inside are data, a doubled quote is one quote (unescaped in
        // place, the field only shrinks).
        int w = a + 1;
        int r = a + 1;
        boolean closed = false;
        while (r < to) {
          if (b[r] == '"') {
            if (r + 1 < to && b[r + 1] == '"') {
              b[w++] = '"';
              r += 2;
              continue;
            }
            closed = true;
            r++;
            break;
          }
          b[w++] = b[r++];
        }
        if (!closed) {
          return UNCLOSED_QUOTE;
        }
        while (r < to && b[r] != delim && (b[r] == ' ' || b[r] == '\t')) {
          r++;
        }
        if (r < to && b[r] != delim) {
          return TEXT_AFTER_QUOTE;
        }
        start[field] = a + 1;
        end[field++] = w;
        if (r >= to) {
          break;
        }
        i = r + 1;
      } else {
        int z = unquotedEnd(b, a, to, delim);
        if (z < to && b[z] == '"') {
          return QUOTE_IN_FIELD;
        }
        int t = z;
        while (t > a && (b[t - 1] == ' ' || b[t - 1] == '\t')) {
          t--;
        }
        start[field] = a;
        end[field++] = t;
        if (z >= to) {
          break;
        }
        i = z + 1;
      }
    }
    return field;
  }

  /**
   * The end of an unquoted field starting at {@code from}: the index of the first delimiter or
   * quote in {@code b[from, to)}, or {@code to}. Eight bytes at a time (the last word of the field
   * read whole where the array goes on, its bytes past the line masked off), byte by byte only at
   * the very end of the array.
   *
   * @param b the bytes
   * @param from the field's first byte
   * @param to the line's end
   * @param delim the delimiter
   * @return the index of the delimiter or quote that ends the field, or {@code to}
   */
  public static int unquotedEnd(byte[] b, int from, int to, byte delim) {
    long delims = (delim & 0xFFL) * 0x0101010101010101L;
    int z = from;
    while (true) {
      if (z + 8 > b.length) {
        while (z < to && b[z] != delim && b[z] != '"') {
          z++;
        }
        return z;
      }
      long v = (long) ByteLines.LONGS.get(b, z);
      long found = ByteLines.zeroBytes(v ^ delims) | ByteLines.zeroBytes(v ^ 0x2222222222222222L);
      int rest = to - z;
      if (rest < 8) {
        found &= (1L << (rest << 3)) - 1;
      }
      if (found != 0) {
        return z + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      if (rest <= 8) {
        return to;
      }
      z += 8;
    }
  }
}
