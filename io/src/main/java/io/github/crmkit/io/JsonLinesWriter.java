package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.Json;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes per-customer results as JSON Lines: one JSON object per line, members in the map's order.
 * Values are text (escaped per RFC 8259: quote, backslash and every control character), numbers in
 * their plain form without locale, booleans, or null. A number that is not finite has no JSON form
 * and is refused, naming the member.
 *
 * <p>Not thread-safe; the writer given is closed with this one.
 *
 * @since 0.2
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final Writer out;
  private long lines;

  private JsonLinesWriter(Writer out) {
    this.out = out;
  }

  /**
   * A writer of JSON Lines.
   *
   * @param out where to write, not null
   * @return the writer
   */
  public static JsonLinesWriter of(Writer out) {
    checkNotNull(out, "out must not be null");
    return new JsonLinesWriter(out);
  }

  /**
   * Writes one object as a line.
   *
   * @param members the members in order; values are text, numbers, booleans or null
   * @return this writer
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a number is not finite or a value of another type
   */
  public JsonLinesWriter write(Map<String, ? extends @Nullable Object> members) throws IOException {
    checkNotNull(members, "members must not be null");
    StringBuilder sb = new StringBuilder(64).append('{');
    boolean first = true;
    for (Map.Entry<String, ? extends @Nullable Object> e : members.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      Json.quote(sb, checkNotNull(e.getKey(), "a member's name must not be null"));
      sb.append(':');
      value(sb, e.getKey(), e.getValue());
    }
    out.write(sb.append('}').append('\n').toString());
    lines++;
    return this;
  }

  private static void value(StringBuilder sb, String name, @Nullable Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof CharSequence s) {
      Json.quote(sb, s.toString());
    } else if (v instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (v instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      checkArgument(Double.isFinite(d), "member %s must be a finite number, but was %s", name, d);
      sb.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      sb.append(v);
    } else {
      throw new IllegalArgumentException(
          "member "
              + name
              + " must be text, a number, a boolean or null, but was a "
              + v.getClass().getName());
    }
  }

  /**
   * Returns the lines written.
   *
   * @return the count
   */
  public long lines() {
    return lines;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
