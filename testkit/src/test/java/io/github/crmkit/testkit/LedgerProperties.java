package io.github.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.rewards.Expiry;
import io.github.crmkit.rewards.Ledger;
import io.github.crmkit.rewards.Lot;
import io.github.crmkit.rewards.LoyaltyEvent;
import io.github.crmkit.rewards.Posting;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.Replay;
import io.github.crmkit.rewards.Standing;
import io.github.crmkit.rewards.Tier;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The points ledger's invariants over testkit's event logs ({@link LoyaltyEventLogs}), under
 * programmes drawn from every policy: points are conserved to the point, no lot is ever negative,
 * postings add up to the balance, replaying a log twice or in any order within the lateness gives
 * the same ledger, applying events one by one equals replaying them, and tiers never use the
 * spendable balance.
 */
class LedgerProperties {
  static final Currency USD = Currency.getInstance("USD");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** A member's log and a programme. */
  record Case(Programme programme, List<LoyaltyEvent> log, long seed) {
    @Override
    public String toString() {
      return "seed " + seed + ", " + log.size() + " events";
    }
  }

  static Programme programme(RandomGenerator rng) {
    Programme.Builder b =
        Programme.builder(USD)
            .pointsPerUnit(new BigDecimal(new String[] {"1", "0.5", "2", "1.25"}[rng.nextInt(4)]))
            .pending(Duration.ofDays(rng.nextInt(3) * 7L))
            .expiry(
                switch (rng.nextInt(4)) {
                  case 0 -> Expiry.never();
                  case 1 -> Expiry.after(Duration.ofDays(30 + rng.nextInt(200)));
                  case 2 -> Expiry.endOfMonthAfter(Duration.ofDays(30 + rng.nextInt(200)));
                  default -> Expiry.endOfYearAfter(Duration.ofDays(30 + rng.nextInt(200)));
                })
            .redemptionOrder(
                rng.nextBoolean()
                    ? Programme.RedemptionOrder.EARLIEST_EXPIRY
                    : Programme.RedemptionOrder.FIFO)
            .negativeBalance(
                rng.nextBoolean()
                    ? Programme.NegativeBalance.DEBT
                    : Programme.NegativeBalance.REFUSE)
            .downgrade(
                rng.nextBoolean()
                    ? Programme.Downgrade.RECOMPUTE
                    : Programme.Downgrade.ONE_PER_PERIOD)
            .tierWindow(Duration.ofDays(60 + rng.nextInt(300)))
            .lateness(Duration.ofDays(rng.nextInt(4)))
            .enrolmentBonus(rng.nextInt(3) * 50L)
            .tier(Tier.of("base", 0))
            .tier(new Tier("silver", 300, new BigDecimal("1.5")))
            .tier(new Tier("gold", 1500, new BigDecimal("2")));
    return b.build();
  }

  static org.quicktheories.core.Gen<Case> gen() {
    return CrmGen.of(
        rng -> {
          long seed = rng.nextLong();
          SplittableRandom r = new SplittableRandom(seed);
          List<LoyaltyEvent> log =
              LoyaltyEventLogs.member(r, CustomerId.of("m"), START, 1 + r.nextInt(40), USD);
          return new Case(programme(r), log, seed);
        });
  }

  static Instant end(List<LoyaltyEvent> log) {
    return log.get(log.size() - 1).at().plus(Duration.ofDays(400));
  }

  static void invariants(Ledger l) {
    assertThat(l.earned() + l.adjusted())
        .as("conservation")
        .isEqualTo(
            l.available() + l.pending() + l.redeemed() + l.expired() + l.returned() - l.debt());
    long lots = 0;
    for (Lot lot : l.lots()) {
      assertThat(lot.remaining()).as("lot %s", lot.id()).isBetween(0L, lot.points());
      lots += lot.remaining();
    }
    long posted = 0;
    for (Posting p : l.postings()) {
      posted += p.balanceChange();
    }
    assertThat(posted).as("postings add up to the balance").isEqualTo(lots - l.debt());
    assertThat(l.debt()).isNotNegative();
    if (l.debt() > 0) {
      assertThat(lots).as("a debt only while every lot is empty").isZero();
    }
    assertThat(l.received())
        .isEqualTo(l.appliedCount() + l.duplicates() + l.rejectedRecords().size());
  }

  @Test
  void pointsAreConservedAndNoLotIsEverNegative() {
    qt().forAll(gen())
        .checkAssert(
            c -> {
              Ledger l = Ledger.replay(c.programme(), c.log(), end(c.log()));
              invariants(l);
              // ...at every instant in between too.
              for (LoyaltyEvent e : c.log()) {
                invariants(Ledger.replay(c.programme(), c.log(), e.at()));
              }
            });
  }

  static List<String> view(Ledger l) {
    List<String> v = new ArrayList<>();
    v.add(
        l.available()
            + " "
            + l.pending()
            + " "
            + l.debt()
            + " "
            + l.earned()
            + " "
            + l.redeemed()
            + " "
            + l.expired()
            + " "
            + l.returned()
            + " "
            + l.adjusted()
            + " "
            + l.tier().map(Tier::name).orElse("-")
            + " "
            + l.qualifying());
    for (Posting p : l.postings()) {
      v.add(p.toString());
    }
    // Rejections are listed in arrival order, which a permutation changes: compared as a set.
    List<String> rejected = new ArrayList<>();
    for (Rejection<LoyaltyEvent> r : l.rejectedRecords()) {
      rejected.add(r.reason() + " " + r.record().map(LoyaltyEvent::id).orElse("?"));
    }
    Collections.sort(rejected);
    v.addAll(rejected);
    return v;
  }

  @Test
  void replayingTheLogTwiceChangesNothing() {
    qt().forAll(gen())
        .checkAssert(
            c -> {
              List<LoyaltyEvent> twice = new ArrayList<>(c.log());
              twice.addAll(c.log());
              Ledger once = Ledger.replay(c.programme(), c.log(), end(c.log()));
              Ledger again = Ledger.replay(c.programme(), twice, end(c.log()));
              assertThat(view(again)).isEqualTo(view(once));
              assertThat(again.duplicates()).isEqualTo(c.log().size());
            });
  }

  @Test
  void anyArrivalOrderWithinTheLatenessGivesTheSameLedger() {
    qt().forAll(gen())
        .checkAssert(
            c -> {
              // Lateness as long as the whole log: every permutation arrives in time.
              Programme p = c.programme().toBuilder().lateness(Duration.ofDays(3650)).build();
              Ledger ordered = Ledger.replay(p, c.log(), end(c.log()));
              List<LoyaltyEvent> shuffled = new ArrayList<>(c.log());
              Collections.shuffle(shuffled, new java.util.Random(c.seed()));
              Ledger l = Ledger.replay(p, shuffled, end(c.log()));
              assertThat(view(l)).isEqualTo(view(ordered));
            });
  }

  @Test
  void applyingOneByOneEqualsReplaying() {
    qt().forAll(gen())
        .checkAssert(
            c -> {
              Programme p = c.programme().toBuilder().lateness(Duration.ofDays(30)).build();
              List<LoyaltyEvent> arrival = new ArrayList<>(c.log());
              // Neighbours swapped now and then: out of order, within the lateness.
              SplittableRandom r = new SplittableRandom(c.seed());
              for (int i = 1; i < arrival.size(); i++) {
                if (r.nextInt(4) == 0) {
                  Collections.swap(arrival, i - 1, i);
                }
              }
              Ledger one = Ledger.open(p, CustomerId.of("m"), START);
              for (LoyaltyEvent e : arrival) {
                one = one.apply(e);
                invariants(one);
              }
              Ledger all = Ledger.replay(p, arrival, one.asOf());
              assertThat(view(one)).isEqualTo(view(all));
            });
  }

  @Test
  void applyingBetweenMovesInTimeEqualsReplaying() {
    qt().forAll(gen())
        .checkAssert(
            c -> {
              SplittableRandom r = new SplittableRandom(c.seed() ^ 0x5DEECE66DL);
              Ledger one = Ledger.open(c.programme(), CustomerId.of("m"), START);
              for (LoyaltyEvent e : c.log()) {
                if (r.nextInt(3) == 0) {
                  // The ledger brought forward, sometimes past the next events.
                  one = one.asOf(one.asOf().plus(Duration.ofDays(r.nextInt(400))));
                }
                one = one.apply(e);
                invariants(one);
              }
              Ledger all = Ledger.replay(c.programme(), c.log(), one.asOf());
              assertThat(view(one)).isEqualTo(view(all));
            });
  }

  @Test
  void tiersNeverUseTheSpendableBalance() {
    qt().forAll(gen())
        .checkAssert(
            c -> {
              // Without its redemptions, a log leaves a larger balance but the same tier.
              List<LoyaltyEvent> noRedemptions = new ArrayList<>();
              for (LoyaltyEvent e : c.log()) {
                if (!(e instanceof LoyaltyEvent.Redemption)
                    && !(e instanceof LoyaltyEvent.RedemptionCancel)) {
                  noRedemptions.add(e);
                }
              }
              Instant at = c.log().get(c.log().size() - 1).at();
              Programme p =
                  c.programme().toBuilder().negativeBalance(Programme.NegativeBalance.DEBT).build();
              Ledger with = Ledger.replay(p, c.log(), at);
              Ledger without = Ledger.replay(p, noRedemptions, at);
              assertThat(with.qualifying()).isEqualTo(without.qualifying());
              assertThat(with.tier()).isEqualTo(without.tier());
            });
  }

  @Test
  void aBatchIsTheSumOfItsMembers() {
    List<LoyaltyEvent> log = LoyaltyEventLogs.members(new SplittableRandom(5), 300, 20, START, USD);
    Programme p = programme(new SplittableRandom(6));
    Replay r = Replay.of(p, log, START.plus(Duration.ofDays(900)));
    assertThat(r.ledgers()).hasSize(300);
    assertThat(r.received()).isEqualTo(6000);
    assertThat(r.received()).isEqualTo(r.applied() + r.duplicates() + r.rejectedRecords().size());
    assertThat(r.applied()).isGreaterThan(3000);
    for (Ledger l : r.ledgers().values()) {
      invariants(l);
    }
    // Each member's figures and ledger are those of the member's events replayed alone.
    Instant asOf = START.plus(Duration.ofDays(900));
    Map<CustomerId, List<LoyaltyEvent>> byMember = new LinkedHashMap<>();
    for (LoyaltyEvent e : log) {
      byMember.computeIfAbsent(e.member(), k -> new ArrayList<>()).add(e);
    }
    assertThat(r.standings())
        .extracting(Standing::member)
        .containsExactlyElementsOf(byMember.keySet());
    long applied = 0;
    long duplicates = 0;
    long rejected = 0;
    for (Map.Entry<CustomerId, List<LoyaltyEvent>> m : byMember.entrySet()) {
      Ledger alone = Ledger.replay(p, m.getKey(), m.getValue(), asOf);
      assertThat(r.standing(m.getKey())).contains(alone.standing());
      Ledger batch = r.ledger(m.getKey()).orElseThrow();
      assertThat(batch.standing()).isEqualTo(alone.standing());
      assertThat(batch.postings()).isEqualTo(alone.postings());
      applied += alone.appliedCount();
      duplicates += alone.duplicates();
      rejected += alone.rejectedRecords().size();
    }
    assertThat(r.applied()).isEqualTo(applied);
    assertThat(r.duplicates()).isEqualTo(duplicates);
    assertThat(r.rejectedRecords()).hasSize((int) rejected);
    assertThat(r.rejectedRecords()).extracting(Rejection::position).isSorted();
    for (Rejection<LoyaltyEvent> x : r.rejectedRecords()) {
      assertThat(x.record().orElseThrow()).isEqualTo(log.get((int) x.position()));
    }
  }
}
