package io.github.crmkit.core.internal;

import io.github.crmkit.core.DefinitionFormatException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Typed reads from parsed {@link Json} with errors that name the JSON path. */
public final class JsonRead {
  private JsonRead() {}

  /**
   * Parses a definition file.
   *
   * @param json the text, not null
   * @param maxChars the largest input accepted
   * @return the parsed value
   * @throws DefinitionFormatException at path {@code $} for oversized or malformed input
   */
  public static Object parse(String json, int maxChars) {
    if (json == null) {
      throw new NullPointerException("json must not be null");
    }
    if (json.length() > maxChars) {
      throw new DefinitionFormatException(
          "$", "input is " + json.length() + " characters, more than the limit " + maxChars);
    }
    try {
      return Json.parse(json);
    } catch (Json.SyntaxException e) {
      throw new DefinitionFormatException("$", "malformed JSON at " + e.getMessage());
    }
  }

  /**
   * Returns the value as an object.
   *
   * @param v the value
   * @param path its JSON path
   * @return the object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(@Nullable Object v, String path) {
    if (v instanceof Map<?, ?>) {
      return (Map<String, Object>) v;
    }
    throw new DefinitionFormatException(path, "expected an object, but was " + show(v));
  }

  /**
   * Rejects members other than the allowed ones.
   *
   * @param o the object
   * @param path its JSON path
   * @param allowed the allowed member names
   */
  public static void members(Map<String, Object> o, String path, Set<String> allowed) {
    for (String k : o.keySet()) {
      if (!allowed.contains(k)) {
        throw new DefinitionFormatException(
            path + "." + k, "unexpected member; allowed here: " + allowed);
      }
    }
  }

  /**
   * Returns a required member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the value
   */
  public static Object need(Map<String, Object> o, String key, String path) {
    Object v = o.get(key);
    if (v == null) {
      throw new DefinitionFormatException(path + "." + key, "missing");
    }
    return v;
  }

  /**
   * Returns a required string member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the string
   */
  public static String string(Map<String, Object> o, String key, String path) {
    Object v = need(o, key, path);
    if (v instanceof String s) {
      return s;
    }
    throw new DefinitionFormatException(path + "." + key, "expected a string, but was " + show(v));
  }

  /**
   * Returns a required number member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the number
   */
  public static double number(Map<String, Object> o, String key, String path) {
    Object v = need(o, key, path);
    if (v instanceof Double d) {
      return d;
    }
    throw new DefinitionFormatException(path + "." + key, "expected a number, but was " + show(v));
  }

  /**
   * Returns a required array member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the list
   */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Map<String, Object> o, String key, String path) {
    Object v = need(o, key, path);
    if (v instanceof List<?>) {
      return (List<Object>) v;
    }
    throw new DefinitionFormatException(path + "." + key, "expected an array, but was " + show(v));
  }

  /**
   * Runs a constructor, turning its IllegalArgumentException into a path error.
   *
   * @param path the JSON path
   * @param make the constructor
   * @param <T> the type made
   * @return the value
   */
  public static <T> T wrap(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new DefinitionFormatException(path, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Describes a value for an error message.
   *
   * @param v the value
   * @return the description
   */
  public static String show(@Nullable Object v) {
    if (v == null || v == Json.NULL) {
      return "null";
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof Map<?, ?>) {
      return "an object";
    }
    if (v instanceof List<?>) {
      return "an array";
    }
    return String.valueOf(v);
  }
}
