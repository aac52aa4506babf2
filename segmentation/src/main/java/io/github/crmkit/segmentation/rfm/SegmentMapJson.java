package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Segment maps as JSON: strict (unknown members, wrong types and impossible values are {@link
 * DefinitionFormatException}s naming the JSON path), and {@code read(write(x))} equals {@code x}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * {"name": "my-segments", "source": "CRM team, 2026", "fallback": "Others",
 *  "rules": [{"name": "Champions", "r": [4, 5], "fm": [4, 5]},
 *            {"name": "Lost", "r": [1, 1], "f": [1, 2], "m": [1, 5]}]}
 * }</pre>
 *
 * <p>Rules are checked in order, the first that holds a cell names its segment, and the fallback
 * takes the cells no rule holds. A rule's ranges are score ranges {@code [lo, hi]}, 1 to 10: {@code
 * r}, and either {@code f} and {@code m} or {@code fm} (the mean of F and M, a number); a range
 * left out is every score. {@code name} and {@code fallback} default to {@code custom} and {@code
 * Others}, {@code source} to empty.
 *
 * @since 0.2
 */
public final class SegmentMapJson {
  /** The longest JSON text read, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  private static final Set<String> MAP_MEMBERS = Set.of("name", "source", "fallback", "rules");
  private static final Set<String> RULE_MEMBERS = Set.of("name", "r", "f", "m", "fm");

  private SegmentMapJson() {}

  /**
   * Reads a segment map.
   *
   * @param json the JSON text, not null
   * @return the segment map
   * @throws DefinitionFormatException if the JSON is malformed or does not describe a segment map,
   *     naming the JSON path
   */
  public static SegmentMap read(String json) {
    Map<String, Object> root = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    JsonRead.members(root, "$", MAP_MEMBERS);
    String name = root.containsKey("name") ? JsonRead.string(root, "name", "$") : "custom";
    SegmentMap.Builder b = JsonRead.wrap("$.name", () -> SegmentMap.builder(name));
    if (root.containsKey("source")) {
      String source = JsonRead.string(root, "source", "$");
      b.source(source);
    }
    List<Object> rules = JsonRead.list(root, "rules", "$");
    if (rules.isEmpty()) {
      throw new DefinitionFormatException("$.rules", "expected at least one rule");
    }
    for (int i = 0; i < rules.size(); i++) {
      String path = "$.rules[" + i + "]";
      Map<String, Object> r = JsonRead.object(rules.get(i), path);
      JsonRead.members(r, path, RULE_MEMBERS);
      String ruleName = JsonRead.string(r, "name", path);
      SegmentRule.Builder rb = JsonRead.wrap(path + ".name", () -> SegmentRule.builder(ruleName));
      try {
        if (r.containsKey("r")) {
          int[] range = scores(r, "r", path);
          rb.recency(range[0], range[1]);
        }
        if (r.containsKey("f")) {
          int[] range = scores(r, "f", path);
          rb.frequency(range[0], range[1]);
        }
        if (r.containsKey("m")) {
          int[] range = scores(r, "m", path);
          rb.monetary(range[0], range[1]);
        }
        if (r.containsKey("fm")) {
          double[] range = numbers(r, "fm", path);
          rb.fm(range[0], range[1]);
        }
        b.rule(rb.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new DefinitionFormatException(path, String.valueOf(e.getMessage()));
      }
    }
    String fallback =
        root.containsKey("fallback") ? JsonRead.string(root, "fallback", "$") : "Others";
    JsonRead.wrap("$.fallback", () -> b.fallback(fallback));
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new DefinitionFormatException("$", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Writes a segment map: every range of every rule written out.
   *
   * @param map the segment map, not null
   * @return the JSON text
   */
  public static String write(SegmentMap map) {
    checkNotNull(map, "map must not be null");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", map.name());
    root.put("source", map.source());
    root.put("fallback", map.fallback());
    List<Object> rules = new ArrayList<>();
    for (SegmentRule rule : map.rules()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("name", rule.name());
      r.put("r", List.of((double) rule.rLo, (double) rule.rHi));
      if (rule.usesFm()) {
        r.put("fm", List.of(rule.fmLo, rule.fmHi));
      } else {
        r.put("f", List.of((double) rule.fLo, (double) rule.fHi));
        r.put("m", List.of((double) rule.mLo, (double) rule.mHi));
      }
      rules.add(r);
    }
    root.put("rules", rules);
    return Json.write(root);
  }

  private static double[] numbers(Map<String, Object> r, String key, String path) {
    List<Object> v = JsonRead.list(r, key, path);
    String p = path + "." + key;
    if (v.size() != 2) {
      throw new DefinitionFormatException(p, "expected [lo, hi], but was " + JsonRead.show(v));
    }
    double[] out = new double[2];
    for (int k = 0; k < 2; k++) {
      if (!(v.get(k) instanceof Double d)) {
        throw new DefinitionFormatException(
            p + "[" + k + "]", "expected a number, but was " + JsonRead.show(v.get(k)));
      }
      out[k] = d;
    }
    return out;
  }

  private static int[] scores(Map<String, Object> r, String key, String path) {
    double[] v = numbers(r, key, path);
    int[] out = new int[2];
    for (int k = 0; k < 2; k++) {
      if (v[k] != Math.rint(v[k]) || v[k] < 1 || v[k] > 10) {
        throw new DefinitionFormatException(
            path + "." + key + "[" + k + "]",
            "expected a score 1 to 10, but was " + JsonRead.show(v[k]));
      }
      out[k] = (int) v[k];
    }
    return out;
  }
}
