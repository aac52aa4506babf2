package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Money;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compensation for failures of a type from a minimum severity: a percentage of the order value,
 * raised to a floor and capped. Immutable.
 *
 * @param failureType the failure type
 * @param minSeverity the lowest severity (1 to 5) the rule covers
 * @param kind the form of compensation
 * @param percent the percentage of the order value, 0 to 100
 * @param floor the minimum amount
 * @param cap the maximum amount, same currency as the floor
 * @since 0.1
 */
public record CompensationRule(
    FailureType failureType,
    int minSeverity,
    CompensationKind kind,
    double percent,
    Money floor,
    Money cap) {
  /**
   * Checks the components (a cap below its floor is reported by the linter, not here).
   *
   * @param failureType not null
   * @param minSeverity 1 to 5
   * @param kind not null
   * @param percent 0 to 100
   * @param floor not null, not negative
   * @param cap not null, not negative, same currency
   * @throws IllegalArgumentException if a value is out of range
   */
  public CompensationRule {
    checkNotNull(failureType, "failureType must not be null");
    checkNotNull(kind, "kind must not be null");
    checkNotNull(floor, "floor must not be null");
    checkNotNull(cap, "cap must not be null");
    if (minSeverity < 1 || minSeverity > 5) {
      throw new IllegalArgumentException("minSeverity must be 1 to 5, but was " + minSeverity);
    }
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be 0 to 100, but was " + percent);
    }
    if (floor.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException(
          "floor and cap must not be negative, but were " + floor + " and " + cap);
    }
    if (!floor.currency().equals(cap.currency())) {
      throw new IllegalArgumentException(
          "floor and cap must share a currency, but were " + floor + " and " + cap);
    }
  }

  /**
   * Returns a builder: failure type, minimum severity, kind, floor and cap are required; the
   * percent of the order's value is 0 unless set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this rule's values, to derive a changed rule.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder();
    b.failureType = failureType;
    b.minSeverity = minSeverity;
    b.kind = kind;
    b.percent = percent;
    b.floor = floor;
    b.cap = cap;
    return b;
  }

  /**
   * Builds a {@link CompensationRule}. Mutable, not thread-safe.
   *
   * @since 0.2
   */
  public static final class Builder {
    private @Nullable FailureType failureType;
    private int minSeverity;
    private @Nullable CompensationKind kind;
    private double percent;
    private @Nullable Money floor;
    private @Nullable Money cap;

    private Builder() {}

    /**
     * Sets the failure type the rule applies to.
     *
     * @param failureType not null
     * @return this builder
     */
    public Builder failureType(FailureType failureType) {
      this.failureType = checkNotNull(failureType, "failureType must not be null");
      return this;
    }

    /**
     * Sets the lowest severity the rule applies from.
     *
     * @param minSeverity 1 to 5, checked by {@link #build()}
     * @return this builder
     */
    public Builder minSeverity(int minSeverity) {
      this.minSeverity = minSeverity;
      return this;
    }

    /**
     * Sets the form of compensation.
     *
     * @param kind not null
     * @return this builder
     */
    public Builder kind(CompensationKind kind) {
      this.kind = checkNotNull(kind, "kind must not be null");
      return this;
    }

    /**
     * Sets the share of the order's value paid.
     *
     * @param percent 0 to 100, checked by {@link #build()}
     * @return this builder
     */
    public Builder percent(double percent) {
      this.percent = percent;
      return this;
    }

    /**
     * Sets the smallest amount paid.
     *
     * @param floor not null, not negative
     * @return this builder
     */
    public Builder floor(Money floor) {
      this.floor = checkNotNull(floor, "floor must not be null");
      return this;
    }

    /**
     * Sets the largest amount paid.
     *
     * @param cap not null, not negative, in the floor's currency
     * @return this builder
     */
    public Builder cap(Money cap) {
      this.cap = checkNotNull(cap, "cap must not be null");
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalStateException naming every required value not set
     * @throws IllegalArgumentException if a value is out of range
     */
    public CompensationRule build() {
      List<String> missing = new ArrayList<>();
      if (failureType == null) {
        missing.add("failureType");
      }
      if (minSeverity == 0) {
        missing.add("minSeverity");
      }
      if (kind == null) {
        missing.add("kind");
      }
      if (floor == null) {
        missing.add("floor");
      }
      if (cap == null) {
        missing.add("cap");
      }
      if (failureType == null
          || kind == null
          || floor == null
          || cap == null
          || !missing.isEmpty()) {
        throw new IllegalStateException("a compensation rule needs " + String.join(", ", missing));
      }
      return new CompensationRule(failureType, minSeverity, kind, percent, floor, cap);
    }
  }
}
