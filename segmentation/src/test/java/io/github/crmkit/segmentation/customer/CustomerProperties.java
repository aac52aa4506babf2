package io.github.crmkit.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.segmentation.loyalty.LoyaltyLadder;
import io.github.crmkit.testkit.DomainGenerators;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of Stone types, lifecycle statuses and the ladder over testkit-generated customers.
 */
class CustomerProperties {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  static final List<String> SHARES =
      List.of(
          StoneClassifier.PROMOTION_SPEND_SHARE,
          StoneClassifier.DISCOUNT_ONLY_BASKET_SHARE,
          StoneClassifier.SUSTAINABLE_PURCHASE_SHARE,
          StoneClassifier.PREMIUM_WITHOUT_PROMOTION_SHARE,
          StoneClassifier.SAME_STAFF_VISIT_SHARE,
          StoneClassifier.ASSISTED_CONTACT_SHARE,
          StoneClassifier.DELIVERY_SHARE,
          StoneClassifier.NEAREST_STORE_SHARE,
          StoneClassifier.REPEAT_BASKET_SHARE);
  static final List<String> COUNTS =
      List.of(
          StoneClassifier.PRICE_COMPARISONS,
          StoneClassifier.COMMUNITY_PARTICIPATIONS,
          StoneClassifier.NAMED_REPRESENTATIVE_REQUESTS,
          StoneClassifier.FEEDBACK_RESPONSES,
          LoyaltyLadder.REFERRALS);

  static Gen<CustomerSnapshot> customers() {
    return CrmGen.of(
        rng -> DomainGenerators.snapshot(rng, AS_OF, SHARES, COUNTS, List.of("a", "b", "c")));
  }

  @Test
  void stoneScoresAreBoundedAndTheDominantTypeLeadsClearly() {
    StoneClassifier stone = StoneClassifier.defaults();
    qt().forAll(customers())
        .checkAssert(
            c -> {
              StoneClassification s = stone.classify(c);
              double top = 0;
              for (StoneType t : StoneType.values()) {
                assertThat(s.score(t)).isBetween(0.0, 1.0);
                top = Math.max(top, s.score(t));
              }
              assertThat(s.confidence()).isBetween(0.0, 1.0);
              if (s.isDetermined()) {
                StoneType d = s.dominant().orElseThrow();
                assertThat(s.score(d)).isEqualTo(top).isGreaterThanOrEqualTo(0.2);
                for (StoneType t : StoneType.values()) {
                  if (t != d) {
                    assertThat(s.score(d) - s.score(t)).isGreaterThanOrEqualTo(0.05 - 1e-12);
                  }
                }
              }
            });
  }

  @Test
  void everyCustomerGetsExactlyOneStatusConsistentWithTheThresholds() {
    LifecycleClassifier lc = LifecycleClassifier.defaults();
    qt().forAll(customers())
        .checkAssert(
            c -> {
              LifecycleAssessment a = lc.classify(c);
              CustomerStatus s = a.status();
              assertThat(s.stage()).isEqualTo(a.stage());
              if (c.purchases().isEmpty()) {
                assertThat(s).isEqualTo(CustomerStatus.PROSPECT);
                return;
              }
              PurchaseSummary p = c.purchases().get();
              Duration quiet = Duration.between(p.last(), AS_OF);
              boolean lapsed = quiet.compareTo(Duration.ofDays(180)) > 0;
              boolean atRisk = !lapsed && quiet.compareTo(Duration.ofDays(90)) > 0;
              assertThat(s == CustomerStatus.LAPSED).isEqualTo(lapsed);
              assertThat(s == CustomerStatus.AT_RISK).isEqualTo(atRisk);
              if (!lapsed && !atRisk) {
                CustomerStatus expected =
                    p.count() < 2
                        ? CustomerStatus.TRIAL
                        : p.count() < 3
                            ? CustomerStatus.CONFIRMATION
                            : p.count() < 4 ? CustomerStatus.BONDED : CustomerStatus.ACTIVE;
                assertThat(s).isEqualTo(expected);
              }
              // Any status reached from a status the customer could have had is legal or throws.
              assertThat(lc.transitions().isLegal(s, s)).isTrue();
            });
  }

  @Test
  void theRungNeverGoesDownWhenOnlyPurchasesAreAdded() {
    LoyaltyLadder ladder = LoyaltyLadder.defaults();
    qt().forAll(customers(), CrmGen.of(rng -> 1 + rng.nextInt(5)))
        .checkAssert(
            (c, more) -> {
              LoyaltyRung before = ladder.rung(c);
              PurchaseSummary p = c.purchases().orElse(null);
              Instant last = AS_OF.minus(Duration.ofDays(1));
              PurchaseSummary added =
                  p == null
                      ? new PurchaseSummary(
                          more == 1 ? last : last.minusSeconds(60), last, more, zero())
                      : new PurchaseSummary(
                          p.first(),
                          p.last().isAfter(last) ? p.last() : last,
                          p.count() + more,
                          p.total());
              CustomerSnapshot after =
                  new CustomerSnapshot.Builder().from(c).purchases(added).build();
              assertThat(ladder.rung(after).height()).isGreaterThanOrEqualTo(before.height());
              assertThat(ladder.place(after).rung()).isEqualTo(ladder.rung(after));
            });
  }

  private static io.github.crmkit.core.Money zero() {
    return io.github.crmkit.core.Money.parse("KRW 0");
  }
}
