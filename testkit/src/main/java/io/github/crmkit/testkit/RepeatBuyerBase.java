package io.github.crmkit.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.internal.Variates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded base of repeat buyers drawn from the parameters of a "buy till you die" model, as
 * purchases: the same simulation the lifetime-value models of crmkit-segmentation use (BG/NBD:
 * Fader, Hardie and Lee 2005; Pareto/NBD: Schmittlein, Morrison and Colombo 1987), so tests can fit
 * a model to purchases whose true parameters are known. Each customer makes a first purchase at a
 * uniformly random instant of the cohort window and repeat purchases until death or the end of
 * observation; amounts are log-normal around a median. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Purchase> base = RepeatBuyerBase.withSeed(7).customers(10_000)
 *     .bgNbd(0.25, 4.0, 0.8, 2.5, Duration.ofDays(7));
 * }</pre>
 *
 * @since 0.1
 */
public final class RepeatBuyerBase {
  private final long seed;
  private final int customers;
  private final Instant cohortStart;
  private final Instant cohortEnd;
  private final Instant observationEnd;
  private final Money medianSpend;

  private RepeatBuyerBase(
      long seed,
      int customers,
      Instant cohortStart,
      Instant cohortEnd,
      Instant observationEnd,
      Money medianSpend) {
    this.seed = seed;
    this.customers = customers;
    this.cohortStart = cohortStart;
    this.cohortEnd = cohortEnd;
    this.observationEnd = observationEnd;
    this.medianSpend = medianSpend;
  }

  /**
   * Returns a generator: 1,000 customers joining in the first quarter of 2024, observed to the end
   * of 2024, median spend 30 USD.
   *
   * @param seed the seed
   * @return the generator
   */
  public static RepeatBuyerBase withSeed(long seed) {
    return new RepeatBuyerBase(
        seed,
        1_000,
        Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2024-04-01T00:00:00Z"),
        Instant.parse("2025-01-01T00:00:00Z"),
        Money.ofMinor(3_000, Currency.getInstance("USD")));
  }

  /**
   * Returns a copy with another number of customers.
   *
   * @param n the number, not negative
   * @return the copy
   */
  public RepeatBuyerBase customers(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but was " + n);
    }
    return new RepeatBuyerBase(seed, n, cohortStart, cohortEnd, observationEnd, medianSpend);
  }

  /**
   * Returns a copy with another cohort window and end of observation.
   *
   * @param start when the first customer may join, not null
   * @param end when the last may join, after {@code start}
   * @param observedUntil the end of observation, not before {@code end}
   * @return the copy
   * @throws IllegalArgumentException if the instants are out of order
   */
  public RepeatBuyerBase cohort(Instant start, Instant end, Instant observedUntil) {
    checkNotNull(start, "start must not be null");
    checkNotNull(end, "end must not be null");
    checkNotNull(observedUntil, "observedUntil must not be null");
    if (!end.isAfter(start) || observedUntil.isBefore(end)) {
      throw new IllegalArgumentException(
          "need start < end <= observedUntil, but were "
              + start
              + ", "
              + end
              + ", "
              + observedUntil);
    }
    return new RepeatBuyerBase(seed, customers, start, end, observedUntil, medianSpend);
  }

  /**
   * Returns a copy with another median spend per purchase.
   *
   * @param median the median, positive
   * @return the copy
   */
  public RepeatBuyerBase medianSpend(Money median) {
    checkNotNull(median, "median must not be null");
    if (median.isNegative() || median.isZero()) {
      throw new IllegalArgumentException("median must be positive, but was " + median);
    }
    return new RepeatBuyerBase(seed, customers, cohortStart, cohortEnd, observationEnd, median);
  }

  /**
   * Draws a base from BG/NBD parameters.
   *
   * @param r the shape of the purchase rate
   * @param alpha the rate of the purchase rate, in {@code unit}s
   * @param a the first shape of the dropout probability
   * @param b the second shape of the dropout probability
   * @param unit the model's time unit, positive
   * @return the purchases, customer by customer, each customer's in time order
   */
  public List<Purchase> bgNbd(double r, double alpha, double a, double b, Duration unit) {
    return draw(r, alpha, unit, (rng) -> new double[] {Variates.beta(rng, a, b), 0});
  }

  /**
   * Draws a base from Pareto/NBD parameters.
   *
   * @param r the shape of the purchase rate
   * @param alpha the rate of the purchase rate, in {@code unit}s
   * @param s the shape of the death rate
   * @param beta the rate of the death rate, in {@code unit}s
   * @param unit the model's time unit, positive
   * @return the purchases, customer by customer, each customer's in time order
   */
  public List<Purchase> paretoNbd(double r, double alpha, double s, double beta, Duration unit) {
    return draw(r, alpha, unit, (rng) -> new double[] {0, Variates.gamma(rng, s, 1 / beta)});
  }

  private interface Dropout {
    /** Returns {dropout probability per purchase, death rate}. */
    double[] draw(SplittableRandom rng);
  }

  /** One customer's dropout, given the customer's index. */
  interface CustomerDropout {
    /** Returns {dropout probability per purchase, death rate}. */
    double[] draw(SplittableRandom rng, int customer);
  }

  static CustomerId customerId(int c) {
    return CustomerId.of("c" + (c + 1));
  }

  int size() {
    return customers;
  }

  long seed() {
    return seed;
  }

  private List<Purchase> draw(double r, double alpha, Duration unit, Dropout dropout) {
    return draw(r, c -> alpha, unit, (rng, c) -> dropout.draw(rng));
  }

  /** Draws a base whose purchase-rate scale and dropout may differ by customer. */
  List<Purchase> draw(
      double r,
      java.util.function.IntToDoubleFunction alphaOf,
      Duration unit,
      CustomerDropout dropout) {
    checkNotNull(unit, "unit must not be null");
    double alpha = alphaOf.applyAsDouble(0);
    if (!(r > 0) || !(alpha > 0) || unit.isZero() || unit.isNegative()) {
      throw new IllegalArgumentException(
          "r, alpha and unit must be positive, but were " + r + ", " + alpha + ", " + unit);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double unitSeconds = unit.toNanos() / 1e9;
    long window = Duration.between(cohortStart, cohortEnd).toSeconds();
    List<Purchase> out = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      CustomerId id = customerId(c);
      Instant first = cohortStart.plusSeconds(rng.nextLong(window));
      double horizon = Duration.between(first, observationEnd).toSeconds() / unitSeconds;
      double lambda = Variates.gamma(rng, r, 1 / alphaOf.applyAsDouble(c));
      double[] d = dropout.draw(rng, c);
      double median = medianSpend.minorUnits() * Math.exp(0.5 * rng.nextGaussian());
      out.add(purchase(rng, id, first, median));
      for (double t : Variates.repeatPurchases(rng, lambda, d[0], false, d[1], horizon)) {
        out.add(purchase(rng, id, first.plusSeconds((long) (t * unitSeconds)), median));
      }
    }
    return out;
  }

  private Purchase purchase(SplittableRandom rng, CustomerId id, Instant at, double median) {
    long minor = Math.max(1, Math.round(median * Math.exp(0.4 * rng.nextGaussian())));
    return Purchase.of(id, at, Money.ofMinor(minor, medianSpend.currency()), Channel.WEB);
  }
}
