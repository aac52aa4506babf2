package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;

/**
 * Where a customer's spend sits among peers, from {@link Opportunities#upSell}. Immutable.
 *
 * @param customerId the customer
 * @param spend the customer's total spend
 * @param tier the spend quartile among peers, 1 (lowest) to 4; a spend equal to a quartile belongs
 *     to the tier above it
 * @param upSell true when the tier is below the median (tier 1 or 2)
 * @param peers the peers' quartiles
 * @since 0.1
 */
public record UpSell(
    CustomerId customerId, Money spend, int tier, boolean upSell, PeerSpend peers) {
  /**
   * Checks the components.
   *
   * @param customerId not null
   * @param spend not null
   * @param tier 1 to 4
   * @param upSell the flag
   * @param peers not null
   */
  public UpSell {
    checkNotNull(customerId, "customerId must not be null");
    checkNotNull(spend, "spend must not be null");
    checkNotNull(peers, "peers must not be null");
    if (tier < 1 || tier > 4) {
      throw new IllegalArgumentException("tier must be 1 to 4, but was " + tier);
    }
  }
}
