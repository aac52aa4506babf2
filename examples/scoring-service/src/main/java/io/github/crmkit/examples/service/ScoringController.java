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
import java.math.RoundingMode;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints: RFM scoring against boundaries fitted at start-up (on a testkit base) or posted,
 * incident coding, recovery plans with SLA due times, and health. All state is immutable crmkit
 * objects; the boundaries can be replaced atomically.
 */
@RestController
public class ScoringController {
  private final AtomicReference<RfmScorer> scorer;
  private final LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
  private final RecoveryPolicy policy;
  private final BusinessCalendar hours;

  /** Fits RFM boundaries on a generated base of 50,000 customers and sets up the policies. */
  public ScoringController() {
    Currency usd = Currency.getInstance("USD");
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(42).customers(50_000);
    RfmAggregation base = RfmAggregator.of(gen.end(), ZoneOffset.UTC, usd).aggregate(gen.columns());
    this.scorer =
        new AtomicReference<>(
            RfmScorer.of(RfmBinning.quantiles(5).fit(base.columns()), SegmentMaps.putler11()));
    this.policy =
        new RecoveryPolicy(
            "service-1",
            List.of(
                Duration.ofHours(48),
                Duration.ofHours(24),
                Duration.ofHours(8),
                Duration.ofHours(4),
                Duration.ofHours(1)),
            List.of(
                new CompensationRule(
                    FailureType.OUTCOME,
                    1,
                    CompensationKind.CREDIT,
                    10,
                    Money.parse("USD 5.00"),
                    Money.parse("USD 50.00")),
                new CompensationRule(
                    FailureType.OUTCOME,
                    3,
                    CompensationKind.REFUND,
                    50,
                    Money.parse("USD 10.00"),
                    Money.parse("USD 200.00")),
                new CompensationRule(
                    FailureType.PROCESS,
                    1,
                    CompensationKind.NONE,
                    0,
                    Money.parse("USD 0"),
                    Money.parse("USD 0"))),
            30,
            2,
            Set.of("gold"),
            RoundingMode.HALF_UP);
    this.hours =
        BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
  }

  /** A customer's RFM values. */
  public record RfmRequest(
      String customerId, Integer recencyDays, Integer frequency, Double monetary) {}

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
    RfmResult r =
        scorer
            .get()
            .score(
                CustomerId.of(req.customerId()),
                req.recencyDays(),
                req.frequency(),
                req.monetary());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customerId", req.customerId());
    out.put("r", r.r());
    out.put("f", r.f());
    out.put("m", r.m());
    out.put("segment", r.segment());
    out.put("explanation", r.explanation().toString());
    return out;
  }

  /** Breakpoints to score against: the cuts between scores per dimension. */
  public record BoundariesRequest(
      List<Double> recency, List<Double> frequency, List<Double> monetary) {}

  /**
   * Replaces the RFM boundaries.
   *
   * @param req the cuts
   * @return the boundaries now in use
   */
  @PostMapping("/rfm/boundaries")
  public Map<String, Object> boundaries(@RequestBody BoundariesRequest req) {
    require(
        req.recency() != null && req.frequency() != null && req.monetary() != null,
        "recency, frequency and monetary cuts are required");
    RfmBoundaries b =
        RfmBoundaries.of(
            Breakpoints.fixed(RfmDimension.RECENCY, cuts(req.recency())),
            Breakpoints.fixed(RfmDimension.FREQUENCY, cuts(req.frequency())),
            Breakpoints.fixed(RfmDimension.MONETARY, cuts(req.monetary())));
    scorer.set(RfmScorer.of(b, scorer.get().segmentMap()));
    return Map.of("boundaries", b.toString());
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
    return out;
  }

  /** A failure and its customer. */
  public record RecoveryRequest(
      String category,
      Integer severity,
      String failureType,
      boolean dishonesty,
      boolean detectedByFirm,
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
            && req.orderValue() != null,
        "category, severity, failureType and orderValue are required");
    RecoveryPlan p =
        policy.decide(
            new RecoveryContext(
                req.category(),
                req.severity(),
                FailureType.valueOf(req.failureType().toUpperCase(Locale.ROOT)),
                req.dishonesty(),
                req.detectedByFirm(),
                req.daysSincePreviousFailure(),
                req.valueTier() == null ? "" : req.valueTier(),
                Money.parse(req.orderValue())),
            new CustomerContext(
                req.loyalty() == null ? null : LoyaltyQuadrant.fromCode(req.loyalty()),
                req.stone() == null ? null : StoneType.fromCode(req.stone()),
                req.lifetimeValue() == null ? null : Money.parse(req.lifetimeValue())));
    Instant at = req.occurredAt() == null ? Instant.EPOCH : Instant.parse(req.occurredAt());
    Instant due = hours.add(at, p.respondWithin());
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
        p.firedRules().stream().map(r -> Map.of("rule", r.rule(), "source", r.source())).toList());
    return out;
  }

  /**
   * Tells whether the service is up.
   *
   * @return the status
   */
  @GetMapping("/health")
  public Map<String, Object> health() {
    return Map.of("status", "UP", "rfmBoundaries", scorer.get().boundaries().toString());
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
}
