package io.github.crmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.internal.Variates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of realistic customer bases: customers who join at random during a period, buy
 * at individual rates, drop out, and spend log-normal amounts through a mix of channels.
 *
 * <p>The model follows the "buy till you die" story of Schmittlein, Morrison and Colombo (1987) and
 * Fader, Hardie and Lee (2005): each customer's purchase rate is drawn from a gamma distribution
 * (heterogeneity), purchases follow a Poisson process at that rate, and after each purchase the
 * customer drops out with a probability drawn from a beta-like spread around the configured mean.
 * Spend per purchase is log-normal around a customer-specific median. Purchases are produced
 * customer by customer, each customer's in time order.
 *
 * <p>The same seed and settings give the same base on every machine. With defect rate above zero,
 * that share of records is made bad on purpose (after the end of the period, negative amount,
 * unknown customer index, or null or foreign-currency records for the object form), so tests can
 * check that every record is accounted for. Immutable and thread-safe; each call generates afresh.
 *
 * <pre>{@code
 * PurchaseColumns base = CustomerBaseGenerator.withSeed(42).customers(1_000_000).columns();
 * }</pre>
 *
 * @since 0.1
 */
public final class CustomerBaseGenerator {
  private static final Channel[] CHANNELS = Channel.values();
  private static final double[] CHANNEL_WEIGHTS = {0.30, 0.08, 0.04, 0.03, 0.30, 0.20, 0.03, 0.02};

  private final Config config;

  private CustomerBaseGenerator(Config config) {
    this.config = config;
  }

  /** The settings; copied on every change, never mutated once a generator holds them. */
  private static final class Config implements Cloneable {
    long seed;
    int customers = 1_000;
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    Instant end = Instant.parse("2026-01-01T00:00:00Z");
    Currency currency = Currency.getInstance("USD");
    double meanDaysBetweenPurchases = 42;
    double rateShape = 0.9;
    double dropout = 0.12;
    double medianSpend = 35;
    double spendSigma = 0.8;
    double defectRate;

    @Override
    protected Config clone() {
      try {
        return (Config) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private CustomerBaseGenerator with(Consumer<Config> change) {
    Config copy = config.clone();
    change.accept(copy);
    return new CustomerBaseGenerator(copy);
  }

  /**
   * Returns a generator with the given seed and defaults: 1,000 customers joining during 2024-01-01
   * to 2026-01-01 (UTC), about 8 weeks between purchases on average, a 12% chance of dropping out
   * after each purchase, a median spend of 35.00 USD, and no defects. On average a customer makes
   * about five purchases.
   *
   * @param seed the seed
   * @return the generator
   */
  public static CustomerBaseGenerator withSeed(long seed) {
    Config config = new Config();
    config.seed = seed;
    return new CustomerBaseGenerator(config);
  }

  /**
   * Returns a copy with another number of customers.
   *
   * @param count the number of customers, 1 to 100,000,000
   * @return the new generator
   */
  public CustomerBaseGenerator customers(int count) {
    checkArgument(
        count >= 1 && count <= 100_000_000,
        "count must be between 1 and 100000000, but was %s",
        count);
    return with(c -> c.customers = count);
  }

  /**
   * Returns a copy with another period; customers join during it and nothing happens after it.
   *
   * @param from the start of the period
   * @param to the end of the period, at least one day after {@code from}
   * @return the new generator
   */
  public CustomerBaseGenerator period(Instant from, Instant to) {
    checkNotNull(from, "from must not be null");
    checkNotNull(to, "to must not be null");
    checkArgument(
        Duration.between(from, to).toDays() >= 1,
        "to must be at least one day after from (%s), but was %s",
        from,
        to);
    return with(
        c -> {
          c.start = from;
          c.end = to;
        });
  }

  /**
   * Returns a copy with another currency; the median spend keeps its number of major units.
   *
   * @param value the currency, with a minor unit
   * @return the new generator
   */
  public CustomerBaseGenerator currency(Currency value) {
    checkNotNull(value, "value must not be null");
    checkArgument(
        value.getDefaultFractionDigits() >= 0,
        "value must have a minor unit, but was %s",
        value.getCurrencyCode());
    return with(c -> c.currency = value);
  }

  /**
   * Returns a copy with another purchase behaviour.
   *
   * @param meanDays the mean of the customers' mean days between purchases, above 0
   * @param shape the gamma shape of purchase rates across customers, above 0 (smaller: more
   *     heterogeneous)
   * @param dropoutProbability the mean chance of dropping out after a purchase, 0 to 1
   * @return the new generator
   */
  public CustomerBaseGenerator purchases(double meanDays, double shape, double dropoutProbability) {
    checkArgument(
        meanDays > 0 && meanDays < 1e6, "meanDays must be in (0, 1e6), but was %s", meanDays);
    checkArgument(shape > 0 && shape < 1e3, "shape must be in (0, 1000), but was %s", shape);
    checkArgument(
        dropoutProbability >= 0 && dropoutProbability <= 1,
        "dropoutProbability must be between 0 and 1, but was %s",
        dropoutProbability);
    return with(
        c -> {
          c.meanDaysBetweenPurchases = meanDays;
          c.rateShape = shape;
          c.dropout = dropoutProbability;
        });
  }

  /**
   * Returns a copy with another spend distribution.
   *
   * @param median the median spend per purchase in major units, above 0
   * @param sigma the log-normal sigma, 0 to 3
   * @return the new generator
   */
  public CustomerBaseGenerator spend(double median, double sigma) {
    checkArgument(median > 0 && median < 1e9, "median must be in (0, 1e9), but was %s", median);
    checkArgument(sigma >= 0 && sigma <= 3, "sigma must be between 0 and 3, but was %s", sigma);
    return with(
        c -> {
          c.medianSpend = median;
          c.spendSigma = sigma;
        });
  }

  /**
   * Returns a copy that makes the given share of records defective on purpose.
   *
   * @param rate the share of defective records, 0 to 0.5
   * @return the new generator
   */
  public CustomerBaseGenerator defects(double rate) {
    checkArgument(rate >= 0 && rate <= 0.5, "rate must be between 0 and 0.5, but was %s", rate);
    return with(c -> c.defectRate = rate);
  }

  /**
   * Returns the end of the period: the natural analysis instant for the base.
   *
   * @return the end instant
   */
  public Instant end() {
    return config.end;
  }

  /**
   * Returns the currency of the amounts.
   *
   * @return the currency
   */
  public Currency currency() {
    return config.currency;
  }

  /**
   * Returns the id of customer number {@code i}: {@code "c"} followed by the number, zero-padded to
   * eight digits.
   *
   * @param i the customer's number, from 0
   * @return the id
   */
  public static CustomerId customerId(int i) {
    checkArgument(i >= 0, "i must not be negative, but was %s", i);
    StringBuilder sb = new StringBuilder("c");
    String digits = Integer.toString(i);
    for (int k = digits.length(); k < 8; k++) {
      sb.append('0');
    }
    return CustomerId.of(sb.append(digits).toString());
  }

  /**
   * Generates the base as columns; defects, if any, are bad amounts, instants after the end, and
   * customer indexes outside the dictionary.
   *
   * @return the purchases as columns, with order ids (one order per purchase)
   */
  public PurchaseColumns columns() {
    Sink sink = new Sink();
    generate(sink);
    CustomerId[] ids = new CustomerId[config.customers];
    for (int i = 0; i < config.customers; i++) {
      ids[i] = customerId(i);
    }
    int n = sink.size;
    long[] orders = new long[n];
    for (int i = 0; i < n; i++) {
      orders[i] = i;
    }
    return PurchaseColumns.wrap(
            ids,
            Arrays.copyOf(sink.customer, n),
            Arrays.copyOf(sink.second, n),
            Arrays.copyOf(sink.amount, n),
            config.currency)
        .withOrderIds(orders);
  }

  /**
   * Generates the base as purchase objects; defects, if any, are null records, amounts in another
   * currency and instants after the end.
   *
   * @return the purchases, customer by customer, each in time order
   */
  public List<@Nullable Purchase> purchases() {
    Sink sink = new Sink();
    generate(sink);
    List<@Nullable Purchase> list = new ArrayList<>(sink.size);
    Currency other =
        Currency.getInstance(config.currency.getCurrencyCode().equals("EUR") ? "USD" : "EUR");
    CustomerId[] ids = new CustomerId[config.customers];
    for (int i = 0; i < sink.size; i++) {
      int c = sink.customer[i];
      long amount = sink.amount[i];
      if (c < 0) {
        list.add(null);
        continue;
      }
      CustomerId id = ids[c];
      if (id == null) {
        id = customerId(c);
        ids[c] = id;
      }
      Money money =
          amount < 0 ? Money.ofMinor(-amount, other) : Money.ofMinor(amount, config.currency);
      list.add(
          Purchase.of(id, Instant.ofEpochSecond(sink.second[i]), money, sink.channel[i])
              .withOrderId("o" + i));
    }
    return list;
  }

  private void generate(Sink sink) {
    RandomGenerator rng = new SplittableRandom(config.seed);
    long startSecond = config.start.getEpochSecond();
    long endSecond = config.end.getEpochSecond();
    double periodDays = (endSecond - startSecond) / 86_400.0;
    double scale = Math.pow(10, config.currency.getDefaultFractionDigits());
    double meanRate = 1.0 / config.meanDaysBetweenPurchases;
    for (int c = 0; c < config.customers; c++) {
      double rate = Variates.gamma(rng, config.rateShape, meanRate / config.rateShape);
      double quit = Math.min(0.95, config.dropout * Variates.gamma(rng, 4, 0.25));
      double median = Math.log(config.medianSpend) + 0.5 * rng.nextGaussian();
      double day = rng.nextDouble() * periodDays;
      while (true) {
        long second = startSecond + (long) (day * 86_400);
        long amount =
            Math.max(
                1, Math.round(Math.exp(median + config.spendSigma * rng.nextGaussian()) * scale));
        Channel channel = channel(rng);
        int customer = c;
        if (config.defectRate > 0 && rng.nextDouble() < config.defectRate) {
          switch (rng.nextInt(3)) {
            case 0 -> second = endSecond + 1 + rng.nextInt(30 * 86_400);
            case 1 -> amount = -amount;
            default -> customer = -1 - rng.nextInt(1000);
          }
        }
        sink.add(customer, second, amount, channel);
        if (rng.nextDouble() < quit) {
          break;
        }
        day += rng.nextExponential() / Math.max(rate, 1e-9);
        if (day >= periodDays) {
          break;
        }
      }
    }
  }

  private static Channel channel(RandomGenerator rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < CHANNEL_WEIGHTS.length; i++) {
      u -= CHANNEL_WEIGHTS[i];
      if (u < 0) {
        return CHANNELS[i];
      }
    }
    return CHANNELS[CHANNELS.length - 1];
  }

  @Override
  public String toString() {
    return "CustomerBaseGenerator{seed="
        + config.seed
        + ", customers="
        + config.customers
        + ", period="
        + config.start
        + ".."
        + config.end
        + ", currency="
        + config.currency
        + ", defects="
        + config.defectRate
        + "}";
  }

  /** Growable primitive columns. */
  private static final class Sink {
    int size;
    int[] customer = new int[1024];
    long[] second = new long[1024];
    long[] amount = new long[1024];
    Channel[] channel = new Channel[1024];

    void add(int c, long s, long a, Channel ch) {
      if (size == customer.length) {
        int grown = size + (size >> 1);
        customer = Arrays.copyOf(customer, grown);
        second = Arrays.copyOf(second, grown);
        amount = Arrays.copyOf(amount, grown);
        channel = Arrays.copyOf(channel, grown);
      }
      customer[size] = c;
      second[size] = s;
      amount[size] = a;
      channel[size] = ch;
      size++;
    }
  }
}
