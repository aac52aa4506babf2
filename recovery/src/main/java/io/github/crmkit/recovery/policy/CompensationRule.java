package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Money;

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
}
