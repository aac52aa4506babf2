package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.StoneType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A recovery policy as data: promised response times by severity, compensation rules by failure
 * type and severity, the double-deviation window, the severity increase for dishonesty, the
 * customer tiers offered a choice of remedy, and the rounding of compensation. {@link #decide}
 * turns a {@link RecoveryContext} into a {@link RecoveryPlan} listing every rule that fired and its
 * source. Immutable and thread-safe.
 *
 * @param version the policy's version, quoted in every plan
 * @param respondWithin promised response time for severities 1 to 5, five entries, not increasing
 * @param compensation the compensation rules; for a failure the rule of its type with the highest
 *     minimum severity not above the failure's severity applies
 * @param doubleDeviationDays a second failure within this many days escalates and adds 1 severity
 * @param dishonestySeverityIncrease severity points added when dishonesty was involved, 0 to 4
 * @param optionTiers value tiers offered a choice between refund and credit
 * @param rounding how compensation amounts are rounded to the currency's minor unit
 * @since 0.1
 */
public record RecoveryPolicy(
    String version,
    List<Duration> respondWithin,
    List<CompensationRule> compensation,
    int doubleDeviationDays,
    int dishonestySeverityIncrease,
    Set<String> optionTiers,
    RoundingMode rounding) {
  static final String SMITH = "Smith, Bolton & Wagner (1999)";
  static final String TAX = "Tax, Brown & Chandrashekaran (1998)";
  static final String HART = "Hart, Heskett & Sasser (1990)";
  static final String PRINCIPLES = "the five principles of service recovery";

  /**
   * Checks and copies the components.
   *
   * @param version not null
   * @param respondWithin five positive durations
   * @param compensation not null; copied
   * @param doubleDeviationDays 0 or more
   * @param dishonestySeverityIncrease 0 to 4
   * @param optionTiers not null; copied
   * @param rounding not null, not UNNECESSARY
   * @throws IllegalArgumentException if a value is out of range
   */
  public RecoveryPolicy {
    checkNotNull(version, "version must not be null");
    checkNotNull(respondWithin, "respondWithin must not be null");
    checkNotNull(rounding, "rounding must not be null");
    if (respondWithin.size() != 5) {
      throw new IllegalArgumentException(
          "respondWithin must hold 5 durations (severities 1 to 5), but held "
              + respondWithin.size());
    }
    for (Duration d : respondWithin) {
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("respondWithin must be positive, but held " + d);
      }
    }
    if (doubleDeviationDays < 0) {
      throw new IllegalArgumentException(
          "doubleDeviationDays must not be negative, but was " + doubleDeviationDays);
    }
    if (dishonestySeverityIncrease < 0 || dishonestySeverityIncrease > 4) {
      throw new IllegalArgumentException(
          "dishonestySeverityIncrease must be 0 to 4, but was " + dishonestySeverityIncrease);
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding must round, but was UNNECESSARY");
    }
    respondWithin = List.copyOf(respondWithin);
    compensation = List.copyOf(compensation);
    optionTiers = Set.copyOf(optionTiers);
  }

  /**
   * Returns a builder: the version and the five response times are required; no compensation rule,
   * no double-deviation window, no dishonesty increase, no tier offered a choice and half-up
   * rounding unless set.
   *
   * @param version the policy's version, quoted in every plan, not null
   * @return a new builder
   */
  public static Builder builder(String version) {
    return new Builder(checkNotNull(version, "version must not be null"));
  }

  /**
   * Returns a builder holding this policy's values, to derive a new version.
   *
   * @param version the new version, not null
   * @return a new builder
   */
  public Builder toBuilder(String version) {
    Builder b = builder(version);
    b.respondWithin = respondWithin;
    b.compensation.addAll(compensation);
    b.doubleDeviationDays = doubleDeviationDays;
    b.dishonestySeverityIncrease = dishonestySeverityIncrease;
    b.optionTiers.addAll(optionTiers);
    b.rounding = rounding;
    return b;
  }

  /**
   * Builds a {@link RecoveryPolicy}. Mutable, not thread-safe.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final String version;
    private @Nullable List<Duration> respondWithin;
    private final List<CompensationRule> compensation = new ArrayList<>();
    private int doubleDeviationDays;
    private int dishonestySeverityIncrease;
    private final Set<String> optionTiers = new LinkedHashSet<>();
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder(String version) {
      this.version = version;
    }

    /**
     * Sets the promised response times for severities 1 to 5.
     *
     * @param severity1 for severity 1, positive
     * @param severity2 for severity 2
     * @param severity3 for severity 3
     * @param severity4 for severity 4
     * @param severity5 for severity 5
     * @return this builder
     */
    public Builder respondWithin(
        Duration severity1,
        Duration severity2,
        Duration severity3,
        Duration severity4,
        Duration severity5) {
      this.respondWithin = List.of(severity1, severity2, severity3, severity4, severity5);
      return this;
    }

    /**
     * Adds a compensation rule.
     *
     * @param rule not null
     * @return this builder
     */
    public Builder compensation(CompensationRule rule) {
      compensation.add(checkNotNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Sets the double-deviation window: a second failure within this many days escalates.
     *
     * @param days 0 or more, checked by {@link #build()}
     * @return this builder
     */
    public Builder doubleDeviationDays(int days) {
      this.doubleDeviationDays = days;
      return this;
    }

    /**
     * Sets the severity points added when dishonesty was involved.
     *
     * @param increase 0 to 4, checked by {@link #build()}
     * @return this builder
     */
    public Builder dishonestySeverityIncrease(int increase) {
      this.dishonestySeverityIncrease = increase;
      return this;
    }

    /**
     * Adds a value tier offered a choice between refund and credit.
     *
     * @param tier not null
     * @return this builder
     */
    public Builder optionTier(String tier) {
      optionTiers.add(checkNotNull(tier, "tier must not be null"));
      return this;
    }

    /**
     * Sets how compensation amounts are rounded (default half up).
     *
     * @param rounding not null, not UNNECESSARY
     * @return this builder
     */
    public Builder rounding(RoundingMode rounding) {
      this.rounding = checkNotNull(rounding, "rounding must not be null");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalStateException if the response times were not set
     * @throws IllegalArgumentException if a value is out of range
     */
    public RecoveryPolicy build() {
      List<Duration> r = respondWithin;
      if (r == null) {
        throw new IllegalStateException(
            "a recovery policy needs respondWithin (five response times)");
      }
      return new RecoveryPolicy(
          version,
          r,
          compensation,
          doubleDeviationDays,
          dishonestySeverityIncrease,
          optionTiers,
          rounding);
    }
  }

  /**
   * Decides the plan for one failure.
   *
   * @param c the failure and customer, not null
   * @return the plan
   * @throws io.github.crmkit.core.CurrencyMismatchException if the order's currency differs from
   *     the applicable rule's
   */
  public RecoveryPlan decide(RecoveryContext c) {
    return decide(c, CustomerContext.unknown());
  }

  /**
   * Decides the plan for one failure of a customer the host knows more about: a Jones and Sasser
   * defector or terrorist is escalated (the unhappy customer who tells others), a loyalist or
   * apostle is thanked for their loyalty, the Stone type chooses the way of treating the customer,
   * and a customer whose lifetime value is at least ten times the order is offered the choice of
   * remedy. These customer rules are crmkit's defaults and say so in their sources.
   *
   * @param c the failure, not null
   * @param customer what is known about the customer, not null
   * @return the plan
   */
  public RecoveryPlan decide(RecoveryContext c, CustomerContext customer) {
    checkNotNull(c, "c must not be null");
    checkNotNull(customer, "customer must not be null");
    List<RecoveryPlan.FiredRule> fired = new ArrayList<>();
    int severity = c.severity();
    if (c.dishonesty() && dishonestySeverityIncrease > 0) {
      severity = Math.min(5, severity + dishonestySeverityIncrease);
      fired.add(
          new RecoveryPlan.FiredRule(
              "dishonesty",
              "dishonest mistakes are worse than honest ones; " + PRINCIPLES,
              dishonestySeverityIncrease,
              severity));
    }
    boolean secondFailure =
        c.previousFailure().isPresent() && c.previousFailure().getAsInt() <= doubleDeviationDays;
    if (secondFailure) {
      severity = Math.min(5, severity + 1);
      fired.add(
          new RecoveryPlan.FiredRule(
              "second-failure",
              "double deviation, Bitner, Booms & Tetreault (1990); " + HART,
              doubleDeviationDays,
              severity));
    }
    List<CustomerApproach> approach = new ArrayList<>();
    LoyaltyQuadrant loyalty = customer.loyalty().orElse(null);
    boolean spreader = loyalty == LoyaltyQuadrant.DEFECTOR || loyalty == LoyaltyQuadrant.TERRORIST;
    if (loyalty != null && spreader) {
      // Escalation adds one severity point, once, whichever reasons call for it.
      if (!secondFailure) {
        severity = Math.min(5, severity + 1);
      }
      fired.add(
          new RecoveryPlan.FiredRule(
              "escalate-spreader", "Jones & Sasser (1995); crmkit default", loyalty, severity));
      approach.add(CustomerApproach.SENIOR_STAFF_CONTACT);
    } else if (loyalty != null
        && (loyalty == LoyaltyQuadrant.LOYALIST || loyalty == LoyaltyQuadrant.APOSTLE)) {
      approach.add(CustomerApproach.THANK_FOR_LOYALTY);
      fired.add(
          new RecoveryPlan.FiredRule(
              "acknowledge-loyalty", "Jones & Sasser (1995); crmkit default", loyalty));
    }
    boolean escalate = secondFailure || spreader;
    StoneType stone = customer.stone().orElse(null);
    if (stone != null) {
      CustomerApproach how = CustomerApproach.forOrientation(stone);
      approach.add(how);
      fired.add(
          new RecoveryPlan.FiredRule(
              "customer-approach", "Stone (1954) orientations; crmkit default", stone, how));
    }
    boolean valuable =
        customer
            .lifetimeValue()
            .filter(v -> v.currency().equals(c.orderValue().currency()))
            .filter(v -> v.compareTo(c.orderValue().times(10)) >= 0)
            .isPresent();
    // From here on the escalated severity drives every choice: response time, explanation,
    // compensation and options.
    final int finalSeverity = severity;
    Duration respond = respondWithin.get(severity - 1);
    fired.add(new RecoveryPlan.FiredRule("respond", "respond fast; " + HART, respond));
    fired.add(new RecoveryPlan.FiredRule("apologise", "interactional justice, " + TAX));
    boolean explain = severity >= 2 || c.failureType() == FailureType.OUTCOME;
    if (explain) {
      fired.add(new RecoveryPlan.FiredRule("explain", "interactional justice, " + TAX));
    }
    CompensationRule rule =
        compensation.stream()
            .filter(r -> r.failureType() == c.failureType() && r.minSeverity() <= finalSeverity)
            .max(Comparator.comparingInt(CompensationRule::minSeverity))
            .orElse(null);
    CompensationKind kind = CompensationKind.NONE;
    Money amount = Money.zero(c.orderValue().currency());
    if (rule != null) {
      kind = rule.kind();
      if (kind == CompensationKind.REFUND || kind == CompensationKind.CREDIT) {
        Money pct =
            c.orderValue().multiply(BigDecimal.valueOf(rule.percent()).movePointLeft(2), rounding);
        amount = pct.compareTo(rule.floor()) < 0 ? rule.floor() : pct;
        amount = amount.compareTo(rule.cap()) > 0 ? rule.cap() : amount;
      }
      fired.add(
          new RecoveryPlan.FiredRule(
              "compensate",
              "match the remedy to the failure, distributive justice; " + SMITH,
              c.failureType(),
              finalSeverity,
              kind,
              amount));
    }
    boolean firmFirst = c.detectedByFirm();
    if (firmFirst) {
      fired.add(new RecoveryPlan.FiredRule("contact-first", "proactive recovery; " + SMITH));
    }
    List<String> options = new ArrayList<>();
    boolean offer =
        (optionTiers.contains(c.valueTier()) || valuable) && kind != CompensationKind.NONE;
    if (offer) {
      options.add("refund");
      options.add("credit");
      options.add("redo");
      fired.add(
          valuable
              ? new RecoveryPlan.FiredRule(
                  "offer-valuable",
                  "fix it as a partner with the customer, procedural justice; " + TAX)
              : new RecoveryPlan.FiredRule(
                  "offer-tier",
                  "fix it as a partner with the customer, procedural justice; " + TAX,
                  c.valueTier()));
    }
    fired.add(
        new RecoveryPlan.FiredRule("close-the-loop", "run recovery as a planned process; " + HART));
    return new RecoveryPlan(
        version, severity, respond, true, explain, kind, amount, firmFirst, escalate, options,
        offer, true, approach, fired);
  }
}
