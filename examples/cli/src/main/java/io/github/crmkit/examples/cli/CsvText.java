package io.github.crmkit.examples.cli;

/**
 * Text cells of CSV output, per RFC 4180 and safe to open in a spreadsheet: a cell holding a comma,
 * a quote, a line break or leading or trailing spaces is quoted (quotes doubled); a cell that a
 * spreadsheet would run as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return) is neutralised by a leading apostrophe and quoted, as OWASP advises for
 * CSV injection. Numbers the command formats itself are written as they are.
 */
final class CsvText {
  private CsvText() {}

  /** Whether a text cell must be written quoted or neutralised. */
  static boolean needsQuoting(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t') {
      return true;
    }
    if (first == ' ' || s.charAt(s.length() - 1) == ' ') {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') {
        return true;
      }
    }
    return false;
  }

  /** The cell as written. */
  static String cell(String s) {
    if (!needsQuoting(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 4).append('"');
    char first = s.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      sb.append('\'');
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }
}
