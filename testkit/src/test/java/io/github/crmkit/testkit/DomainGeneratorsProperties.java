package io.github.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.Instant;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DomainGeneratorsProperties {
  static final Currency USD = Currency.getInstance("USD");
  static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void generatedValuesAreValidDomainValues() {
    CustomerId[] customers = {CustomerId.of("a"), CustomerId.of("b")};
    qt().forAll(CrmGen.of(rng -> DomainGenerators.purchase(rng, customers, FROM, TO, USD)))
        .checkAssert(
            p -> {
              assertThat(p.at()).isBetween(FROM, TO.minusSeconds(1));
              assertThat(p.amount().minorUnits()).isBetween(0L, 1_000_000L);
              assertThat(customers).contains(p.customer());
            });
    qt().forAll(CrmGen.of(DomainGenerators::customerId))
        .checkAssert(id -> assertThat(id.value()).hasSizeBetween(1, 12));
  }

  @Test
  void snapshotsAndRatingsAreValid() {
    qt().forAll(
            CrmGen.of(
                rng ->
                    DomainGenerators.snapshot(
                        rng,
                        TO,
                        java.util.List.of("s"),
                        java.util.List.of("c"),
                        java.util.List.of("x"))))
        .checkAssert(
            s -> {
              assertThat(s.asOf()).isEqualTo(TO);
              s.purchases()
                  .ifPresent(
                      p -> {
                        assertThat(p.last()).isBeforeOrEqualTo(TO);
                        assertThat(p.count()).isBetween(1L, 40L);
                      });
              s.signals().forEach((k, v) -> assertThat(v).isBetween(0.0, 12.0));
              assertThat(s.categories()).isSubsetOf("x");
            });
    qt().forAll(
            CrmGen.of(
                rng ->
                    DomainGenerators.ratings(
                        rng,
                        rng.nextInt(20),
                        1 + rng.nextInt(4),
                        java.util.List.of("a", "b"),
                        0.5,
                        0.3)))
        .checkAssert(
            rows -> {
              for (String[] row : rows) {
                for (String v : row) {
                  assertThat(v).isIn(null, "a", "b");
                }
              }
            });
    String[][] agree =
        DomainGenerators.ratings(
            new SplittableRandom(1), 50, 3, java.util.List.of("a", "b", "c"), 1, 0);
    for (String[] row : agree) {
      assertThat(row[1]).isEqualTo(row[0]);
      assertThat(row[2]).isEqualTo(row[0]);
    }
    assertThatThrownBy(
            () ->
                DomainGenerators.ratings(
                    new SplittableRandom(1), 1, 1, java.util.List.of("a"), 2, 0))
        .hasMessageContaining("agreement and missing must be 0 to 1");
    assertThatThrownBy(
            () ->
                DomainGenerators.ratings(
                    new SplittableRandom(1), 1, 0, java.util.List.of("a"), 1, 0))
        .hasMessageContaining("coders");
  }

  @Test
  void quickTheoriesShrinksTowardsSmallValues() {
    // A property that fails for amounts above 500 must shrink to a small counterexample.
    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                qt().withExamples(500)
                    .forAll(CrmGen.of(rng -> DomainGenerators.money(rng, USD, 1_000_000)))
                    .check(m -> m.minorUnits() <= 500));
    assertThat(failure).isNotNull().hasMessageContaining("USD 5.01");
  }

  @Test
  void plainRandomGeneratorsWorkToo() {
    SplittableRandom rng = new SplittableRandom(9);
    Purchase p =
        DomainGenerators.purchase(rng, new CustomerId[] {CustomerId.of("x")}, FROM, TO, USD);
    assertThat(p.customer()).isEqualTo(CustomerId.of("x"));
    assertThat(DomainGenerators.channel(rng)).isNotNull();
    assertThatThrownBy(() -> DomainGenerators.instant(rng, TO, FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after");
    assertThatThrownBy(() -> DomainGenerators.money(rng, USD, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> DomainGenerators.purchase(rng, new CustomerId[0], FROM, TO, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customers");
    assertThatThrownBy(() -> DomainGenerators.customerId(null))
        .isInstanceOf(NullPointerException.class);
  }
}
