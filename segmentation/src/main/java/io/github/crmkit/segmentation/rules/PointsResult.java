package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.List;
import java.util.Locale;

/**
 * A customer's points under a {@link PointsPlan}, with the contributing rules. Immutable.
 *
 * @param plan the plan's name
 * @param customerId the customer
 * @param total the sum of the contributions
 * @param contributions the rules whose conditions held, in plan order
 * @since 0.1
 */
public record PointsResult(
    String plan, CustomerId customerId, double total, List<Contribution> contributions)
    implements Explained {
  /**
   * Checks and copies the components.
   *
   * @param plan not null
   * @param customerId not null
   * @param total the total
   * @param contributions not null; copied
   */
  public PointsResult {
    checkNotNull(plan, "plan must not be null");
    checkNotNull(customerId, "customerId must not be null");
    contributions = List.copyOf(contributions);
  }

  /**
   * Explains the points.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(PointsResult.class, "points.subject", plan, customerId);
    for (Contribution c : contributions) {
      b.checkTemplate(
          c.rule(),
          true,
          c.note().isEmpty() ? "points.contribution" : "points.contributionNote",
          Attr.fmt(c.basePoints()),
          Attr.fmt(c.multiplier()),
          String.format(Locale.ROOT, "%.4f", c.decay()),
          String.format(Locale.ROOT, "%.4f", c.points()),
          c.note());
    }
    return b.buildTemplate("points.outcome", String.format(Locale.ROOT, "%.4f", total));
  }

  /**
   * One rule's contribution.
   *
   * @param rule the rule's name
   * @param basePoints the rule's points
   * @param multiplier the customer's multiplier, 1 when none
   * @param decay the decay factor, 0 to 1, 1 when none
   * @param points base points times multiplier times decay
   * @param note how the decay was found, empty when none
   * @since 0.1
   */
  public record Contribution(
      String rule, double basePoints, double multiplier, double decay, double points, String note) {
    /**
     * Checks the components.
     *
     * @param rule not null
     * @param basePoints the base points
     * @param multiplier the multiplier
     * @param decay the decay factor
     * @param points the points
     * @param note not null
     */
    public Contribution {
      checkNotNull(rule, "rule must not be null");
      checkNotNull(note, "note must not be null");
    }
  }
}
