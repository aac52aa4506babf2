package io.github.crmkit.core.internal;

import io.github.crmkit.core.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * The arrays behind a {@link io.github.crmkit.core.PurchaseColumns}, for crmkit's batch algorithms.
 * Never modify them.
 *
 * @param customers the customer dictionary
 * @param customerIndex per purchase, the customer index
 * @param epochSeconds per purchase, the epoch second
 * @param amountMinor per purchase, the amount in minor units
 * @param orderIds per purchase, the order id, or null
 * @param size the number of purchases: the first {@code size} entries of each per-purchase array
 *     (which may be longer, as a reader sized them before it knew)
 */
@SuppressWarnings("ArrayRecordComponent") // zero-copy access for batch algorithms
public record PurchaseArrays(
    @Nullable CustomerId[] customers,
    int[] customerIndex,
    long[] epochSeconds,
    long[] amountMinor,
    long @Nullable [] orderIds,
    int size) {
  /**
   * The arrays of a batch of exactly their length.
   *
   * @param customers the customer dictionary
   * @param customerIndex per purchase, the customer index
   * @param epochSeconds per purchase, the epoch second
   * @param amountMinor per purchase, the amount in minor units
   * @param orderIds per purchase, the order id, or null
   */
  public PurchaseArrays(
      @Nullable CustomerId[] customers,
      int[] customerIndex,
      long[] epochSeconds,
      long[] amountMinor,
      long @Nullable [] orderIds) {
    this(customers, customerIndex, epochSeconds, amountMinor, orderIds, customerIndex.length);
  }
}
