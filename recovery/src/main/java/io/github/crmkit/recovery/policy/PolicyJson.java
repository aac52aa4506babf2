package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes {@link RecoveryPolicy} as JSON through crmkit's one JSON layer (Jackson's
 * streaming parser into a plain tree): no type named in the input is ever instantiated, input is
 * limited to 1 MiB and nesting to 64 levels, unknown and duplicate members are refused, and every
 * error names the JSON path and the problem ({@link DefinitionFormatException}). Writing then
 * reading gives an equal policy. Stateless and thread-safe.
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
    Map<String, Object> root = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    JsonRead.members(
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
    List<Object> rw = JsonRead.list(root, "respondWithin", "$");
    for (int i = 0; i < rw.size(); i++) {
      respond.add(JsonRead.duration(rw.get(i), "$.respondWithin[" + i + "]"));
    }
    List<CompensationRule> rules = new ArrayList<>();
    List<Object> comp = JsonRead.list(root, "compensation", "$");
    for (int i = 0; i < comp.size(); i++) {
      String p = "$.compensation[" + i + "]";
      Map<String, Object> r = JsonRead.object(comp.get(i), p);
      JsonRead.members(
          r, p, Set.of("failureType", "minSeverity", "kind", "percent", "floor", "cap"));
      FailureType type =
          JsonRead.enumValue(
              FailureType.class, JsonRead.string(r, "failureType", p), p + ".failureType");
      CompensationKind kind =
          JsonRead.enumValue(CompensationKind.class, JsonRead.string(r, "kind", p), p + ".kind");
      int min = JsonRead.integer(r, "minSeverity", p);
      double percent = JsonRead.number(r, "percent", p);
      Money floor = JsonRead.money(r, "floor", p);
      Money cap = JsonRead.money(r, "cap", p);
      rules.add(JsonRead.wrap(p, () -> new CompensationRule(type, min, kind, percent, floor, cap)));
    }
    Set<String> tiers = new LinkedHashSet<>();
    List<Object> ot = JsonRead.list(root, "optionTiers", "$");
    for (int i = 0; i < ot.size(); i++) {
      tiers.add(JsonRead.string(ot.get(i), "$.optionTiers[" + i + "]"));
    }
    RoundingMode rounding =
        JsonRead.enumValue(
            RoundingMode.class, JsonRead.string(root, "rounding", "$"), "$.rounding");
    String version = JsonRead.string(root, "version", "$");
    int ddd = JsonRead.integer(root, "doubleDeviationDays", "$");
    int dsi = JsonRead.integer(root, "dishonestySeverityIncrease", "$");
    return JsonRead.wrap(
        "$", () -> new RecoveryPolicy(version, respond, rules, ddd, dsi, tiers, rounding));
  }

  /**
   * Writes a policy in the format {@link #read} reads.
   *
   * @param policy the policy, not null
   * @return the JSON text, indented
   */
  public static String write(RecoveryPolicy policy) {
    checkNotNull(policy, "policy must not be null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("version", policy.version());
    o.put("respondWithin", policy.respondWithin().stream().map(Duration::toString).toList());
    List<Object> comp = new ArrayList<>();
    for (CompensationRule r : policy.compensation()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("failureType", JsonRead.name(r.failureType()));
      n.put("minSeverity", r.minSeverity());
      n.put("kind", JsonRead.name(r.kind()));
      n.put("percent", r.percent());
      n.put("floor", r.floor().toString());
      n.put("cap", r.cap().toString());
      comp.add(n);
    }
    o.put("compensation", comp);
    o.put("doubleDeviationDays", policy.doubleDeviationDays());
    o.put("dishonestySeverityIncrease", policy.dishonestySeverityIncrease());
    o.put("optionTiers", List.copyOf(new TreeSet<>(policy.optionTiers())));
    o.put("rounding", policy.rounding().name());
    return Json.write(o);
  }
}
