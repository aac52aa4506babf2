package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a {@link Programme} as JSON, strictly: unknown members, wrong types, impossible
 * values and duplicate keys are errors naming the JSON path. The form, every member optional but
 * {@code currency}:
 *
 * <pre>{@code
 * {"currency": "USD", "zone": "UTC",
 *  "earn": {"pointsPerUnit": 1, "channels": {"web": 2}, "categories": {"books": 1.5},
 *           "enrolmentBonus": 100, "referralBonus": 50},
 *  "pending": "P14D",
 *  "expiry": {"after": "P365D"},        (or endOfMonthAfter, endOfYearAfter, or "never")
 *  "redemptionOrder": "earliest-expiry", (or "fifo")
 *  "negativeBalance": "debt",            (or "refuse")
 *  "tiers": [{"name": "base", "threshold": 0}, {"name": "gold", "threshold": 2000,
 *             "earnMultiplier": 1.5}],
 *  "tierWindow": "P365D", "downgrade": "recompute", (or "one-per-period")
 *  "reviewPeriod": "P30D", "lateness": "PT0S"}
 * }</pre>
 *
 * Durations are ISO 8601 ({@code P14D}, {@code PT12H}); channels are core's channel codes.
 *
 * @since 0.2
 */
public final class ProgrammeJson {
  private ProgrammeJson() {}

  /** The largest programme document read. */
  public static final int MAX_CHARS = 1 << 20;

  private static final Set<String> TOP =
      Set.of(
          "currency",
          "zone",
          "earn",
          "pending",
          "expiry",
          "redemptionOrder",
          "negativeBalance",
          "tiers",
          "tierWindow",
          "downgrade",
          "reviewPeriod",
          "lateness");

  /**
   * Reads a programme.
   *
   * @param json the document, not null
   * @return the programme
   * @throws DefinitionFormatException naming the JSON path of the first problem
   */
  public static Programme read(String json) {
    checkNotNull(json, "json must not be null");
    Map<String, Object> o = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    JsonRead.members(o, "$", TOP);
    String code = JsonRead.string(o, "currency", "$");
    java.util.Currency currency =
        JsonRead.wrap("$.currency", () -> java.util.Currency.getInstance(code));
    Programme.Builder b = Programme.builder(currency);
    if (o.containsKey("zone")) {
      String z = JsonRead.string(o, "zone", "$");
      try {
        b.zone(ZoneId.of(z));
      } catch (java.time.DateTimeException e) {
        throw new DefinitionFormatException("$.zone", "not a time zone: '" + z + "'");
      }
    }
    if (o.containsKey("earn")) {
      earn(JsonRead.object(o.get("earn"), "$.earn"), b);
    }
    if (o.containsKey("pending")) {
      Duration d = JsonRead.duration(o, "pending", "$");
      JsonRead.wrap("$.pending", () -> b.pending(d));
    }
    if (o.containsKey("expiry")) {
      b.expiry(expiry(o.get("expiry")));
    }
    if (o.containsKey("redemptionOrder")) {
      b.redemptionOrder(choice(o, "redemptionOrder", Programme.RedemptionOrder.values(), "$"));
    }
    if (o.containsKey("negativeBalance")) {
      b.negativeBalance(choice(o, "negativeBalance", Programme.NegativeBalance.values(), "$"));
    }
    if (o.containsKey("tiers")) {
      List<Object> tiers = JsonRead.list(o, "tiers", "$");
      for (int i = 0; i < tiers.size(); i++) {
        String path = "$.tiers[" + i + "]";
        Map<String, Object> t = JsonRead.object(tiers.get(i), path);
        JsonRead.members(t, path, Set.of("name", "threshold", "earnMultiplier"));
        String name = JsonRead.string(t, "name", path);
        long threshold = JsonRead.whole(t, "threshold", path);
        BigDecimal m =
            t.containsKey("earnMultiplier") ? decimal(t, "earnMultiplier", path) : BigDecimal.ONE;
        b.tier(JsonRead.wrap(path, () -> new Tier(name, threshold, m)));
      }
    }
    if (o.containsKey("tierWindow")) {
      Duration d = JsonRead.duration(o, "tierWindow", "$");
      JsonRead.wrap("$.tierWindow", () -> b.tierWindow(d));
    }
    if (o.containsKey("downgrade")) {
      b.downgrade(choice(o, "downgrade", Programme.Downgrade.values(), "$"));
    }
    if (o.containsKey("reviewPeriod")) {
      Duration d = JsonRead.duration(o, "reviewPeriod", "$");
      JsonRead.wrap("$.reviewPeriod", () -> b.reviewPeriod(d));
    }
    if (o.containsKey("lateness")) {
      Duration d = JsonRead.duration(o, "lateness", "$");
      JsonRead.wrap("$.lateness", () -> b.lateness(d));
    }
    return JsonRead.wrap("$", b::build);
  }

  private static void earn(Map<String, Object> e, Programme.Builder b) {
    String path = "$.earn";
    JsonRead.members(
        e,
        path,
        Set.of("pointsPerUnit", "channels", "categories", "enrolmentBonus", "referralBonus"));
    if (e.containsKey("pointsPerUnit")) {
      BigDecimal r = decimal(e, "pointsPerUnit", path);
      JsonRead.wrap(path + ".pointsPerUnit", () -> b.pointsPerUnit(r));
    }
    if (e.containsKey("channels")) {
      Map<String, Object> c = JsonRead.object(e.get("channels"), path + ".channels");
      for (String k : c.keySet()) {
        String at = path + ".channels." + k;
        Channel ch = JsonRead.wrap(at, () -> Channel.fromCode(k));
        BigDecimal m = decimal(c, k, path + ".channels");
        JsonRead.wrap(at, () -> b.channelMultiplier(ch, m));
      }
    }
    if (e.containsKey("categories")) {
      Map<String, Object> c = JsonRead.object(e.get("categories"), path + ".categories");
      for (String k : c.keySet()) {
        BigDecimal m = decimal(c, k, path + ".categories");
        JsonRead.wrap(path + ".categories." + k, () -> b.categoryMultiplier(k, m));
      }
    }
    if (e.containsKey("enrolmentBonus")) {
      long v = JsonRead.whole(e, "enrolmentBonus", path);
      JsonRead.wrap(path + ".enrolmentBonus", () -> b.enrolmentBonus(v));
    }
    if (e.containsKey("referralBonus")) {
      long v = JsonRead.whole(e, "referralBonus", path);
      JsonRead.wrap(path + ".referralBonus", () -> b.referralBonus(v));
    }
  }

  private static Expiry expiry(Object v) {
    String path = "$.expiry";
    if ("never".equals(v)) {
      return Expiry.never();
    }
    if (v instanceof String s) {
      throw new DefinitionFormatException(
          path, "expected \"never\" or an object, but was '" + s + "'");
    }
    Map<String, Object> o = JsonRead.object(v, path);
    JsonRead.members(o, path, Set.of("after", "endOfMonthAfter", "endOfYearAfter"));
    if (o.size() != 1) {
      throw new DefinitionFormatException(
          path, "expected exactly one of after, endOfMonthAfter, endOfYearAfter");
    }
    String key = o.keySet().iterator().next();
    Duration d = JsonRead.duration(o, key, path);
    return JsonRead.wrap(
        path + "." + key,
        () ->
            switch (key) {
              case "after" -> Expiry.after(d);
              case "endOfMonthAfter" -> Expiry.endOfMonthAfter(d);
              default -> Expiry.endOfYearAfter(d);
            });
  }

  private static BigDecimal decimal(Map<String, Object> o, String key, String path) {
    double d = JsonRead.number(o, key, path);
    return BigDecimal.valueOf(d);
  }

  private static <E extends Enum<E>> E choice(
      Map<String, Object> o, String key, E[] values, String path) {
    String text = JsonRead.string(o, key, path);
    List<String> codes = new ArrayList<>();
    for (E e : values) {
      String c = e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      if (c.equals(text)) {
        return e;
      }
      codes.add(c);
    }
    throw new DefinitionFormatException(
        path + "." + key, "unknown value '" + text + "'; allowed: " + codes);
  }

  /**
   * Writes a programme in the form {@link #read} reads (every member written).
   *
   * @param p the programme, not null
   * @return the JSON document
   */
  public static String write(Programme p) {
    checkNotNull(p, "p must not be null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("currency", p.currency().getCurrencyCode());
    o.put("zone", p.zone().getId());
    Map<String, Object> earn = new LinkedHashMap<>();
    earn.put("pointsPerUnit", p.pointsPerUnit().doubleValue());
    Map<String, Object> ch = new LinkedHashMap<>();
    p.channelMultipliers().forEach((k, v) -> ch.put(k.code(), v.doubleValue()));
    earn.put("channels", ch);
    Map<String, Object> cat = new LinkedHashMap<>();
    p.categoryMultipliers().forEach((k, v) -> cat.put(k, v.doubleValue()));
    earn.put("categories", cat);
    earn.put("enrolmentBonus", (double) p.enrolmentBonus());
    earn.put("referralBonus", (double) p.referralBonus());
    o.put("earn", earn);
    o.put("pending", p.pending().toString());
    Expiry e = p.expiry();
    if (e.kind() == Expiry.Kind.NEVER) {
      o.put("expiry", "never");
    } else {
      String key =
          switch (e.kind()) {
            case AFTER -> "after";
            case END_OF_MONTH_AFTER -> "endOfMonthAfter";
            default -> "endOfYearAfter";
          };
      o.put("expiry", Map.of(key, e.after().toString()));
    }
    o.put("redemptionOrder", p.redemptionOrder().code());
    o.put("negativeBalance", p.negativeBalance().code());
    List<Object> tiers = new ArrayList<>();
    for (Tier t : p.tiers()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("threshold", (double) t.threshold());
      m.put("earnMultiplier", t.earnMultiplier().doubleValue());
      tiers.add(m);
    }
    o.put("tiers", tiers);
    o.put("tierWindow", p.tierWindow().toString());
    o.put("downgrade", p.downgrade().code());
    o.put("reviewPeriod", p.reviewPeriod().toString());
    o.put("lateness", p.lateness().toString());
    return Json.write(o);
  }
}
