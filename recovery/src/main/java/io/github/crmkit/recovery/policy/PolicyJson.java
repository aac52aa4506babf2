package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.crmkit.recovery.internal.JacksonRead.array;
import static io.github.crmkit.recovery.internal.JacksonRead.duration;
import static io.github.crmkit.recovery.internal.JacksonRead.enumValue;
import static io.github.crmkit.recovery.internal.JacksonRead.integer;
import static io.github.crmkit.recovery.internal.JacksonRead.members;
import static io.github.crmkit.recovery.internal.JacksonRead.money;
import static io.github.crmkit.recovery.internal.JacksonRead.number;
import static io.github.crmkit.recovery.internal.JacksonRead.text;
import static io.github.crmkit.recovery.internal.JacksonRead.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.internal.JacksonRead;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
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
  public static final int MAX_CHARS = JacksonRead.MAX_CHARS;

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
    JsonNode root = JacksonRead.root(json);
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
    ObjectNode o = JacksonRead.MAPPER.createObjectNode();
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
    return JacksonRead.write(o);
  }
}
