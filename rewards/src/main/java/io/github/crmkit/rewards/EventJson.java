package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes one {@link LoyaltyEvent} as a JSON object, the line format of an event log (JSON
 * Lines), strictly: unknown members, wrong types and impossible values are errors naming the JSON
 * path.
 *
 * <pre>{@code
 * {"id": "e1", "type": "purchase", "member": "m1", "at": "2026-01-05T10:00:00Z", "order": "o1",
 *  "amount": "USD 120.00", "channel": "web", "category": "books"}
 * {"id": "e2", "type": "return", "member": "m1", "at": "...", "order": "o1", "amount": "USD 20.00"}
 * {"id": "e3", "type": "redemption", "member": "m1", "at": "...", "points": 50, "reward": "r7"}
 * {"id": "e4", "type": "redemption-cancel", "member": "m1", "at": "...", "redemption": "e3"}
 * {"id": "e5", "type": "adjustment", "member": "m1", "at": "...", "points": -10,
 *  "reason": "goodwill reversal"}
 * {"id": "e6", "type": "enrolment", "member": "m2", "at": "...", "referredBy": "m1"}
 * }</pre>
 *
 * Instants are ISO 8601 with an offset or Z; amounts are core's money form ({@code "USD 120.00"});
 * {@code channel}, {@code category}, {@code reward} and {@code referredBy} are optional.
 *
 * @since 0.2
 */
public final class EventJson {
  private EventJson() {}

  /** The longest event line read. */
  public static final int MAX_CHARS = 1 << 16;

  private static final Set<String> COMMON = Set.of("id", "type", "member", "at");

  /**
   * Reads one event.
   *
   * @param json one JSON object, not null
   * @return the event
   * @throws DefinitionFormatException naming the JSON path of the first problem
   */
  public static LoyaltyEvent read(String json) {
    checkNotNull(json, "json must not be null");
    Map<String, Object> o = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    String type = JsonRead.string(o, "type", "$");
    String id = JsonRead.string(o, "id", "$");
    CustomerId member =
        JsonRead.wrap("$.member", () -> CustomerId.of(JsonRead.string(o, "member", "$")));
    Instant at = instant(JsonRead.string(o, "at", "$"));
    return switch (type) {
      case "enrolment" -> {
        allow(o, "referredBy");
        CustomerId by =
            o.containsKey("referredBy")
                ? JsonRead.wrap(
                    "$.referredBy", () -> CustomerId.of(JsonRead.string(o, "referredBy", "$")))
                : null;
        yield JsonRead.wrap("$", () -> LoyaltyEvent.Enrolment.of(id, member, at, by));
      }
      case "purchase" -> {
        allow(o, "order", "amount", "channel", "category");
        String order = JsonRead.string(o, "order", "$");
        Money amount = JsonRead.money(o, "amount", "$");
        Channel channel =
            o.containsKey("channel")
                ? JsonRead.wrap(
                    "$.channel", () -> Channel.fromCode(JsonRead.string(o, "channel", "$")))
                : null;
        String category = o.containsKey("category") ? JsonRead.string(o, "category", "$") : null;
        yield JsonRead.wrap(
            "$", () -> LoyaltyEvent.Purchase.of(id, member, at, order, amount, channel, category));
      }
      case "return" -> {
        allow(o, "order", "amount");
        String order = JsonRead.string(o, "order", "$");
        Money amount = JsonRead.money(o, "amount", "$");
        yield JsonRead.wrap("$", () -> LoyaltyEvent.Return.of(id, member, at, order, amount));
      }
      case "redemption" -> {
        allow(o, "points", "reward");
        long points = JsonRead.whole(o, "points", "$");
        String reward = o.containsKey("reward") ? JsonRead.string(o, "reward", "$") : null;
        yield JsonRead.wrap("$", () -> LoyaltyEvent.Redemption.of(id, member, at, points, reward));
      }
      case "redemption-cancel" -> {
        allow(o, "redemption");
        String redemption = JsonRead.string(o, "redemption", "$");
        yield JsonRead.wrap(
            "$", () -> LoyaltyEvent.RedemptionCancel.of(id, member, at, redemption));
      }
      case "adjustment" -> {
        allow(o, "points", "reason");
        long points = JsonRead.whole(o, "points", "$");
        String reason = JsonRead.string(o, "reason", "$");
        yield JsonRead.wrap("$", () -> LoyaltyEvent.Adjustment.of(id, member, at, points, reason));
      }
      default ->
          throw new DefinitionFormatException(
              "$.type",
              "unknown event type '"
                  + type
                  + "'; allowed: [enrolment, purchase, return, redemption, redemption-cancel,"
                  + " adjustment]");
    };
  }

  private static void allow(Map<String, Object> o, String... extra) {
    Set<String> allowed = new java.util.HashSet<>(COMMON);
    allowed.addAll(java.util.Arrays.asList(extra));
    JsonRead.members(o, "$", allowed);
  }

  private static Instant instant(String text) {
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(
          "$.at", "not an ISO 8601 instant with an offset or Z: '" + text + "'");
    }
  }

  /**
   * Writes one event as a one-line JSON object in the form {@link #read} reads.
   *
   * @param e the event, not null
   * @return the line, without a line break
   */
  public static String write(LoyaltyEvent e) {
    checkNotNull(e, "e must not be null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", e.id());
    o.put("type", e.type());
    o.put("member", e.member().value());
    o.put("at", e.at().toString());
    if (e instanceof LoyaltyEvent.Enrolment en) {
      en.referredBy().ifPresent(r -> o.put("referredBy", r.value()));
    } else if (e instanceof LoyaltyEvent.Purchase p) {
      o.put("order", p.order());
      o.put("amount", p.amount().toString());
      p.channel().ifPresent(c -> o.put("channel", c.code()));
      p.category().ifPresent(c -> o.put("category", c));
    } else if (e instanceof LoyaltyEvent.Return r) {
      o.put("order", r.order());
      o.put("amount", r.amount().toString());
    } else if (e instanceof LoyaltyEvent.Redemption r) {
      o.put("points", r.points());
      r.reward().ifPresent(w -> o.put("reward", w));
    } else if (e instanceof LoyaltyEvent.RedemptionCancel c) {
      o.put("redemption", c.redemption());
    } else {
      LoyaltyEvent.Adjustment a = (LoyaltyEvent.Adjustment) e;
      o.put("points", a.points());
      o.put("reason", a.reason());
    }
    return Json.write(o).replaceAll("\\s*\\n\\s*", " ");
  }
}
