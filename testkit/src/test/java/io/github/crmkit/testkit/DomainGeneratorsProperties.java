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
