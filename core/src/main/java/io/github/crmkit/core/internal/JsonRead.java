package io.github.crmkit.core.internal;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
   * Member names in the order given, so that an error lists the allowed members as the format does.
   *
   * @param names the names
   * @return an unmodifiable set in that order
   */
  public static Set<String> names(String... names) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(names)));
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
   * Returns a member as a string.
   *
   * @param v the value
   * @param path its JSON path
   * @return the string
   */
  public static String string(@Nullable Object v, String path) {
    if (v instanceof String s) {
      return s;
    }
    throw new DefinitionFormatException(path, "expected a string, but was " + show(v));
  }

  /**
   * Returns a member as a whole number.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the number
   */
  public static long whole(Map<String, Object> o, String key, String path) {
    double d = number(o, key, path);
    if (d != Math.rint(d) || Math.abs(d) > 1e15) {
      throw new DefinitionFormatException(
          path + "." + key, "expected a whole number, but was " + show(d));
    }
    return (long) d;
  }

  /**
   * Returns a member as an int.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the number
   */
  public static int integer(Map<String, Object> o, String key, String path) {
    long v = whole(o, key, path);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new DefinitionFormatException(
          path + "." + key, "expected an integer, but was " + v + " (out of range)");
    }
    return (int) v;
  }

  /**
   * Returns a member as a boolean.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the value
   */
  public static boolean bool(Map<String, Object> o, String key, String path) {
    Object v = need(o, key, path);
    if (v instanceof Boolean b) {
      return b;
    }
    throw new DefinitionFormatException(
        path + "." + key, "expected true or false, but was " + show(v));
  }

  /**
   * Returns a value as an ISO-8601 duration.
   *
   * @param v the value
   * @param path its JSON path
   * @return the duration
   */
  public static Duration duration(@Nullable Object v, String path) {
    String s = string(v, path);
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(
          path, "expected an ISO-8601 duration such as PT4H or P14D, but was '" + s + "'");
    }
  }

  /**
   * Returns a member as an ISO-8601 duration.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the duration
   */
  public static Duration duration(Map<String, Object> o, String key, String path) {
    return duration(need(o, key, path), path + "." + key);
  }

  /**
   * Returns a member as money, {@code "KRW 5000"}.
   *
   * @param o the object
   * @param key the member
   * @param path the object's JSON path
   * @return the amount
   */
  public static Money money(Map<String, Object> o, String key, String path) {
    String s = string(o, key, path);
    return wrap(path + "." + key, () -> Money.parse(s));
  }

  /**
   * Returns the constant of an enum whose code (its name in lower case, hyphens for underscores,
   * case-insensitive) is the value.
   *
   * @param type the enum
   * @param value the code
   * @param path the value's JSON path
   * @param <E> the enum
   * @return the constant
   */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
    String key = value.replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(key)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(name(e));
    }
    throw new DefinitionFormatException(
        path, "must be one of " + names + ", but was '" + value + "'");
  }

  /**
   * The code of an enum constant in definition files: its name in lower case, hyphens for
   * underscores.
   *
   * @param e the constant
   * @return the code
   */
  public static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
