package io.github.crmkit.rewards;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the rewards API rejects null for each parameter not marked
 * {@code @Nullable}, with a {@link NullPointerException} (Guava's NullPointerTester).
 */
class NullArgumentsTest {
  static final Currency USD = Currency.getInstance("USD");
  static final CustomerId M = CustomerId.of("m");

  @Test
  void publicApiRejectsNulls() {
    Programme p = Programme.builder(USD).tier(Tier.of("base", 0)).build();
    LoyaltyEvent e =
        LoyaltyEvent.Purchase.of("e", M, Instant.EPOCH, "o", Money.ofMinor(100, USD), null, null);
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Currency.class, USD)
            .setDefault(CustomerId.class, M)
            .setDefault(Money.class, Money.ofMinor(1, USD))
            .setDefault(Instant.class, Instant.EPOCH)
            .setDefault(Channel.class, Channel.WEB)
            .setDefault(Duration.class, Duration.ofDays(1))
            .setDefault(BigDecimal.class, BigDecimal.ONE)
            .setDefault(ZoneId.class, ZoneOffset.UTC)
            .setDefault(Programme.class, p)
            .setDefault(LoyaltyEvent.class, e)
            .setDefault(Iterable.class, List.of(e))
            .setDefault(Locale.class, Locale.ENGLISH)
            .setDefault(String.class, "x");
    for (Class<?> type :
        new Class<?>[] {
          Expiry.class,
          Tier.class,
          Programme.class,
          Ledger.class,
          Replay.class,
          ProgrammeJson.class,
          EventJson.class,
          LoyaltyEvent.Purchase.class,
          LoyaltyEvent.Return.class,
          LoyaltyEvent.Redemption.class,
          LoyaltyEvent.RedemptionCancel.class,
          LoyaltyEvent.Adjustment.class,
          LoyaltyEvent.Enrolment.class,
          Lot.class,
          Posting.class,
          LoyaltyEventLog.class
        }) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
    Ledger l = Ledger.replay(p, List.of(e), Instant.EPOCH);
    t.testAllPublicInstanceMethods(l);
    t.testAllPublicInstanceMethods(Programme.builder(USD));
    t.testAllPublicInstanceMethods(Expiry.after(Duration.ofDays(1)));
    t.testAllPublicInstanceMethods(LoyaltyEventLog.builder());
    Replay r = Replay.of(p, List.of(e), Instant.EPOCH);
    t.testAllPublicInstanceMethods(r);
  }
}
