package io.github.crmkit.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.rewards.EventJson;
import io.github.crmkit.rewards.Ledger;
import io.github.crmkit.rewards.LoyaltyEvent;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.ProgrammeJson;
import io.github.crmkit.rewards.Tier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A loyalty-programme member's points after a log of events. */
@RestController
public class RewardsController {
  private final int maxBatch;

  RewardsController(CrmkitProperties properties) {
    this.maxBatch = properties.maxBatch();
  }

  /**
   * The points due to expire next.
   *
   * @param points how many
   * @param at when
   */
  public record NextExpiry(long points, Instant at) {}

  /**
   * The events' accounting: received = applied + duplicates + rejected.
   *
   * @param received events posted
   * @param applied events applied
   * @param duplicates replays of an applied event
   * @param rejected events refused
   */
  public record Accounting(long received, long applied, long duplicates, long rejected) {}

  /**
   * A refused event.
   *
   * @param index its index in the posted events
   * @param id its id, or null
   * @param reason the reason's code
   * @param detail what was wrong
   */
  public record RefusedEvent(long index, String id, String reason, String detail) {}

  /**
   * A member's points.
   *
   * @param member the member
   * @param asOf the instant of the figures
   * @param available spendable points
   * @param pending points locked until their pending period ends
   * @param debt points owed after a return whose points were spent
   * @param earned points earned
   * @param redeemed points redeemed
   * @param expired points expired
   * @param returned points taken back by returns
   * @param adjusted net manual adjustments
   * @param tier the tier's name, or null
   * @param qualifying the points that count for tiers
   * @param nextExpiry the next expiry, or null
   * @param events the events' accounting
   * @param rejections every refused event
   */
  public record ReplayResponse(
      String member,
      Instant asOf,
      long available,
      long pending,
      long debt,
      long earned,
      long redeemed,
      long expired,
      long returned,
      long adjusted,
      String tier,
      long qualifying,
      NextExpiry nextExpiry,
      Accounting events,
      List<RefusedEvent> rejections) {}

  /**
   * Replays one member's loyalty events under a programme: the body is {@code {"programme": {...},
   * "events": [{...}, ...], "asOf": "2026-03-01T00:00:00Z"}} (crmkit's JSON forms of a programme
   * and of events, read by {@code ProgrammeJson} and {@code EventJson}; {@code asOf} defaults to
   * the latest event's instant).
   *
   * @param body the request
   * @return the member's points, tier, next expiry, the events' accounting and rejections
   */
  @PostMapping("/rewards/replay")
  public ReplayResponse replay(@RequestBody JsonNode body) {
    require(body.isObject(), "the body must be an object with programme and events");
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      require(
          n.equals("programme") || n.equals("events") || n.equals("asOf"),
          "unexpected member '" + n + "'; allowed: programme, events, asOf");
    }
    require(body.path("programme").isObject(), "programme (an object) is required");
    require(
        body.path("events").isArray() && body.path("events").size() > 0,
        "events (a non-empty array) is required");
    require(
        body.get("events").size() <= maxBatch,
        "events: at most " + maxBatch + " per request, but " + body.get("events").size() + " came");
    Programme programme = ProgrammeJson.read(body.get("programme").toString());
    List<LoyaltyEvent> events = new ArrayList<>();
    for (int i = 0; i < body.get("events").size(); i++) {
      try {
        events.add(EventJson.read(body.get("events").get(i).toString()));
      } catch (DefinitionFormatException e) {
        throw new IllegalArgumentException("events[" + i + "]: " + e.getMessage(), e);
      }
    }
    Instant asOf;
    if (body.has("asOf")) {
      require(body.get("asOf").isTextual(), "asOf must be an ISO 8601 instant");
      asOf = OffsetDateTime.parse(body.get("asOf").asText()).toInstant();
    } else {
      asOf = events.stream().map(LoyaltyEvent::at).max(Instant::compareTo).orElseThrow();
    }
    Ledger l = Ledger.replay(programme, events, asOf);
    List<RefusedEvent> rejections = new ArrayList<>();
    for (Rejection<LoyaltyEvent> r : l.rejectedRecords()) {
      rejections.add(
          new RefusedEvent(
              r.position(),
              r.record().map(LoyaltyEvent::id).orElse(null),
              r.reason().code(),
              r.detail()));
    }
    return new ReplayResponse(
        l.member().value(),
        l.asOf(),
        l.available(),
        l.pending(),
        l.debt(),
        l.earned(),
        l.redeemed(),
        l.expired(),
        l.returned(),
        l.adjusted(),
        l.tier().map(Tier::name).orElse(null),
        l.qualifying(),
        l.nextExpiry().map(n -> new NextExpiry(n.points(), n.at())).orElse(null),
        new Accounting(l.received(), l.appliedCount(), l.duplicates(), l.rejected()),
        rejections);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
