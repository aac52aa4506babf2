package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PolicyValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A points plan in the style of Apache Unomi's scoring plans: every rule whose condition holds adds
 * its points, times the customer's multiplier attribute if any, times the decay factor by the age
 * of the evidence if any. The result lists the contributing rules. Validated when built. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class PointsPlan {
  private final String name;
  private final List<PointsRule> rules;
  private final Compiled[] compiled;
  private final @Nullable Attr[] multipliers;
  private final @Nullable Attr[] decays;

  private PointsPlan(String name, List<PointsRule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
    int n = rules.size();
    this.compiled = new Compiled[n];
    this.multipliers = new Attr[n];
    this.decays = new Attr[n];
    for (int i = 0; i < n; i++) {
      PointsRule r = rules.get(i);
      compiled[i] = Compiled.of(r.when());
      multipliers[i] = r.multiplier().map(Attr::parse).orElse(null);
      decays[i] = r.decay().map(d -> Attr.parse(d.attribute())).orElse(null);
    }
  }

  /**
   * Builds a plan after validating it.
   *
   * @param name the plan's name, not null
   * @param rules the rules, not null
   * @return the plan
   * @throws PolicyValidationException listing every error found
   */
  public static PointsPlan of(String name, List<PointsRule> rules) {
    ValidationReport r = validate(name, rules);
    if (!r.isValid()) {
      throw new PolicyValidationException(name, r.errors());
    }
    return new PointsPlan(name, rules);
  }

  /**
   * Validates a plan: attributes and their types, rule names. Points plans add up every matching
   * rule, so there are no reachability warnings.
   *
   * @param name the plan's name, not null
   * @param rules the rules, not null, no nulls
   * @return the report
   */
  public static ValidationReport validate(String name, List<PointsRule> rules) {
    checkNotNull(name, "name must not be null");
    checkNotNull(rules, "rules must not be null");
    List<String> errors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      PointsRule r = checkNotNull(rules.get(i), "rules must not hold null");
      String where = "rule " + i + " '" + r.name() + "'";
      names.add(r.name());
      Validator.checkAttributes(r.when(), where, errors);
      r.multiplier()
          .ifPresent(m -> Validator.expect(m, AttributeType.NUMBER, where + " multiplier", errors));
      r.decay()
          .ifPresent(
              d ->
                  Validator.expect(d.attribute(), AttributeType.INSTANT, where + " decay", errors));
    }
    Validator.checkNames(names, errors);
    return new ValidationReport(errors, List.of());
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
   * Returns the rules.
   *
   * @return an unmodifiable list
   */
  public List<PointsRule> rules() {
    return rules;
  }

  /**
   * Scores a customer.
   *
   * @param s the customer, not null
   * @return the points with the contributing rules
   */
  public PointsResult score(CustomerSnapshot s) {
    return score(s, Map.of());
  }

  /**
   * Scores a customer with host-supplied scores.
   *
   * @param s the customer, not null
   * @param scores scores read by {@code scores.NAME} attributes, not null
   * @return the points with the contributing rules
   */
  public PointsResult score(CustomerSnapshot s, Map<String, Double> scores) {
    checkNotNull(s, "s must not be null");
    checkNotNull(scores, "scores must not be null");
    List<PointsResult.Contribution> out = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < compiled.length; i++) {
      if (!compiled[i].test(s, scores)) {
        continue;
      }
      PointsRule r = rules.get(i);
      double m = 1;
      Attr ma = multipliers[i];
      if (ma != null) {
        double v = ma.number(s, scores);
        m = Double.isNaN(v) ? 1 : v;
      }
      double f = 1;
      Attr da = decays[i];
      String note = "";
      if (da != null && r.decay().isPresent()) {
        Instant t = da.instant(s);
        if (t == null) {
          f = 0;
          note = da.name + " missing: evidence cannot be dated";
        } else {
          Duration age = Duration.between(t, s.asOf());
          double ageRatio =
              age.isNegative()
                  ? 0
                  : (double) age.toSeconds() / r.decay().orElseThrow().halfLife().toSeconds();
          f = Math.pow(0.5, ageRatio);
          note = "age " + age + ", half-life " + r.decay().orElseThrow().halfLife();
        }
      }
      double p = r.points() * m * f;
      total += p;
      out.add(new PointsResult.Contribution(r.name(), r.points(), m, f, p, note));
    }
    return new PointsResult(name, s.customerId(), total, out);
  }

  @Override
  public String toString() {
    return "PointsPlan{" + name + ", " + rules.size() + " rules}";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PointsPlan p && name.equals(p.name) && rules.equals(p.rules);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rules.hashCode();
  }
}
