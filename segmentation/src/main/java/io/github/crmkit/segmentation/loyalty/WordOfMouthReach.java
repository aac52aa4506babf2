package io.github.crmkit.segmentation.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How many people hear of a bad experience, from {@link RetentionEconomics#wordOfMouthReach}.
 * Immutable.
 *
 * @param unhappyCustomers the unhappy customers
 * @param low the low estimate of listeners reached
 * @param high the high estimate of listeners reached
 * @param assumption the assumption used
 * @since 0.1
 */
public record WordOfMouthReach(
    long unhappyCustomers, long low, long high, WordOfMouthAssumption assumption) {
  /**
   * Checks the components.
   *
   * @param unhappyCustomers the unhappy customers
   * @param low the low estimate
   * @param high the high estimate
   * @param assumption not null
   */
  public WordOfMouthReach {
    checkNotNull(assumption, "assumption must not be null");
  }

  /**
   * Returns the midpoint of the estimates.
   *
   * @return {@code (low + high) / 2}
   */
  public double midpoint() {
    return (low + high) / 2.0;
  }

  @Override
  public String toString() {
    return unhappyCustomers + " unhappy customers tell " + low + " to " + high + " people";
  }
}
