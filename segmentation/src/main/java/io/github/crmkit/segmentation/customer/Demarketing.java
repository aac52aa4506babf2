package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.util.List;

/**
 * Whether to consider demarketing a customer, from {@link Opportunities#demarketing}: advice with
 * reasons, never an action. Immutable.
 *
 * @param customerId the customer
 * @param profitability margin minus cost to serve over the window
 * @param flagged true when the profitability is negative
 * @param reasons why it is flagged; empty when not
 * @since 0.1
 */
public record Demarketing(
    CustomerId customerId, Money profitability, boolean flagged, List<String> reasons) {
  /**
   * Checks and copies the components.
   *
   * @param customerId not null
   * @param profitability not null
   * @param flagged the flag
   * @param reasons not null; copied
   */
  public Demarketing {
    checkNotNull(customerId, "customerId must not be null");
    checkNotNull(profitability, "profitability must not be null");
    reasons = List.copyOf(reasons);
  }
}
