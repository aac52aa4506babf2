package io.github.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void customerIdsCompareByTextAndPrintIt() {
    CustomerId a = CustomerId.of("고객-1");
    assertThat(a).hasToString("고객-1");
    assertThat(a.value()).isEqualTo("고객-1");
    assertThat(CustomerId.of("a").compareTo(CustomerId.of("b"))).isNegative();
    assertThat(CustomerId.of("a"))
        .isEqualTo(CustomerId.of("a"))
        .hasSameHashCodeAs(CustomerId.of("a"));
    assertThat(CustomerId.of("a")).isNotEqualTo(CustomerId.of("A"));
  }

  @Test
  void customerIdRejectsBadTextNamingIt() {
    assertThatThrownBy(() -> CustomerId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> CustomerId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("had 0");
    assertThatThrownBy(() -> CustomerId.of(" x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' x'");
    assertThatThrownBy(() -> CustomerId.of("a\tb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+0009");
    assertThatThrownBy(() -> CustomerId.of("x".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("257");
    assertThat(CustomerId.of("x".repeat(256)).value()).hasSize(256);
  }

  @Test
  void purchasesCarryOptionalOrderIds() {
    Purchase p = Purchase.of(CustomerId.of("c1"), T0, Money.ofMinor(100, USD), Channel.WEB);
    assertThat(p.orderId()).isEmpty();
    Purchase q = p.withOrderId("o-9");
    assertThat(q.orderId()).contains("o-9");
    assertThat(q).isNotEqualTo(p);
    assertThat(q.withOrderId("o-9")).isEqualTo(q).hasSameHashCodeAs(q);
    assertThat(q.toString()).contains("c1", "USD 1.00", "web", "o-9");
    assertThat(p.customer()).isEqualTo(CustomerId.of("c1"));
    assertThat(p.at()).isEqualTo(T0);
    assertThat(p.amount()).isEqualTo(Money.ofMinor(100, USD));
    assertThat(p.channel()).isEqualTo(Channel.WEB);
  }

  @Test
  void purchaseRejectsBadInput() {
    CustomerId c = CustomerId.of("c1");
    Money m = Money.ofMinor(1, USD);
    assertThatThrownBy(() -> Purchase.of(null, T0, m, Channel.WEB))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("customer");
    assertThatThrownBy(() -> Purchase.of(c, null, m, Channel.WEB))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("at");
    assertThatThrownBy(() -> Purchase.of(c, T0, null, Channel.WEB))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Purchase.of(c, T0, m, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("channel");
    assertThatThrownBy(() -> Purchase.of(c, T0, Money.ofMinor(-1, USD), Channel.WEB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD -0.01");
    Purchase p = Purchase.of(c, T0, m, Channel.WEB);
    assertThatThrownBy(() -> p.withOrderId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderId");
  }

  @Test
  void purchaseSummaryChecksConsistency() {
    Money total = Money.ofMinor(500, USD);
    PurchaseSummary s = new PurchaseSummary(T0, T0.plusSeconds(60), 2, total);
    assertThat(s.count()).isEqualTo(2);
    assertThatThrownBy(() -> new PurchaseSummary(T0, T0.minusSeconds(1), 2, total))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last");
    assertThatThrownBy(() -> new PurchaseSummary(T0, T0, 0, total))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> new PurchaseSummary(T0, T0.plusSeconds(1), 1, total))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count is 1");
    assertThatThrownBy(() -> new PurchaseSummary(T0, T0, 1, Money.ofMinor(-1, USD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total");
  }

  @Test
  void snapshotsAreBuiltWithThePublicBuilder() {
    CustomerSnapshot s =
        new CustomerSnapshot.Builder()
            .customerId(CustomerId.of("c-17"))
            .asOf(T0)
            .purchases(new PurchaseSummary(T0.minusSeconds(86_400), T0, 3, Money.ofMinor(900, USD)))
            .recommendScore(9)
            .putSurveyAnswers("csat", 4)
            .putSignals("promotionSpendShare", 0.4)
            .addFlags("partner")
            .build();
    assertThat(s.customerId()).isEqualTo(CustomerId.of("c-17"));
    assertThat(s.recommendScore()).hasValue(9);
    assertThat(s.signals()).containsEntry("promotionSpendShare", 0.4);
    assertThat(s.flags()).containsExactly("partner");
    assertThat(s.surveyAnswers()).containsEntry("csat", 4);
    assertThat(s.purchases()).isPresent();
    CustomerSnapshot same = new CustomerSnapshot.Builder().from(s).build();
    assertThat(same).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.getClass().getSimpleName()).startsWith("Immutable");
    assertThat(java.lang.reflect.Modifier.isPublic(s.getClass().getModifiers())).isFalse();
  }

  @Test
  void snapshotRejectsContradictions() {
    CustomerSnapshot.Builder b =
        new CustomerSnapshot.Builder().customerId(CustomerId.of("c")).asOf(T0);
    assertThatThrownBy(() -> new CustomerSnapshot.Builder().asOf(T0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("customerId");
    assertThatThrownBy(
            () ->
                new CustomerSnapshot.Builder()
                    .customerId(CustomerId.of("c"))
                    .asOf(T0)
                    .purchases(new PurchaseSummary(T0, T0.plusSeconds(5), 2, Money.ofMinor(1, USD)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asOf");
    assertThatThrownBy(
            () ->
                new CustomerSnapshot.Builder()
                    .customerId(CustomerId.of("c"))
                    .asOf(T0)
                    .recommendScore(11)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
    assertThatThrownBy(
            () ->
                new CustomerSnapshot.Builder()
                    .customerId(CustomerId.of("c"))
                    .asOf(T0)
                    .putSignals("x", Double.NaN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signals[x]");
    assertThatThrownBy(
            () ->
                new CustomerSnapshot.Builder()
                    .customerId(CustomerId.of("c"))
                    .asOf(T0)
                    .addFlags(" ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flags");
    assertThat(b.build().purchases()).isEmpty();
  }

  @Test
  void explanationsPrintWhatTheyRecord() {
    Explanation e =
        Explanation.builder("segment of c1")
            .input("recencyDays", 12)
            .threshold("R", "[10, 20)")
            .check("Champions", false, "R=3 not in 4..5")
            .check("Loyal", true, "R=3 in 2..5")
            .matched("Loyal")
            .build("segment Loyal");
    assertThat(e.subject()).isEqualTo("segment of c1");
    assertThat(e.inputs()).containsEntry("recencyDays", "12");
    assertThat(e.thresholds()).containsEntry("R", "[10, 20)");
    assertThat(e.matchedRule()).contains("Loyal");
    assertThat(e.outcome()).isEqualTo("segment Loyal");
    assertThat(e.checks())
        .extracting(Explanation.Check::rule)
        .containsExactly("Champions", "Loyal");
    assertThat(e.toString())
        .contains(
            "segment of c1 -> segment Loyal",
            "recencyDays = 12",
            "[ ] Champions: R=3 not in 4..5",
            "[x] Loyal");
    assertThatThrownBy(() -> e.inputs().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> Explanation.builder("s").check("a", false, "no").matched("b").build("out"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> Explanation.builder(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Explanation.builder("s").check(null, true, "why"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Explanation.builder("s").checkTemplate("r", true, "why", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("templates need an owner");
    assertThat(Explanation.builder("s").build("o").matchedRule()).isEmpty();
  }

  @Test
  void purchaseColumnsCheckLengthsAndCopy() {
    CustomerId[] ids = {CustomerId.of("a"), null};
    int[] idx = {0, 1, 5};
    long[] sec = {1, 2, 3};
    long[] amt = {10, -1, 3};
    PurchaseColumns c = PurchaseColumns.of(ids, idx, sec, amt, USD);
    idx[0] = 99;
    assertThat(c.customerIndex(0)).isZero();
    assertThat(c.size()).isEqualTo(3);
    assertThat(c.customerCount()).isEqualTo(2);
    assertThat(c.customer(0)).isEqualTo(CustomerId.of("a"));
    assertThat(c.customer(1)).isNull();
    assertThat(c.epochSecond(2)).isEqualTo(3);
    assertThat(c.amountMinor(1)).isEqualTo(-1);
    assertThat(c.hasOrderIds()).isFalse();
    assertThatThrownBy(() -> c.orderId(0)).isInstanceOf(IllegalStateException.class);
    assertThat(c.withOrderIds(new long[] {7, 8, 9}).orderId(1)).isEqualTo(8);
    assertThat(c.currency()).isEqualTo(USD);
    assertThatThrownBy(() -> c.customer(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> PurchaseColumns.of(ids, new int[2], sec, amt, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epochSeconds");
    assertThatThrownBy(() -> PurchaseColumns.wrap(ids, idx, sec, new long[1], USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amountMinor");
    assertThatThrownBy(() -> c.withOrderIds(new long[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderIds");
    assertThatThrownBy(() -> PurchaseColumns.of(ids, idx, sec, amt, Currency.getInstance("XXX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XXX");
  }

  @Test
  void rejectionsAndPolicyErrorsCarryTheirFacts() {
    Rejection<String> r = Rejection.of(4, "rec", RejectionReason.AFTER_AS_OF, "too late");
    assertThat(r.position()).isEqualTo(4);
    assertThat(r.record()).contains("rec");
    assertThat(r.reason()).isEqualTo(RejectionReason.AFTER_AS_OF);
    assertThat(r.reason().code()).isEqualTo("after-as-of");
    assertThat(r.detail()).isEqualTo("too late");
    assertThat(r).hasToString("#4 after-as-of: too late");
    assertThat(Rejection.of(0, null, RejectionReason.NULL_RECORD, "null").record()).isEmpty();
    assertThatThrownBy(() -> Rejection.of(-1, null, RejectionReason.NULL_RECORD, "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    PolicyValidationException e = new PolicyValidationException("p", List.of("a", "b"));
    assertThat(e.policy()).isEqualTo("p");
    assertThat(e.problems()).containsExactly("a", "b");
    assertThat(e).hasMessage("invalid policy 'p': a; b").isInstanceOf(CrmException.class);
    assertThat(new CrmException("x", null)).hasMessage("x");
  }
}
