package io.github.crmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
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

  /**
   * Draws a customer snapshot as of {@code asOf}: no purchase (a prospect) about one time in eight,
   * otherwise 1 to 40 purchases spread over up to two years before {@code asOf}; a recommendation
   * 0-10 about two times in three; each share signal (0 to 1) and count signal (0 to 12) present
   * about two times in three; a random subset of the categories; the flag {@code "partner"} about
   * one time in ten.
   *
   * @param rng the source of randomness, not null
   * @param asOf the snapshot instant, not null
   * @param shareSignals names of signals drawn as shares, not null
   * @param countSignals names of signals drawn as counts, not null
   * @param categories category names to draw from, not null
   * @return a valid snapshot
   */
  public static CustomerSnapshot snapshot(
      RandomGenerator rng,
      Instant asOf,
      Collection<String> shareSignals,
      Collection<String> countSignals,
      Collection<String> categories) {
    checkNotNull(rng, "rng must not be null");
    checkNotNull(asOf, "asOf must not be null");
    checkNotNull(shareSignals, "shareSignals must not be null");
    checkNotNull(countSignals, "countSignals must not be null");
    checkNotNull(categories, "categories must not be null");
    CustomerSnapshot.Builder b = new CustomerSnapshot.Builder();
    b.customerId(customerId(rng)).asOf(asOf);
    if (rng.nextInt(8) != 0) {
      long count = 1L + rng.nextInt(40);
      Instant last = asOf.minus(Duration.ofMinutes(rng.nextLong(0, 730L * 24 * 60)));
      Instant first =
          count == 1 ? last : last.minus(Duration.ofMinutes(rng.nextLong(0, 730L * 24 * 60)));
      b.purchases(
          new PurchaseSummary(first, last, count, Money.ofMinor(rng.nextLong(0, 10_000_000), KRW)));
    }
    if (rng.nextInt(3) != 0) {
      b.recommendScore(rng.nextInt(11));
    }
    for (String s : shareSignals) {
      if (rng.nextInt(3) != 0) {
        b.putSignals(s, rng.nextInt(5) == 0 ? (double) rng.nextInt(2) : rng.nextDouble());
      }
    }
    for (String s : countSignals) {
      if (rng.nextInt(3) != 0) {
        b.putSignals(s, (double) rng.nextInt(13));
      }
    }
    for (String c : categories) {
      if (rng.nextBoolean()) {
        b.addCategories(c);
      }
    }
    if (rng.nextInt(10) == 0) {
      b.addFlags("partner");
    }
    return b.build();
  }

  /**
   * Draws a coding study in wide form: each unit has a true category drawn uniformly; each coder
   * reports it with probability {@code agreement} and otherwise a uniformly drawn category; each
   * cell is missing (null) with probability {@code missing}.
   *
   * @param rng the source of randomness, not null
   * @param units the number of units, 0 or more
   * @param coders the number of coders, 1 or more
   * @param categories the categories, at least one
   * @param agreement the probability of reporting the true category, 0 to 1
   * @param missing the probability of a missing cell, 0 to 1
   * @return units x coders codes, null where missing
   */
  @SuppressWarnings("NullAway") // cells are null where missing, as documented
  public static String[][] ratings(
      RandomGenerator rng,
      int units,
      int coders,
      List<String> categories,
      double agreement,
      double missing) {
    checkNotNull(rng, "rng must not be null");
    checkNotNull(categories, "categories must not be null");
    checkArgument(units >= 0, "units must not be negative, but was %s", units);
    checkArgument(coders >= 1, "coders must be at least 1, but was %s", coders);
    checkArgument(!categories.isEmpty(), "categories must not be empty");
    if (!(agreement >= 0 && agreement <= 1) || !(missing >= 0 && missing <= 1)) {
      throw new IllegalArgumentException(
          "agreement and missing must be 0 to 1, but were " + agreement + " and " + missing);
    }
    String[][] out = new String[units][coders];
    int q = categories.size();
    for (int u = 0; u < units; u++) {
      String truth = categories.get(rng.nextInt(q));
      for (int c = 0; c < coders; c++) {
        if (rng.nextDouble() < missing) {
          continue;
        }
        out[u][c] = rng.nextDouble() < agreement ? truth : categories.get(rng.nextInt(q));
      }
    }
    return out;
  }

  private static final Currency KRW = Currency.getInstance("KRW");
}
