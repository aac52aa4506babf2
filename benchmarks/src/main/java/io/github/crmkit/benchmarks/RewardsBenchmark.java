package io.github.crmkit.benchmarks;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.rewards.Expiry;
import io.github.crmkit.rewards.Ledger;
import io.github.crmkit.rewards.LoyaltyEvent;
import io.github.crmkit.rewards.LoyaltyEventLog;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.Replay;
import io.github.crmkit.rewards.Tier;
import io.github.crmkit.testkit.LoyaltyEventLogs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The points ledger (issue 17): replaying testkit's event logs of 100,000 members (20 events each,
 * 2,000,000 events, seed 17) in parallel on every core, and applying one purchase to a member's
 * ledger of 50 lots. The programme has a 14-day pending period, expiry a year after accrual and
 * three tiers.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RewardsBenchmark -prof gc}. Targets:
 * replay at least 5 million events per second on 2 cores; one purchase applied in at most 1 us with
 * no garbage beyond the new ledger.
 *
 * <p>On the project's machine (2-core AMD EPYC shared VM, JDK 17, G1, 3 GB heap, 5 x 2 s after 3 x
 * 2 s, 2026-11-28, one run for all figures):
 *
 * <ul>
 *   <li>{@code replayHundredThousandMembers} 258.6 +- 25.3 ms: 7.7 million events per second
 *       (target 5 million), 252 MB allocated per replay (10 iterations in another run: 325.6 +- 5.4
 *       ms). Earlier versions, same benchmark: 2,587 ms (first), 1,556 ms (a ledger per member),
 *       about 790 ms (figures kept, postings on demand, the log still event objects);
 *   <li>{@code readEveryEventOnce} 191.2 +- 12.0 ms: reading each event object's instant, id and
 *       member once, with no ledger work, costs three quarters of a whole replay from columns. That
 *       is why a replay reads a {@code LoyaltyEventLog}: its columns are stored grouped by member
 *       when it is built, so a replay reads each member's rows one after the other instead of
 *       chasing scattered objects;
 *   <li>{@code buildLogFromObjects} 1,057 +- 233 ms (once per log; a reader can add events to the
 *       builder as it parses them) and {@code replayHundredThousandMembersFromObjects} (both
 *       together) 1,269 +- 604 ms;
 *   <li>{@code applyPurchaseToFiftyLots} 955 +- 39 ns (709 to 955 ns over this session's runs;
 *       first version 2,845 ns) and 5,408 B per purchase (first version 11,520 B): under the 1 us
 *       target. Every byte is part of the returned ledger: the copied state shares its tables with
 *       the ledger it came from and copies only those the purchase changes (lots, orders and their
 *       id table), plus the new lot, its two instants, the row the event is read into, and the
 *       event, id, hash and position arrays one longer. Nothing is allocated and dropped (the order
 *       lookup is an open-addressing table of ints; no map, no boxing, no list wrapper).
 * </ul>
 *
 * <p>The batch, a million members with 20 events each (20,000,000 events, testkit, not a
 * JMH benchmark, 12 GB heap): the log built member after member in 25.4 s, replayed in 3.9 to 6.7 s
 * over five rounds (3.0 to 5.1 million events per second; 39.8 to 49.6 s with ledgers of objects).
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class RewardsBenchmark {
  static final Currency USD = Currency.getInstance("USD");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  static final Programme PROGRAMME =
      Programme.builder(USD)
          .pending(Duration.ofDays(14))
          .expiry(Expiry.after(Duration.ofDays(365)))
          .tier(Tier.of("base", 0))
          .tier(Tier.of("silver", 500))
          .tier(Tier.of("gold", 2000))
          .build();

  /** testkit's log of 100,000 members as event objects. */
  @State(Scope.Benchmark)
  public static class Objects {
    List<LoyaltyEvent> log;
    Instant asOf;

    /** Draws the log. */
    @Setup
    public void setUp() {
      log = LoyaltyEventLogs.members(new SplittableRandom(17), 100_000, 20, START, USD);
      asOf = log.get(log.size() - 1).at();
    }
  }

  /** The same log as columns (the event objects dropped once read). */
  @State(Scope.Benchmark)
  public static class Columns {
    LoyaltyEventLog log;
    Instant asOf;

    /** Draws the log and keeps its columns. */
    @Setup
    public void setUp() {
      List<LoyaltyEvent> events =
          LoyaltyEventLogs.members(new SplittableRandom(17), 100_000, 20, START, USD);
      asOf = events.get(events.size() - 1).at();
      log = LoyaltyEventLog.of(events);
    }
  }

  /** A member's ledger of 50 lots and the next purchase. */
  @State(Scope.Benchmark)
  public static class FiftyLots {
    Ledger ledger;
    LoyaltyEvent nextPurchase;

    /** Replays 50 purchases. */
    @Setup
    public void setUp() {
      CustomerId m = CustomerId.of("m");
      List<LoyaltyEvent> purchases = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        purchases.add(
            LoyaltyEvent.Purchase.of(
                "p" + i,
                m,
                START.plus(Duration.ofDays(i)),
                "o" + i,
                Money.ofMinor(1_000 + 137L * i, USD),
                null,
                null));
      }
      ledger = Ledger.replay(PROGRAMME, purchases, START.plus(Duration.ofDays(50)));
      nextPurchase =
          LoyaltyEvent.Purchase.of(
              "p50",
              m,
              START.plus(Duration.ofDays(51)),
              "o50",
              Money.ofMinor(4_200, USD),
              null,
              null);
    }
  }

  /**
   * Replays 2,000,000 events of 100,000 members held as columns ({@link LoyaltyEventLog}); divide
   * by 2e6 for the time per event.
   *
   * @param c the log
   * @return the replay
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Replay replayHundredThousandMembers(Columns c) {
    return Replay.of(PROGRAMME, c.log, c.asOf);
  }

  /**
   * Builds the columnar log from the event objects (done once per log; a reader can add events to
   * the builder as it parses them).
   *
   * @param o the log
   * @return the columns
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public LoyaltyEventLog buildLogFromObjects(Objects o) {
    return LoyaltyEventLog.of(o.log);
  }

  /**
   * The same log given as event objects: turned into columns first, then replayed.
   *
   * @param o the log
   * @return the replay
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Replay replayHundredThousandMembersFromObjects(Objects o) {
    return Replay.of(PROGRAMME, o.log, o.asOf);
  }

  /**
   * The floor under a replay of event objects: every event's instant, id and member read once, in
   * log order, on every core (no ledger work at all).
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long readEveryEventOnce(Objects o) {
    List<LoyaltyEvent> log = o.log;
    return IntStream.range(0, log.size())
        .parallel()
        .mapToLong(
            i -> {
              LoyaltyEvent e = log.get(i);
              return e.at().getEpochSecond() + e.id().hashCode() + e.member().hashCode();
            })
        .sum();
  }

  /** One purchase applied to a ledger of 50 lots. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Ledger applyPurchaseToFiftyLots(FiftyLots f) {
    return f.ledger.apply(f.nextPurchase);
  }
}
