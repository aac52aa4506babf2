package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.rewards.Expiry;
import io.github.crmkit.rewards.Ledger;
import io.github.crmkit.rewards.LoyaltyEvent;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code of docs/run-a-loyalty-programme.md, run. */
class LoyaltyProgrammeGuideTest {
  @Test
  void replaysOneMember() {
    // tag::programme[]
    Currency usd = Currency.getInstance("USD");
    Programme programme =
        Programme.builder(usd)
            .pointsPerUnit(BigDecimal.ONE) // a point per dollar, rounded down
            .channelMultiplier(Channel.WEB, new BigDecimal("2"))
            .enrolmentBonus(100)
            .pending(Duration.ofDays(14)) // locked until returns are no longer likely
            .expiry(Expiry.after(Duration.ofDays(365)))
            .tier(Tier.of("base", 0))
            .tier(Tier.of("gold", 500))
            .build();
    // end::programme[]
    // tag::replay[]
    CustomerId member = CustomerId.of("m-1");
    Instant t0 = Instant.parse("2026-01-05T10:00:00Z");
    List<LoyaltyEvent> events =
        List.of(
            LoyaltyEvent.Enrolment.of("e1", member, t0, null),
            LoyaltyEvent.Purchase.of(
                "e2",
                member,
                t0.plus(Duration.ofDays(1)),
                "o-1",
                Money.parse("USD 250.00"),
                Channel.WEB,
                null),
            LoyaltyEvent.Redemption.of("e3", member, t0.plus(Duration.ofDays(30)), 300, "voucher"));
    Ledger ledger = Ledger.replay(programme, events, t0.plus(Duration.ofDays(31)));
    long spendable = ledger.available(); // 100 + 500 earned, 300 redeemed
    System.out.println(ledger.statement(Locale.ENGLISH)); // every posting, one line each
    // end::replay[]
    assertThat(spendable).isEqualTo(300);
    assertThat(ledger.tier()).map(Tier::name).contains("gold");
  }
}
