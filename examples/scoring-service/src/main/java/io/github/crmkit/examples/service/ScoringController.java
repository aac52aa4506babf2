package io.github.crmkit.examples.service;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.recovery.incident.CodingResult;
import io.github.crmkit.recovery.incident.Incident;
import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.incident.Outcome;
import io.github.crmkit.recovery.policy.CompensationKind;
import io.github.crmkit.recovery.policy.CompensationRule;
import io.github.crmkit.recovery.policy.CustomerContext;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPlan;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.segmentation.rfm.Breakpoints;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmDimension;
import io.github.crmkit.segmentation.rfm.RfmResult;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints: RFM scoring against named, immutable boundary sets ({@code default} is fitted at
 * start-up on a testkit base; an administrator with the configured token adds others, and no
 * request can change what another caller's scores are computed with), incident coding, recovery
 * plans with SLA due times, and health.
 */
@RestController
public class ScoringController {
  /** The name of the boundary set fitted at start-up. */
  static final String DEFAULT_SET = "default";

  private static final java.util.regex.Pattern SET_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final java.util.concurrent.ConcurrentMap<String, RfmScorer> sets =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final io.github.crmkit.segmentation.rfm.SegmentMap segments = SegmentMaps.putler11();

  /** The Authorization header that creates boundary sets, or null when administration is off. */
  private final byte @org.jspecify.annotations.Nullable [] adminAuthorization;

  private final LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
  private final RecoveryPolicy policy;
  private final BusinessCalendar hours;

  /**
   * Fits RFM boundaries on a generated base of 50,000 customers and sets up the policies.
   *
   * @param adminToken the token that authorises creating boundary sets; empty disables it
   */
  public ScoringController(
      @org.springframework.beans.factory.annotation.Value("${crmkit.admin-token:}")
          String adminToken) {
    this.adminAuthorization =
        adminToken.isEmpty()
            ? null
            : ("Bearer " + adminToken).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Currency usd = Currency.getInstance("USD");
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(42).customers(50_000);
    RfmAggregation base = RfmAggregator.of(gen.end(), ZoneOffset.UTC, usd).aggregate(gen.columns());
    sets.put(DEFAULT_SET, RfmScorer.of(RfmBinning.quantiles(5).fit(base.columns()), segments));
    this.policy =
        RecoveryPolicy.builder("service-1")
            .respondWithin(
                Duration.ofHours(48),
                Duration.ofHours(24),
                Duration.ofHours(8),
                Duration.ofHours(4),
                Duration.ofHours(1))
            .compensation(
                compensation(FailureType.OUTCOME, 1, CompensationKind.CREDIT, 10, "5.00", "50.00"))
            .compensation(
                compensation(
                    FailureType.OUTCOME, 3, CompensationKind.REFUND, 50, "10.00", "200.00"))
            .compensation(compensation(FailureType.PROCESS, 1, CompensationKind.NONE, 0, "0", "0"))
            .doubleDeviationDays(30)
            .dishonestySeverityIncrease(2)
            .optionTier("gold")
            .build();
    this.hours =
        BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
  }

  /**
   * A customer's RFM values and, optionally, the boundary set to score against.
   *
   * @param customerId the customer
   * @param recencyDays days since the last purchase, not negative
   * @param frequency purchases, not negative
   * @param monetary spend, finite and not negative
   * @param boundaries the name of a boundary set, or null for {@value #DEFAULT_SET}
   */
  public record RfmRequest(
      String customerId,
      Integer recencyDays,
      Integer frequency,
      Double monetary,
      String boundaries) {}

  /**
   * Scores one customer.
   *
   * @param req the customer's values
   * @return the scores, segment and explanation
   */
  @PostMapping("/rfm/score")
  public Map<String, Object> score(@RequestBody RfmRequest req) {
    require(req.customerId() != null, "customerId is required");
    require(
        req.recencyDays() != null && req.frequency() != null && req.monetary() != null,
        "recencyDays, frequency and monetary are required");
    require(
        Double.isFinite(req.monetary()) && req.monetary() >= 0,
        "monetary must be finite and not negative, but was " + req.monetary());
    String set = req.boundaries() == null ? DEFAULT_SET : req.boundaries();
    RfmScorer scorer = sets.get(set);
    if (scorer == null) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Unknown boundary set",
          "no boundary set named '" + set + "'; known: " + new java.util.TreeSet<>(sets.keySet()));
    }
    RfmResult r =
        scorer.score(
            CustomerId.of(req.customerId()), req.recencyDays(), req.frequency(), req.monetary());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customerId", req.customerId());
    out.put("boundaries", set);
    out.put("r", r.r());
    out.put("f", r.f());
    out.put("m", r.m());
    out.put("segment", r.segment());
    out.put("explanation", r.explanation().toString());
    return out;
  }

  /**
   * Segments a posted batch of purchases: a CSV body ({@code Content-Type: text/csv}) with the
   * header {@code customer_id,timestamp,amount}, read by crmkit-io's strict CSV reader (a broken
   * line is a 422 problem naming its line and column), aggregated as of {@code asOf} (default: the
   * day after the last purchase) in {@code zone}, and scored with a named boundary set.
   *
   * @param body the CSV text, UTF-8
   * @param zone the zone of local dates and of days, default UTC
   * @param currency the currency of the amounts, default USD
   * @param asOf the day of the analysis, or null
   * @param boundaries the boundary set, default {@value #DEFAULT_SET}
   * @return the account of the rows and every customer's figures, scores and segment
   * @throws java.io.IOException never (the body is in memory)
   */
  @PostMapping(value = "/rfm/segment", consumes = "text/csv")
  public Map<String, Object> segment(
      @RequestBody byte[] body,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "UTC") String zone,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "USD") String currency,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String asOf,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = DEFAULT_SET)
          String boundaries)
      throws java.io.IOException {
    java.time.ZoneId z = java.time.ZoneId.of(zone);
    java.util.Currency cur;
    try {
      cur = java.util.Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code, but was " + currency, e);
    }
    RfmScorer scorer = sets.get(boundaries);
    if (scorer == null) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Unknown boundary set",
          "no boundary set named '"
              + boundaries
              + "'; known: "
              + new java.util.TreeSet<>(sets.keySet()));
    }
    io.github.crmkit.io.PurchaseRead read =
        io.github.crmkit.io.CsvPurchases.read(
            new java.io.ByteArrayInputStream(body),
            "request body",
            io.github.crmkit.io.CsvPurchases.Options.of(cur, z));
    io.github.crmkit.core.PurchaseColumns purchases = read.columns();
    require(purchases.size() > 0, "the body has no purchases to segment");
    java.time.LocalDate day;
    if (asOf != null) {
      day = java.time.LocalDate.parse(asOf);
    } else {
      long last = Long.MIN_VALUE;
      for (int i = 0; i < purchases.size(); i++) {
        last = Math.max(last, purchases.epochSecond(i));
      }
      day = java.time.LocalDate.ofInstant(Instant.ofEpochSecond(last), z).plusDays(1);
    }
    io.github.crmkit.segmentation.rfm.RfmAggregation agg =
        io.github.crmkit.segmentation.rfm.RfmAggregator.of(day.atStartOfDay(z).toInstant(), z, cur)
            .aggregate(purchases);
    io.github.crmkit.segmentation.rfm.RfmSegmentation seg = scorer.scoreAll(agg, 1);
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("received", read.received());
    rows.put("processed", read.processed());
    Map<String, Long> readRejections = new LinkedHashMap<>();
    read.rejections().forEach((reason, n) -> readRejections.put(reason.code(), n));
    rows.put("rejected", readRejections);
    Map<String, Long> aggregation = new java.util.TreeMap<>();
    for (io.github.crmkit.core.Rejection<?> r : agg.rejectedRecords()) {
      aggregation.merge(r.reason().code(), 1L, Long::sum);
    }
    rows.put("rejectedWhenAggregating", aggregation);
    List<Map<String, Object>> customers = new java.util.ArrayList<>();
    io.github.crmkit.segmentation.rfm.RfmColumns c = seg.columns();
    for (int i = 0; i < seg.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("customerId", c.customer(i).value());
      m.put("recencyDays", c.recencyDays(i));
      m.put("frequency", c.frequency(i));
      m.put("monetary", c.revenue(i).toBigDecimal());
      m.put("r", seg.cell(i).r());
      m.put("f", seg.cell(i).f());
      m.put("m", seg.cell(i).m());
      m.put("segment", seg.segment(i));
      customers.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("asOf", day.toString());
    out.put("boundaries", boundaries);
    out.put("rows", rows);
    out.put("customers", customers);
    return out;
  }

  /**
   * A named boundary set: the cuts between scores per dimension.
   *
   * @param name the set's name, 1 to 64 of A-Z, a-z, 0-9, '.', '_', '-'
   * @param recency the recency cuts
   * @param frequency the frequency cuts
   * @param monetary the monetary cuts
   */
  public record BoundariesRequest(
      String name, List<Double> recency, List<Double> frequency, List<Double> monetary) {}

  /**
   * Creates a named, immutable boundary set: an administrative call, authorised by the configured
   * token ({@code Authorization: Bearer TOKEN}). An existing set is never replaced (409).
   *
   * @param authorization the Authorization header
   * @param req the set
   * @return the set created
   */
  @PostMapping("/rfm/boundaries")
  public org.springframework.http.ResponseEntity<Map<String, Object>> boundaries(
      @org.springframework.web.bind.annotation.RequestHeader(
              value = "Authorization",
              required = false)
          String authorization,
      @RequestBody BoundariesRequest req) {
    byte[] expected = adminAuthorization;
    if (expected == null) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "Administration disabled",
          "creating boundary sets needs crmkit.admin-token (CRMKIT_ADMIN_TOKEN) to be set");
    }
    byte[] given =
        (authorization == null ? "" : authorization)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!java.security.MessageDigest.isEqual(given, expected)) {
      throw new ApiProblem(
          HttpStatus.UNAUTHORIZED, "Not authorised", "a valid administrative token is required");
    }
    require(
        req.name() != null && SET_NAME.matcher(req.name()).matches(),
        "name must be 1 to 64 of A-Z, a-z, 0-9, '.', '_', '-', but was " + req.name());
    require(
        req.recency() != null && req.frequency() != null && req.monetary() != null,
        "recency, frequency and monetary cuts are required");
    RfmBoundaries b =
        RfmBoundaries.of(
            Breakpoints.fixed(RfmDimension.RECENCY, cuts(req.recency())),
            Breakpoints.fixed(RfmDimension.FREQUENCY, cuts(req.frequency())),
            Breakpoints.fixed(RfmDimension.MONETARY, cuts(req.monetary())));
    RfmScorer created = RfmScorer.of(b, segments);
    if (sets.putIfAbsent(req.name(), created) != null) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "Boundary set exists",
          "a boundary set named '" + req.name() + "' exists and sets are immutable");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", req.name());
    out.put("boundaries", b.toString());
    return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED).body(out);
  }

  /** An incident narrative. */
  public record IncidentRequest(String id, String narrative, String channel, String outcome) {}

  /**
   * Codes an incident with the Bitner starter lexicon.
   *
   * @param req the incident
   * @return the code, confidence and matched terms
   */
  @PostMapping("/incidents/code")
  public Map<String, Object> code(@RequestBody IncidentRequest req) {
    require(req.id() != null && req.narrative() != null, "id and narrative are required");
    Incident inc =
        Incident.of(
            req.id(),
            req.narrative(),
            req.channel() == null ? Channel.WEB : Channel.fromCode(req.channel()),
            req.outcome() == null ? Outcome.DISSATISFACTORY : Outcome.fromCode(req.outcome()),
            Instant.EPOCH);
    CodingResult r = coder.code(inc);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.incidentId());
    out.put("code", r.code());
    out.put("confidence", r.confidence());
    out.put("matches", r.matches().stream().map(CodingResult.Match::term).toList());
    out.put("candidates", r.candidates());
    return out;
  }

  /** A failure and its customer. */
  public record RecoveryRequest(
      String category,
      Integer severity,
      String failureType,
      Boolean dishonesty,
      Boolean detectedByFirm,
      Integer daysSincePreviousFailure,
      String valueTier,
      String orderValue,
      String loyalty,
      String stone,
      String lifetimeValue,
      String occurredAt) {}

  /**
   * Decides a recovery plan and when the response is due on London business hours.
   *
   * @param req the failure and the customer
   * @return the plan with its due instant
   */
  @PostMapping("/recovery/plan")
  public Map<String, Object> plan(@RequestBody RecoveryRequest req) {
    require(
        req.category() != null
            && req.severity() != null
            && req.failureType() != null
            && req.orderValue() != null
            && req.occurredAt() != null,
        "category, severity, failureType, orderValue and occurredAt are required");
    FailureType type =
        switch (req.failureType()) {
          case "outcome" -> FailureType.OUTCOME;
          case "process" -> FailureType.PROCESS;
          default ->
              throw new IllegalArgumentException(
                  "failureType must be one of [outcome, process], but was '"
                      + req.failureType()
                      + "'");
        };
    Instant at;
    try {
      at = Instant.parse(req.occurredAt());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "occurredAt must be an ISO-8601 instant such as 2026-05-15T15:00:00Z, but was '"
              + req.occurredAt()
              + "'");
    }
    RecoveryPlan p =
        policy.decide(
            recoveryContext(req, type),
            CustomerContext.of(
                req.loyalty() == null ? null : LoyaltyQuadrant.fromCode(req.loyalty()),
                req.stone() == null ? null : StoneType.fromCode(req.stone()),
                req.lifetimeValue() == null ? null : Money.parse(req.lifetimeValue())));
    Instant due;
    try {
      due = hours.add(at, p.respondWithin());
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Out of range",
          "occurredAt " + at + " is outside the range the business calendar can count from");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("policyVersion", p.policyVersion());
    out.put("severity", p.severity());
    out.put("respondWithin", p.respondWithin().toString());
    out.put("due", due.toString());
    out.put("compensationKind", p.compensationKind().name().toLowerCase(Locale.ROOT));
    out.put("compensation", p.compensation().toString());
    out.put("escalate", p.escalate());
    out.put(
        "firedRules",
        p.firedRules().stream()
            .map(r -> Map.of("id", r.id(), "rule", r.rule(), "source", r.source()))
            .toList());
    return out;
  }

  /**
   * Tells whether the service is up.
   *
   * @return the status
   */
  /**
   * Replays one member's loyalty events under a programme: the body is {@code {"programme": {...},
   * "events": [{...}, ...], "asOf": "2026-03-01T00:00:00Z"}} (the JSON forms of {@code
   * ProgrammeJson} and {@code EventJson}; {@code asOf} defaults to the latest event's instant).
   *
   * @param body the request
   * @return the member's points, tier, next expiry, the events' accounting and rejections
   */
  @PostMapping("/rewards/replay")
  public Map<String, Object> rewards(@RequestBody com.fasterxml.jackson.databind.JsonNode body) {
    require(body.isObject(), "the body must be an object with programme and events");
    java.util.Iterator<String> names = body.fieldNames();
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
    io.github.crmkit.rewards.Programme programme =
        io.github.crmkit.rewards.ProgrammeJson.read(body.get("programme").toString());
    List<io.github.crmkit.rewards.LoyaltyEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < body.get("events").size(); i++) {
      try {
        events.add(io.github.crmkit.rewards.EventJson.read(body.get("events").get(i).toString()));
      } catch (io.github.crmkit.core.DefinitionFormatException e) {
        throw new IllegalArgumentException("events[" + i + "]: " + e.getMessage(), e);
      }
    }
    Instant asOf;
    if (body.has("asOf")) {
      require(body.get("asOf").isTextual(), "asOf must be an ISO 8601 instant");
      asOf = java.time.OffsetDateTime.parse(body.get("asOf").asText()).toInstant();
    } else {
      asOf =
          events.stream()
              .map(io.github.crmkit.rewards.LoyaltyEvent::at)
              .max(Instant::compareTo)
              .orElseThrow();
    }
    io.github.crmkit.rewards.Ledger l =
        io.github.crmkit.rewards.Ledger.replay(programme, events, asOf);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("member", l.member().value());
    out.put("asOf", l.asOf().toString());
    out.put("available", l.available());
    out.put("pending", l.pending());
    out.put("debt", l.debt());
    out.put("earned", l.earned());
    out.put("redeemed", l.redeemed());
    out.put("expired", l.expired());
    out.put("returned", l.returned());
    out.put("adjusted", l.adjusted());
    out.put("tier", l.tier().map(io.github.crmkit.rewards.Tier::name).orElse(null));
    out.put("qualifying", l.qualifying());
    out.put(
        "nextExpiry",
        l.nextExpiry()
            .map(n -> Map.<String, Object>of("points", n.points(), "at", n.at().toString()))
            .orElse(null));
    Map<String, Object> accounting = new LinkedHashMap<>();
    accounting.put("received", l.received());
    accounting.put("applied", l.appliedCount());
    accounting.put("duplicates", l.duplicates());
    accounting.put("rejected", l.rejected());
    out.put("events", accounting);
    List<Map<String, Object>> rejections = new java.util.ArrayList<>();
    for (io.github.crmkit.core.Rejection<io.github.crmkit.rewards.LoyaltyEvent> r :
        l.rejectedRecords()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", r.position());
      m.put("id", r.record().map(io.github.crmkit.rewards.LoyaltyEvent::id).orElse(null));
      m.put("reason", r.reason().code());
      m.put("detail", r.detail());
      rejections.add(m);
    }
    out.put("rejections", rejections);
    return out;
  }

  @GetMapping("/health")
  public Map<String, Object> health() {
    return Map.of("status", "UP", "boundarySets", new java.util.TreeSet<>(sets.keySet()));
  }

  private static double[] cuts(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      Double v = values.get(i);
      require(v != null, "cuts must be numbers");
      out[i] = v;
    }
    return out;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static RecoveryContext recoveryContext(RecoveryRequest req, FailureType type) {
    RecoveryContext.Builder b =
        RecoveryContext.builder()
            .category(req.category())
            .severity(req.severity())
            .failureType(type)
            .dishonesty(Boolean.TRUE.equals(req.dishonesty()))
            .detectedByFirm(Boolean.TRUE.equals(req.detectedByFirm()))
            .valueTier(req.valueTier() == null ? "" : req.valueTier())
            .orderValue(Money.parse(req.orderValue()));
    if (req.daysSincePreviousFailure() != null) {
      b.daysSincePreviousFailure(req.daysSincePreviousFailure());
    }
    return b.build();
  }

  private static CompensationRule compensation(
      FailureType type,
      int minSeverity,
      CompensationKind kind,
      double percent,
      String floor,
      String cap) {
    return CompensationRule.builder()
        .failureType(type)
        .minSeverity(minSeverity)
        .kind(kind)
        .percent(percent)
        .floor(Money.parse("USD " + floor))
        .cap(Money.parse("USD " + cap))
        .build();
  }
}
