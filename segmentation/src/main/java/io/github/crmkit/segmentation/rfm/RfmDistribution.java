package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CurrencyMismatchException;
import java.util.Arrays;
import java.util.Currency;

/**
 * The exact distribution of recency, frequency and monetary values of a customer base: each
 * distinct value with its count. Fitted per partition and merged, it gives exactly the quantile
 * boundaries of the whole base, for all three dimensions (no approximation: the distinct values are
 * kept, so memory grows with the number of distinct values, which is small for recency and
 * frequency and at most the number of customers for monetary value).
 *
 * <pre>{@code
 * RfmDistribution whole = RfmDistribution.of(part1).merge(RfmDistribution.of(part2));
 * RfmBoundaries b = RfmBinning.quantiles(5).fit(whole); // equals fitting part1 + part2 at once
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RfmDistribution {
  final OrderStatistics.Distinct recency;
  final OrderStatistics.Distinct frequency;
  final OrderStatistics.Distinct monetary;
  private final Currency currency;

  private RfmDistribution(
      OrderStatistics.Distinct recency,
      OrderStatistics.Distinct frequency,
      OrderStatistics.Distinct monetary,
      Currency currency) {
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    this.currency = currency;
  }

  /**
   * Returns the distribution of a (partial) customer base.
   *
   * @param columns the customers, not null; may be empty
   * @return the distribution
   */
  public static RfmDistribution of(RfmColumns columns) {
    checkNotNull(columns, "columns must not be null");
    return new RfmDistribution(
        OrderStatistics.Distinct.fromValues(
            Arrays.stream(columns.recencyDays).asDoubleStream().toArray()),
        OrderStatistics.Distinct.fromValues(
            Arrays.stream(columns.frequency).asDoubleStream().toArray()),
        OrderStatistics.Distinct.fromValues(columns.monetary),
        columns.currency());
  }

  /**
   * Returns the distribution of both bases together.
   *
   * @param other the other part, not null, in the same currency
   * @return the merged distribution
   * @throws CurrencyMismatchException if the parts are in different currencies
   */
  public RfmDistribution merge(RfmDistribution other) {
    checkNotNull(other, "other must not be null");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return new RfmDistribution(
        recency.merge(other.recency),
        frequency.merge(other.frequency),
        monetary.merge(other.monetary),
        currency);
  }

  /**
   * Returns the number of customers.
   *
   * @return the number of customers
   */
  public long customers() {
    return recency.size();
  }

  /**
   * Returns the number of distinct values kept for a dimension, the measure of its memory.
   *
   * @param dimension the dimension, not null
   * @return the number of distinct values
   */
  public int distinctValues(RfmDimension dimension) {
    checkNotNull(dimension, "dimension must not be null");
    return switch (dimension) {
      case RECENCY -> recency.values.length;
      case FREQUENCY -> frequency.values.length;
      case MONETARY -> monetary.values.length;
    };
  }

  /**
   * Returns the currency of the monetary values.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  @Override
  public String toString() {
    return "RfmDistribution{customers="
        + customers()
        + ", distinct R/F/M="
        + recency.values.length
        + "/"
        + frequency.values.length
        + "/"
        + monetary.values.length
        + "}";
  }
}
