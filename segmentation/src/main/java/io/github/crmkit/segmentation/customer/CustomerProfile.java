package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.LoyaltyRung;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@link CustomerProfiler} says about one customer: Stone type, lifecycle status, ladder
 * rung and, when the profiler has a rule set, its segment. Immutable.
 *
 * @param customerId the customer
 * @param stone the Stone classification
 * @param lifecycle the lifecycle assessment
 * @param rung the loyalty-ladder rung
 * @param segment the rule-set segment, or null without a rule set
 * @since 0.1
 */
public record CustomerProfile(
    CustomerId customerId,
    StoneClassification stone,
    LifecycleAssessment lifecycle,
    LoyaltyRung rung,
    @Nullable String segment) {
  /**
   * Checks the components.
   *
   * @param customerId not null
   * @param stone not null
   * @param lifecycle not null
   * @param rung not null
   * @param segment may be null
   */
  public CustomerProfile {
    checkNotNull(customerId, "customerId must not be null");
    checkNotNull(stone, "stone must not be null");
    checkNotNull(lifecycle, "lifecycle must not be null");
    checkNotNull(rung, "rung must not be null");
  }

  /**
   * Returns the rule-set segment.
   *
   * @return the segment, or empty without a rule set
   */
  public Optional<String> ruleSegment() {
    return Optional.ofNullable(segment);
  }
}
