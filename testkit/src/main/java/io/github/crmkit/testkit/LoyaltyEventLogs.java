package io.github.crmkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.rewards.LoyaltyEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Event logs of loyalty-programme members, for property tests and benchmarks: an enrolment, then
 * purchases, partial and full returns, redemptions (some larger than the balance), cancellations of
 * earlier redemptions and manual adjustments, hours to weeks apart, every event with a unique id.
 * Drawn from a {@link RandomGenerator}, so any property-testing library can wrap it.
 *
 * @since 0.2
 */
public final class LoyaltyEventLogs {
  private LoyaltyEventLogs() {}

  /**
   * Draws one member's log, in time order.
   *
   * @param rng the source of randomness, not null
   * @param member the member, not null
   * @param start the instant of the enrolment, not null
   * @param events how many events, at least 1
   * @param currency the currency of amounts, not null
   * @return the events, in time order
   */
  public static List<LoyaltyEvent> member(
      RandomGenerator rng, CustomerId member, Instant start, int events, Currency currency) {
    checkNotNull(rng, "rng must not be null");
    checkNotNull(member, "member must not be null");
    checkNotNull(start, "start must not be null");
    checkNotNull(currency, "currency must not be null");
    checkArgument(events >= 1, "events must be at least 1, but was %s", events);
    List<LoyaltyEvent> out = new ArrayList<>(events);
    String prefix = member.value() + "-";
    out.add(LoyaltyEvent.Enrolment.of(prefix + 0, member, start, null));
    Instant t = start;
    List<String> orders = new ArrayList<>();
    List<Long> orderLeft = new ArrayList<>();
    List<String> redemptions = new ArrayList<>();
    Channel[] channels = Channel.values();
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    long unit = 1;
    for (int i = 0; i < digits; i++) {
      unit *= 10;
    }
    for (int i = 1; i < events; i++) {
      t = t.plus(Duration.ofMinutes(30 + rng.nextInt(60 * 24 * 21)));
      String id = prefix + i;
      int kind = rng.nextInt(100);
      if (kind < 50 || orders.isEmpty()) {
        long minor = unit + rng.nextLong(300 * unit);
        String order = prefix + "o" + i;
        orders.add(order);
        orderLeft.add(minor);
        out.add(
            LoyaltyEvent.Purchase.of(
                id,
                member,
                t,
                order,
                Money.ofMinor(minor, currency),
                rng.nextInt(3) == 0 ? channels[rng.nextInt(channels.length)] : null,
                rng.nextInt(3) == 0 ? "c" + rng.nextInt(4) : null));
      } else if (kind < 62) {
        int k = rng.nextInt(orders.size());
        long left = orderLeft.get(k);
        if (left == 0) {
          out.add(LoyaltyEvent.Adjustment.of(id, member, t, 1 + rng.nextInt(50), "goodwill"));
          continue;
        }
        long minor = rng.nextBoolean() ? left : 1 + rng.nextLong(left);
        orderLeft.set(k, left - minor);
        out.add(
            LoyaltyEvent.Return.of(id, member, t, orders.get(k), Money.ofMinor(minor, currency)));
      } else if (kind < 85) {
        out.add(LoyaltyEvent.Redemption.of(id, member, t, 1 + rng.nextInt(400), "r"));
        redemptions.add(id);
      } else if (kind < 93 && !redemptions.isEmpty()) {
        String r = redemptions.get(rng.nextInt(redemptions.size()));
        out.add(LoyaltyEvent.RedemptionCancel.of(id, member, t, r));
      } else {
        long points = rng.nextInt(200) - 100L;
        out.add(
            LoyaltyEvent.Adjustment.of(
                id, member, t, points == 0 ? 1 : points, points < 0 ? "correction" : "goodwill"));
      }
    }
    return out;
  }

  /**
   * Draws the interleaved log of many members, in time order: member i is {@code m<i>}, enrolled
   * within the first 30 days after {@code start}.
   *
   * @param rng the source of randomness, not null
   * @param members how many members, at least 1
   * @param eventsPerMember events per member, at least 1
   * @param start the earliest instant, not null
   * @param currency the currency, not null
   * @return the events of all members, in time order
   */
  public static List<LoyaltyEvent> members(
      RandomGenerator rng, int members, int eventsPerMember, Instant start, Currency currency) {
    checkArgument(members >= 1, "members must be at least 1, but was %s", members);
    List<LoyaltyEvent> all = new ArrayList<>(members * eventsPerMember);
    for (int m = 0; m < members; m++) {
      Instant enrol = start.plus(Duration.ofMinutes(rng.nextInt(60 * 24 * 30)));
      all.addAll(member(rng, CustomerId.of("m" + m), enrol, eventsPerMember, currency));
    }
    all.sort(Comparator.comparing(LoyaltyEvent::at).thenComparing(LoyaltyEvent::id));
    return all;
  }
}
