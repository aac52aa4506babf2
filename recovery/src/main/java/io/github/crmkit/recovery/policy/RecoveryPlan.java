package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.internal.Names;
import io.github.crmkit.core.internal.Wording;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What to do about one failure, decided by a {@link RecoveryPolicy}. Immutable.
 *
 * @param policyVersion the version of the policy that decided
 * @param severity the severity after adjustments (dishonesty, double deviation)
 * @param respondWithin the response time promised in the acknowledgement
 * @param apology always true: every plan apologises
 * @param explainFailure whether to explain to the customer what went wrong and why
 * @param compensationKind the form of compensation
 * @param compensation the amount, zero for none or a redo
 * @param firmInitiatedContact whether the firm contacts the customer first (it found the failure)
 * @param escalate whether the case goes to a supervisor (a second failure within the window)
 * @param options the choices offered to the customer
 * @param acceptanceRequired whether the customer must accept before the case closes
 * @param closeTheLoop whether to tell the customer once the root cause is fixed
 * @param customerApproach how to treat this customer during the recovery (by loyalty and Stone
 *     type), empty when nothing is known about them
 * @param firedRules the rules that fired, each with its source, in order
 * @since 0.1
 */
public record RecoveryPlan(
    String policyVersion,
    int severity,
    Duration respondWithin,
    boolean apology,
    boolean explainFailure,
    CompensationKind compensationKind,
    Money compensation,
    boolean firmInitiatedContact,
    boolean escalate,
    List<String> options,
    boolean acceptanceRequired,
    boolean closeTheLoop,
    List<CustomerApproach> customerApproach,
    List<FiredRule> firedRules)
    implements Explained {
  /**
   * Checks and copies the components.
   *
   * @param policyVersion not null
   * @param severity the severity
   * @param respondWithin not null
   * @param apology the flag
   * @param explainFailure the flag
   * @param compensationKind not null
   * @param compensation not null
   * @param firmInitiatedContact the flag
   * @param escalate the flag
   * @param options not null; copied
   * @param acceptanceRequired the flag
   * @param closeTheLoop the flag
   * @param customerApproach not null; copied
   * @param firedRules not null; copied
   */
  public RecoveryPlan {
    checkNotNull(policyVersion, "policyVersion must not be null");
    checkNotNull(respondWithin, "respondWithin must not be null");
    checkNotNull(compensationKind, "compensationKind must not be null");
    checkNotNull(compensation, "compensation must not be null");
    options = List.copyOf(options);
    customerApproach = List.copyOf(customerApproach);
    firedRules = List.copyOf(firedRules);
  }

  /**
   * Explains the plan: the rules that fired, each with its source, and what the plan asks of the
   * staff, in the order they act on it.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(RecoveryPlan.class, "plan.subject", policyVersion)
            .input("severity", severity)
            .input("respond within", Wording.duration(respondWithin));
    for (FiredRule r : firedRules) {
      Function<Locale, String> rule = r::rule;
      b.checkTemplate(r.id(), true, "plan.fired", rule, r.source());
    }
    List<Object[]> acts = new ArrayList<>();
    acts.add(new Object[] {"act.apologise"});
    if (explainFailure) {
      acts.add(new Object[] {"act.explain"});
    }
    if (firmInitiatedContact) {
      acts.add(new Object[] {"act.contactFirst"});
    }
    if (compensationKind != CompensationKind.NONE) {
      // A named type: worded by its display name in the locale asked for.
      acts.add(
          compensation.isZero()
              ? new Object[] {"act.compensate", compensationKind}
              : new Object[] {"act.compensateAmount", compensationKind, compensation});
    }
    if (!options.isEmpty()) {
      acts.add(new Object[] {"act.offer", String.join(" / ", options)});
    }
    if (escalate) {
      acts.add(new Object[] {"act.escalate"});
    }
    if (acceptanceRequired) {
      acts.add(new Object[] {"act.acceptance"});
    }
    if (closeTheLoop) {
      acts.add(new Object[] {"act.closeTheLoop"});
    }
    if (!customerApproach.isEmpty()) {
      Function<Locale, String> approach =
          locale ->
              customerApproach.stream()
                  .map(a -> a.displayName(locale))
                  .collect(java.util.stream.Collectors.joining(", "));
      acts.add(new Object[] {"act.approach", approach});
    }
    Function<Locale, String> worded =
        locale -> {
          List<String> words = new ArrayList<>();
          for (Object[] act : acts) {
            words.add(
                Names.format(
                    RecoveryPlan.class,
                    (String) act[0],
                    locale,
                    Arrays.copyOfRange(act, 1, act.length)));
          }
          return String.join("; ", words);
        };
    return b.buildTemplate("plan.outcome", respondWithin, worded);
  }

  /**
   * One rule that fired: what it did, in any language, and where it comes from. Immutable.
   *
   * @since 0.1
   */
  public static final class FiredRule {
    private final String id;
    private final Object[] args;
    private final String source;

    FiredRule(String id, String source, Object... args) {
      this.id = checkNotNull(id, "id must not be null");
      this.source = checkNotNull(source, "source must not be null");
      // No bundle lookup here: a plan is made on every decision, its words only when asked for.
      this.args = args.clone();
    }

    /**
     * Returns the rule's stable identifier, for example {@code "second-failure"} or {@code
     * "compensate"}.
     *
     * @return the identifier
     */
    public String id() {
      return id;
    }

    /**
     * Returns what the rule did, in English, for example {@code "second failure within 30 days:
     * escalate, severity 4"}.
     *
     * @return the description
     */
    public String rule() {
      return rule(Locale.ROOT);
    }

    /**
     * Returns what the rule did in a locale's language (English when it has no bundle; the default
     * locale is never consulted).
     *
     * @param locale the locale, not null
     * @return the description
     */
    public String rule(Locale locale) {
      checkNotNull(locale, "locale must not be null");
      return Names.format(RecoveryPlan.class, "fired." + id, locale, args);
    }

    /**
     * Returns where the rule comes from: the citation (as published, not translated).
     *
     * @return the source
     */
    public String source() {
      return source;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof FiredRule f
          && id.equals(f.id)
          && Arrays.equals(args, f.args)
          && source.equals(f.source);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(id, Arrays.hashCode(args), source);
    }

    @Override
    public String toString() {
      return "FiredRule[" + id + ": " + rule() + " (" + source + ")]";
    }
  }
}
