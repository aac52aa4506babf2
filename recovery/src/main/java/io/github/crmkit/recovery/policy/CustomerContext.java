package io.github.crmkit.recovery.policy;

import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.StoneType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the host knows about the customer beyond the failure, in crmkit's core vocabulary: the Jones
 * and Sasser loyalty type, the Stone type and the lifetime value. Any part may be unknown.
 * Immutable.
 *
 * @param loyalty the loyalty type, or null
 * @param stone the Stone type, or null
 * @param lifetimeValue the lifetime value, or null
 * @since 0.1
 */
public record CustomerContext(
    @Nullable LoyaltyQuadrant loyalty, @Nullable StoneType stone, @Nullable Money lifetimeValue) {
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
   * @return the type or empty
   */
  public Optional<LoyaltyQuadrant> loyaltyType() {
    return Optional.ofNullable(loyalty);
  }

  /**
   * Returns the Stone type.
   *
   * @return the type or empty
   */
  public Optional<StoneType> stoneType() {
    return Optional.ofNullable(stone);
  }

  /**
   * Returns the lifetime value.
   *
   * @return the value or empty
   */
  public Optional<Money> ltv() {
    return Optional.ofNullable(lifetimeValue);
  }
}
