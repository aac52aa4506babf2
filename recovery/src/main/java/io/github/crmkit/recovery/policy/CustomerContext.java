package io.github.crmkit.recovery.policy;

import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.StoneType;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the host knows about the customer beyond the failure, in crmkit's core vocabulary: the Jones
 * and Sasser loyalty type, the Stone type and the lifetime value. Any part may be unknown.
 * Immutable.
 *
 * @since 0.1
 */
public final class CustomerContext {
  private final @Nullable LoyaltyQuadrant loyalty;
  private final @Nullable StoneType stone;
  private final @Nullable Money lifetimeValue;

  /**
   * Returns what is known of the customer.
   *
   * @param loyalty the loyalty type, or null
   * @param stone the Stone type, or null
   * @param lifetimeValue the lifetime value, or null
   * @return the context
   */
  public static CustomerContext of(
      @Nullable LoyaltyQuadrant loyalty, @Nullable StoneType stone, @Nullable Money lifetimeValue) {
    return new CustomerContext(loyalty, stone, lifetimeValue);
  }

  private CustomerContext(
      @Nullable LoyaltyQuadrant loyalty, @Nullable StoneType stone, @Nullable Money lifetimeValue) {
    this.loyalty = loyalty;
    this.stone = stone;
    this.lifetimeValue = lifetimeValue;
  }

  /**
   * Returns a context where nothing is known.
   *
   * @return the context
   */
  public static CustomerContext unknown() {
    return new CustomerContext(null, null, null);
  }

  /**
   * Returns the loyalty type.
   *
   * @return the loyalty type, or empty
   */
  public Optional<LoyaltyQuadrant> loyalty() {
    return Optional.ofNullable(loyalty);
  }

  /**
   * Returns the Stone type.
   *
   * @return the Stone type, or empty
   */
  public Optional<StoneType> stone() {
    return Optional.ofNullable(stone);
  }

  /**
   * Returns the lifetime value.
   *
   * @return the lifetime value, or empty
   */
  public Optional<Money> lifetimeValue() {
    return Optional.ofNullable(lifetimeValue);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CustomerContext that)) {
      return false;
    }
    return Objects.equals(loyalty, that.loyalty)
        && Objects.equals(stone, that.stone)
        && Objects.equals(lifetimeValue, that.lifetimeValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loyalty, stone, lifetimeValue);
  }

  @Override
  public String toString() {
    return "CustomerContext["
        + "loyalty="
        + loyalty
        + ", stone="
        + stone
        + ", lifetimeValue="
        + lifetimeValue
        + "]";
  }
}
