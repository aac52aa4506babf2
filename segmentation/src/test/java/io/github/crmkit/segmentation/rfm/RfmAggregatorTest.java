package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RfmAggregatorTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final Instant AS_OF = Instant.parse("2026-05-01T12:00:00Z");
  static final CustomerId A = CustomerId.of("a");
  static final CustomerId B = CustomerId.of("b");

  static Purchase buy(CustomerId c, String at, long cents) {
    return Purchase.of(c, Instant.parse(at), Money.ofMinor(cents, USD), Channel.WEB);
  }

  @Test
  void countsRecencyInCalendarDaysOfTheGivenZone() {
    // 2026-04-30T16:00Z is already 2026-05-01 in Seoul (UTC+9) but still 2026-04-30 in UTC.
    List<Purchase> ps = List.of(buy(A, "2026-04-30T16:00:00Z", 100));
    RfmColumns seoul = RfmAggregator.of(AS_OF, SEOUL, USD).aggregate(ps.stream()).columns();
    RfmColumns utc = RfmAggregator.of(AS_OF, ZoneOffset.UTC, USD).aggregate(ps.stream()).columns();
    assertThat(seoul.recencyDays(0)).isZero();
    assertThat(utc.recencyDays(0)).isEqualTo(1);
  }

  @Test
  void countsDaysAcrossDaylightSavingChanges() {
    ZoneId london = ZoneId.of("Europe/London");
    // Clocks went forward on 2026-03-29; local midnight to local midnight is still one day.
    Instant asOf = Instant.parse("2026-03-30T00:30:00+01:00");
    List<Purchase> ps =
        List.of(
            buy(A, "2026-03-28T23:30:00Z", 100), // 2026-03-28 local (GMT)
            buy(B, "2026-03-29T23:30:00Z", 100)); // 2026-03-30 00:30 local (BST)
    RfmColumns c = RfmAggregator.of(asOf, london, USD).aggregate(ps.stream()).columns();
    assertThat(c.recencyDays(0)).isEqualTo(2);
    assertThat(c.recencyDays(1)).isZero();
  }

  @Test
  void measuresFrequencyAndMonetaryAsConfigured() {
    List<Purchase> ps =
        List.of(
            buy(A, "2026-04-01T01:00:00Z", 1000).withOrderId("o1"),
            buy(A, "2026-04-01T02:00:00Z", 500).withOrderId("o1"),
            buy(A, "2026-04-03T02:00:00Z", 250).withOrderId("o2"),
            buy(A, "2026-04-03T03:00:00Z", 250),
            buy(B, "2026-04-20T10:00:00Z", 999));
    RfmAggregator base = RfmAggregator.of(AS_OF, SEOUL, USD);
    RfmColumns purchases = base.aggregate(ps.stream()).columns();
    assertThat(purchases.size()).isEqualTo(2);
    assertThat(purchases.customer(0)).isEqualTo(A);
    assertThat(purchases.frequency(0)).isEqualTo(4);
    assertThat(purchases.monetary(0)).isEqualTo(20.0);
    assertThat(purchases.revenue(0)).isEqualTo(Money.ofMinor(2000, USD));
    assertThat(purchases.recencyDays(0)).isEqualTo(28);
    RfmColumns days =
        base.withFrequency(FrequencyMode.DISTINCT_DAYS).aggregate(ps.stream()).columns();
    assertThat(days.frequency(0)).isEqualTo(2);
    RfmColumns orders =
        base.withFrequency(FrequencyMode.DISTINCT_ORDERS)
            .withMonetary(MonetaryMode.MEAN)
            .aggregate(ps.stream())
            .columns();
    // o1, o2, and the purchase without an order id as an order of its own.
    assertThat(orders.frequency(0)).isEqualTo(3);
    assertThat(orders.monetary(0)).isEqualTo(20.0 / 3);
    assertThat(orders.revenue(0)).isEqualTo(Money.ofMinor(2000, USD));
    assertThat(orders.frequency(1)).isEqualTo(1);
    assertThat(base.withFrequency(FrequencyMode.DISTINCT_DAYS).frequencyMode())
        .isEqualTo(FrequencyMode.DISTINCT_DAYS);
    assertThat(base.withMonetary(MonetaryMode.MEAN).monetaryMode()).isEqualTo(MonetaryMode.MEAN);
    assertThat(base.asOf()).isEqualTo(AS_OF);
    assertThat(base.zone()).isEqualTo(SEOUL);
    assertThat(base.currency()).isEqualTo(USD);
    assertThat(base.toString()).contains("Asia/Seoul", "USD");
  }

  @Test
  void rejectsBadRecordsWithReasonsAndAccountsForEveryOne() {
    List<Purchase> ps = new ArrayList<>();
    ps.add(buy(A, "2026-04-01T00:00:00Z", 100));
    ps.add(null);
    ps.add(
        Purchase.of(B, Instant.parse("2026-04-01T00:00:00Z"), Money.ofMinor(1, EUR), Channel.WEB));
    ps.add(buy(B, "2026-05-01T12:00:01Z", 100));
    ps.add(buy(B, "2026-05-01T12:00:00Z", 100));
    ps.add(buy(A, "2026-04-02T00:00:00Z", Long.MAX_VALUE));
    RfmAggregation agg = RfmAggregator.of(AS_OF, SEOUL, USD).aggregate(ps.iterator());
    assertThat(agg.received()).isEqualTo(6);
    assertThat(agg.processed()).isEqualTo(2);
    assertThat(agg.rejectedRecords())
        .extracting(Rejection::reason)
        .containsExactly(
            RejectionReason.NULL_RECORD,
            RejectionReason.CURRENCY_MISMATCH,
            RejectionReason.AFTER_AS_OF,
            RejectionReason.REVENUE_OVERFLOW);
    assertThat(agg.rejectedRecords())
        .extracting(Rejection::position)
        .containsExactly(1L, 2L, 3L, 5L);
    assertThat(agg.rejectedRecords().get(1).record()).contains(ps.get(2));
    assertThat(agg.rejectedRecords().get(1).detail()).contains("EUR 0.01", "USD");
    assertThat(agg.rejectedRecords().get(2).detail()).contains("2026-05-01T12:00:01Z");
    assertThat(agg.columns().size()).isEqualTo(2);
    assertThat(agg.processed() + agg.rejectedRecords().size()).isEqualTo(agg.received());
    assertThat(agg.toString()).contains("received=6", "rejected=4");
  }

  @Test
  void columnarInputRejectsBadIndexesIdsAndAmounts() {
    CustomerId[] ids = {A, null, B};
    long day = Instant.parse("2026-04-01T00:00:00Z").getEpochSecond();
    int[] idx = {0, 1, 7, -1, 2, 2, 0, 2};
    long[] sec = {day, day, day, day, day + 400 * 86_400L, day, day - 86_400, Long.MIN_VALUE};
    long[] amt = {100, 100, 100, 100, 100, -5, 300, 100};
    PurchaseColumns cols = PurchaseColumns.of(ids, idx, sec, amt, USD);
    RfmAggregation agg = RfmAggregator.of(AS_OF, SEOUL, USD).aggregate(cols);
    assertThat(agg.rejectedRecords())
        .extracting(Rejection::reason)
        .containsExactly(
            RejectionReason.MISSING_CUSTOMER,
            RejectionReason.UNKNOWN_CUSTOMER,
            RejectionReason.UNKNOWN_CUSTOMER,
            RejectionReason.AFTER_AS_OF,
            RejectionReason.NEGATIVE_AMOUNT,
            RejectionReason.TOO_OLD);
    assertThat(agg.rejectedRecords())
        .extracting(Rejection::position)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 7L);
    assertThat(agg.rejectedRecords().get(1).detail()).contains("7");
    assertThat(agg.processed()).isEqualTo(2);
    RfmColumns c = agg.columns();
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.customer(0)).isEqualTo(A);
    assertThat(c.frequency(0)).isEqualTo(2);
    assertThat(c.revenue(0)).isEqualTo(Money.ofMinor(400, USD));
    assertThat(RfmAggregator.of(AS_OF, SEOUL, USD).aggregate(cols, 3).rejectedRecords())
        .extracting(Rejection::position)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 7L);
  }

  @Test
  void streamColumnsAndParallelismAllAgree() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(7).customers(3_000).defects(0.02);
    PurchaseColumns cols = gen.columns();
    for (FrequencyMode fm : FrequencyMode.values()) {
      RfmAggregator agg =
          RfmAggregator.of(gen.end(), SEOUL, USD).withFrequency(fm).withMonetary(MonetaryMode.MEAN);
      RfmAggregation one = agg.aggregate(cols);
      RfmAggregation two = agg.aggregate(cols, 2);
      RfmAggregation seven = agg.aggregate(cols, 7);
      assertSame(one, two);
      assertSame(one, seven);
      assertThat(one.processed() + one.rejectedRecords().size()).isEqualTo(cols.size());
      assertThat(one.rejectedRecords()).isNotEmpty();
    }
    List<Purchase> objects = new ArrayList<>();
    for (int i = 0; i < cols.size(); i++) {
      int c = cols.customerIndex(i);
      if (c >= 0 && cols.amountMinor(i) >= 0) {
        objects.add(
            Purchase.of(
                    cols.customer(c),
                    Instant.ofEpochSecond(cols.epochSecond(i)),
                    Money.ofMinor(cols.amountMinor(i), USD),
                    Channel.WEB)
                .withOrderId(Long.toString(cols.orderId(i))));
      }
    }
    for (FrequencyMode fm : FrequencyMode.values()) {
      RfmAggregator agg = RfmAggregator.of(gen.end(), SEOUL, USD).withFrequency(fm);
      RfmColumns fromColumns = agg.aggregate(cols).columns();
      RfmColumns fromObjects = agg.aggregate(objects.stream()).columns();
      assertThat(fromObjects.size()).isEqualTo(fromColumns.size());
      for (int i = 0; i < fromColumns.size(); i++) {
        assertThat(fromObjects.summary(i)).isEqualTo(fromColumns.summary(i));
        assertThat(fromObjects.revenue(i)).isEqualTo(fromColumns.revenue(i));
      }
    }
  }

  @Test
  void groupedInputSplitsAtCustomerChangesWithTheSameResult() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(8).customers(5_000);
    PurchaseColumns clean = gen.columns();
    int n = clean.size();
    CustomerId[] ids = new CustomerId[clean.customerCount()];
    for (int c = 0; c < ids.length; c++) {
      ids[c] = c == 17 ? null : clean.customer(c);
    }
    int[] idx = new int[n + 2];
    long[] sec = new long[n + 2];
    long[] amt = new long[n + 2];
    for (int i = 0; i < n; i++) {
      idx[i] = clean.customerIndex(i);
      sec[i] = clean.epochSecond(i);
      amt[i] = clean.amountMinor(i);
    }
    // Still grouped: two purchases of customers past the end of the dictionary.
    idx[n] = ids.length;
    idx[n + 1] = ids.length + 3;
    PurchaseColumns grouped = PurchaseColumns.of(ids, idx, sec, amt, USD);
    for (FrequencyMode fm : FrequencyMode.values()) {
      RfmAggregator agg =
          RfmAggregator.of(gen.end(), SEOUL, USD)
              .withFrequency(fm == FrequencyMode.DISTINCT_ORDERS ? FrequencyMode.PURCHASES : fm);
      RfmAggregation one = agg.aggregate(grouped);
      assertThat(one.rejectedRecords())
          .extracting(Rejection::reason)
          .contains(RejectionReason.MISSING_CUSTOMER, RejectionReason.UNKNOWN_CUSTOMER);
      assertSame(one, agg.aggregate(grouped, 2));
      assertSame(one, agg.aggregate(grouped, 5));
      assertThat(one.processed() + one.rejectedRecords().size()).isEqualTo(n + 2);
    }
  }

  private static void assertSame(RfmAggregation a, RfmAggregation b) {
    assertThat(b.received()).isEqualTo(a.received());
    assertThat(b.rejectedRecords().toString()).isEqualTo(a.rejectedRecords().toString());
    RfmColumns x = a.columns();
    RfmColumns y = b.columns();
    assertThat(y.size()).isEqualTo(x.size());
    assertThat(y.ids).isEqualTo(x.ids);
    assertThat(y.recencyDays).isEqualTo(x.recencyDays);
    assertThat(y.frequency).isEqualTo(x.frequency);
    assertThat(y.monetary).isEqualTo(x.monetary);
    assertThat(y.revenueMinor).isEqualTo(x.revenueMinor);
  }

  @Test
  void rejectsCallerMistakesNamingTheParameter() {
    assertThatThrownBy(() -> RfmAggregator.of(null, SEOUL, USD))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("asOf");
    assertThatThrownBy(() -> RfmAggregator.of(AS_OF, null, USD))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> RfmAggregator.of(AS_OF, SEOUL, Currency.getInstance("XXX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XXX");
    RfmAggregator agg = RfmAggregator.of(AS_OF, SEOUL, USD);
    assertThatThrownBy(() -> agg.withFrequency(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> agg.withMonetary(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> agg.aggregate((Stream<Purchase>) null))
        .isInstanceOf(NullPointerException.class);
    PurchaseColumns eur =
        PurchaseColumns.of(
            new CustomerId[] {A}, new int[] {0}, new long[] {0}, new long[] {1}, EUR);
    assertThatThrownBy(() -> agg.aggregate(eur))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be in USD, but were in EUR");
    PurchaseColumns noOrders =
        PurchaseColumns.of(
            new CustomerId[] {A}, new int[] {0}, new long[] {0}, new long[] {1}, USD);
    assertThatThrownBy(() -> agg.withFrequency(FrequencyMode.DISTINCT_ORDERS).aggregate(noOrders))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order ids");
    assertThatThrownBy(() -> agg.aggregate(noOrders, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism must be between 1 and 256, but was 0");
  }

  @Test
  void emptyInputGivesEmptyColumns() {
    RfmAggregation agg = RfmAggregator.of(AS_OF, SEOUL, USD).aggregate(Stream.empty());
    assertThat(agg.columns().size()).isZero();
    assertThat(agg.received()).isZero();
    PurchaseColumns none =
        PurchaseColumns.of(new CustomerId[0], new int[0], new long[0], new long[0], USD);
    assertThat(RfmAggregator.of(AS_OF, SEOUL, USD).aggregate(none, 2).columns().size()).isZero();
    assertThat(Arrays.asList(RfmDimension.values()))
        .extracting(RfmDimension::letter)
        .containsExactly("R", "F", "M");
  }
}
