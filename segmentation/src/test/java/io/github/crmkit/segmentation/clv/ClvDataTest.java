package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClvDataTest {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final Currency KRW = Currency.getInstance("KRW");
  static final Currency USD = Currency.getInstance("USD");

  static Purchase buy(String id, String local, long won) {
    return Purchase.of(
        CustomerId.of(id),
        LocalDateTime.parse(local).atZone(SEOUL).toInstant(),
        Money.of(BigDecimal.valueOf(won), KRW),
        Channel.WEB);
  }

  @Test
  void purchasesBecomeSummariesInTheGivenUnitAndEveryRecordIsAccountedFor() {
    List<Purchase> in = new ArrayList<>();
    in.add(buy("a", "2026-01-01T10:00", 1000));
    in.add(buy("a", "2026-01-01T23:30", 500)); // same local day: one transaction
    in.add(buy("a", "2026-01-15T09:00", 3000));
    in.add(buy("a", "2026-01-29T09:00", 1000));
    in.add(buy("a", "2026-02-05T09:00", 7000)); // holdout
    in.add(null);
    in.add(
        Purchase.of(
            CustomerId.of("b"),
            LocalDateTime.parse("2026-01-02T10:00").atZone(SEOUL).toInstant(),
            Money.of(BigDecimal.ONE, USD),
            Channel.WEB));
    in.add(buy("b", "2026-01-08T10:00", 200));
    in.add(buy("c", "2026-02-02T10:00", 100)); // first purchase in the holdout
    in.add(buy("a", "2026-03-01T10:00", 100)); // after the end
    ClvData d =
        ClvData.fromPurchases(
            in, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 14), SEOUL, TimeScale.WEEK, KRW);
    assertThat(d.received()).isEqualTo(10);
    assertThat(d.processed() + d.rejectedRecords().size()).isEqualTo(d.received());
    assertThat(d.rejectedRecords())
        .extracting(Rejection::position, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, RejectionReason.NULL_RECORD),
            org.assertj.core.groups.Tuple.tuple(6L, RejectionReason.CURRENCY_MISMATCH),
            org.assertj.core.groups.Tuple.tuple(
                8L, RejectionReason.FIRST_PURCHASE_AFTER_CALIBRATION),
            org.assertj.core.groups.Tuple.tuple(9L, RejectionReason.AFTER_END));
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.customer(0)).isEqualTo(CustomerId.of("a"));
    assertThat(d.x(0)).isEqualTo(2);
    assertThat(d.tx(0)).isCloseTo(4.0, within(1e-12)); // Jan 1 to Jan 29
    assertThat(d.age(0)).isCloseTo(30.0 / 7, within(1e-12)); // Jan 1 to Jan 31
    assertThat(d.meanSpend(0)).isCloseTo(2000.0, within(1e-9));
    assertThat(d.holdoutPurchases(0)).isEqualTo(1);
    assertThat(d.holdoutSpend(0)).isCloseTo(7000.0, within(1e-9));
    assertThat(d.holdoutSpend(1)).isZero();
    assertThat(d.holdoutLength()).isCloseTo(2.0, within(1e-12));
    assertThat(d.customer(1)).isEqualTo(CustomerId.of("b"));
    assertThat(d.x(1)).isZero();
    assertThat(d.summary(1).T()).isCloseTo(23.0 / 7, within(1e-12));
    // The same data in days.
    ClvData days = ClvData.fromPurchases(in, LocalDate.of(2026, 1, 31), SEOUL, TimeScale.DAY, KRW);
    assertThat(days.tx(0)).isEqualTo(28.0);
    assertThat(days.hasHoldout()).isFalse();
    assertThatThrownBy(days::holdoutLength).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> days.holdoutSpend(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void columnsRejectInconsistentRowsAndCountDistinctSummaries() {
    ClvData d =
        ClvData.fromColumns(
            TimeScale.WEEK,
            new int[] {2, -1, 0, 1, 2, 0, 2},
            new double[] {3, 1, 1, 5, 3, 0, 3},
            new double[] {10, 10, 10, 4, 10, 10, 10},
            null);
    assertThat(d.received()).isEqualTo(7);
    assertThat(d.rejectedRecords())
        .extracting(Rejection::position, Rejection::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "x must not be negative, but was -1"),
            org.assertj.core.groups.Tuple.tuple(2L, "tx must be 0 when x is 0, but was 1.0"),
            org.assertj.core.groups.Tuple.tuple(
                3L, "tx must not exceed T, but tx = 5.0 > T = 4.0"));
    assertThat(d.size()).isEqualTo(4);
    assertThat(d.customer(0)).isEqualTo(CustomerId.of("1"));
    assertThat(d.customer(1)).isEqualTo(CustomerId.of("5"));
    assertThat(d.distinctSummaries()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                ClvData.fromColumns(
                    TimeScale.WEEK, new int[] {1}, new double[] {1, 2}, new double[] {3}, null))
        .hasMessageContaining("same length");
    assertThatThrownBy(() -> new RepeatSummary(CustomerId.of("x"), 1, 0, 3, 0))
        .hasMessageContaining("tx must be positive when x = 1");
    assertThatThrownBy(() -> new RepeatSummary(CustomerId.of("x"), 0, 0, Double.NaN, 0))
        .hasMessageContaining("finite");
  }

  @Test
  void summariesRejectNullsAndRepeatedCustomers() {
    RepeatSummary s = new RepeatSummary(CustomerId.of("a"), 1, 2, 3, 10);
    ClvData d = ClvData.fromSummaries(TimeScale.DAY, Arrays.asList(s, null, s));
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.rejectedRecords())
        .extracting(Rejection::reason)
        .containsExactly(RejectionReason.NULL_RECORD, RejectionReason.DUPLICATE_CUSTOMER);
    assertThat(d.summary(0)).isEqualTo(s);
  }
}
