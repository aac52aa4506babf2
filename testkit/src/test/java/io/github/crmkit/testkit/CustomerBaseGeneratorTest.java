package io.github.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerBaseGeneratorTest {

  @Test
  void sameSeedSameBaseOtherSeedOtherBase() {
    PurchaseColumns a = CustomerBaseGenerator.withSeed(1).customers(500).columns();
    PurchaseColumns b = CustomerBaseGenerator.withSeed(1).customers(500).columns();
    PurchaseColumns c = CustomerBaseGenerator.withSeed(2).customers(500).columns();
    assertThat(b.size()).isEqualTo(a.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.customerIndex(i)).isEqualTo(a.customerIndex(i));
      assertThat(b.epochSecond(i)).isEqualTo(a.epochSecond(i));
      assertThat(b.amountMinor(i)).isEqualTo(a.amountMinor(i));
    }
    boolean differs = c.size() != a.size();
    for (int i = 0; !differs && i < a.size(); i++) {
      differs = c.amountMinor(i) != a.amountMinor(i);
    }
    assertThat(differs).isTrue();
  }

  @Test
  void makesRealisticCleanBasesByDefault() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(3).customers(20_000);
    PurchaseColumns c = gen.columns();
    double perCustomer = (double) c.size() / c.customerCount();
    assertThat(perCustomer).isBetween(3.5, 7.0);
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    long end = gen.end().getEpochSecond();
    long[] perCustomerCount = new long[c.customerCount()];
    long repeat = 0;
    for (int i = 0; i < c.size(); i++) {
      assertThat(c.customerIndex(i)).isBetween(0, c.customerCount() - 1);
      assertThat(c.epochSecond(i)).isBetween(start, end);
      assertThat(c.amountMinor(i)).isPositive();
      if (perCustomerCount[c.customerIndex(i)]++ > 0) {
        repeat++;
      }
      if (i > 0 && c.customerIndex(i) == c.customerIndex(i - 1)) {
        assertThat(c.epochSecond(i)).isGreaterThanOrEqualTo(c.epochSecond(i - 1));
      }
    }
    long oneTimers = 0;
    long max = 0;
    for (long n : perCustomerCount) {
      assertThat(n).isPositive();
      if (n == 1) {
        oneTimers++;
      }
      max = Math.max(max, n);
    }
    // Heterogeneous behaviour: plenty of one-time buyers and some heavy buyers.
    assertThat(oneTimers).isGreaterThan(c.customerCount() / 10);
    assertThat(max).isGreaterThan(20);
    assertThat(repeat).isPositive();
    assertThat(c.customer(0)).isEqualTo(CustomerBaseGenerator.customerId(0));
    assertThat(CustomerBaseGenerator.customerId(42).value()).isEqualTo("c00000042");
    assertThat(c.hasOrderIds()).isTrue();
    assertThat(gen.currency()).isEqualTo(Currency.getInstance("USD"));
  }

  @Test
  void defectsAreMadeAtTheRequestedRate() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(4).customers(20_000).defects(0.1);
    PurchaseColumns c = gen.columns();
    long bad = 0;
    for (int i = 0; i < c.size(); i++) {
      if (c.customerIndex(i) < 0
          || c.amountMinor(i) < 0
          || c.epochSecond(i) > gen.end().getEpochSecond()) {
        bad++;
      }
    }
    assertThat((double) bad / c.size()).isBetween(0.08, 0.12);
    List<Purchase> objects = gen.purchases();
    assertThat(objects).hasSize(c.size());
    long nulls = objects.stream().filter(Objects::isNull).count();
    long foreign =
        objects.stream()
            .filter(Objects::nonNull)
            .filter(p -> !p.amount().currency().equals(gen.currency()))
            .count();
    assertThat(nulls).isPositive();
    assertThat(foreign).isPositive();
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    objects.stream().filter(Objects::nonNull).forEach(p -> channels.add(p.channel()));
    assertThat(channels).hasSize(Channel.values().length);
  }

  @Test
  void settingsAreApplied() {
    CustomerBaseGenerator gen =
        CustomerBaseGenerator.withSeed(5)
            .customers(300)
            .period(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-03-01T00:00:00Z"))
            .currency(Currency.getInstance("KRW"))
            .purchases(10, 2, 0.5)
            .spend(20_000, 0.1);
    PurchaseColumns c = gen.columns();
    assertThat(c.currency()).isEqualTo(Currency.getInstance("KRW"));
    assertThat(gen.end()).isEqualTo(Instant.parse("2020-03-01T00:00:00Z"));
    long[] amounts = new long[c.size()];
    for (int i = 0; i < c.size(); i++) {
      amounts[i] = c.amountMinor(i);
    }
    java.util.Arrays.sort(amounts);
    // Customer medians spread log-normally (sigma 0.5) around the configured median.
    assertThat(amounts[amounts.length / 2]).isBetween(15_000L, 27_000L);
    assertThat(amounts[0]).isPositive();
    assertThat(gen.toString()).contains("seed=5", "customers=300");
  }

  @Test
  void rejectsBadSettingsNamingThem() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(0);
    assertThatThrownBy(() -> gen.customers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> gen.period(Instant.EPOCH, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one day after");
    assertThatThrownBy(() -> gen.purchases(0, 1, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meanDays");
    assertThatThrownBy(() -> gen.purchases(10, 0, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shape");
    assertThatThrownBy(() -> gen.purchases(10, 1, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dropoutProbability");
    assertThatThrownBy(() -> gen.spend(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("median");
    assertThatThrownBy(() -> gen.spend(1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sigma");
    assertThatThrownBy(() -> gen.defects(0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> gen.currency(Currency.getInstance("XXX")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XXX");
    assertThatThrownBy(() -> CustomerBaseGenerator.customerId(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
