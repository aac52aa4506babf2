package io.github.crmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import java.time.Instant;
import java.util.Currency;
import java.util.random.RandomGenerator;

/**
 * Single domain values drawn from a {@link RandomGenerator}, for property tests. Each method draws
 * a valid value; wrap them with any property-testing library (crmkit's own tests wrap them for
 * QuickTheories).
 *
 * @since 0.1
 */
public final class DomainGenerators {
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_고객";

  private DomainGenerators() {}

  /**
   * Draws a customer id of 1 to 12 characters, including Korean letters.
   *
   * @param rng the source of randomness, not null
   * @return a customer id
   */
  public static CustomerId customerId(RandomGenerator rng) {
    checkNotNull(rng, "rng must not be null");
    int length = 1 + rng.nextInt(12);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ID_CHARS.charAt(rng.nextInt(ID_CHARS.length())));
    }
    return CustomerId.of(sb.toString());
  }

  /**
   * Draws an amount from 0 to {@code maxMinor} minor units.
   *
   * @param rng the source of randomness, not null
   * @param currency the currency, not null
   * @param maxMinor the largest amount in minor units, not negative
   * @return an amount
   */
  public static Money money(RandomGenerator rng, Currency currency, long maxMinor) {
    checkNotNull(rng, "rng must not be null");
    checkArgument(maxMinor >= 0, "maxMinor must not be negative, but was %s", maxMinor);
    return Money.ofMinor(rng.nextLong(0, maxMinor + 1), currency);
  }

  /**
   * Draws an instant in {@code [from, to)}, to the second.
   *
   * @param rng the source of randomness, not null
   * @param from the earliest instant
   * @param to the instant after the latest, after {@code from}
   * @return an instant
   */
  public static Instant instant(RandomGenerator rng, Instant from, Instant to) {
    checkNotNull(rng, "rng must not be null");
    checkArgument(to.isAfter(from), "to must be after from (%s), but was %s", from, to);
    return Instant.ofEpochSecond(rng.nextLong(from.getEpochSecond(), to.getEpochSecond()));
  }

  /**
   * Draws a channel.
   *
   * @param rng the source of randomness, not null
   * @return a channel
   */
  public static Channel channel(RandomGenerator rng) {
    checkNotNull(rng, "rng must not be null");
    Channel[] all = Channel.values();
    return all[rng.nextInt(all.length)];
  }

  /**
   * Draws a purchase by one of the given customers, in {@code [from, to)}.
   *
   * @param rng the source of randomness, not null
   * @param customers the customers to choose from, not empty
   * @param from the earliest instant
   * @param to the instant after the latest
   * @param currency the currency
   * @return a purchase of up to 1,000,000 minor units
   */
  public static Purchase purchase(
      RandomGenerator rng, CustomerId[] customers, Instant from, Instant to, Currency currency) {
    checkNotNull(customers, "customers must not be null");
    checkArgument(customers.length > 0, "customers must not be empty");
    return Purchase.of(
        customers[rng.nextInt(customers.length)],
        instant(rng, from, to),
        money(rng, currency, 1_000_000),
        channel(rng));
  }
}
