package io.github.crmkit.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Rejection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ledger's rules, and the five failures users report of naive ledgers, each by name. */
class LedgerTest {
  static final Currency USD = Currency.getInstance("USD");
  static final CustomerId M = CustomerId.of("m1");
  static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

  static Programme.Builder base() {
    return Programme.builder(USD)
        .tier(Tier.of("base", 0))
        .tier(Tier.of("silver", 500))
        .tier(Tier.of("gold", 2000));
  }

  static Instant day(int d) {
    return T0.plus(Duration.ofDays(d));
  }

  static LoyaltyEvent buy(String id, int d, String order, String amount) {
    return LoyaltyEvent.Purchase.of(id, M, day(d), order, Money.parse(amount), null, null);
  }

  static LoyaltyEvent ret(String id, int d, String order, String amount) {
    return LoyaltyEvent.Return.of(id, M, day(d), order, Money.parse(amount));
  }

  static LoyaltyEvent redeem(String id, int d, long points) {
    return LoyaltyEvent.Redemption.of(id, M, day(d), points, "r");
  }

  static LoyaltyEvent cancel(String id, int d, String redemption) {
    return LoyaltyEvent.RedemptionCancel.of(id, M, day(d), redemption);
  }

  static LoyaltyEvent adjust(String id, int d, long points) {
    return LoyaltyEvent.Adjustment.of(id, M, day(d), points, "goodwill");
  }

  /** Points are conserved and no lot is negative; postings add up to the lots and the debt. */
  static void checkInvariants(Ledger l) {
    assertThat(l.earned() + l.adjusted())
        .as("conservation of %s", l)
        .isEqualTo(
            l.available() + l.pending() + l.redeemed() + l.expired() + l.returned() - l.debt());
    long lots = 0;
    for (Lot lot : l.lots()) {
      assertThat(lot.remaining()).isBetween(0L, lot.points());
      lots += lot.remaining();
    }
    long posted = 0;
    for (Posting p : l.postings()) {
      posted += p.balanceChange();
    }
    assertThat(posted).isEqualTo(lots - l.debt());
    if (l.debt() > 0) {
      assertThat(lots).as("a debt only while every lot is empty").isZero();
    }
    assertThat(l.received())
        .isEqualTo(l.appliedCount() + l.duplicates() + l.rejectedRecords().size());
  }

  static Ledger replay(Programme p, Instant asOf, LoyaltyEvent... events) {
    Ledger l = Ledger.replay(p, List.of(events), asOf);
    checkInvariants(l);
    return l;
  }

  // ---- the five failures users report ----

  @Test
  void aRefundTakesBackThePointsItsShareEarned() {
    Ledger l =
        replay(
            base().build(),
            day(30),
            buy("e1", 0, "o1", "USD 120.00"),
            ret("e2", 2, "o1", "USD 20.00"));
    assertThat(l.earned()).isEqualTo(120);
    assertThat(l.returned()).isEqualTo(20);
    assertThat(l.available()).isEqualTo(100);
    // Returned in parts, an order gives back exactly what it earned, never more.
    Ledger parts =
        replay(
            base().pointsPerUnit(new BigDecimal("1.5")).build(),
            day(30),
            buy("e1", 0, "o1", "USD 10.01"),
            ret("e2", 1, "o1", "USD 3.33"),
            ret("e3", 2, "o1", "USD 3.33"),
            ret("e4", 3, "o1", "USD 3.35"));
    assertThat(parts.earned()).isEqualTo(15);
    assertThat(parts.returned()).isEqualTo(15);
    assertThat(parts.available()).isZero();
    Ledger tooMuch =
        replay(
            base().build(),
            day(30),
            buy("e1", 0, "o1", "USD 10.00"),
            ret("e2", 1, "o1", "USD 10.01"));
    assertThat(tooMuch.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("return-exceeds-purchase");
  }

  @Test
  void refundingAnOrderPaidWithPointsDoesNotChargeThePointsTwice() {
    // o2 costs 150: 50 paid with points (a redemption), 100 in money (earning 100 points).
    Ledger before = replay(base().build(), day(10), buy("e1", 0, "o1", "USD 200.00"));
    Ledger after =
        replay(
            base().build(),
            day(10),
            buy("e1", 0, "o1", "USD 200.00"),
            redeem("e2", 1, 50),
            buy("e3", 1, "o2", "USD 100.00"),
            ret("e4", 3, "o2", "USD 100.00"),
            cancel("e5", 3, "e2"));
    assertThat(after.available()).isEqualTo(before.available()).isEqualTo(200);
    assertThat(after.redeemed()).isZero();
    assertThat(after.returned()).isEqualTo(100);
    assertThat(after.debt()).isZero();
  }

  @Test
  void aReplayedOrderEventAwardsPointsOnce() {
    LoyaltyEvent e = buy("e1", 0, "o1", "USD 120.00");
    Ledger l = replay(base().build(), day(5), e, e, e);
    assertThat(l.available()).isEqualTo(120);
    assertThat(l.duplicates()).isEqualTo(2);
    // The same order under another event id is the same purchase told twice.
    Ledger again = replay(base().build(), day(5), e, buy("e2", 1, "o1", "USD 120.00"));
    assertThat(again.available()).isEqualTo(120);
    assertThat(again.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("duplicate-order");
    // The same id with other content is refused, not merged.
    Ledger conflict = replay(base().build(), day(5), e, buy("e1", 1, "o9", "USD 5.00"));
    assertThat(conflict.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("conflicting-duplicate");
    assertThat(conflict.available()).isEqualTo(120);
  }

  @Test
  void tiersCountQualifyingPointsNeverTheSpendableBalance() {
    Ledger l =
        replay(base().build(), day(20), buy("e1", 0, "o1", "USD 600.00"), redeem("e2", 1, 550));
    assertThat(l.available()).isEqualTo(50);
    assertThat(l.qualifying()).isEqualTo(600);
    assertThat(l.tier()).map(Tier::name).contains("silver");
    // Returns do lower the qualifying points.
    Ledger returned =
        replay(
            base().build(),
            day(20),
            buy("e1", 0, "o1", "USD 600.00"),
            ret("e2", 1, "o1", "USD 200.00"));
    assertThat(returned.qualifying()).isEqualTo(400);
    assertThat(returned.tier()).map(Tier::name).contains("base");
    // And the window ends them.
    Ledger later = replay(base().build(), day(400), buy("e1", 0, "o1", "USD 600.00"));
    assertThat(later.qualifying()).isZero();
    assertThat(later.available()).isEqualTo(600);
  }

  @Test
  void debitsAreTiedToTheLotsTheyConsumedSoExpiryNeverCollapsesTheBalance() {
    Programme p = base().expiry(Expiry.after(Duration.ofDays(100))).build();
    // Lot 1 (day 0) expires on day 100, lot 2 (day 50) on day 150; the redemption takes lot 1.
    Ledger l =
        replay(
            p,
            day(120),
            buy("e1", 0, "o1", "USD 100.00"),
            buy("e2", 50, "o2", "USD 100.00"),
            redeem("e3", 60, 100));
    assertThat(l.expired()).isZero();
    assertThat(l.available()).isEqualTo(100);
    assertThat(l.postings().get(2).lots()).containsExactly(new Posting.LotChange(1, -100));
    Ledger end = l.asOf(day(151));
    assertThat(end.expired()).isEqualTo(100);
    assertThat(end.available()).isZero();
    checkInvariants(end);
  }

  // ---- the rest of the rules ----

  @Test
  void pendingPointsCannotBeRedeemedAndReturnsTakeThemBack() {
    Programme p = base().pending(Duration.ofDays(14)).build();
    Ledger l = replay(p, day(5), buy("e1", 0, "o1", "USD 120.00"), redeem("e2", 5, 10));
    assertThat(l.pending()).isEqualTo(120);
    assertThat(l.available()).isZero();
    assertThat(l.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("insufficient-points");
    assertThat(l.asOf(day(14)).available()).isEqualTo(120);
  }

  @Test
  void aReturnAfterRedemptionLeavesADebtThatAccrualsRepayFirst() {
    // 100 earned, 80 redeemed, the order returned: 20 come from the lot, 80 become a debt.
    Ledger l =
        replay(
            base().build(),
            day(30),
            buy("e1", 0, "o1", "USD 100.00"),
            redeem("e2", 1, 80),
            ret("e3", 2, "o1", "USD 100.00"));
    assertThat(l.returned()).isEqualTo(100);
    assertThat(l.debt()).isEqualTo(80);
    assertThat(l.balance()).isEqualTo(-80);
    assertThat(l.postings().get(2).lots()).containsExactly(new Posting.LotChange(1, -20));
    assertThat(l.postings().get(2).debtChange()).isEqualTo(80);
    // The next accruals repay it before they fill a lot.
    Ledger repaid =
        replay(
            base().build(),
            day(30),
            buy("e1", 0, "o1", "USD 100.00"),
            redeem("e2", 1, 80),
            ret("e3", 2, "o1", "USD 100.00"),
            buy("e4", 3, "o2", "USD 50.00"),
            buy("e5", 4, "o3", "USD 40.00"));
    assertThat(repaid.debt()).isZero();
    assertThat(repaid.available()).isEqualTo(10);
    assertThat(repaid.lots().get(1).remaining()).isZero();
  }

  @Test
  void theRefusePolicyRejectsAReturnWhosePointsAreSpent() {
    Programme p = base().negativeBalance(Programme.NegativeBalance.REFUSE).build();
    Ledger l =
        replay(
            p,
            day(30),
            buy("e1", 0, "o1", "USD 100.00"),
            redeem("e2", 1, 80),
            ret("e3", 2, "o1", "USD 100.00"),
            adjust("e4", 3, -50));
    assertThat(l.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("negative-balance", "negative-balance");
    assertThat(l.available()).isEqualTo(20);
    assertThat(l.debt()).isZero();
  }

  @Test
  void aCancelledRedemptionRestoresItsLotsWithTheirExpiry() {
    Programme p = base().expiry(Expiry.after(Duration.ofDays(10))).build();
    Ledger l =
        replay(
            p,
            day(12),
            buy("e1", 0, "o1", "USD 100.00"),
            buy("e2", 5, "o2", "USD 100.00"),
            redeem("e3", 6, 150),
            cancel("e4", 11, "e3"));
    // Lot 1's 100 expired on day 10: cancelled on day 11, they expire at once; lot 2's 50 return.
    assertThat(l.expired()).isEqualTo(100);
    assertThat(l.available()).isEqualTo(100);
    assertThat(l.redeemed()).isZero();
    Ledger twice =
        replay(
            p,
            day(12),
            buy("e1", 0, "o1", "USD 100.00"),
            redeem("e3", 1, 50),
            cancel("e4", 2, "e3"),
            cancel("e5", 3, "e3"),
            cancel("e6", 3, "nope"));
    assertThat(twice.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("already-cancelled", "unknown-redemption");
  }

  @Test
  void eventsApplyInEventTimeWithinTheLatenessAndAreRejectedLater() {
    Programme p = base().lateness(Duration.ofDays(2)).build();
    Ledger inOrder = replay(p, day(10), buy("e1", 0, "o1", "USD 100.00"), redeem("e2", 3, 100));
    Ledger late = replay(p, day(10), redeem("e2", 3, 100), buy("e1", 2, "o1", "USD 100.00"));
    assertThat(late.available()).isEqualTo(inOrder.available()).isZero();
    assertThat(late.redeemed()).isEqualTo(100);
    Ledger tooLate = replay(p, day(10), redeem("e2", 3, 100), buy("e1", 0, "o1", "USD 100.00"));
    assertThat(tooLate.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("insufficient-points", "too-late");
    Ledger future = replay(p, day(1), buy("e1", 2, "o1", "USD 1.00"));
    assertThat(future.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("after-as-of");
  }

  @Test
  void manyOrdersAreFoundByTheirIndexAfterAScanNoLonger() {
    List<LoyaltyEvent> log = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      log.add(buy("e" + i, i, "o" + i, "USD 10.00"));
    }
    log.add(ret("r3", 41, "o3", "USD 10.00"));
    log.add(buy("dup", 42, "o35", "USD 10.00"));
    log.add(ret("r39", 43, "o39", "USD 5.00"));
    Ledger l = Ledger.replay(base().build(), log, day(50));
    checkInvariants(l);
    assertThat(l.returned()).isEqualTo(15);
    assertThat(l.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("duplicate-order");
    // The same through apply, which copies the state per event.
    Ledger one = Ledger.open(base().build(), M, T0);
    for (LoyaltyEvent e : log) {
      one = one.apply(e);
    }
    assertThat(one.postings()).isEqualTo(l.postings());
    assertThat(one.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("duplicate-order");
  }

  @Test
  void latenessIsExactToTheNanosecond() {
    Programme p = base().lateness(Duration.ofSeconds(10, 500)).build();
    Instant t = T0.plusSeconds(100);
    LoyaltyEvent late = buy("e1", 0, "o1", "USD 1.00");
    for (long[] c :
        new long[][] {
          {10, 500, 0}, {10, 501, 1}, {10, 499, 0}, {9, 999_999_999, 0}, {11, 0, 1}, {0, 0, 0}
        }) {
      Instant at = t.minusSeconds(c[0]).minusNanos(c[1]);
      LoyaltyEvent e =
          LoyaltyEvent.Purchase.of("e2", M, at, "o2", Money.parse("USD 1.00"), null, null);
      Ledger l =
          Ledger.replay(
              p,
              List.of(
                  LoyaltyEvent.Purchase.of("e1", M, t, "o1", Money.parse("USD 1.00"), null, null),
                  e),
              t);
      assertThat(l.rejectedRecords().size())
          .as("%s s %s ns before", c[0], c[1])
          .isEqualTo((int) c[2]);
    }
    assertThat(late.id()).isEqualTo("e1");
  }

  @Test
  void anEventBeforeTheLedgersInstantIsAppliedBeforeTheExpiriesThatFollowIt() {
    // The ledger was brought to day 400, when the lot of day 0 had expired; a redemption of day 100
    // arrives after it (in time order with the events). A replay redeems it from the lot, so must
    // apply(): a ledger that applied it to the state of day 400 found no points and refused it.
    Programme p = base().expiry(Expiry.after(Duration.ofDays(365))).build();
    Ledger late = replay(p, day(0), buy("e1", 0, "o1", "USD 100.00")).asOf(day(400));
    assertThat(late.available()).isZero();
    Ledger applied = late.apply(redeem("e2", 100, 60));
    Ledger replayed = replay(p, day(400), buy("e1", 0, "o1", "USD 100.00"), redeem("e2", 100, 60));
    assertThat(applied.rejectedRecords()).isEmpty();
    assertThat(applied.redeemed()).isEqualTo(60).isEqualTo(replayed.redeemed());
    assertThat(applied.expired()).isEqualTo(40).isEqualTo(replayed.expired());
    assertThat(applied.postings()).isEqualTo(replayed.postings());
    checkInvariants(applied);
  }

  @Test
  void applyingOneByOneEqualsReplayingEvenOutOfOrder() {
    Programme p = base().lateness(Duration.ofDays(5)).pending(Duration.ofDays(1)).build();
    List<LoyaltyEvent> log =
        List.of(
            buy("e1", 0, "o1", "USD 100.00"),
            redeem("e3", 4, 60),
            buy("e2", 2, "o2", "USD 30.00"),
            ret("e4", 5, "o1", "USD 100.00"),
            redeem("e5", 3, 100),
            adjust("e6", 6, 25));
    Ledger one = Ledger.open(p, M, T0);
    for (LoyaltyEvent e : log) {
      one = one.apply(e);
      checkInvariants(one);
    }
    Ledger all = replay(p, one.asOf(), log.toArray(new LoyaltyEvent[0]));
    assertThat(one.available()).isEqualTo(all.available());
    assertThat(one.debt()).isEqualTo(all.debt());
    assertThat(one.postings()).isEqualTo(all.postings());
    assertThat(one.rejectedRecords())
        .extracting(r -> r.position() + " " + r.reason() + " " + r.detail())
        .isEqualTo(
            all.rejectedRecords().stream()
                .map(r -> r.position() + " " + r.reason() + " " + r.detail())
                .toList());
    assertThat(one.rejectedRecords()).isNotEmpty();
  }

  @Test
  void oneTierPerReviewPeriodDown() {
    Programme p =
        base()
            .downgrade(Programme.Downgrade.ONE_PER_PERIOD)
            .reviewPeriod(Duration.ofDays(30))
            .tierWindow(Duration.ofDays(60))
            .build();
    Ledger gold = replay(p, day(1), buy("e1", 0, "o1", "USD 2500.00"));
    assertThat(gold.tier()).map(Tier::name).contains("gold");
    // The points leave the window on day 60; the reviews on days 60 and 90 step down one tier each.
    assertThat(gold.asOf(day(61)).tier()).map(Tier::name).contains("silver");
    assertThat(gold.asOf(day(91)).tier()).map(Tier::name).contains("base");
    Programme recompute = base().tierWindow(Duration.ofDays(60)).build();
    assertThat(replay(recompute, day(61), buy("e1", 0, "o1", "USD 2500.00")).tier())
        .map(Tier::name)
        .contains("base");
  }

  @Test
  void earningUsesMultipliersExactlyAndRoundsDown() {
    Programme p =
        base()
            .pointsPerUnit(new BigDecimal("0.1"))
            .categoryMultiplier("books", new BigDecimal("3"))
            .channelMultiplier(io.github.crmkit.core.Channel.WEB, new BigDecimal("2"))
            .enrolmentBonus(100)
            .referralBonus(50)
            .build();
    LoyaltyEvent e =
        LoyaltyEvent.Purchase.of(
            "e1",
            M,
            T0,
            "o1",
            Money.parse("USD 29.99"),
            io.github.crmkit.core.Channel.WEB,
            "books");
    Ledger l =
        replay(
            p,
            day(1),
            LoyaltyEvent.Enrolment.of("e0", M, T0.minusSeconds(1), CustomerId.of("m2")),
            e);
    // 29.99 x 0.1 x 2 x 3 = 17.994 -> 17, plus 150 of bonuses (a double would round 0.1 x 3 x 10
    // to 2.9999999999999996 and lose a point elsewhere).
    assertThat(l.earned()).isEqualTo(167);
    assertThat(replay(p, day(1), buy("e1", 0, "o1", "USD 10.00")).earned()).isEqualTo(1);
    Ledger self = replay(p, day(1), LoyaltyEvent.Enrolment.of("e0", M, T0, M));
    assertThat(self.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("self-referral");
  }

  @Test
  void theFastPointsArithmeticEqualsTheExactDecimalOne() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
    String[] rates = {"1", "0.1", "2.5", "0.037", "13", "1000000"};
    int overflows = 0;
    for (int k = 0; k < 200; k++) {
      Programme p =
          Programme.builder(k % 2 == 0 ? USD : Currency.getInstance("KRW"))
              .pointsPerUnit(new BigDecimal(rates[rng.nextInt(rates.length)]))
              .channelMultiplier(io.github.crmkit.core.Channel.WEB, new BigDecimal("1.5"))
              .categoryMultiplier("books", new BigDecimal(rates[rng.nextInt(rates.length)]))
              .tier(Tier.of("base", 0))
              .tier(new Tier("gold", 100, new BigDecimal("1.25")))
              .build();
      for (int i = 0; i < 200; i++) {
        long minor = 1 + (rng.nextBoolean() ? rng.nextLong(1_000_000) : rng.nextLong(1L << 50));
        io.github.crmkit.core.Channel ch =
            rng.nextBoolean() ? io.github.crmkit.core.Channel.WEB : null;
        String cat = rng.nextBoolean() ? "books" : rng.nextBoolean() ? "toys" : null;
        int tier = rng.nextInt(3) - 1;
        java.math.BigInteger expected =
            p.factor(ch, cat, tier)
                .multiply(BigDecimal.valueOf(minor))
                .movePointLeft(Math.max(0, p.currency().getDefaultFractionDigits()))
                .setScale(0, java.math.RoundingMode.FLOOR)
                .toBigIntegerExact();
        if (expected.bitLength() > 50) {
          // Never a rounded or capped number: refused.
          assertThatThrownBy(() -> p.points(minor, ch, cat, tier))
              .isInstanceOf(ArithmeticException.class);
          overflows++;
        } else {
          assertThat(p.points(minor, ch, cat, tier))
              .as("%s x %s", minor, p)
              .isEqualTo(expected.longValueExact());
        }
      }
    }
    assertThat(overflows).isPositive();
  }

  @Test
  void calendarExpiryEndsMonthsAndYearsInTheProgrammesZone() {
    ZoneId seoul = ZoneId.of("Asia/Seoul");
    Instant at = Instant.parse("2026-01-31T16:00:00Z"); // 1 Feb 01:00 in Seoul
    assertThat(Expiry.endOfMonthAfter(Duration.ofDays(1)).expiresAt(at, seoul))
        .isEqualTo(Instant.parse("2026-02-28T15:00:00Z"));
    assertThat(Expiry.endOfYearAfter(Duration.ofDays(1)).expiresAt(at, seoul))
        .isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
    assertThat(Expiry.never().expiresAt(at, seoul)).isNull();
    assertThatThrownBy(() -> Expiry.after(Duration.ZERO)).hasMessageContaining("positive");
  }

  @Test
  void programmeJsonRoundTripsAndIsStrict() {
    String json =
        "{\"currency\": \"USD\", \"earn\": {\"pointsPerUnit\": 1}, \"pending\": \"P14D\","
            + " \"expiry\": {\"after\": \"P365D\"}, \"redemptionOrder\": \"earliest-expiry\","
            + " \"negativeBalance\": \"debt\", \"tiers\": [{\"name\": \"base\", \"threshold\": 0},"
            + " {\"name\": \"silver\", \"threshold\": 500}, {\"name\": \"gold\", \"threshold\":"
            + " 2000}], \"tierWindow\": \"P365D\", \"downgrade\": \"recompute\"}";
    Programme p = ProgrammeJson.read(json);
    assertThat(p.pending()).isEqualTo(Duration.ofDays(14));
    assertThat(p.tiers()).hasSize(3);
    assertThat(ProgrammeJson.read(ProgrammeJson.write(p))).isEqualTo(p);
    assertThatThrownBy(() -> ProgrammeJson.read("{\"currency\": \"USD\", \"bonus\": 1}"))
        .isInstanceOf(DefinitionFormatException.class)
        .hasMessageContaining("$.bonus");
    assertThatThrownBy(
            () -> ProgrammeJson.read("{\"currency\": \"USD\", \"pending\": \"14 days\"}"))
        .hasMessageContaining("$.pending");
    assertThatThrownBy(
            () ->
                ProgrammeJson.read(
                    "{\"currency\": \"USD\", \"tiers\": [{\"name\": \"a\", \"threshold\": 5},"
                        + " {\"name\": \"b\", \"threshold\": 1}]}"))
        .hasMessageContaining("increasing threshold");
    assertThatThrownBy(
            () -> ProgrammeJson.read("{\"currency\": \"USD\", \"downgrade\": \"sometimes\"}"))
        .hasMessageContaining("$.downgrade")
        .hasMessageContaining("one-per-period");
  }

  @Test
  void eventJsonRoundTripsAndIsStrict() {
    List<LoyaltyEvent> events = new ArrayList<>();
    events.add(buy("e1", 0, "o1", "USD 120.00"));
    events.add(ret("e2", 1, "o1", "USD 20.00"));
    events.add(redeem("e3", 2, 50));
    events.add(cancel("e4", 3, "e3"));
    events.add(adjust("e5", 4, -10));
    events.add(LoyaltyEvent.Enrolment.of("e6", M, T0, CustomerId.of("m0")));
    for (LoyaltyEvent e : events) {
      String line = EventJson.write(e);
      assertThat(line).doesNotContain("\n");
      assertThat(EventJson.read(line)).isEqualTo(e);
    }
    assertThatThrownBy(
            () ->
                EventJson.read(
                    "{\"id\": \"e1\", \"type\": \"purchase\", \"member\": \"m1\", \"at\":"
                        + " \"2026-01-05T10:00:00Z\", \"order\": \"o1\", \"amount\": \"USD 1.00\","
                        + " \"coupon\": \"x\"}"))
        .hasMessageContaining("$.coupon");
    assertThatThrownBy(
            () ->
                EventJson.read(
                    "{\"id\": \"e1\", \"type\": \"redemption\", \"member\": \"m1\", \"at\":"
                        + " \"2026-02-30T10:00:00Z\", \"points\": 5}"))
        .hasMessageContaining("$.at");
    assertThatThrownBy(
            () ->
                EventJson.read(
                    "{\"id\": \"e1\", \"type\": \"redemption\", \"member\": \"m1\", \"at\":"
                        + " \"2026-02-03T10:00:00Z\", \"points\": 5.5}"))
        .hasMessageContaining("$.points");
    assertThatThrownBy(
            () ->
                EventJson.read(
                    "{\"id\": \"e1\", \"type\": \"gift\", \"member\": \"m1\", \"at\":"
                        + " \"2026-02-03T10:00:00Z\"}"))
        .hasMessageContaining("$.type");
  }

  @Test
  void theStatementListsEveryPostingInTheMembersLanguage() {
    Ledger l =
        replay(
            base().build(),
            day(3),
            buy("e1", 0, "o1", "USD 120.00"),
            ret("e2", 1, "o1", "USD 20.00"),
            redeem("e3", 2, 50));
    Statement en = l.statement(Locale.ENGLISH);
    assertThat(en.lines()).hasSize(3);
    assertThat(en.lines().get(0)).contains("Purchase", "e1", "+120", "balance 120");
    assertThat(en.lines().get(2)).contains("Redemption", "-50", "balance 50");
    assertThat(en.summary()).contains("50 available", "tier base");
    Statement ko = l.statement(Locale.KOREAN);
    assertThat(ko.lines().get(1)).contains("반품 회수", "-20");
    assertThat(ko.summary()).contains("사용 가능 50");
  }

  @Test
  void aBatchAccountsForEveryEventOfEveryMember() {
    Programme p = base().build();
    CustomerId m2 = CustomerId.of("m2");
    List<LoyaltyEvent> log =
        List.of(
            buy("e1", 0, "o1", "USD 100.00"),
            LoyaltyEvent.Purchase.of("f1", m2, day(0), "o1", Money.parse("USD 700.00"), null, null),
            buy("e1", 0, "o1", "USD 100.00"),
            redeem("e2", 1, 500),
            LoyaltyEvent.Redemption.of("f2", m2, day(2), 100, null));
    Replay r = Replay.of(p, log, day(5));
    assertThat(r.received()).isEqualTo(5);
    assertThat(r.applied()).isEqualTo(3);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.rejectedRecords()).extracting(Rejection::position).containsExactly(3L);
    assertThat(r.ledgers().get(m2).available()).isEqualTo(600);
    assertThat(r.membersByTier()).containsEntry("silver", 1L).containsEntry("base", 1L);
  }

  @Test
  void aBatchTellsApartMembersWhoseIdsHashAlike() {
    // "Aa" and "BB" (and "AaAa", "BBBB", "AaBB") have one String hash: a batch that grouped by hash
    // alone would merge their points.
    List<String> ids = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB");
    assertThat(ids).extracting(id -> CustomerId.of(id).hashCode()).containsOnly(2112, 2031744);
    Programme p = base().build();
    List<LoyaltyEvent> log = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      for (int k = 0; k < ids.size(); k++) {
        CustomerId m = CustomerId.of(ids.get(k));
        log.add(
            LoyaltyEvent.Purchase.of(
                "e" + d, m, day(d), "o" + d, Money.ofMinor(1_000L * (k + 1), USD), null, null));
      }
    }
    log.add(redeem("x", 3, 25)); // member m1's: no points, rejected
    Replay r = Replay.of(p, log, day(10));
    assertThat(r.standings())
        .extracting(s -> s.member().value() + " " + s.available())
        .containsExactly("Aa 30", "BB 60", "AaAa 90", "BBBB 120", "AaBB 150", "m1 0");
    assertThat(r.applied()).isEqualTo(15);
    assertThat(r.rejectedRecords()).extracting(Rejection::position).containsExactly(15L);
    assertThat(r.ledger(CustomerId.of("BBBB")).orElseThrow().lots()).hasSize(3);
    assertThat(r.ledgers().keySet()).extracting(CustomerId::value).startsWith("Aa", "BB");
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> LoyaltyEvent.Redemption.of("e", M, T0, 0, null))
        .hasMessageContaining("points");
    assertThatThrownBy(
            () -> LoyaltyEvent.Purchase.of(" ", M, T0, "o", Money.parse("USD 1.00"), null, null))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Programme.builder(USD).pointsPerUnit(BigDecimal.ZERO))
        .hasMessageContaining("pointsPerUnit");
    assertThatThrownBy(() -> Ledger.replay(base().build(), List.of(), T0))
        .hasMessageContaining("Ledger.open");
    Ledger l = Ledger.open(base().build(), M, day(5));
    assertThatThrownBy(() -> l.asOf(day(1))).hasMessageContaining("before");
    Ledger other =
        Ledger.replay(
            base().build(),
            M,
            List.of(LoyaltyEvent.Redemption.of("x", CustomerId.of("zz"), T0, 1, null)),
            day(1));
    assertThat(other.rejectedRecords())
        .extracting(r -> r.reason().code())
        .containsExactly("other-member");
  }
}
