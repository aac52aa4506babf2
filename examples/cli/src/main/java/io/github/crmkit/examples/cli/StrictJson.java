package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The strict JSON input of the command line: every JSON file it reads (models, schedules,
 * incidents, segment maps, lexicons) is at most {@link #MAX_BYTES}, nested at most {@link
 * #MAX_DEPTH} deep, free of duplicate keys and of NaN or Infinity. The library's codecs read
 * models, schedules, segment maps, lexicons and policies from its text; the helpers here read the
 * one format that is the command line's own, {@code recover}'s incidents: members by name and type,
 * unknown members and wrong types errors naming the JSON path, never defaulted.
 */
final class StrictJson {
  /** The largest JSON file read. */
  static final long MAX_BYTES = 16L << 20;

  /** The deepest nesting read. */
  static final int MAX_DEPTH = 64;

  private static final ObjectMapper READER =
      new ObjectMapper(
          JsonFactory.builder()
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(MAX_DEPTH)
                      .maxStringLength(1 << 20)
                      .maxNumberLength(64)
                      .build())
              .build());

  private StrictJson() {}

  /** The file's text, refusing files over the size limit before reading them. */
  static String readText(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new DataException(
            file.toString(),
            0,
            "the file has " + size + " bytes, more than the limit of " + MAX_BYTES + " for JSON");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new DataException(file.toString(), 0, "not UTF-8 text");
    } catch (IOException e) {
      throw new DataException(file.toString(), 0, "cannot read the file");
    }
  }

  /** Parses a file strictly. */
  static JsonNode read(Path file) {
    String text = readText(file);
    try {
      JsonNode n = READER.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new DataException(file.toString(), 0, "$: the file holds no JSON value");
      }
      return n;
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      throw new DataException(
          file.toString(),
          0,
          "not valid JSON: " + line + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
  }

  /** Fails on a member not in the allowed set. */
  static void members(JsonNode o, String path, String file, Set<String> allowed) {
    if (!o.isObject()) {
      throw error(file, path, "expected an object, but found " + kind(o));
    }
    Iterator<String> names = o.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        List<String> sorted = new ArrayList<>(allowed);
        sorted.sort(null);
        throw error(file, path + "." + n, "unknown member; allowed: " + String.join(", ", sorted));
      }
    }
  }

  private static DataException error(String file, String path, String problem) {
    return new DataException(file, 0, path + ": " + problem);
  }

  private static String kind(JsonNode n) {
    return n == null ? "nothing" : n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static JsonNode need(JsonNode o, String name, String path, String file) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      throw error(file, path + "." + name, "missing");
    }
    return v;
  }

  static String text(JsonNode o, String name, String path, String file) {
    JsonNode v = need(o, name, path, file);
    if (!v.isTextual()) {
      throw error(file, path + "." + name, "expected a string, but found " + kind(v));
    }
    return v.textValue();
  }

  static int integer(JsonNode o, String name, String path, String file, int min, int max) {
    JsonNode v = need(o, name, path, file);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(file, path + "." + name, "expected an integer, but found " + v);
    }
    int i = v.intValue();
    if (i < min || i > max) {
      throw error(file, path + "." + name, "must be " + min + " to " + max + ", but was " + i);
    }
    return i;
  }

  static boolean bool(JsonNode o, String name, String path, String file, boolean absent) {
    JsonNode v = o.get(name);
    if (v == null) {
      return absent;
    }
    if (!v.isBoolean()) {
      throw error(file, path + "." + name, "expected true or false, but found " + v);
    }
    return v.booleanValue();
  }

  /** A string member that must be one of the codes, case-sensitive, with the codes in the error. */
  static String code(JsonNode o, String name, String path, String file, List<String> codes) {
    String s = text(o, name, path, file);
    if (!codes.contains(s)) {
      throw error(file, path + "." + name, "'" + s + "' is not one of " + String.join(", ", codes));
    }
    return s;
  }
}
