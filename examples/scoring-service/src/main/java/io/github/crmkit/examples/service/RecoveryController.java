package io.github.crmkit.examples.service;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.recovery.incident.CodingResult;
import io.github.crmkit.recovery.incident.Incident;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.incident.Outcome;
import io.github.crmkit.recovery.policy.CustomerContext;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPlan;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** When service fails: the incident's code, and the recovery plan with its due time. */
@RestController
public class RecoveryController {
  /** Money as crmkit prints and parses it ({@code Money.parse}): a currency code and an amount. */
  static final String MONEY = "[A-Z]{3} -?[0-9]+(\\.[0-9]+)?";

  private final LexiconCoder coder;
  private final RecoveryPolicy policy;
  private final BusinessCalendar hours;

  RecoveryController(LexiconCoder coder, RecoveryPolicy policy, BusinessCalendar hours) {
    this.coder = coder;
    this.policy = policy;
    this.hours = hours;
  }

  /**
   * An incident narrative.
   *
   * @param id the incident's id
   * @param narrative what the customer told
   * @param channel the channel's code, default {@code web}
   * @param outcome the outcome's code, default {@code dissatisfactory}
   */
  public record IncidentRequest(
      @NotBlank @Size(max = 128) String id,
      @NotBlank @Size(max = 20_000) String narrative,
      String channel,
      String outcome) {}

  /**
   * An incident's code.
   *
   * @param id the incident's id
   * @param code the code, or null when no term matched or codes tied
   * @param confidence the share of the evidence behind the code
   * @param matches the terms that matched
   * @param candidates the codes considered
   */
  public record IncidentResponse(
      String id, String code, double confidence, List<String> matches, List<String> candidates) {}

  /**
   * Codes an incident with the Bitner starter lexicon.
   *
   * @param req the incident
   * @return the code, confidence and matched terms
   */
  @PostMapping("/incidents/code")
  public IncidentResponse code(@Valid @RequestBody IncidentRequest req) {
    Incident inc =
        Incident.of(
            req.id(),
            req.narrative(),
            req.channel() == null ? Channel.WEB : Channel.fromCode(req.channel()),
            req.outcome() == null ? Outcome.DISSATISFACTORY : Outcome.fromCode(req.outcome()),
            Instant.EPOCH);
    CodingResult r = coder.code(inc);
    return new IncidentResponse(
        r.incidentId(),
        r.code().orElse(null),
        r.confidence(),
        r.matches().stream().map(CodingResult.Match::term).toList(),
        List.copyOf(r.candidates()));
  }

  /**
   * A failure and its customer.
   *
   * @param category the incident code of the failure
   * @param severity 1 (minor) to 5 (severe)
   * @param failureType {@code outcome} or {@code process}
   * @param dishonesty whether the customer was misled
   * @param detectedByFirm whether the firm found the failure first
   * @param daysSincePreviousFailure days since this customer's previous failure, or null
   * @param valueTier the customer's value tier, or null
   * @param orderValue the order's value, such as {@code "USD 80.00"}
   * @param loyalty the customer's loyalty quadrant code, or null
   * @param stone the customer's Stone type code, or null
   * @param lifetimeValue the customer's lifetime value, or null
   * @param occurredAt when the failure happened
   */
  public record RecoveryRequest(
      @NotBlank @Size(max = 64) String category,
      @NotNull @Min(1) @Max(5) Integer severity,
      @NotNull @Pattern(regexp = "outcome|process") String failureType,
      Boolean dishonesty,
      Boolean detectedByFirm,
      @PositiveOrZero Integer daysSincePreviousFailure,
      @Size(max = 64) String valueTier,
      @NotNull @Pattern(regexp = MONEY) String orderValue,
      String loyalty,
      String stone,
      @Pattern(regexp = MONEY) String lifetimeValue,
      @NotNull Instant occurredAt) {}

  /**
   * A rule that fired, with its source.
   *
   * @param id the rule's stable id
   * @param rule what it says, in English
   * @param source where it comes from
   */
  public record FiredRule(String id, String rule, String source) {}

  /**
   * A recovery plan.
   *
   * @param policyVersion the policy's version
   * @param severity the severity after adjustments
   * @param respondWithin the promised response time, ISO 8601
   * @param due when the response is due, on business hours
   * @param compensationKind the form of compensation
   * @param compensation the amount
   * @param escalate whether a supervisor takes the case
   * @param firedRules the rules that fired, in order
   */
  public record RecoveryResponse(
      String policyVersion,
      int severity,
      String respondWithin,
      Instant due,
      String compensationKind,
      String compensation,
      boolean escalate,
      List<FiredRule> firedRules) {}

  /**
   * Decides a recovery plan and when the response is due on business hours.
   *
   * @param req the failure and the customer
   * @return the plan with its due instant
   */
  @PostMapping("/recovery/plan")
  public RecoveryResponse plan(@Valid @RequestBody RecoveryRequest req) {
    RecoveryContext.Builder b =
        RecoveryContext.builder()
            .category(req.category())
            .severity(req.severity())
            .failureType(
                req.failureType().equals("outcome") ? FailureType.OUTCOME : FailureType.PROCESS)
            .dishonesty(Boolean.TRUE.equals(req.dishonesty()))
            .detectedByFirm(Boolean.TRUE.equals(req.detectedByFirm()))
            .valueTier(req.valueTier() == null ? "" : req.valueTier())
            .orderValue(Money.parse(req.orderValue()));
    if (req.daysSincePreviousFailure() != null) {
      b.daysSincePreviousFailure(req.daysSincePreviousFailure());
    }
    RecoveryPlan p =
        policy.decide(
            b.build(),
            CustomerContext.of(
                req.loyalty() == null ? null : LoyaltyQuadrant.fromCode(req.loyalty()),
                req.stone() == null ? null : StoneType.fromCode(req.stone()),
                req.lifetimeValue() == null ? null : Money.parse(req.lifetimeValue())));
    Instant due;
    try {
      due = hours.add(req.occurredAt(), p.respondWithin());
    } catch (DateTimeException | ArithmeticException e) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Out of range",
          "occurredAt "
              + req.occurredAt()
              + " is outside the range the business calendar can count from");
    }
    return new RecoveryResponse(
        p.policyVersion(),
        p.severity(),
        p.respondWithin().toString(),
        due,
        p.compensationKind().code(),
        p.compensation().toString(),
        p.escalate(),
        p.firedRules().stream()
            .map(r -> new FiredRule(r.id(), r.rule(Locale.ENGLISH), r.source()))
            .toList());
  }
}
