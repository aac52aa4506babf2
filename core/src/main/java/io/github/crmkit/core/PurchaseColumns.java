package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.PurchaseArrays;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A columnar batch of purchases for large customer bases: one primitive array per attribute, the
 * same length each, plus a dictionary of customer ids addressed by index.
 *
 * <p>Purchase {@code i} was made by {@code customers[customerIndex[i]]} at {@code epochSeconds[i]},
 * for {@code amountMinor[i]} minor units of the batch currency, optionally in order {@code
 * orderIds[i]}. The batch is taken as it is: a record with an index outside the dictionary, a null
 * id or a negative amount is not refused here but rejected, with its reason, by the API that reads
 * the batch, so that every record is accounted for.
 *
 * <p>{@link #of} copies the arrays; {@link #wrap} does not, and the caller hands them over and must
 * not change them afterwards. Either way the batch is immutable and thread-safe once built.
 *
 * @since 0.1
 */
public final class PurchaseColumns {
  private final @Nullable CustomerId[] customers;
  private final int[] customerIndex;
  private final long[] epochSeconds;
  private final long[] amountMinor;
  private final long @Nullable [] orderIds;
  private final Currency currency;

  /** The number of purchases: the first {@code size} entries of each per-purchase array. */
  private final int size;

  private PurchaseColumns(
      @Nullable CustomerId[] customers,
      int[] customerIndex,
      long[] epochSeconds,
      long[] amountMinor,
      long @Nullable [] orderIds,
      Currency currency,
      int size) {
    checkNotNull(customers, "customers must not be null");
    checkNotNull(customerIndex, "customerIndex must not be null");
    checkNotNull(epochSeconds, "epochSeconds must not be null");
    checkNotNull(amountMinor, "amountMinor must not be null");
    checkNotNull(currency, "currency must not be null");
    checkArgument(
        currency.getDefaultFractionDigits() >= 0,
        "currency must have a defined number of fraction digits, but was %s",
        currency.getCurrencyCode());
    int n = customerIndex.length;
    if (size == n) {
      checkArgument(
          epochSeconds.length == n,
          "epochSeconds must have the length of customerIndex (%s), but had %s",
          n,
          epochSeconds.length);
      checkArgument(
          amountMinor.length == n,
          "amountMinor must have the length of customerIndex (%s), but had %s",
          n,
          amountMinor.length);
      checkArgument(
          orderIds == null || orderIds.length == n,
          "orderIds must have the length of customerIndex (%s), but had %s",
          n,
          orderIds == null ? 0 : orderIds.length);
    } else {
      // crmkit's readers: arrays sized before the rows were known, of which the first size count.
      checkArgument(
          size >= 0
              && size <= n
              && epochSeconds.length >= size
              && amountMinor.length >= size
              && (orderIds == null || orderIds.length >= size),
          "every per-purchase array must hold at least size (%s) entries",
          size);
    }
    this.customers = customers;
    this.customerIndex = customerIndex;
    this.epochSeconds = epochSeconds;
    this.amountMinor = amountMinor;
    this.orderIds = orderIds;
    this.currency = currency;
    this.size = size;
  }

  /**
   * Returns a batch over copies of the given arrays.
   *
   * @param customers the customer dictionary; an entry may be null, which rejects its purchases
   * @param customerIndex per purchase, the index of its customer in {@code customers}
   * @param epochSeconds per purchase, the instant as seconds since 1970-01-01T00:00:00Z
   * @param amountMinor per purchase, the amount in minor units of {@code currency}
   * @param currency the currency of every amount
   * @return the batch
   * @throws IllegalArgumentException if the per-purchase arrays differ in length
   */
  public static PurchaseColumns of(
      @Nullable CustomerId[] customers,
      int[] customerIndex,
      long[] epochSeconds,
      long[] amountMinor,
      Currency currency) {
    checkNotNull(customers, "customers must not be null");
    checkNotNull(customerIndex, "customerIndex must not be null");
    checkNotNull(epochSeconds, "epochSeconds must not be null");
    checkNotNull(amountMinor, "amountMinor must not be null");
    return new PurchaseColumns(
        customers.clone(),
        customerIndex.clone(),
        epochSeconds.clone(),
        amountMinor.clone(),
        null,
        currency,
        customerIndex.length);
  }

  /**
   * Returns a batch over the given arrays without copying them. The caller must not modify the
   * arrays afterwards.
   *
   * @param customers the customer dictionary; an entry may be null, which rejects its purchases
   * @param customerIndex per purchase, the index of its customer in {@code customers}
   * @param epochSeconds per purchase, the instant as seconds since 1970-01-01T00:00:00Z
   * @param amountMinor per purchase, the amount in minor units of {@code currency}
   * @param currency the currency of every amount
   * @return the batch
   * @throws IllegalArgumentException if the per-purchase arrays differ in length
   */
  public static PurchaseColumns wrap(
      @Nullable CustomerId[] customers,
      int[] customerIndex,
      long[] epochSeconds,
      long[] amountMinor,
      Currency currency) {
    checkNotNull(customerIndex, "customerIndex must not be null");
    return new PurchaseColumns(
        customers, customerIndex, epochSeconds, amountMinor, null, currency, customerIndex.length);
  }

  /**
   * Returns a copy of this batch with an order id per purchase, for counting distinct orders.
   *
   * @param orderIds per purchase, the host's numeric order id; copied
   * @return the batch with order ids
   * @throws IllegalArgumentException if {@code orderIds} differs in length from the batch
   */
  public PurchaseColumns withOrderIds(long[] orderIds) {
    checkNotNull(orderIds, "orderIds must not be null");
    checkArgument(
        orderIds.length == size,
        "orderIds must have the length of the batch (%s), but had %s",
        size,
        orderIds.length);
    return new PurchaseColumns(
        customers, customerIndex, epochSeconds, amountMinor, orderIds.clone(), currency, size);
  }

  /**
   * Returns the number of purchases.
   *
   * @return the number of purchases
   */
  public int size() {
    return size;
  }

  /**
   * Returns the size of the customer dictionary.
   *
   * @return the number of dictionary entries
   */
  public int customerCount() {
    return customers.length;
  }

  /**
   * Returns the dictionary entry at an index.
   *
   * @param index an index into the dictionary
   * @return the customer id, or null if the host left the entry empty
   * @throws IndexOutOfBoundsException if {@code index} is outside the dictionary
   */
  public @Nullable CustomerId customer(int index) {
    checkElementIndex(index, customers.length, "index");
    return customers[index];
  }

  /**
   * Returns the customer index of purchase {@code i}.
   *
   * @param i the purchase's position
   * @return the index into the dictionary, possibly out of its range
   */
  public int customerIndex(int i) {
    return customerIndex[Objects.checkIndex(i, size)];
  }

  /**
   * Returns the instant of purchase {@code i} in seconds since the epoch.
   *
   * @param i the purchase's position
   * @return the epoch second
   */
  public long epochSecond(int i) {
    return epochSeconds[Objects.checkIndex(i, size)];
  }

  /**
   * Returns the amount of purchase {@code i} in minor units.
   *
   * @param i the purchase's position
   * @return the amount in minor units
   */
  public long amountMinor(int i) {
    return amountMinor[Objects.checkIndex(i, size)];
  }

  /**
   * Tells whether the batch has order ids.
   *
   * @return true if {@link #withOrderIds} supplied them
   */
  public boolean hasOrderIds() {
    return orderIds != null;
  }

  /**
   * Returns the order id of purchase {@code i}.
   *
   * @param i the purchase's position
   * @return the order id
   * @throws IllegalStateException if the batch has no order ids
   */
  public long orderId(int i) {
    long[] ids = orderIds;
    if (ids == null) {
      throw new IllegalStateException("this batch has no order ids; add them with withOrderIds");
    }
    return ids[Objects.checkIndex(i, size)];
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  static {
    CoreAccess.setPurchaseColumns(
        c ->
            new PurchaseArrays(
                c.customers, c.customerIndex, c.epochSeconds, c.amountMinor, c.orderIds, c.size),
        (a, currency) ->
            new PurchaseColumns(
                a.customers(),
                a.customerIndex(),
                a.epochSeconds(),
                a.amountMinor(),
                a.orderIds(),
                currency,
                a.size()));
  }
}
