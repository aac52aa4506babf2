package io.github.crmkit.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.CrmException;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LifecycleStage;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.segmentation.loyalty.LoyaltyLadder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerClassificationTest {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  static CustomerSnapshot.Builder customer(String id) {
    return new CustomerSnapshot.Builder().customerId(CustomerId.of(id)).asOf(AS_OF);
  }

  static PurchaseSummary purchases(long count, int firstDaysAgo, int lastDaysAgo) {
    return new PurchaseSummary(
        AS_OF.minus(Duration.ofDays(firstDaysAgo)),
        AS_OF.minus(Duration.ofDays(lastDaysAgo)),
        count,
        Money.parse("KRW 10000"));
  }

  @Test
  void stoneClassifierWeighsEvidenceAndSaysWhenItCannotDecide() {
    StoneClassifier stone = StoneClassifier.defaults();
    CustomerSnapshot bargain =
        customer("c1")
            .putSignals(StoneClassifier.PROMOTION_SPEND_SHARE, 0.8)
            .putSignals(StoneClassifier.PRICE_COMPARISONS, 10.0)
            .putSignals(StoneClassifier.DISCOUNT_ONLY_BASKET_SHARE, 0.6)
            .build();
    StoneClassification c = stone.classify(bargain);
    // economic: (2 * 0.8 + 1 * 1 + 1.5 * 0.6) / 4.5 = 3.5 / 4.5
    assertThat(c.score(StoneType.ECONOMIC)).isCloseTo(3.5 / 4.5, within(1e-12));
    // convenience: low promotion engagement 1 * 0.2 / 5
    assertThat(c.score(StoneType.CONVENIENCE)).isCloseTo(0.2 / 5, within(1e-12));
    assertThat(c.score(StoneType.ETHICAL)).isZero();
    assertThat(c.dominant()).contains(StoneType.ECONOMIC);
    assertThat(c.confidence()).isCloseTo((3.5 / 4.5 - 0.04) / (3.5 / 4.5), within(1e-12));
    assertThat(c.explanation().toString())
        .contains(
            "Economic customer",
            "[x] economic: promotionSpendShare: 0.8 -> strength 0.800 (share), weight 2",
            "[ ] ethical: sustainablePurchaseShare: missing",
            "not Stone's");

    StoneClassification weak =
        stone.classify(customer("c2").putSignals(StoneClassifier.DELIVERY_SHARE, 0.3).build());
    assertThat(weak.dominant()).isEmpty();
    assertThat(weak.explanation().outcome()).contains("evidence too weak");

    CustomerSnapshot both =
        customer("c3")
            .putSignals(StoneClassifier.SUSTAINABLE_PURCHASE_SHARE, 1.0)
            .putSignals(StoneClassifier.COMMUNITY_PARTICIPATIONS, 3.0)
            .putSignals(StoneClassifier.PREMIUM_WITHOUT_PROMOTION_SHARE, 1.0)
            .putSignals(StoneClassifier.SAME_STAFF_VISIT_SHARE, 1.0)
            .putSignals(StoneClassifier.NAMED_REPRESENTATIVE_REQUESTS, 3.0)
            .putSignals(StoneClassifier.ASSISTED_CONTACT_SHARE, 1.0)
            .putSignals(StoneClassifier.FEEDBACK_RESPONSES, 5.0)
            .build();
    StoneClassification tie = stone.classify(both);
    assertThat(tie.score(StoneType.ETHICAL)).isEqualTo(1.0);
    assertThat(tie.score(StoneType.PERSONALIZING)).isEqualTo(1.0);
    assertThat(tie.isDetermined()).isFalse();
    assertThat(tie.confidence()).isZero();
    assertThat(tie.explanation().outcome()).contains("tie");
    assertThat(stone.withThresholds(0.2, 0).classify(both).isDetermined()).isTrue();

    assertThatThrownBy(
            () ->
                stone.classify(
                    customer("c4").putSignals(StoneClassifier.DELIVERY_SHARE, 1.5).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signals[deliveryShare] must be a share from 0 to 1, but was 1.5");
    assertThatThrownBy(
            () ->
                stone.classify(
                    customer("c5").putSignals(StoneClassifier.PRICE_COMPARISONS, -1.0).build()))
        .hasMessageContaining("priceComparisons");
    assertThatThrownBy(
            () -> stone.withEvidence(List.of(StoneEvidence.share(StoneType.ECONOMIC, "x", 1))))
        .hasMessageContaining("none for ethical");
    assertThatThrownBy(() -> StoneEvidence.share(StoneType.ECONOMIC, "x", 0))
        .hasMessageContaining("weight of x must be positive");
    assertThatThrownBy(() -> stone.withThresholds(1.5, 0)).hasMessageContaining("minScore");
    for (StoneType t : StoneType.values()) {
      assertThat(StoneClassifier.serviceApproach(t))
          .hasSize(3)
          .allSatisfy(l -> assertThat(l.type()).isEqualTo(t))
          .allSatisfy(l -> assertThat(l.displayName(java.util.Locale.KOREAN)).isNotBlank());
    }
    assertThat(StoneClassifier.serviceApproach(StoneType.PERSONALIZING))
        .extracting(l -> l.code())
        .contains("greet-by-name", "tailored-information");
    assertThat(ServiceApproach.GREET_BY_NAME.displayName(java.util.Locale.KOREAN))
        .isEqualTo("고객의 이름을 불러 인사");
    assertThat(StoneClassifier.serviceApproach(StoneType.CONVENIENCE))
        .extracting(l -> l.code())
        .contains("delivery", "gift-wrapping", "paid-convenience");
  }

  @Test
  void lifecycleStatusesAtTheirEdges() {
    LifecycleClassifier lc = LifecycleClassifier.defaults();
    assertThat(lc.classify(customer("p").build()).status()).isEqualTo(CustomerStatus.PROSPECT);
    assertThat(lc.classify(customer("p").build()).stage()).isEqualTo(LifecycleStage.ACQUIRE);
    assertThat(status(lc, 1, 10, 10)).isEqualTo(CustomerStatus.TRIAL);
    assertThat(status(lc, 2, 20, 10)).isEqualTo(CustomerStatus.CONFIRMATION);
    assertThat(status(lc, 3, 20, 10)).isEqualTo(CustomerStatus.BONDED);
    assertThat(status(lc, 4, 20, 10)).isEqualTo(CustomerStatus.ACTIVE);
    // Exactly at the threshold is not yet past it.
    assertThat(status(lc, 4, 200, 90)).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(status(lc, 4, 200, 91)).isEqualTo(CustomerStatus.AT_RISK);
    assertThat(status(lc, 4, 300, 180)).isEqualTo(CustomerStatus.AT_RISK);
    assertThat(status(lc, 4, 300, 181)).isEqualTo(CustomerStatus.LAPSED);
    assertThat(status(lc.withVisits(3, 5, 8), 4, 20, 10)).isEqualTo(CustomerStatus.CONFIRMATION);

    // Relative: 5 purchases over 40 days -> typical gap 10 days; at risk after 20, lapsed after 40.
    LifecycleClassifier rel = lc.withRelativeRecency(2, 4);
    LifecycleAssessment a = rel.classify(customer("r").purchases(purchases(5, 60, 20)).build());
    assertThat(a.typicalGap()).contains(Duration.ofDays(10));
    assertThat(a.relativeThresholds()).isTrue();
    assertThat(a.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(status(rel, 5, 61, 21)).isEqualTo(CustomerStatus.AT_RISK);
    assertThat(status(rel, 5, 81, 41)).isEqualTo(CustomerStatus.LAPSED);
    // One purchase: absolute fallback.
    assertThat(status(rel, 1, 50, 50)).isEqualTo(CustomerStatus.TRIAL);
    assertThat(a.explanation().toString())
        .contains("Active (Retain)", "typical gap = 10 d", "since last purchase = 20 d");
    assertThat(a.explanation().toString()).doesNotContain("PT");

    // History: a lapsed customer who buys again is won back; lapsed -> active is illegal.
    CustomerSnapshot back = customer("w").purchases(purchases(9, 400, 3)).build();
    assertThat(lc.classify(back, CustomerStatus.LAPSED).status())
        .isEqualTo(CustomerStatus.WON_BACK);
    assertThat(lc.classify(back, CustomerStatus.WON_BACK).status())
        .isEqualTo(CustomerStatus.WON_BACK);
    assertThat(lc.classify(back, CustomerStatus.LAPSED).stage()).isEqualTo(LifecycleStage.DEVELOP);
    assertThat(lc.classify(back, CustomerStatus.BONDED).status()).isEqualTo(CustomerStatus.ACTIVE);
    // Visits never go back: bonded -> confirmation is illegal.
    assertThatThrownBy(
            () ->
                lc.classify(
                    customer("v").purchases(purchases(2, 9, 3)).build(), CustomerStatus.BONDED))
        .isInstanceOf(IllegalStageTransitionException.class);
    assertThatThrownBy(
            () ->
                lc.classify(
                    customer("x").purchases(purchases(1, 5, 5)).build(), CustomerStatus.ACTIVE))
        .isInstanceOfSatisfying(
            IllegalStageTransitionException.class,
            e -> {
              assertThat(e).isInstanceOf(CrmException.class);
              assertThat(e).isInstanceOf(io.github.crmkit.core.IllegalTransitionException.class);
              assertThat(e.customer()).isEqualTo(CustomerId.of("x"));
              assertThat(e.from()).isEqualTo(CustomerStatus.ACTIVE);
              assertThat(e.to()).isEqualTo(CustomerStatus.TRIAL);
              assertThat(e.getMessage()).isEqualTo("customer x cannot move from active to trial");
            });
    StatusTransitions std = StatusTransitions.defaults();
    assertThat(std.isLegal(CustomerStatus.LAPSED, CustomerStatus.ACTIVE)).isFalse();
    assertThat(std.isLegal(CustomerStatus.LAPSED, CustomerStatus.WON_BACK)).isTrue();
    assertThat(std.isLegal(CustomerStatus.LAPSED, CustomerStatus.LAPSED)).isTrue();
    assertThat(std.from(CustomerStatus.ACTIVE))
        .containsExactlyInAnyOrder(
            CustomerStatus.ACTIVE, CustomerStatus.AT_RISK, CustomerStatus.LAPSED);
    StatusTransitions lax =
        StatusTransitions.of(
            Map.of(CustomerStatus.LAPSED, java.util.EnumSet.of(CustomerStatus.ACTIVE)));
    assertThat(lax.isLegal(CustomerStatus.LAPSED, CustomerStatus.ACTIVE)).isTrue();
    assertThat(lax.isLegal(CustomerStatus.TRIAL, CustomerStatus.TRIAL)).isTrue();

    assertThatThrownBy(() -> lc.withVisits(2, 2, 4)).hasMessageContaining("2, 2, 4");
    assertThatThrownBy(() -> lc.withRelativeRecency(3, 2)).hasMessageContaining("3.0 and 2.0");
    assertThatThrownBy(() -> lc.withAbsoluteRecency(Duration.ofDays(9), Duration.ofDays(9)))
        .hasMessageContaining("PT216H and PT216H");
  }

  private static CustomerStatus status(LifecycleClassifier lc, long count, int first, int last) {
    return lc.classify(customer("c").purchases(purchases(count, first, last)).build()).status();
  }

  @Test
  void loyaltyLadderRungsAndWhatIsMissing() {
    LoyaltyLadder ladder = LoyaltyLadder.defaults();
    assertThat(ladder.rung(customer("a").build())).isEqualTo(LoyaltyRung.PROSPECT);
    assertThat(ladder.place(customer("a").build()).missingForNext())
        .containsExactly("a first purchase");
    CustomerSnapshot once = customer("b").purchases(purchases(1, 3, 3)).recommendScore(10).build();
    assertThat(ladder.rung(once)).isEqualTo(LoyaltyRung.CUSTOMER);
    assertThat(ladder.place(once).missingForNext().get(0)).contains("1 of 2 purchases");
    CustomerSnapshot client = customer("c").purchases(purchases(2, 9, 3)).recommendScore(6).build();
    assertThat(ladder.rung(client)).isEqualTo(LoyaltyRung.CLIENT);
    assertThat(ladder.place(client).missingForNext().get(0))
        .contains("recommendation 6, needs 7 or more");
    CustomerSnapshot supporter =
        customer("d").purchases(purchases(2, 9, 3)).recommendScore(7).build();
    assertThat(ladder.rung(supporter)).isEqualTo(LoyaltyRung.SUPPORTER);
    assertThat(
            ladder.rung(
                customer("e")
                    .purchases(purchases(2, 9, 3))
                    .recommendScore(8)
                    .putSignals(LoyaltyLadder.REFERRALS, 1.0)
                    .build()))
        .isEqualTo(LoyaltyRung.ADVOCATE);
    CustomerSnapshot advocate =
        customer("f").purchases(purchases(2, 9, 3)).recommendScore(9).build();
    assertThat(ladder.rung(advocate)).isEqualTo(LoyaltyRung.ADVOCATE);
    assertThat(ladder.place(advocate).explanation().toString())
        .contains("Advocate", "missing the partner flag 'partner'");
    assertThat(ladder.rung(customer("g").purchases(purchases(2, 9, 3)).addFlags("partner").build()))
        .isEqualTo(LoyaltyRung.PARTNER);
    // The flag alone does not lift a one-time customer.
    assertThat(ladder.rung(customer("h").purchases(purchases(1, 3, 3)).addFlags("partner").build()))
        .isEqualTo(LoyaltyRung.CUSTOMER);
    assertThat(
            ladder
                .place(customer("g").purchases(purchases(2, 9, 3)).addFlags("partner").build())
                .missingForNext())
        .isEmpty();
    LoyaltyLadder strict = ladder.withThresholds(3, 8, 10, 2).withPartnerFlag("co-creator");
    assertThat(strict.rung(advocate)).isEqualTo(LoyaltyRung.CUSTOMER);
    assertThatThrownBy(
            () ->
                ladder.rung(
                    customer("i")
                        .purchases(purchases(2, 9, 3))
                        .recommendScore(7)
                        .putSignals(LoyaltyLadder.REFERRALS, -1.0)
                        .build()))
        .hasMessageContaining("signals[referrals] must not be negative, but was -1.0");
    assertThatThrownBy(() -> ladder.withThresholds(1, 7, 9, 1)).hasMessageContaining("clientFrom");
    assertThatThrownBy(() -> ladder.withThresholds(2, 7, 6, 1))
        .hasMessageContaining("advocateRecommendFrom");
  }

  @Test
  void opportunitiesCrossSellUpSellAndDemarketing() {
    CustomerSnapshot c =
        customer("c").purchases(purchases(3, 30, 3)).addCategories("shoes", "bags").build();
    assertThat(Opportunities.crossSell(c, List.of("shoes", "hats", "bags", "belts", "hats")))
        .containsExactly("hats", "belts");
    PeerSpend peers =
        PeerSpend.of(
            List.of(
                Money.parse("KRW 5000"),
                Money.parse("KRW 10000"),
                Money.parse("KRW 20000"),
                Money.parse("KRW 40000"),
                Money.parse("KRW 80000")));
    assertThat(peers.lowerQuartile()).isEqualTo(Money.parse("KRW 10000"));
    assertThat(peers.median()).isEqualTo(Money.parse("KRW 20000"));
    assertThat(peers.upperQuartile()).isEqualTo(Money.parse("KRW 40000"));
    UpSell up = Opportunities.upSell(c, peers);
    // Spend 10000 equals the lower quartile: tier 2, below the median.
    assertThat(up.tier()).isEqualTo(2);
    assertThat(up.upSell()).isTrue();
    assertThat(Opportunities.upSell(customer("p").build(), peers).tier()).isEqualTo(1);

    Demarketing loss =
        Opportunities.demarketing(c, Money.parse("KRW 3000"), Money.parse("KRW 5000"));
    assertThat(loss.flagged()).isTrue();
    assertThat(loss.profitability()).isEqualTo(Money.parse("KRW -2000"));
    assertThat(loss.reasons().get(0)).contains("negative");
    Demarketing fine =
        Opportunities.demarketing(c, Money.parse("KRW 5000"), Money.parse("KRW 5000"));
    assertThat(fine.flagged()).isFalse();
    assertThat(fine.reasons()).isEmpty();
    assertThatThrownBy(
            () -> Opportunities.demarketing(c, Money.parse("KRW 1"), Money.parse("KRW -1")))
        .hasMessageContaining("costToServe");
    assertThatThrownBy(() -> PeerSpend.of(List.of())).hasMessageContaining("empty");
  }

  @Test
  void conversionRatesAndTheFunnel() {
    ConversionRate r = new ConversionRate(8, 10);
    assertThat(r.rate()).isEqualTo(0.8);
    ConfidenceInterval w = r.wilson(0.95);
    // Wilson (1927) score interval for 8 of 10 at 95%: [0.4902, 0.9433].
    assertThat(w.lower()).isCloseTo(0.4902, within(5e-5));
    assertThat(w.upper()).isCloseTo(0.9433, within(5e-5));
    assertThat(new ConversionRate(0, 5).wilson(0.95).lower()).isZero();
    assertThat(new ConversionRate(5, 5).wilson(0.95).upper()).isEqualTo(1.0);
    assertThatThrownBy(() -> new ConversionRate(0, 0).rate())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new ConversionRate(6, 5)).hasMessageContaining("6 of 5");

    List<CustomerSnapshot> base =
        List.of(
            customer("a").build(),
            customer("b").purchases(purchases(1, 2, 2)).build(),
            customer("c").purchases(purchases(3, 20, 2)).build(),
            customer("d").purchases(purchases(3, 20, 2)).recommendScore(10).build());
    ConversionFunnel f = ConversionFunnel.of(LoyaltyLadder.defaults(), base);
    assertThat(f.reached(LoyaltyRung.PROSPECT)).isEqualTo(4);
    assertThat(f.reached(LoyaltyRung.CUSTOMER)).isEqualTo(3);
    assertThat(f.reached(LoyaltyRung.CLIENT)).isEqualTo(2);
    assertThat(f.reached(LoyaltyRung.ADVOCATE)).isEqualTo(1);
    assertThat(f.steps()).hasSize(5);
    assertThat(f.steps().get(0).rate()).isEqualTo(new ConversionRate(3, 4));
    assertThat(f.steps().get(4).rate()).isEqualTo(new ConversionRate(0, 1));
  }

  @Test
  void profilerRunsEveryClassifierAndAccountsForEveryRecordOfABatch() {
    io.github.crmkit.segmentation.rules.RuleSet rules =
        io.github.crmkit.segmentation.rules.RuleSet.of(
            "r",
            List.of(
                new io.github.crmkit.segmentation.rules.RuleSet.Segment(
                    "repeat",
                    io.github.crmkit.segmentation.rules.Condition.compare(
                        "purchases.count", io.github.crmkit.segmentation.rules.Op.GE, 2))),
            "other");
    CustomerProfiler profiler = CustomerProfiler.defaults().withRuleSet(rules);
    CustomerSnapshot good =
        customer("g")
            .purchases(purchases(3, 30, 3))
            .recommendScore(9)
            .putSignals(StoneClassifier.DELIVERY_SHARE, 0.9)
            .build();
    CustomerProfile p = profiler.profile(good);
    assertThat(p.stone().dominant()).contains(StoneType.CONVENIENCE);
    assertThat(p.lifecycle().status()).isEqualTo(CustomerStatus.BONDED);
    assertThat(p.rung()).isEqualTo(LoyaltyRung.ADVOCATE);
    assertThat(p.segment()).contains("repeat");
    assertThat(CustomerProfiler.defaults().profile(good).segment()).isEmpty();

    CustomerSnapshot bad = customer("b").putSignals(StoneClassifier.DELIVERY_SHARE, 2.0).build();
    java.util.List<CustomerSnapshot> batch = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(i % 100 == 7 ? bad : i % 250 == 3 ? null : good);
    }
    for (int parallelism : new int[] {1, 2}) {
      ProfileBatch b = profiler.profileAll(batch, parallelism);
      assertThat(b.received()).isEqualTo(1000);
      assertThat(b.profiled()).isEqualTo(986);
      assertThat(b.rejectedRecords()).hasSize(14);
      assertThat(b.rejectedRecords().get(0).position()).isEqualTo(3);
      assertThat(b.rejectedRecords().get(0).reason()).isEqualTo(RejectionReason.NULL_RECORD);
      assertThat(b.rejectedRecords().get(1).reason()).isEqualTo(RejectionReason.BAD_SIGNAL);
      assertThat(b.rejectedRecords().get(1).detail()).contains("deliveryShare", "2.0");
      assertThat(b.isProfiled(3)).isFalse();
      assertThat(b.isProfiled(0)).isTrue();
      // The batch columns agree with the one-customer profile.
      assertThat(b.stone(0)).isEqualTo(p.stone().dominant());
      assertThat(b.status(0)).isEqualTo(p.lifecycle().status());
      assertThat(b.rung(0)).isEqualTo(p.rung());
      assertThat(b.segment(0)).isEqualTo(p.segment());
      assertThat(b.customerId(0)).isEqualTo(CustomerId.of("g"));
      assertThat(b.profile(0).rung()).isEqualTo(LoyaltyRung.ADVOCATE);
      assertThat(b.countByStatus()).containsEntry(CustomerStatus.BONDED, 986L);
      assertThat(b.countByRung()).containsEntry(LoyaltyRung.ADVOCATE, 986L);
      assertThat(b.countByStone()).containsEntry(StoneType.CONVENIENCE, 986L);
      assertThatThrownBy(() -> b.status(3)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> b.status(1000)).isInstanceOf(IndexOutOfBoundsException.class);
    }
    assertThatThrownBy(() -> profiler.profileAll(batch, 0)).hasMessageContaining("parallelism");
  }

  @Test
  void inconsistentDatesAreRefusedWhereTheSnapshotIsBuilt() {
    assertThatThrownBy(() -> purchases(2, 5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last must not be before first");
    assertThatThrownBy(() -> customer("f").purchases(purchases(1, -1, -1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be after asOf");
    assertThatThrownBy(() -> customer("c").addCategories(" ").build())
        .hasMessageContaining("categories must not contain a blank name");
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(CustomerSnapshot.class, customer("n").build())
            .setDefault(CustomerId.class, CustomerId.of("n"))
            .setDefault(Money.class, Money.parse("KRW 1"))
            .setDefault(LoyaltyLadder.class, LoyaltyLadder.defaults())
            .setDefault(
                PeerSpend.class,
                new PeerSpend(Money.parse("KRW 1"), Money.parse("KRW 2"), Money.parse("KRW 3")));
    for (Class<?> type :
        new Class<?>[] {
          StoneClassifier.class,
          StoneEvidence.class,
          LifecycleClassifier.class,
          StatusTransitions.class,
          Opportunities.class,
          LoyaltyLadder.class,
          PeerSpend.class,
          ConversionFunnel.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(StoneClassifier.defaults());
    t.testAllPublicInstanceMethods(LifecycleClassifier.defaults());
    t.testAllPublicInstanceMethods(StatusTransitions.defaults());
    t.testAllPublicInstanceMethods(LoyaltyLadder.defaults());
  }
}
