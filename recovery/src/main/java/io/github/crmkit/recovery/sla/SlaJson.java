package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import io.github.crmkit.recovery.complaint.CaseStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes ordered SLA policies as JSON through crmkit's one JSON layer (Jackson's
 * streaming parser into a plain tree): no type named in the input is instantiated, input is limited
 * to 1 MiB and 32 levels, unknown members are refused, and every error names the JSON path ({@link
 * DefinitionFormatException}). Writing then reading gives equal policies. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * {"policies": [{"name": "standard", "priorities": [], "channels": ["email"], "tiers": [],
 *   "categories": [], "targets": {"high": [{"metric": "first-reply", "target": "PT4H",
 *   "businessTime": true, "pauseWhile": ["awaiting-customer"], "warningBefore": "PT30M",
 *   "escalateAfter": ["PT1H"], "recurrence": "independent"}]}}]}
 * }</pre>
 *
 * <p>{@code recurrence} may be left out and then means {@code independent}.
 *
 * @since 0.1
 */
public final class SlaJson {
  /** The largest input accepted, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  private SlaJson() {}

  /**
   * Reads policies.
   *
   * @param json the JSON text, at most 1 MiB
   * @return the policies in order
   * @throws DefinitionFormatException naming the JSON path and the problem
   */
  public static List<SlaPolicy> read(String json) {
    checkNotNull(json, "json must not be null");
    Map<String, Object> root = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    JsonRead.members(root, "$", Set.of("policies"));
    List<Object> ps = JsonRead.list(root, "policies", "$");
    List<SlaPolicy> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      String p = "$.policies[" + i + "]";
      Map<String, Object> n = JsonRead.object(ps.get(i), p);
      JsonRead.members(
          n, p, Set.of("name", "priorities", "channels", "tiers", "categories", "targets"));
      Set<Priority> priorities = set(n, "priorities", p, (v) -> enumOf(Priority.class, v));
      Set<Channel> channels = set(n, "channels", p, (v) -> enumOf(Channel.class, v));
      Set<String> tiers = set(n, "tiers", p, v -> v);
      Set<String> categories = set(n, "categories", p, v -> v);
      Map<String, Object> t = JsonRead.object(JsonRead.need(n, "targets", p), p + ".targets");
      Map<Priority, List<SlaTarget>> targets = new EnumMap<>(Priority.class);
      for (String key : t.keySet()) {
        String tp = p + ".targets." + key;
        Priority prio = JsonRead.enumValue(Priority.class, key, tp);
        if (!(t.get(key) instanceof List<?> list)) {
          throw new DefinitionFormatException(tp, "expected an array");
        }
        List<SlaTarget> ts = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
          ts.add(target(list.get(k), tp + "[" + k + "]"));
        }
        targets.put(prio, ts);
      }
      String name = JsonRead.string(n, "name", p);
      out.add(
          JsonRead.wrap(
              p, () -> new SlaPolicy(name, priorities, channels, tiers, categories, targets)));
    }
    return List.copyOf(out);
  }

  private static SlaTarget target(@Nullable Object value, String p) {
    Map<String, Object> n = JsonRead.object(value, p);
    JsonRead.members(
        n,
        p,
        Set.of(
            "metric",
            "target",
            "businessTime",
            "pauseWhile",
            "warningBefore",
            "escalateAfter",
            "recurrence"));
    SlaMetric metric =
        JsonRead.enumValue(SlaMetric.class, JsonRead.string(n, "metric", p), p + ".metric");
    Duration target = JsonRead.duration(n, "target", p);
    boolean business = JsonRead.bool(n, "businessTime", p);
    Set<CaseStatus> pause = set(n, "pauseWhile", p, v -> enumOf(CaseStatus.class, v));
    Duration warning = JsonRead.duration(n, "warningBefore", p);
    List<Duration> escalate = new ArrayList<>();
    List<Object> e = JsonRead.list(n, "escalateAfter", p);
    for (int i = 0; i < e.size(); i++) {
      escalate.add(JsonRead.duration(e.get(i), p + ".escalateAfter[" + i + "]"));
    }
    Recurrence recurrence =
        n.containsKey("recurrence")
            ? JsonRead.enumValue(
                Recurrence.class, JsonRead.string(n, "recurrence", p), p + ".recurrence")
            : Recurrence.INDEPENDENT;
    return JsonRead.wrap(
        p, () -> new SlaTarget(metric, target, business, pause, warning, escalate, recurrence));
  }

  /** Marker for enum lookups inside {@link #set}; the path is added by the caller. */
  private static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
    return JsonRead.enumValue(type, v, "");
  }

  private static <T> Set<T> set(
      Map<String, Object> n, String key, String path, Function<String, T> parse) {
    List<Object> a = JsonRead.list(n, key, path);
    Set<T> out = new LinkedHashSet<>();
    for (int i = 0; i < a.size(); i++) {
      String p = path + "." + key + "[" + i + "]";
      String v = JsonRead.string(a.get(i), p);
      try {
        out.add(parse.apply(v));
      } catch (DefinitionFormatException ex) {
        throw new DefinitionFormatException(p, ex.problem());
      }
    }
    return out;
  }

  /**
   * Writes policies in the format {@link #read} reads.
   *
   * @param policies the policies in order, not null
   * @return the JSON text
   */
  public static String write(List<SlaPolicy> policies) {
    checkNotNull(policies, "policies must not be null");
    List<Object> ps = new ArrayList<>();
    for (SlaPolicy p : policies) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("name", p.name());
      n.put("priorities", names(p.priorities()));
      n.put("channels", names(p.channels()));
      n.put("tiers", List.copyOf(new TreeSet<>(p.tiers())));
      n.put("categories", List.copyOf(new TreeSet<>(p.categories())));
      Map<String, Object> t = new LinkedHashMap<>();
      for (Priority prio : Priority.values()) {
        List<SlaTarget> ts = p.targets().get(prio);
        if (ts == null) {
          continue;
        }
        List<Object> list = new ArrayList<>();
        for (SlaTarget x : ts) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("metric", JsonRead.name(x.metric()));
          o.put("target", x.target().toString());
          o.put("businessTime", x.businessTime());
          o.put("pauseWhile", names(x.pauseWhile()));
          o.put("warningBefore", x.warningBefore().toString());
          o.put("escalateAfter", x.escalateAfter().stream().map(Duration::toString).toList());
          o.put("recurrence", JsonRead.name(x.recurrence()));
          list.add(o);
        }
        t.put(JsonRead.name(prio), list);
      }
      n.put("targets", t);
      ps.add(n);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("policies", ps);
    return Json.write(root);
  }

  private static List<String> names(Set<? extends Enum<?>> values) {
    return values.stream().sorted().map(JsonRead::name).toList();
  }
}
