package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.PolicyValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of segment definitions with a fallback: a customer belongs to the first segment
 * whose condition holds, or to the fallback when none does. It generalises the RFM segment map to
 * any snapshot attribute and host-supplied score.
 *
 * <p>{@link #of} validates before use and refuses a definition with errors ({@link
 * PolicyValidationException} listing all of them); {@link #validate} reports errors and warnings
 * (unreachable, contradictory or overlapping rules, where decidable) without throwing. {@link
 * #segmentOf} allocates nothing; {@link #assign} and {@link #explainMembership} explain rule by
 * rule why a customer is or is not in a segment. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleSet {
  private final String name;
  private final List<Segment> segments;
  private final String fallback;
  private final Compiled[] compiled;
  private final String[] names;

  private RuleSet(String name, List<Segment> segments, String fallback) {
    this.name = name;
    this.segments = List.copyOf(segments);
    this.fallback = fallback;
    this.compiled = new Compiled[segments.size()];
    this.names = new String[segments.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = Compiled.of(segments.get(i).when());
      names[i] = segments.get(i).name();
    }
  }

  /**
   * Builds a rule set after validating it.
   *
   * @param name the rule set's name, not null
   * @param segments the segments in precedence order, not null
   * @param fallback the segment of customers no rule matches, not blank and not a segment's name
   * @return the rule set
   * @throws PolicyValidationException listing every error found
   */
  public static RuleSet of(String name, List<Segment> segments, String fallback) {
    ValidationReport r = validate(name, segments, fallback);
    if (!r.isValid()) {
      throw new PolicyValidationException(name, r.errors());
    }
    return new RuleSet(name, segments, fallback);
  }

  /**
   * Validates a definition without building it.
   *
   * @param name the rule set's name, not null
   * @param segments the segments in precedence order, not null, no nulls
   * @param fallback the fallback segment, not null
   * @return the errors and warnings
   */
  public static ValidationReport validate(String name, List<Segment> segments, String fallback) {
    checkNotNull(name, "name must not be null");
    checkNotNull(segments, "segments must not be null");
    checkNotNull(fallback, "fallback must not be null");
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = checkNotNull(segments.get(i), "segments must not hold null");
      names.add(s.name());
      conditions.add(s.when());
      Validator.checkAttributes(s.when(), "segment " + i + " '" + s.name() + "'", errors);
    }
    if (fallback.isBlank()) {
      errors.add("the fallback segment has a blank name");
    } else if (names.contains(fallback)) {
      errors.add("the fallback '" + fallback + "' is also the name of a segment");
    }
    Validator.checkOrder(names, conditions, errors, warnings);
    return new ValidationReport(errors, warnings);
  }

  /**
   * Returns the validation report of this rule set: no errors, maybe warnings.
   *
   * @return the report
   */
  public ValidationReport validation() {
    return validate(name, segments, fallback);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the segments in precedence order.
   *
   * @return an unmodifiable list
   */
  public List<Segment> segments() {
    return segments;
  }

  /**
   * Returns the fallback segment.
   *
   * @return the fallback's name
   */
  public String fallback() {
    return fallback;
  }

  /**
   * Returns the segment of a customer, allocating nothing.
   *
   * @param s the customer, not null
   * @return the first matching segment's name, or the fallback
   */
  public String segmentOf(CustomerSnapshot s) {
    return segmentOf(s, Map.of());
  }

  /**
   * Returns the segment of a customer with host-supplied scores, allocating nothing.
   *
   * @param s the customer, not null
   * @param scores scores read by {@code scores.NAME} attributes, not null
   * @return the first matching segment's name, or the fallback
   */
  public String segmentOf(CustomerSnapshot s, Map<String, Double> scores) {
    int i = indexOf(s, scores);
    return i < 0 ? fallback : names[i];
  }

  private int indexOf(CustomerSnapshot s, Map<String, Double> scores) {
    checkNotNull(s, "s must not be null");
    checkNotNull(scores, "scores must not be null");
    for (int i = 0; i < compiled.length; i++) {
      if (compiled[i].test(s, scores)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Assigns a customer and explains it: every rule considered, in order, with its evaluation.
   *
   * @param s the customer, not null
   * @param scores scores read by {@code scores.NAME} attributes, not null
   * @return the explanation, whose outcome is {@code "segment NAME"}
   */
  public Explanation assign(CustomerSnapshot s, Map<String, Double> scores) {
    int hit = indexOf(s, scores);
    Explanation.Builder b =
        Explanation.builder(RuleSet.class, "ruleSet.subject", name, s.customerId());
    for (int i = 0; i < compiled.length; i++) {
      if (hit >= 0 && i > hit) {
        b.checkTemplate(names[i], false, "ruleSet.notConsidered");
        continue;
      }
      StringBuilder why = new StringBuilder();
      compiled[i].explain(s, scores, why);
      b.check(names[i], i == hit, why.toString());
    }
    if (hit >= 0) {
      b.matched(names[hit]);
    } else {
      b.checkTemplate(fallback, true, "ruleSet.fallback");
      b.matched(fallback);
    }
    return b.buildTemplate("ruleSet.outcome", hit < 0 ? fallback : names[hit]);
  }

  /**
   * Explains whether a customer is in one segment, rule by rule: for a member, the rules before it
   * that did not match and its own that did; for a non-member, why its rule failed or which earlier
   * rule took the customer.
   *
   * @param s the customer, not null
   * @param scores scores read by {@code scores.NAME} attributes, not null
   * @param segment the segment's name, a segment or the fallback
   * @return the explanation, whose outcome starts with {@code "member of"} or {@code "not a member
   *     of"}
   * @throws IllegalArgumentException if the segment is unknown
   */
  public Explanation explainMembership(
      CustomerSnapshot s, Map<String, Double> scores, String segment) {
    checkNotNull(s, "s must not be null");
    checkNotNull(scores, "scores must not be null");
    checkNotNull(segment, "segment must not be null");
    int target = -1;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(segment)) {
        target = i;
      }
    }
    if (target < 0 && !segment.equals(fallback)) {
      throw new IllegalArgumentException(
          "segment must be one of "
              + List.of(names)
              + " or '"
              + fallback
              + "', but was '"
              + segment
              + "'");
    }
    int hit = indexOf(s, scores);
    boolean member = target < 0 ? hit < 0 : hit == target;
    Explanation.Builder b =
        Explanation.builder(RuleSet.class, "membership.subject", s.customerId(), segment);
    int upTo = target < 0 ? compiled.length - 1 : target;
    for (int i = 0; i <= upTo; i++) {
      StringBuilder why = new StringBuilder();
      compiled[i].explain(s, scores, why);
      boolean matched = compiled[i].test(s, scores);
      if (i == target) {
        b.checkTemplate(names[i], matched, "membership.segmentRule", why.toString());
      } else if (matched) {
        b.checkTemplate(names[i], matched, "membership.tookCustomer", why.toString());
      } else {
        b.check(names[i], false, why.toString());
      }
    }
    if (member) {
      return b.buildTemplate("membership.member", segment);
    } else if (hit >= 0 && (target < 0 || hit < target)) {
      return b.buildTemplate("membership.earlier", segment, names[hit]);
    }
    return b.buildTemplate("membership.notMatched", segment);
  }

  @Override
  public String toString() {
    return "RuleSet{" + name + ": " + List.of(names) + " else " + fallback + "}";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RuleSet r
        && name.equals(r.name)
        && segments.equals(r.segments)
        && fallback.equals(r.fallback);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + segments.hashCode()) * 31 + fallback.hashCode();
  }

  /**
   * One segment definition.
   *
   * @param name the segment's name
   * @param when the condition for membership
   * @since 0.1
   */
  public record Segment(String name, Condition when) {
    /**
     * Checks the components.
     *
     * @param name not null
     * @param when not null
     */
    public Segment {
      checkNotNull(name, "name must not be null");
      checkNotNull(when, "when must not be null");
    }
  }
}
