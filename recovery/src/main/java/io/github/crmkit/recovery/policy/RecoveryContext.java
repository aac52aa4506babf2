package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Money;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What the policy decides on: the failure (category, severity 1 to 5, type, whether dishonesty was
 * involved, whether the firm found it first, days since the same customer's previous failure) and
 * the customer (value tier, the order's value). Immutable.
 *
 * @param category the incident category code
 * @param severity 1 (minor) to 5 (severe)
 * @param failureType outcome or process
 * @param dishonesty whether dishonesty by the firm was involved
 * @param detectedByFirm whether the firm detected the failure before the customer complained
 * @param daysSincePreviousFailure days since the customer's previous failure, or null for none
 * @param valueTier the customer's value tier, the host's name
 * @param orderValue the value of the order concerned
 * @since 0.1
 */
public record RecoveryContext(
    String category,
    int severity,
    FailureType failureType,
    boolean dishonesty,
    boolean detectedByFirm,
    @Nullable Integer daysSincePreviousFailure,
    String valueTier,
    Money orderValue) {
  /**
   * Checks the components.
   *
   * @param category not null
   * @param severity 1 to 5
   * @param failureType not null
   * @param dishonesty the flag
   * @param detectedByFirm the flag
   * @param daysSincePreviousFailure null or not negative
   * @param valueTier not null
   * @param orderValue not null, not negative
   * @throws IllegalArgumentException if a value is out of range
   */
  public RecoveryContext {
    checkNotNull(category, "category must not be null");
    checkNotNull(failureType, "failureType must not be null");
    checkNotNull(valueTier, "valueTier must not be null");
    checkNotNull(orderValue, "orderValue must not be null");
    if (severity < 1 || severity > 5) {
      throw new IllegalArgumentException("severity must be 1 to 5, but was " + severity);
    }
    if (daysSincePreviousFailure != null && daysSincePreviousFailure < 0) {
      throw new IllegalArgumentException(
          "daysSincePreviousFailure must not be negative, but was " + daysSincePreviousFailure);
    }
    if (orderValue.isNegative()) {
      throw new IllegalArgumentException("orderValue must not be negative, but was " + orderValue);
    }
  }

  /**
   * Returns the days since the previous failure.
   *
   * @return the days, or empty for a first failure
   */
  public OptionalInt previousFailure() {
    Integer d = daysSincePreviousFailure;
    return d == null ? OptionalInt.empty() : OptionalInt.of(d);
  }
}
