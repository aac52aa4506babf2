package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.crmkit.core.internal.JsonRead.list;
import static io.github.crmkit.core.internal.JsonRead.members;
import static io.github.crmkit.core.internal.JsonRead.need;
import static io.github.crmkit.core.internal.JsonRead.number;
import static io.github.crmkit.core.internal.JsonRead.object;
import static io.github.crmkit.core.internal.JsonRead.show;
import static io.github.crmkit.core.internal.JsonRead.string;
import static io.github.crmkit.core.internal.JsonRead.wrap;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes rule sets, points plans and conditions as JSON. Reading then writing, or writing
 * then reading, loses nothing. Errors name the JSON path and the problem ({@link
 * DefinitionFormatException}); definitions read are then validated like those built in code.
 *
 * <p>Formats:
 *
 * <pre>{@code
 * rule set:   {"name": "...", "segments": [{"name": "...", "when": CONDITION}], "fallback": "..."}
 * plan:       {"name": "...", "rules": [{"name": "...", "when": CONDITION, "points": 10,
 *              "multiplier": "signals.x", "decay": {"attribute": "purchases.last",
 *              "halfLife": "P90D"}}]}
 * CONDITION:  {"all": [CONDITION...]} | {"any": [CONDITION...]} | {"not": CONDITION}
 *           | {"attribute": "purchases.count", "op": ">=", "value": 2}
 *           | {"attribute": "flags.vip", "is": true}
 *           | {"attribute": "signals.x", "present": true}
 *           | {"attribute": "purchases.last", "within": "P30D"}
 * }</pre>
 *
 * Durations are ISO-8601 ({@code P30D}, {@code PT12H}). Stateless and thread-safe.
 *
 * @since 0.1
 */
final class RuleJson {
  private RuleJson() {}

  /**
   * Reads a rule set.
   *
   * @param json the JSON text, not null
   * @return the rule set, validated
   * @throws DefinitionFormatException if the JSON is malformed or does not describe a rule set
   * @throws io.github.crmkit.core.PolicyValidationException if the rule set is invalid
   */
  static RuleSet readRuleSet(String json) {
    Map<String, Object> o = object(parse(json), "$");
    members(o, "$", Set.of("name", "segments", "fallback"));
    String name = string(o, "name", "$");
    List<Object> segs = list(o, "segments", "$");
    List<RuleSet.Segment> segments = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      String p = "$.segments[" + i + "]";
      Map<String, Object> s = object(segs.get(i), p);
      members(s, p, Set.of("name", "when"));
      segments.add(
          new RuleSet.Segment(string(s, "name", p), condition(need(s, "when", p), p + ".when")));
    }
    return RuleSet.of(name, segments, string(o, "fallback", "$"));
  }

  /**
   * Writes a rule set.
   *
   * @param ruleSet the rule set, not null
   * @return the JSON text
   */
  static String write(RuleSet ruleSet) {
    checkNotNull(ruleSet, "ruleSet must not be null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", ruleSet.name());
    List<Object> segs = new ArrayList<>();
    for (RuleSet.Segment s : ruleSet.segments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name());
      m.put("when", tree(s.when()));
      segs.add(m);
    }
    o.put("segments", segs);
    o.put("fallback", ruleSet.fallback());
    return Json.write(o);
  }

  /**
   * Reads a points plan.
   *
   * @param json the JSON text, not null
   * @return the plan, validated
   * @throws DefinitionFormatException if the JSON is malformed or does not describe a plan
   * @throws io.github.crmkit.core.PolicyValidationException if the plan is invalid
   */
  static PointsPlan readPointsPlan(String json) {
    Map<String, Object> o = object(parse(json), "$");
    members(o, "$", Set.of("name", "rules"));
    List<Object> rs = list(o, "rules", "$");
    List<PointsRule> rules = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      String p = "$.rules[" + i + "]";
      Map<String, Object> r = object(rs.get(i), p);
      members(r, p, Set.of("name", "when", "points", "multiplier", "decay"));
      String name = string(r, "name", p);
      Condition when = condition(need(r, "when", p), p + ".when");
      double points = number(r, "points", p);
      String multiplier = r.containsKey("multiplier") ? string(r, "multiplier", p) : null;
      PointsRule.Decay decay = null;
      if (r.containsKey("decay")) {
        String dp = p + ".decay";
        Map<String, Object> d = object(r.get("decay"), dp);
        members(d, dp, Set.of("attribute", "halfLife"));
        decay =
            wrap(
                dp,
                () ->
                    new PointsRule.Decay(string(d, "attribute", dp), duration(d, "halfLife", dp)));
      }
      PointsRule.Decay finalDecay = decay;
      rules.add(wrap(p, () -> new PointsRule(name, when, points, multiplier, finalDecay)));
    }
    return PointsPlan.of(string(o, "name", "$"), rules);
  }

  /**
   * Writes a points plan.
   *
   * @param plan the plan, not null
   * @return the JSON text
   */
  static String write(PointsPlan plan) {
    checkNotNull(plan, "plan must not be null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", plan.name());
    List<Object> rs = new ArrayList<>();
    for (PointsRule r : plan.rules()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", r.name());
      m.put("when", tree(r.when()));
      m.put("points", r.points());
      r.multiplier().ifPresent(x -> m.put("multiplier", x));
      PointsRule.Decay d = r.decay().orElse(null);
      if (d != null) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("attribute", d.attribute());
        dm.put("halfLife", d.halfLife().toString());
        m.put("decay", dm);
      }
      rs.add(m);
    }
    o.put("rules", rs);
    return Json.write(o);
  }

  /**
   * Reads a condition.
   *
   * @param json the JSON text, not null
   * @return the condition (attributes are checked when it is used in a rule set or plan)
   * @throws DefinitionFormatException if the JSON is malformed or not a condition
   */
  static Condition readCondition(String json) {
    return condition(parse(json), "$");
  }

  /**
   * Writes a condition.
   *
   * @param condition the condition, not null
   * @return the JSON text
   */
  static String write(Condition condition) {
    checkNotNull(condition, "condition must not be null");
    return Json.write(tree(condition));
  }

  private static Object tree(Condition c) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (c instanceof Condition.All x) {
      m.put("all", trees(x.conditions()));
    } else if (c instanceof Condition.Any x) {
      m.put("any", trees(x.conditions()));
    } else if (c instanceof Condition.Not x) {
      m.put("not", tree(x.condition()));
    } else if (c instanceof Condition.Compare x) {
      m.put("attribute", x.attribute());
      m.put("op", x.op().symbol());
      m.put("value", x.value());
    } else if (c instanceof Condition.IsTrue x) {
      m.put("attribute", x.attribute());
      m.put("is", true);
    } else if (c instanceof Condition.Present x) {
      m.put("attribute", x.attribute());
      m.put("present", true);
    } else if (c instanceof Condition.Within x) {
      m.put("attribute", x.attribute());
      m.put("within", x.window().toString());
    }
    return m;
  }

  private static List<Object> trees(List<Condition> cs) {
    List<Object> out = new ArrayList<>();
    for (Condition c : cs) {
      out.add(tree(c));
    }
    return out;
  }

  private static Condition condition(Object v, String path) {
    Map<String, Object> o = object(v, path);
    if (o.containsKey("all") || o.containsKey("any")) {
      String key = o.containsKey("all") ? "all" : "any";
      members(o, path, Set.of(key));
      List<Object> items = list(o, key, path);
      List<Condition> cs = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        cs.add(condition(items.get(i), path + "." + key + "[" + i + "]"));
      }
      return key.equals("all") ? new Condition.All(cs) : new Condition.Any(cs);
    }
    if (o.containsKey("not")) {
      members(o, path, Set.of("not"));
      return new Condition.Not(condition(o.get("not"), path + ".not"));
    }
    if (!o.containsKey("attribute")) {
      throw new DefinitionFormatException(
          path, "a condition needs 'all', 'any', 'not' or 'attribute', but had " + o.keySet());
    }
    String attribute = string(o, "attribute", path);
    if (o.containsKey("op")) {
      members(o, path, Set.of("attribute", "op", "value"));
      String sym = string(o, "op", path);
      Op op;
      try {
        op = Op.fromSymbol(sym);
      } catch (IllegalArgumentException e) {
        throw new DefinitionFormatException(path + ".op", String.valueOf(e.getMessage()));
      }
      double value = number(o, "value", path);
      return wrap(path, () -> new Condition.Compare(attribute, op, value));
    }
    if (o.containsKey("is")) {
      members(o, path, Set.of("attribute", "is"));
      if (!Boolean.TRUE.equals(o.get("is"))) {
        throw new DefinitionFormatException(
            path + ".is", "must be true (use 'not' for false), but was " + show(o.get("is")));
      }
      return new Condition.IsTrue(attribute);
    }
    if (o.containsKey("present")) {
      members(o, path, Set.of("attribute", "present"));
      if (!Boolean.TRUE.equals(o.get("present"))) {
        throw new DefinitionFormatException(
            path + ".present",
            "must be true (use 'not' for absence), but was " + show(o.get("present")));
      }
      return new Condition.Present(attribute);
    }
    if (o.containsKey("within")) {
      members(o, path, Set.of("attribute", "within"));
      Duration w = duration(o, "within", path);
      return wrap(path, () -> new Condition.Within(attribute, w));
    }
    throw new DefinitionFormatException(
        path, "a condition on an attribute needs 'op', 'is', 'present' or 'within'");
  }

  private static Object parse(String json) {
    checkNotNull(json, "json must not be null");
    return JsonRead.parse(json, Integer.MAX_VALUE);
  }

  private static Duration duration(Map<String, Object> o, String key, String path) {
    String s = string(o, key, path);
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(
          path + "." + key, "expected an ISO-8601 duration such as P30D, but was '" + s + "'");
    }
  }
}
