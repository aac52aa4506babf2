package io.github.crmkit.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, strict JSON (RFC 8259) reader and writer for crmkit's definition files. Values are
 * {@code Map<String, Object>} (insertion-ordered), {@code List<Object>}, {@code String}, {@code
 * Double}, {@code Boolean} and {@link #NULL}. Syntax errors throw {@link SyntaxException} with the
 * line and column. Not for general-purpose JSON processing.
 */
public final class Json {
  /** The JSON null. */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses a document.
   *
   * @param text the JSON text
   * @return the value
   * @throws SyntaxException if the text is not one JSON value
   */
  public static Object parse(String text) {
    if (text == null) {
      throw new NullPointerException("text must not be null");
    }
    Json p = new Json(text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.pos < text.length()) {
      throw p.error("unexpected '" + text.charAt(p.pos) + "' after the value");
    }
    return v;
  }

  /** The deepest nesting of objects and arrays parsed. */
  public static final int MAX_DEPTH = 64;

  private int depth;

  private Object value() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> {
        if (++depth > MAX_DEPTH) {
          throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        Map<String, Object> o = object();
        depth--;
        return o;
      }
      case '[' -> {
        if (++depth > MAX_DEPTH) {
          throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        List<Object> a = array();
        depth--;
        return a;
      }
      case '"' -> {
        return string();
      }
      case 't' -> {
        literal("true");
        return true;
      }
      case 'f' -> {
        literal("false");
        return false;
      }
      case 'n' -> {
        literal("null");
        return NULL;
      }
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected '" + c + "'");
      }
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    ws();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      ws();
      if (peek() != '"') {
        throw error("expected a member name in quotes");
      }
      String key = string();
      ws();
      expect(':');
      ws();
      if (m.put(key, value()) != null) {
        throw error("duplicate member '" + key + "'");
      }
      ws();
      char c = peek();
      pos++;
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    pos++;
    ws();
    if (peek() == ']') {
      pos++;
      return l;
    }
    while (true) {
      ws();
      l.add(value());
      ws();
      char c = peek();
      pos++;
      if (c == ']') {
        return l;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("control character in string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("short unicode escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad unicode escape");
          }
          pos += 4;
        }
        default -> {
          pos--;
          throw error("bad escape '\\" + e + "'");
        }
      }
    }
  }

  private Double number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    digits();
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      digits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      digits();
    }
    return Double.valueOf(text.substring(start, pos));
  }

  private void digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error("expected a digit");
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected '" + text.charAt(pos) + "'");
    }
    pos += word.length();
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(pos);
  }

  private void ws() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private SyntaxException error(String problem) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new SyntaxException(line, col, problem);
  }

  /**
   * Writes a value as indented JSON with two spaces.
   *
   * @param value a value of the types this class reads; numbers may be any {@link Number}
   * @return the text
   */
  public static String write(@Nullable Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.toString();
  }

  private static void write(StringBuilder sb, @Nullable Object v, int indent) {
    if (v == null || v == NULL) {
      sb.append("null");
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        pad(sb, indent + 1);
        quote(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), indent + 1);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < l.size(); i++) {
        pad(sb, indent + 1);
        write(sb, l.get(i), indent + 1);
        sb.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append(']');
    } else if (v instanceof String s) {
      quote(sb, s);
    } else if (v instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("JSON cannot hold the number " + d);
      }
      sb.append(
          d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
    } else if (v instanceof Number n) {
      sb.append(n.toString());
    } else {
      throw new IllegalArgumentException("JSON cannot hold a " + v.getClass().getName() + ": " + v);
    }
  }

  private static void pad(StringBuilder sb, int indent) {
    sb.append("  ".repeat(indent));
  }

  /**
   * Appends {@code s} as a JSON string: quoted, with the quote, the backslash and every control
   * character escaped (RFC 8259).
   *
   * @param sb where to append
   * @param s the text
   */
  public static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** A JSON syntax error with its position. */
  public static final class SyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line. */
    private final int line;

    /** The 1-based column. */
    private final int column;

    /** The problem, without the position. */
    private final String problem;

    SyntaxException(int line, int column, String problem) {
      super("line " + line + ", column " + column + ": " + problem);
      this.line = line;
      this.column = column;
      this.problem = problem;
    }

    /**
     * Returns the 1-based line.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * Returns the 1-based column.
     *
     * @return the column
     */
    public int column() {
      return column;
    }

    /**
     * Returns the problem without the position.
     *
     * @return the problem
     */
    public String problem() {
      return problem;
    }
  }
}
