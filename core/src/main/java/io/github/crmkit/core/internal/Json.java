package io.github.crmkit.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON layer of every crmkit definition codec (rule sets, taxonomies, lexicons, programmes,
 * events, recovery and SLA policies): Jackson's streaming parser, strict (RFC 8259, duplicate
 * members refused, nesting limited), into a small tree of {@code Map<String, Object>}
 * (insertion-ordered), {@code List<Object>}, {@code String}, {@code Double}, {@code Boolean} and
 * {@link #NULL}, read by {@link JsonRead} with JSON paths in every error; and the writer of that
 * tree. Syntax errors throw {@link SyntaxException} with the line and column.
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

  private Json() {}

  /** The deepest nesting of objects and arrays parsed. */
  public static final int MAX_DEPTH = 64;

  /**
   * Jackson's streaming parser, strict: RFC 8259 only (no comments, single quotes, trailing commas,
   * leading zeros, NaN or unescaped control characters, Jackson's defaults), duplicate members
   * refused, at most {@link #MAX_DEPTH} levels of nesting.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

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
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw error(p, "unexpected end of input");
      }
      Object v = value(p, t);
      if (p.nextToken() != null) {
        throw error(p, "unexpected content after the value");
      }
      return v;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SyntaxException(
          at == null ? 1 : Math.max(1, at.getLineNr()),
          at == null ? 1 : Math.max(1, at.getColumnNr()),
          problem(e.getOriginalMessage()));
    } catch (IOException e) {
      // A String source cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson's message for a reader: without the parser's internals, "end of input" spelt out. */
  private static String problem(String jackson) {
    String m = jackson;
    int source = m.indexOf("[Source:");
    if (source >= 0) {
      // "... (start marker at [Source: ...])", "... (for Array starting at [Source: ...])"
      int open = m.lastIndexOf(" (", source);
      m = m.substring(0, open >= 0 ? open : source).stripTrailing();
    }
    if (m.startsWith("Document nesting depth")) {
      return "nested more than " + MAX_DEPTH + " levels deep";
    }
    m = m.replace("end-of-inputNo", "end-of-input: no");
    if (m.startsWith("Unexpected end-of-input")) {
      m = "unexpected end of input" + m.substring("Unexpected end-of-input".length());
    }
    return m;
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> o = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          if (k == null) {
            throw error(p, "unexpected end of input");
          }
          String name = p.currentName();
          o.put(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        List<Object> a = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          if (e == null) {
            throw error(p, "unexpected end of input");
          }
          a.add(value(p, e));
        }
        return a;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return Double.valueOf(p.getText());
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw error(p, "unexpected " + t);
    }
  }

  private static SyntaxException error(JsonParser p, String problem) {
    JsonLocation at = p.currentLocation();
    return new SyntaxException(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), problem);
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
