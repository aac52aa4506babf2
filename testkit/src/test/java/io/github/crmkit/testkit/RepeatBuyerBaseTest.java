package io.github.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RepeatBuyerBaseTest {
  static final Duration WEEK = Duration.ofDays(7);

  @Test
  void sameSeedSameBaseAndEveryCustomerStartsInTheCohortWindow() {
    RepeatBuyerBase g = RepeatBuyerBase.withSeed(3).customers(2_000);
    List<Purchase> a = g.bgNbd(0.25, 4.0, 0.8, 2.5, WEEK);
    assertThat(g.bgNbd(0.25, 4.0, 0.8, 2.5, WEEK)).isEqualTo(a);
    Map<CustomerId, List<Purchase>> byCustomer =
        a.stream().collect(Collectors.groupingBy(Purchase::customer));
    assertThat(byCustomer).hasSize(2_000);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    Instant joinEnd = Instant.parse("2024-04-01T00:00:00Z");
    Instant end = Instant.parse("2025-01-01T00:00:00Z");
    byCustomer.forEach(
        (id, ps) -> {
          assertThat(ps.get(0).at()).isBetween(start, joinEnd);
          assertThat(ps).allSatisfy(p -> assertThat(p.at()).isBefore(end));
          assertThat(ps).isSortedAccordingTo((p, q) -> p.at().compareTo(q.at()));
        });
    // Mean repeat purchases of a BG/NBD customer over about 40 weeks: well below r/alpha * 40.
    double repeats = (a.size() - 2_000) / 2_000.0;
    assertThat(repeats).isBetween(0.5, 2.5);
  }

  @Test
  void paretoBasesAndSettings() {
    List<Purchase> p =
        RepeatBuyerBase.withSeed(5)
            .customers(500)
            .cohort(
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-02-01T00:00:00Z"),
                Instant.parse("2025-12-31T00:00:00Z"))
            .medianSpend(Money.ofMinor(1_000, Currency.getInstance("KRW")))
            .paretoNbd(0.55, 10.5, 0.6, 11.7, WEEK);
    assertThat(p).hasSizeGreaterThanOrEqualTo(500);
    assertThat(p)
        .allSatisfy(x -> assertThat(x.amount().currency().getCurrencyCode()).isEqualTo("KRW"));
    assertThat(RepeatBuyerBase.withSeed(1).customers(0).bgNbd(1, 1, 1, 1, WEEK)).isEmpty();
  }

  @Test
  void badSettingsAreRefused() {
    RepeatBuyerBase g = RepeatBuyerBase.withSeed(1);
    assertThatThrownBy(() -> g.customers(-1)).hasMessageContaining("n must not be negative");
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    assertThatThrownBy(() -> g.cohort(t, t, t)).hasMessageContaining("start < end");
    assertThatThrownBy(() -> g.medianSpend(Money.ofMinor(0, Currency.getInstance("USD"))))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> g.bgNbd(0, 1, 1, 1, WEEK)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> g.bgNbd(1, 1, 1, 1, Duration.ZERO))
        .hasMessageContaining("must be positive");
  }
}
