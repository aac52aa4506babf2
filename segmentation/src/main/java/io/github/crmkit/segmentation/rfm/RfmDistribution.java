package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CurrencyMismatchException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

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
 * <p>Immutable and thread-safe. Serializable, so that partition parts can travel between the JVMs
 * of a distributed job (a Spark executor's part to the driver, for example): the serial form is the
 * distinct values and counts of each dimension and the currency code, and it is checked again when
 * read (values strictly increasing, counts positive, the same number of customers in every
 * dimension).
 *
 * @serial exclude
 * @since 0.1
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public final class RfmDistribution implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

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

  @Serial
  private Object writeReplace() {
    return new SerialForm(this);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RfmDistribution is read through its serial form");
  }

  /** The serial form: distinct values and counts per dimension, and the currency code. */
  private static final class SerialForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // arrays of primitives are serializable
    private final double[][] values;

    @SuppressWarnings("serial")
    private final long[][] counts;

    private final String currency;

    SerialForm(RfmDistribution d) {
      values = new double[][] {d.recency.values, d.frequency.values, d.monetary.values};
      counts = new long[][] {d.recency.counts, d.frequency.counts, d.monetary.counts};
      currency = d.currency.getCurrencyCode();
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      if (values == null || counts == null || values.length != 3 || counts.length != 3) {
        throw new InvalidObjectException("RfmDistribution: three dimensions expected");
      }
      OrderStatistics.Distinct[] parts = new OrderStatistics.Distinct[3];
      for (int d = 0; d < 3; d++) {
        double[] v = values[d];
        long[] c = counts[d];
        if (v == null || c == null || v.length != c.length) {
          throw new InvalidObjectException(
              "RfmDistribution: values and counts of dimension " + d + " differ in length");
        }
        long total = 0;
        for (int i = 0; i < v.length; i++) {
          if (c[i] > 0) {
            try {
              total = Math.addExact(total, c[i]);
            } catch (ArithmeticException e) {
              throw new InvalidObjectException(
                  "RfmDistribution: the counts of dimension " + d + " overflow a long");
            }
          }
          if (!Double.isFinite(v[i]) || (i > 0 && !(v[i] > v[i - 1])) || c[i] <= 0) {
            throw new InvalidObjectException(
                "RfmDistribution: dimension "
                    + d
                    + " needs finite, strictly increasing values with positive counts, but at "
                    + i
                    + " had value "
                    + v[i]
                    + " and count "
                    + c[i]);
          }
        }
        parts[d] = new OrderStatistics.Distinct(v.clone(), c.clone());
      }
      if (parts[0].size() != parts[1].size() || parts[0].size() != parts[2].size()) {
        throw new InvalidObjectException(
            "RfmDistribution: dimensions count different numbers of customers: "
                + parts[0].size()
                + ", "
                + parts[1].size()
                + ", "
                + parts[2].size());
      }
      Currency c;
      try {
        c = Currency.getInstance(currency);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidObjectException("RfmDistribution: unknown currency " + currency);
      }
      return new RfmDistribution(parts[0], parts[1], parts[2], c);
    }
  }

  /** Equal when every dimension holds the same values with the same counts, in one currency. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RfmDistribution d
        && d.currency.equals(currency)
        && same(d.recency, recency)
        && same(d.frequency, frequency)
        && same(d.monetary, monetary);
  }

  private static boolean same(OrderStatistics.Distinct a, OrderStatistics.Distinct b) {
    return Arrays.equals(a.values, b.values) && Arrays.equals(a.counts, b.counts);
  }

  @Override
  public int hashCode() {
    int h = currency.hashCode();
    for (OrderStatistics.Distinct d :
        new OrderStatistics.Distinct[] {recency, frequency, monetary}) {
      h = h * 31 + Arrays.hashCode(d.values) * 17 + Arrays.hashCode(d.counts);
    }
    return h;
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
