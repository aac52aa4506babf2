package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.primitives.ImmutableIntArray;
import com.google.common.primitives.ImmutableLongArray;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.PurchaseArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates purchases into per-customer recency, frequency and monetary value as of an explicit
 * instant, counting days in an explicit zone.
 *
 * <p>Recency is the number of calendar days from the local date of a customer's last purchase to
 * the local date of {@code asOf}, both in {@code zone}. Frequency and monetary value follow the
 * chosen {@link FrequencyMode} and {@link MonetaryMode} (defaults: purchases and sum, as in R
 * {@code rfm}).
 *
 * <p>Every record is accounted for: a record that is null, in another currency, after {@code asOf},
 * more than {@link Integer#MAX_VALUE} days before it, with a negative amount, an unknown or null
 * customer, or that would overflow the customer's revenue is rejected with one of the {@code
 * REJECTED_*} reason codes, and the rest are processed.
 *
 * <pre>{@code
 * RfmAggregator aggregator = RfmAggregator.of(asOf, ZoneId.of("Asia/Seoul"), KRW)
 *     .withFrequency(FrequencyMode.DISTINCT_DAYS);
 * RfmAggregation result = aggregator.aggregate(purchases.stream());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RfmAggregator {

  private final Instant asOf;
  private final ZoneId zone;
  private final Currency currency;
  private final FrequencyMode frequencyMode;
  private final MonetaryMode monetaryMode;

  private RfmAggregator(
      Instant asOf,
      ZoneId zone,
      Currency currency,
      FrequencyMode frequencyMode,
      MonetaryMode monetaryMode) {
    this.asOf = asOf;
    this.zone = zone;
    this.currency = currency;
    this.frequencyMode = frequencyMode;
    this.monetaryMode = monetaryMode;
  }

  /**
   * Returns an aggregator counting purchases and summing spend.
   *
   * @param asOf the analysis instant; later purchases are rejected
   * @param zone the zone in which calendar days are counted
   * @param currency the currency of every amount; others are rejected
   * @return the aggregator
   * @throws IllegalArgumentException if the currency has no minor unit
   */
  public static RfmAggregator of(Instant asOf, ZoneId zone, Currency currency) {
    checkNotNull(asOf, "asOf must not be null");
    checkNotNull(zone, "zone must not be null");
    checkNotNull(currency, "currency must not be null");
    checkArgument(
        currency.getDefaultFractionDigits() >= 0,
        "currency must have a defined number of fraction digits, but was %s",
        currency.getCurrencyCode());
    return new RfmAggregator(asOf, zone, currency, FrequencyMode.PURCHASES, MonetaryMode.SUM);
  }

  /**
   * Returns a copy that measures frequency as given.
   *
   * @param mode the frequency measure, not null
   * @return the new aggregator
   */
  public RfmAggregator withFrequency(FrequencyMode mode) {
    checkNotNull(mode, "mode must not be null");
    return new RfmAggregator(asOf, zone, currency, mode, monetaryMode);
  }

  /**
   * Returns a copy that measures monetary value as given.
   *
   * @param mode the monetary measure, not null
   * @return the new aggregator
   */
  public RfmAggregator withMonetary(MonetaryMode mode) {
    checkNotNull(mode, "mode must not be null");
    return new RfmAggregator(asOf, zone, currency, frequencyMode, mode);
  }

  /**
   * Returns the analysis instant.
   *
   * @return the as-of instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the zone in which days are counted.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the currency of the aggregation.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the frequency measure.
   *
   * @return the frequency mode
   */
  public FrequencyMode frequencyMode() {
    return frequencyMode;
  }

  /**
   * Returns the monetary measure.
   *
   * @return the monetary mode
   */
  public MonetaryMode monetaryMode() {
    return monetaryMode;
  }

  /**
   * Aggregates a stream of purchases. The stream is consumed but not closed.
   *
   * @param purchases the purchases; null elements are rejected, not thrown
   * @return the columns and the rejected records
   */
  public RfmAggregation aggregate(Stream<? extends @Nullable Purchase> purchases) {
    checkNotNull(purchases, "purchases must not be null");
    return aggregate(purchases.iterator());
  }

  /**
   * Aggregates purchases from an iterator, in one pass.
   *
   * @param purchases the purchases; null elements are rejected, not thrown
   * @return the columns and the rejected records
   */
  public RfmAggregation aggregate(Iterator<? extends @Nullable Purchase> purchases) {
    checkNotNull(purchases, "purchases must not be null");
    Map<CustomerId, Integer> dictionary = new HashMap<>();
    List<CustomerId> ids = new ArrayList<>();
    Map<String, Long> orders = new HashMap<>();
    ImmutableIntArray.Builder index = ImmutableIntArray.builder();
    ImmutableLongArray.Builder seconds = ImmutableLongArray.builder();
    ImmutableLongArray.Builder amounts = ImmutableLongArray.builder();
    ImmutableLongArray.Builder orderIds = ImmutableLongArray.builder();
    ImmutableLongArray.Builder positions = ImmutableLongArray.builder();
    List<Rejection<Purchase>> rejected = new ArrayList<>();
    long oldest = oldestAcceptedSecond();
    long position = 0;
    while (purchases.hasNext()) {
      Purchase p = purchases.next();
      long at = position++;
      if (p == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the record is null"));
      } else if (!p.amount().currency().equals(currency)) {
        rejected.add(
            Rejection.of(
                at,
                p,
                RejectionReason.CURRENCY_MISMATCH,
                "amount " + p.amount() + " is not in " + currency.getCurrencyCode()));
      } else if (p.at().isAfter(asOf)) {
        rejected.add(Rejection.of(at, p, RejectionReason.AFTER_AS_OF, afterAsOf(p.at())));
      } else if (p.at().getEpochSecond() < oldest) {
        rejected.add(Rejection.of(at, p, RejectionReason.TOO_OLD, tooOld(p.at())));
      } else {
        int c =
            dictionary.computeIfAbsent(
                p.customer(),
                k -> {
                  ids.add(k);
                  return ids.size() - 1;
                });
        index.add(c);
        seconds.add(p.at().getEpochSecond());
        amounts.add(p.amount().minorUnits());
        positions.add(at);
        if (frequencyMode == FrequencyMode.DISTINCT_ORDERS) {
          String order = p.orderId().orElse(null);
          // A purchase without an order id is an order of its own: a key no real order can have.
          orderIds.add(
              order == null ? -1 - at : orders.computeIfAbsent(order, k -> (long) orders.size()));
        }
      }
    }
    PurchaseArrays arrays =
        new PurchaseArrays(
            ids.toArray(new CustomerId[0]),
            index.build().toArray(),
            seconds.build().toArray(),
            amounts.build().toArray(),
            frequencyMode == FrequencyMode.DISTINCT_ORDERS ? orderIds.build().toArray() : null);
    return new ColumnarAggregation(this, arrays, positions.build().toArray(), 1)
        .run(rejected, position);
  }

  /**
   * Aggregates a columnar batch on the calling thread.
   *
   * @param purchases the batch
   * @return the columns and the rejected records
   * @throws IllegalArgumentException if the batch is in another currency, or frequency counts
   *     distinct orders and the batch has no order ids
   */
  public RfmAggregation aggregate(PurchaseColumns purchases) {
    return aggregate(purchases, 1);
  }

  /**
   * Aggregates a columnar batch with up to {@code parallelism} threads of the common fork-join pool
   * (the calling thread included). The result is identical for every parallelism.
   *
   * @param purchases the batch
   * @param parallelism the number of tasks, from 1 to 256
   * @return the columns and the rejected records
   * @throws IllegalArgumentException if the batch is in another currency, frequency counts distinct
   *     orders and the batch has no order ids, or parallelism is out of range
   */
  public RfmAggregation aggregate(PurchaseColumns purchases, int parallelism) {
    checkNotNull(purchases, "purchases must not be null");
    Parallel.checkParallelism(parallelism);
    checkArgument(
        purchases.currency().equals(currency),
        "purchases must be in %s, but were in %s",
        currency.getCurrencyCode(),
        purchases.currency().getCurrencyCode());
    checkArgument(
        frequencyMode != FrequencyMode.DISTINCT_ORDERS || purchases.hasOrderIds(),
        "purchases must carry order ids to count distinct orders (PurchaseColumns.withOrderIds)");
    return new ColumnarAggregation(this, CoreAccess.arrays(purchases), null, parallelism)
        .run(new ArrayList<>(), purchases.size());
  }

  long oldestAcceptedSecond() {
    long asOfDay = LocalDate.ofInstant(asOf, zone).toEpochDay();
    // Two days of margin keep every accepted purchase's recency within an int whatever the offset.
    long oldestDay = asOfDay - Integer.MAX_VALUE + 2;
    return Math.max(oldestDay * 86_400, Instant.MIN.getEpochSecond());
  }

  String afterAsOf(Instant at) {
    return "purchase at " + at + " is after asOf " + asOf;
  }

  String tooOld(Instant at) {
    return "purchase at " + at + " is more than " + Integer.MAX_VALUE + " days before asOf";
  }

  @Override
  public String toString() {
    return "RfmAggregator{asOf="
        + asOf
        + ", zone="
        + zone
        + ", currency="
        + currency.getCurrencyCode()
        + ", frequency="
        + frequencyMode
        + ", monetary="
        + monetaryMode
        + "}";
  }
}
