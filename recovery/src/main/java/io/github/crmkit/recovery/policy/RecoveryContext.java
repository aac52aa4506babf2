package io.github.crmkit.recovery.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What the policy decides on: the failure (category, severity 1 to 5, type, whether dishonesty was
 * involved, whether the firm found it first, days since the same customer's previous failure) and
 * the customer (value tier, the order's value). Immutable.
 *
 * @since 0.1
 */
public final class RecoveryContext {
  private final String category;
  private final int severity;
  private final FailureType failureType;
  private final boolean dishonesty;
  private final boolean detectedByFirm;
  private final @Nullable Integer daysSincePreviousFailure;
  private final String valueTier;
  private final Money orderValue;

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
  RecoveryContext(
      String category,
      int severity,
      FailureType failureType,
      boolean dishonesty,
      boolean detectedByFirm,
      @Nullable Integer daysSincePreviousFailure,
      String valueTier,
      Money orderValue) {
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
    this.category = category;
    this.severity = severity;
    this.failureType = failureType;
    this.dishonesty = dishonesty;
    this.detectedByFirm = detectedByFirm;
    this.daysSincePreviousFailure = daysSincePreviousFailure;
    this.valueTier = valueTier;
    this.orderValue = orderValue;
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

  /**
   * Returns a builder: category, severity, failure type, value tier and order value are required; a
   * failure is honest, found by the customer and the customer's first unless said otherwise.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this context's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b =
        builder()
            .category(category)
            .severity(severity)
            .failureType(failureType)
            .dishonesty(dishonesty)
            .detectedByFirm(detectedByFirm)
            .valueTier(valueTier)
            .orderValue(orderValue);
    b.daysSincePreviousFailure = daysSincePreviousFailure;
    return b;
  }

  /**
   * Builds a {@link RecoveryContext}. Mutable, not thread-safe.
   *
   * @since 0.2
   */
  public static final class Builder {
    private @Nullable String category;
    private int severity;
    private @Nullable FailureType failureType;
    private boolean dishonesty;
    private boolean detectedByFirm;
    private @Nullable Integer daysSincePreviousFailure;
    private @Nullable String valueTier;
    private @Nullable Money orderValue;

    private Builder() {}

    /**
     * Sets the incident category code.
     *
     * @param category not null
     * @return this builder
     */
    public Builder category(String category) {
      this.category = checkNotNull(category, "category must not be null");
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity 1 (minor) to 5 (severe), checked by {@link #build()}
     * @return this builder
     */
    public Builder severity(int severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the failure type.
     *
     * @param failureType not null
     * @return this builder
     */
    public Builder failureType(FailureType failureType) {
      this.failureType = checkNotNull(failureType, "failureType must not be null");
      return this;
    }

    /**
     * Sets whether dishonesty by the firm was involved (default false).
     *
     * @param dishonesty the flag
     * @return this builder
     */
    public Builder dishonesty(boolean dishonesty) {
      this.dishonesty = dishonesty;
      return this;
    }

    /**
     * Sets whether the firm found the failure before the customer complained (default false).
     *
     * @param detectedByFirm the flag
     * @return this builder
     */
    public Builder detectedByFirm(boolean detectedByFirm) {
      this.detectedByFirm = detectedByFirm;
      return this;
    }

    /**
     * Sets the days since the customer's previous failure (default: none, a first failure).
     *
     * @param days not negative, checked by {@link #build()}
     * @return this builder
     */
    public Builder daysSincePreviousFailure(int days) {
      this.daysSincePreviousFailure = days;
      return this;
    }

    /**
     * Sets the customer's value tier, the host's name for it.
     *
     * @param valueTier not null
     * @return this builder
     */
    public Builder valueTier(String valueTier) {
      this.valueTier = checkNotNull(valueTier, "valueTier must not be null");
      return this;
    }

    /**
     * Sets the value of the order concerned.
     *
     * @param orderValue not null, not negative
     * @return this builder
     */
    public Builder orderValue(Money orderValue) {
      this.orderValue = checkNotNull(orderValue, "orderValue must not be null");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws IllegalStateException naming every required value not set
     * @throws IllegalArgumentException if a value is out of range
     */
    public RecoveryContext build() {
      List<String> missing = new ArrayList<>();
      if (category == null) {
        missing.add("category");
      }
      if (severity == 0) {
        missing.add("severity");
      }
      if (failureType == null) {
        missing.add("failureType");
      }
      if (valueTier == null) {
        missing.add("valueTier");
      }
      if (orderValue == null) {
        missing.add("orderValue");
      }
      if (category == null
          || failureType == null
          || valueTier == null
          || orderValue == null
          || !missing.isEmpty()) {
        throw new IllegalStateException("a recovery context needs " + String.join(", ", missing));
      }
      return new RecoveryContext(
          category,
          severity,
          failureType,
          dishonesty,
          detectedByFirm,
          daysSincePreviousFailure,
          valueTier,
          orderValue);
    }
  }

  /**
   * Returns the incident category code.
   *
   * @return the incident category code
   */
  public String category() {
    return category;
  }

  /**
   * Returns 1 (minor) to 5 (severe).
   *
   * @return 1 (minor) to 5 (severe)
   */
  public int severity() {
    return severity;
  }

  /**
   * Returns outcome or process.
   *
   * @return outcome or process
   */
  public FailureType failureType() {
    return failureType;
  }

  /**
   * Returns whether dishonesty by the firm was involved.
   *
   * @return whether dishonesty by the firm was involved
   */
  public boolean dishonesty() {
    return dishonesty;
  }

  /**
   * Returns whether the firm detected the failure before the customer complained.
   *
   * @return whether the firm detected the failure before the customer complained
   */
  public boolean detectedByFirm() {
    return detectedByFirm;
  }

  /**
   * Returns days since the customer's previous failure.
   *
   * @return days since the customer's previous failure, or empty
   */
  public Optional<Integer> daysSincePreviousFailure() {
    return Optional.ofNullable(daysSincePreviousFailure);
  }

  /**
   * Returns the customer's value tier, the host's name.
   *
   * @return the customer's value tier, the host's name
   */
  public String valueTier() {
    return valueTier;
  }

  /**
   * Returns the value of the order concerned.
   *
   * @return the value of the order concerned
   */
  public Money orderValue() {
    return orderValue;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RecoveryContext that)) {
      return false;
    }
    return Objects.equals(category, that.category)
        && severity == that.severity
        && Objects.equals(failureType, that.failureType)
        && dishonesty == that.dishonesty
        && detectedByFirm == that.detectedByFirm
        && Objects.equals(daysSincePreviousFailure, that.daysSincePreviousFailure)
        && Objects.equals(valueTier, that.valueTier)
        && Objects.equals(orderValue, that.orderValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        category,
        severity,
        failureType,
        dishonesty,
        detectedByFirm,
        daysSincePreviousFailure,
        valueTier,
        orderValue);
  }

  @Override
  public String toString() {
    return "RecoveryContext["
        + "category="
        + category
        + ", severity="
        + severity
        + ", failureType="
        + failureType
        + ", dishonesty="
        + dishonesty
        + ", detectedByFirm="
        + detectedByFirm
        + ", daysSincePreviousFailure="
        + daysSincePreviousFailure
        + ", valueTier="
        + valueTier
        + ", orderValue="
        + orderValue
        + "]";
  }
}
