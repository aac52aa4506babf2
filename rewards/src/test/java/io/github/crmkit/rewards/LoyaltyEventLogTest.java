package io.github.crmkit.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columnar log gives back the events it was built from, and replays as they do. */
class LoyaltyEventLogTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final Instant T0 = Instant.parse("2026-01-05T10:00:00.123456789Z");

  static List<LoyaltyEvent> everyKind() {
    CustomerId a = CustomerId.of("a");
    CustomerId b = CustomerId.of("b");
    return List.of(
        LoyaltyEvent.Enrolment.of("e0", a, T0, null),
        LoyaltyEvent.Enrolment.of("f0", b, T0, a),
        LoyaltyEvent.Purchase.of(
            "e1", a, T0.plusSeconds(1), "o1", Money.ofMinor(12_345, USD), Channel.WEB, "books"),
        LoyaltyEvent.Purchase.of(
            "f1", b, T0.plusSeconds(1), "o1", Money.ofMinor(999, EUR), null, null),
        LoyaltyEvent.Return.of("e2", a, T0.plusSeconds(2), "o1", Money.ofMinor(345, USD)),
        LoyaltyEvent.Redemption.of("e3", a, T0.plusSeconds(3), 40, "voucher"),
        LoyaltyEvent.Redemption.of("f3", b, T0.plusSeconds(3), 100, null),
        LoyaltyEvent.RedemptionCancel.of("e4", a, T0.plusSeconds(4), "e3"),
        LoyaltyEvent.Adjustment.of("e5", a, T0.plusSeconds(5), -7, "goodwill reversal"),
        LoyaltyEvent.Adjustment.of("f5", b, T0.minusSeconds(60), 7, "late"));
  }

  @Test
  void givesBackEveryEventInLogOrder() {
    List<LoyaltyEvent> events = everyKind();
    LoyaltyEventLog log = LoyaltyEventLog.of(events);
    assertThat(log).hasSize(events.size()).containsExactlyElementsOf(events);
    assertThat(log.memberCount()).isEqualTo(2);
    assertThat(LoyaltyEventLog.of(log)).isSameAs(log);
    LoyaltyEventLog.Builder b = LoyaltyEventLog.builder().addAll(events.subList(0, 3));
    assertThat(b.build()).containsExactlyElementsOf(events.subList(0, 3));
    assertThat(b.addAll(events.subList(3, events.size())).build()).isEqualTo(log);
  }

  @Test
  void aLargeListIsReadOnEveryCoreAsTheBuilderReadsIt() {
    List<LoyaltyEvent> events = new ArrayList<>();
    java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
    for (int i = 0; i < 20_000; i++) {
      CustomerId m = CustomerId.of("m" + rng.nextInt(700));
      Instant at = T0.plusSeconds(i);
      events.add(
          switch (rng.nextInt(4)) {
            case 0 ->
                LoyaltyEvent.Purchase.of(
                    "p" + i,
                    m,
                    at,
                    "o" + i,
                    Money.ofMinor(1 + rng.nextInt(100_000), rng.nextBoolean() ? USD : EUR),
                    rng.nextBoolean() ? Channel.WEB : null,
                    rng.nextBoolean() ? "c" + rng.nextInt(3) : null);
            case 1 -> LoyaltyEvent.Redemption.of("r" + i, m, at, 1 + rng.nextInt(50), null);
            case 2 ->
                LoyaltyEvent.Enrolment.of(
                    "e" + i, m, at, rng.nextBoolean() ? CustomerId.of("x") : null);
            default -> LoyaltyEvent.Adjustment.of("a" + i, m, at, -1 - rng.nextInt(9), "r");
          });
    }
    LoyaltyEventLog parallel = LoyaltyEventLog.of(events);
    LoyaltyEventLog streamed = LoyaltyEventLog.builder().addAll(events).build();
    assertThat(parallel).containsExactlyElementsOf(events);
    assertThat(streamed).containsExactlyElementsOf(events);
    assertThat(parallel.memberCount()).isEqualTo(streamed.memberCount());
  }

  @Test
  void refusesNullAndBadPositions() {
    List<LoyaltyEvent> withNull = new ArrayList<>(everyKind());
    withNull.add(4, null);
    assertThatThrownBy(() -> LoyaltyEventLog.of(withNull)).hasMessageContaining("position 4");
    LoyaltyEventLog log = LoyaltyEventLog.of(everyKind());
    assertThatThrownBy(() -> log.get(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> log.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aReplayOfTheLogIsAReplayOfItsEvents() {
    Programme p =
        Programme.builder(USD)
            .enrolmentBonus(10)
            .referralBonus(5)
            .lateness(Duration.ofSeconds(30))
            .channelMultiplier(Channel.WEB, new java.math.BigDecimal("2"))
            .build();
    List<LoyaltyEvent> events = everyKind();
    Instant asOf = T0.plusSeconds(60);
    Replay fromColumns = Replay.of(p, LoyaltyEventLog.of(events), asOf);
    Replay fromObjects = Replay.of(p, events, asOf);
    assertThat(fromColumns.standings()).isEqualTo(fromObjects.standings());
    assertThat(fromColumns.rejectedRecords())
        .extracting(r -> r.position() + " " + r.reason().code())
        .containsExactly("3 currency-mismatch", "6 insufficient-points", "9 too-late");
    for (Rejection<LoyaltyEvent> r : fromColumns.rejectedRecords()) {
      assertThat(r.record()).contains(events.get((int) r.position()));
    }
    Ledger a = Ledger.replay(p, CustomerId.of("a"), events, asOf);
    assertThat(fromColumns.standing(CustomerId.of("a"))).contains(a.standing());
    assertThat(fromColumns.ledger(CustomerId.of("a")).orElseThrow().postings())
        .isEqualTo(a.postings());
    // a's ledger: 10 enrolment, 246 (123.45 on the web, doubled), 7 back for 3.45 of it
    assertThat(a.earned()).isEqualTo(10 + 246);
    assertThat(a.returned()).isEqualTo(6);
    assertThat(a.rejectedRecords())
        .extracting(r -> r.position() + " " + r.reason().code())
        .containsExactly("1 other-member", "3 other-member", "6 other-member", "9 other-member");
  }
}
