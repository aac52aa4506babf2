package io.github.crmkit.recovery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Typed reads from Jackson trees with errors that name the JSON path; the shared, limited mapper (1
 * MiB strings, 32 levels, tree model only so no type named in the input is instantiated).
 */
public final class JacksonRead {
  /** The largest input accepted, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  /** The shared mapper. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(MAX_CHARS).build());
  }

  private JacksonRead() {}

  /**
   * Parses a document that must be an object.
   *
   * @param json the text
   * @return the root object
   */
  public static JsonNode root(String json) {
    if (json.length() > MAX_CHARS) {
      throw new DefinitionFormatException(
          "$", "input is " + json.length() + " characters, more than the limit " + MAX_CHARS);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DefinitionFormatException("$", "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new DefinitionFormatException("$", "expected an object");
    }
    return root;
  }

  /**
   * Rejects members other than the allowed ones.
   *
   * @param o the object
   * @param path its path
   * @param allowed the allowed names
   */
  public static void members(JsonNode o, String path, Set<String> allowed) {
    if (!o.isObject()) {
      throw new DefinitionFormatException(path, "expected an object");
    }
    Iterator<String> it = o.fieldNames();
    while (it.hasNext()) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new DefinitionFormatException(
            path + "." + k, "unexpected member; allowed here: " + new TreeSet<>(allowed));
      }
    }
  }

  /**
   * Returns a required member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the value
   */
  public static JsonNode need(JsonNode o, String key, String path) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      throw new DefinitionFormatException(path + "." + key, "missing");
    }
    return v;
  }

  /**
   * Returns a required string member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the string
   */
  public static String text(JsonNode o, String key, String path) {
    return text(need(o, key, path), path + "." + key);
  }

  /**
   * Returns a node as a string.
   *
   * @param v the node
   * @param path its path
   * @return the string
   */
  public static String text(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new DefinitionFormatException(
          path, "expected a string, but was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  /**
   * Returns a required integer member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the integer
   */
  public static int integer(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new DefinitionFormatException(path + "." + key, "expected an integer, but was " + v);
    }
    return v.intValue();
  }

  /**
   * Returns a required number member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the number
   */
  public static double number(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isNumber()) {
      throw new DefinitionFormatException(path + "." + key, "expected a number, but was " + v);
    }
    return v.doubleValue();
  }

  /**
   * Returns a required boolean member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the boolean
   */
  public static boolean bool(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isBoolean()) {
      throw new DefinitionFormatException(path + "." + key, "expected true or false, but was " + v);
    }
    return v.booleanValue();
  }

  /**
   * Returns a required array member.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the array
   */
  public static JsonNode array(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isArray()) {
      throw new DefinitionFormatException(path + "." + key, "expected an array");
    }
    return v;
  }

  /**
   * Returns a node as an ISO-8601 duration.
   *
   * @param v the node
   * @param path its path
   * @return the duration
   */
  public static Duration duration(JsonNode v, String path) {
    String s = text(v, path);
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(
          path, "expected an ISO-8601 duration such as PT4H, but was '" + s + "'");
    }
  }

  /**
   * Returns a required money member such as {@code "KRW 1000"}.
   *
   * @param o the object
   * @param key the member
   * @param path the object's path
   * @return the amount
   */
  public static Money money(JsonNode o, String key, String path) {
    String s = text(o, key, path);
    try {
      return Money.parse(s);
    } catch (IllegalArgumentException e) {
      throw new DefinitionFormatException(path + "." + key, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Returns an enum constant by name (case-insensitive, hyphens as underscores).
   *
   * @param type the enum type
   * @param value the text
   * @param path its path
   * @param <E> the enum type
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
      names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new DefinitionFormatException(
        path, "must be one of " + names + ", but was '" + value + "'");
  }

  /**
   * Returns the name written for an enum constant: lower case, hyphens.
   *
   * @param e the constant
   * @return the name
   */
  public static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Runs a constructor, turning its IllegalArgumentException into a path error.
   *
   * @param path the path
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
   * Writes a tree as indented JSON.
   *
   * @param node the tree
   * @return the text
   */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
