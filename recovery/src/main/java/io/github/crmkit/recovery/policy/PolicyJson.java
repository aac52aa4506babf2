package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes {@link RecoveryPolicy} as JSON with Jackson's tree model: no type named in the
 * input is ever instantiated, input is limited to 1 MiB and nesting to 32 levels, unknown members
 * are refused, and every error names the JSON path and the problem ({@link
 * DefinitionFormatException}). Writing then reading gives an equal policy. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * {"version": "2026-05", "respondWithin": ["P2D", "P1D", "PT8H", "PT4H", "PT1H"],
 *  "compensation": [{"failureType": "outcome", "minSeverity": 1, "kind": "credit",
 *                    "percent": 10, "floor": "KRW 1000", "cap": "KRW 20000"}],
 *  "doubleDeviationDays": 30, "dishonestySeverityIncrease": 2, "optionTiers": ["gold"],
 *  "rounding": "HALF_UP"}
 * }</pre>
 *
 * @since 0.1
 */
public final class PolicyJson {
  /** The largest input accepted, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build().copy();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(MAX_CHARS).build());
  }

  private PolicyJson() {}

  /**
   * Reads a policy.
   *
   * @param json the JSON text, at most {@value #MAX_CHARS} characters
   * @return the policy
   * @throws DefinitionFormatException naming the JSON path and the problem
   */
  public static RecoveryPolicy read(String json) {
    checkNotNull(json, "json must not be null");
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
    members(
        root,
        "$",
        Set.of(
            "version",
            "respondWithin",
            "compensation",
            "doubleDeviationDays",
            "dishonestySeverityIncrease",
            "optionTiers",
            "rounding"));
    List<Duration> respond = new ArrayList<>();
    JsonNode rw = array(root, "respondWithin", "$");
    for (int i = 0; i < rw.size(); i++) {
      respond.add(duration(rw.get(i), "$.respondWithin[" + i + "]"));
    }
    List<CompensationRule> rules = new ArrayList<>();
    JsonNode comp = array(root, "compensation", "$");
    for (int i = 0; i < comp.size(); i++) {
      String p = "$.compensation[" + i + "]";
      JsonNode r = comp.get(i);
      if (!r.isObject()) {
        throw new DefinitionFormatException(p, "expected an object");
      }
      members(r, p, Set.of("failureType", "minSeverity", "kind", "percent", "floor", "cap"));
      FailureType type =
          enumValue(FailureType.class, text(r, "failureType", p), p + ".failureType");
      CompensationKind kind = enumValue(CompensationKind.class, text(r, "kind", p), p + ".kind");
      int min = integer(r, "minSeverity", p);
      double percent = number(r, "percent", p);
      Money floor = money(r, "floor", p);
      Money cap = money(r, "cap", p);
      rules.add(wrap(p, () -> new CompensationRule(type, min, kind, percent, floor, cap)));
    }
    Set<String> tiers = new LinkedHashSet<>();
    JsonNode ot = array(root, "optionTiers", "$");
    for (int i = 0; i < ot.size(); i++) {
      if (!ot.get(i).isTextual()) {
        throw new DefinitionFormatException("$.optionTiers[" + i + "]", "expected a string");
      }
      tiers.add(ot.get(i).asText());
    }
    RoundingMode rounding =
        enumValue(RoundingMode.class, text(root, "rounding", "$"), "$.rounding");
    String version = text(root, "version", "$");
    int ddd = integer(root, "doubleDeviationDays", "$");
    int dsi = integer(root, "dishonestySeverityIncrease", "$");
    return wrap("$", () -> new RecoveryPolicy(version, respond, rules, ddd, dsi, tiers, rounding));
  }

  /**
   * Writes a policy in the format {@link #read} reads.
   *
   * @param policy the policy, not null
   * @return the JSON text, indented
   */
  public static String write(RecoveryPolicy policy) {
    checkNotNull(policy, "policy must not be null");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("version", policy.version());
    ArrayNode rw = o.putArray("respondWithin");
    policy.respondWithin().forEach(d -> rw.add(d.toString()));
    ArrayNode comp = o.putArray("compensation");
    for (CompensationRule r : policy.compensation()) {
      ObjectNode n = comp.addObject();
      n.put("failureType", r.failureType().name().toLowerCase(Locale.ROOT));
      n.put("minSeverity", r.minSeverity());
      n.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
      n.put("percent", r.percent());
      n.put("floor", r.floor().toString());
      n.put("cap", r.cap().toString());
    }
    o.put("doubleDeviationDays", policy.doubleDeviationDays());
    o.put("dishonestySeverityIncrease", policy.dishonestySeverityIncrease());
    ArrayNode ot = o.putArray("optionTiers");
    new TreeSet<>(policy.optionTiers()).forEach(ot::add);
    o.put("rounding", policy.rounding().name());
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static void members(JsonNode o, String path, Set<String> allowed) {
    Iterator<String> it = o.fieldNames();
    while (it.hasNext()) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new DefinitionFormatException(
            path + "." + k, "unexpected member; allowed here: " + new TreeSet<>(allowed));
      }
    }
  }

  private static JsonNode need(JsonNode o, String key, String path) {
    JsonNode v = o.get(key);
    if (v == null || v.isNull()) {
      throw new DefinitionFormatException(path + "." + key, "missing");
    }
    return v;
  }

  private static String text(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isTextual()) {
      throw new DefinitionFormatException(
          path + "." + key,
          "expected a string, but was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  private static int integer(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new DefinitionFormatException(path + "." + key, "expected an integer, but was " + v);
    }
    return v.intValue();
  }

  private static double number(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isNumber()) {
      throw new DefinitionFormatException(path + "." + key, "expected a number, but was " + v);
    }
    return v.doubleValue();
  }

  private static JsonNode array(JsonNode o, String key, String path) {
    JsonNode v = need(o, key, path);
    if (!v.isArray()) {
      throw new DefinitionFormatException(path + "." + key, "expected an array");
    }
    return v;
  }

  private static Duration duration(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw new DefinitionFormatException(path, "expected an ISO-8601 duration string");
    }
    try {
      return Duration.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(
          path, "expected an ISO-8601 duration such as PT4H, but was '" + v.asText() + "'");
    }
  }

  private static Money money(JsonNode o, String key, String path) {
    String s = text(o, key, path);
    try {
      return Money.parse(s);
    } catch (IllegalArgumentException e) {
      throw new DefinitionFormatException(path + "." + key, String.valueOf(e.getMessage()));
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new DefinitionFormatException(
        path, "must be one of " + names + ", but was '" + value + "'");
  }

  private interface Make<T> {
    T make();
  }

  private static <T> T wrap(String path, Make<T> make) {
    try {
      return make.make();
    } catch (IllegalArgumentException e) {
      throw new DefinitionFormatException(path, String.valueOf(e.getMessage()));
    }
  }
}
