package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.util.Arrays;
import java.util.Currency;

/**
 * Recency, frequency, monetary value and revenue of many customers, one primitive array per
 * attribute: the batch form of {@link RfmSummary}, produced by {@link RfmAggregator} and read by
 * {@link RfmBinning#fit(RfmColumns)} and {@link RfmScorer#scoreAll(RfmColumns)}.
 *
 * <p>Revenue is the exact total spend in minor units, whatever the {@link MonetaryMode}; segment
 * summaries add it up. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RfmColumns {
  final CustomerId[] ids;
  final int[] recencyDays;
  final int[] frequency;
  final double[] monetary;
  final long[] revenueMinor;
  final Currency currency;

  RfmColumns(
      CustomerId[] ids,
      int[] recencyDays,
      int[] frequency,
      double[] monetary,
      long[] revenueMinor,
      Currency currency) {
    this.ids = ids;
    this.recencyDays = recencyDays;
    this.frequency = frequency;
    this.monetary = monetary;
    this.revenueMinor = revenueMinor;
    this.currency = currency;
  }

  /**
   * Returns columns over copies of the given arrays, for hosts that already have per-customer
   * values (like R {@code rfm}'s {@code rfm_table_customer}).
   *
   * @param ids per customer, the id; no nulls
   * @param recencyDays per customer, days since the last purchase; not negative
   * @param frequency per customer, the frequency measure; at least 1
   * @param monetary per customer, the monetary value in major units; finite
   * @param revenueMinor per customer, total spend in minor units; not negative
   * @param currency the currency of monetary values and revenue
   * @return the columns
   * @throws IllegalArgumentException if the arrays differ in length or a value is out of range,
   *     naming the row and the value
   */
  public static RfmColumns of(
      CustomerId[] ids,
      int[] recencyDays,
      int[] frequency,
      double[] monetary,
      long[] revenueMinor,
      Currency currency) {
    checkNotNull(ids, "ids must not be null");
    checkNotNull(recencyDays, "recencyDays must not be null");
    checkNotNull(frequency, "frequency must not be null");
    checkNotNull(monetary, "monetary must not be null");
    checkNotNull(revenueMinor, "revenueMinor must not be null");
    checkNotNull(currency, "currency must not be null");
    int n = ids.length;
    checkLength("recencyDays", recencyDays.length, n);
    checkLength("frequency", frequency.length, n);
    checkLength("monetary", monetary.length, n);
    checkLength("revenueMinor", revenueMinor.length, n);
    for (int i = 0; i < n; i++) {
      checkArgument(ids[i] != null, "ids[%s] must not be null", i);
      checkArgument(
          recencyDays[i] >= 0,
          "recencyDays[%s] must not be negative, but was %s",
          i,
          recencyDays[i]);
      checkArgument(
          frequency[i] >= 1, "frequency[%s] must be at least 1, but was %s", i, frequency[i]);
      if (!Double.isFinite(monetary[i])) {
        throw new IllegalArgumentException(
            "monetary[" + i + "] must be finite, but was " + monetary[i]);
      }
      checkArgument(
          revenueMinor[i] >= 0,
          "revenueMinor[%s] must not be negative, but was %s",
          i,
          revenueMinor[i]);
    }
    return new RfmColumns(
        ids.clone(),
        recencyDays.clone(),
        frequency.clone(),
        monetary.clone(),
        revenueMinor.clone(),
        currency);
  }

  private static void checkLength(String name, int length, int expected) {
    checkArgument(
        length == expected,
        "%s must have the length of ids (%s), but had %s",
        name,
        expected,
        length);
  }

  /**
   * Returns the number of customers.
   *
   * @return the number of rows
   */
  public int size() {
    return ids.length;
  }

  /**
   * Returns the id of the customer in a row.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the customer id
   */
  public CustomerId customer(int row) {
    checkElementIndex(row, ids.length, "row");
    return ids[row];
  }

  /**
   * Returns the recency of a row in days.
   *
   * @param row the row
   * @return days since the last purchase
   */
  public int recencyDays(int row) {
    checkElementIndex(row, ids.length, "row");
    return recencyDays[row];
  }

  /**
   * Returns the frequency of a row.
   *
   * @param row the row
   * @return the frequency measure
   */
  public int frequency(int row) {
    checkElementIndex(row, ids.length, "row");
    return frequency[row];
  }

  /**
   * Returns the monetary value of a row in major units.
   *
   * @param row the row
   * @return the monetary value
   */
  public double monetary(int row) {
    checkElementIndex(row, ids.length, "row");
    return monetary[row];
  }

  /**
   * Returns the exact total spend of a row.
   *
   * @param row the row
   * @return the revenue
   */
  public Money revenue(int row) {
    checkElementIndex(row, ids.length, "row");
    return Money.ofMinor(revenueMinor[row], currency);
  }

  /**
   * Returns a row as a summary for {@link RfmScorer#score(RfmSummary)}.
   *
   * @param row the row
   * @return the summary
   */
  public RfmSummary summary(int row) {
    checkElementIndex(row, ids.length, "row");
    return new RfmSummary(ids[row], recencyDays[row], frequency[row], monetary[row]);
  }

  /**
   * Returns the currency of monetary values and revenue.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns a copy of the rows from {@code from} (inclusive) to {@code to} (exclusive), for example
   * one partition of a base.
   *
   * @param from the first row
   * @param to one past the last row
   * @return the rows
   * @throws IndexOutOfBoundsException if the range is outside the columns
   */
  public RfmColumns slice(int from, int to) {
    checkPositionIndexes(from, to, ids.length);
    return new RfmColumns(
        Arrays.copyOfRange(ids, from, to),
        Arrays.copyOfRange(recencyDays, from, to),
        Arrays.copyOfRange(frequency, from, to),
        Arrays.copyOfRange(monetary, from, to),
        Arrays.copyOfRange(revenueMinor, from, to),
        currency);
  }

  @Override
  public String toString() {
    return "RfmColumns{customers=" + ids.length + ", currency=" + currency + "}";
  }
}
