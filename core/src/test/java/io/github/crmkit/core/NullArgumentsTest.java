package io.github.crmkit.core;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the core API rejects null for each parameter not marked
 * {@code @Nullable}, with a {@link NullPointerException} (Guava's NullPointerTester tries them
 * all).
 */
class NullArgumentsTest {
  static final Currency USD = Currency.getInstance("USD");

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Currency.class, USD)
        .setDefault(CustomerId.class, CustomerId.of("c"))
        .setDefault(Money.class, Money.ofMinor(1, USD))
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(Channel.class, Channel.WEB);
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t = tester();
    for (Class<?> type :
        new Class<?>[] {
          CustomerId.class,
          Money.class,
          Purchase.class,
          Rejection.class,
          Explanation.class,
          Explanation.Check.class,
          PurchaseSummary.class,
          PurchaseColumns.class
        }) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
    t.testAllPublicInstanceMethods(Money.ofMinor(5, USD));
    t.testAllPublicInstanceMethods(
        Purchase.of(CustomerId.of("c"), Instant.EPOCH, Money.ofMinor(1, USD), Channel.WEB));
    t.testAllPublicInstanceMethods(Explanation.builder("s"));
    t.testAllPublicInstanceMethods(StoneType.ECONOMIC);
    t.testAllPublicInstanceMethods(new CustomerSnapshot.Builder());
  }
}
