package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.LoyaltyRung;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@link CustomerProfiler} says about one customer: Stone type, lifecycle status, ladder
 * rung and, when the profiler has a rule set, its segment. Immutable.
 *
 * @since 0.1
 */
public final class CustomerProfile {
  private final CustomerId customerId;
  private final StoneClassification stone;
  private final LifecycleAssessment lifecycle;
  private final LoyaltyRung rung;
  private final @Nullable String segment;

  /**
   * Checks the components.
   *
   * @param customerId not null
   * @param stone not null
   * @param lifecycle not null
   * @param rung not null
   * @param segment may be null
   */
  CustomerProfile(
      CustomerId customerId,
      StoneClassification stone,
      LifecycleAssessment lifecycle,
      LoyaltyRung rung,
      @Nullable String segment) {
    checkNotNull(customerId, "customerId must not be null");
    checkNotNull(stone, "stone must not be null");
    checkNotNull(lifecycle, "lifecycle must not be null");
    checkNotNull(rung, "rung must not be null");
    this.customerId = customerId;
    this.stone = stone;
    this.lifecycle = lifecycle;
    this.rung = rung;
    this.segment = segment;
  }

  /**
   * Returns the customer.
   *
   * @return the customer
   */
  public CustomerId customerId() {
    return customerId;
  }

  /**
   * Returns the Stone classification.
   *
   * @return the Stone classification
   */
  public StoneClassification stone() {
    return stone;
  }

  /**
   * Returns the lifecycle assessment.
   *
   * @return the lifecycle assessment
   */
  public LifecycleAssessment lifecycle() {
    return lifecycle;
  }

  /**
   * Returns the loyalty-ladder rung.
   *
   * @return the loyalty-ladder rung
   */
  public LoyaltyRung rung() {
    return rung;
  }

  /**
   * Returns the rule-set segment.
   *
   * @return the rule-set segment, or empty
   */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomerProfile that)) {
      return false;
    }
    return Objects.equals(customerId, that.customerId)
        && Objects.equals(stone, that.stone)
        && Objects.equals(lifecycle, that.lifecycle)
        && Objects.equals(rung, that.rung)
        && Objects.equals(segment, that.segment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, stone, lifecycle, rung, segment);
  }

  @Override
  public String toString() {
    return "CustomerProfile["
        + "customerId="
        + customerId
        + ", stone="
        + stone
        + ", lifecycle="
        + lifecycle
        + ", rung="
        + rung
        + ", segment="
        + segment
        + "]";
  }
}
