package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.recovery.complaint.CaseStatus;
import io.github.crmkit.recovery.internal.JacksonRead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads and writes ordered SLA policies as JSON with Jackson's tree model: no type named in the
 * input is instantiated, input is limited to 1 MiB and 32 levels, unknown members are refused, and
 * every error names the JSON path ({@link DefinitionFormatException}). Writing then reading gives
 * equal policies. Stateless and thread-safe.
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
    JsonNode root = JacksonRead.root(json);
    JacksonRead.members(root, "$", Set.of("policies"));
    JsonNode ps = JacksonRead.array(root, "policies", "$");
    List<SlaPolicy> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      String p = "$.policies[" + i + "]";
      JsonNode n = ps.get(i);
      JacksonRead.members(
          n, p, Set.of("name", "priorities", "channels", "tiers", "categories", "targets"));
      Set<Priority> priorities = set(n, "priorities", p, (v) -> enumOf(Priority.class, v));
      Set<Channel> channels = set(n, "channels", p, (v) -> enumOf(Channel.class, v));
      Set<String> tiers = set(n, "tiers", p, v -> v);
      Set<String> categories = set(n, "categories", p, v -> v);
      JsonNode t = JacksonRead.need(n, "targets", p);
      if (!t.isObject()) {
        throw new DefinitionFormatException(p + ".targets", "expected an object");
      }
      Map<Priority, List<SlaTarget>> targets = new EnumMap<>(Priority.class);
      Iterator<String> keys = t.fieldNames();
      while (keys.hasNext()) {
        String key = keys.next();
        String tp = p + ".targets." + key;
        Priority prio = JacksonRead.enumValue(Priority.class, key, tp);
        JsonNode list = t.get(key);
        if (!list.isArray()) {
          throw new DefinitionFormatException(tp, "expected an array");
        }
        List<SlaTarget> ts = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
          ts.add(target(list.get(k), tp + "[" + k + "]"));
        }
        targets.put(prio, ts);
      }
      String name = JacksonRead.text(n, "name", p);
      out.add(
          JacksonRead.wrap(
              p, () -> new SlaPolicy(name, priorities, channels, tiers, categories, targets)));
    }
    return List.copyOf(out);
  }

  private static SlaTarget target(JsonNode n, String p) {
    JacksonRead.members(
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
        JacksonRead.enumValue(SlaMetric.class, JacksonRead.text(n, "metric", p), p + ".metric");
    Duration target = JacksonRead.duration(JacksonRead.need(n, "target", p), p + ".target");
    boolean business = JacksonRead.bool(n, "businessTime", p);
    Set<CaseStatus> pause = set(n, "pauseWhile", p, v -> enumOf(CaseStatus.class, v));
    Duration warning =
        JacksonRead.duration(JacksonRead.need(n, "warningBefore", p), p + ".warningBefore");
    List<Duration> escalate = new ArrayList<>();
    JsonNode e = JacksonRead.array(n, "escalateAfter", p);
    for (int i = 0; i < e.size(); i++) {
      escalate.add(JacksonRead.duration(e.get(i), p + ".escalateAfter[" + i + "]"));
    }
    Recurrence recurrence =
        n.has("recurrence")
            ? JacksonRead.enumValue(
                Recurrence.class, JacksonRead.text(n, "recurrence", p), p + ".recurrence")
            : Recurrence.INDEPENDENT;
    return JacksonRead.wrap(
        p, () -> new SlaTarget(metric, target, business, pause, warning, escalate, recurrence));
  }

  /** Marker for enum lookups inside {@link #set}; the path is added by the caller. */
  private static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
    return JacksonRead.enumValue(type, v, "");
  }

  private static <T> Set<T> set(JsonNode n, String key, String path, Function<String, T> parse) {
    JsonNode a = JacksonRead.array(n, key, path);
    Set<T> out = new LinkedHashSet<>();
    for (int i = 0; i < a.size(); i++) {
      String p = path + "." + key + "[" + i + "]";
      String v = JacksonRead.text(a.get(i), p);
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
    ObjectNode root = JacksonRead.MAPPER.createObjectNode();
    ArrayNode ps = root.putArray("policies");
    for (SlaPolicy p : policies) {
      ObjectNode n = ps.addObject();
      n.put("name", p.name());
      names(n.putArray("priorities"), p.priorities());
      names(n.putArray("channels"), p.channels());
      new TreeSet<>(p.tiers()).forEach(n.putArray("tiers")::add);
      new TreeSet<>(p.categories()).forEach(n.putArray("categories")::add);
      ObjectNode t = n.putObject("targets");
      for (Priority prio : Priority.values()) {
        List<SlaTarget> ts = p.targets().get(prio);
        if (ts == null) {
          continue;
        }
        ArrayNode list = t.putArray(JacksonRead.name(prio));
        for (SlaTarget x : ts) {
          ObjectNode o = list.addObject();
          o.put("metric", JacksonRead.name(x.metric()));
          o.put("target", x.target().toString());
          o.put("businessTime", x.businessTime());
          names(o.putArray("pauseWhile"), x.pauseWhile());
          o.put("warningBefore", x.warningBefore().toString());
          ArrayNode e = o.putArray("escalateAfter");
          x.escalateAfter().forEach(d -> e.add(d.toString()));
          o.put("recurrence", JacksonRead.name(x.recurrence()));
        }
      }
    }
    return JacksonRead.write(root);
  }

  private static void names(ArrayNode a, Set<? extends Enum<?>> values) {
    values.stream().sorted().map(JacksonRead::name).forEach(a::add);
  }
}
