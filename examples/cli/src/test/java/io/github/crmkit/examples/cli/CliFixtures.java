package io.github.crmkit.examples.cli;

import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.policy.CompensationKind;
import io.github.crmkit.recovery.policy.CompensationRule;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Inputs the command-line tests share. */
final class CliFixtures {
  private CliFixtures() {}

  /** Purchase options: customer_id, timestamp, amount in USD, comma-delimited, in the zone. */
  static Inputs inputs(String zone) {
    Inputs o = new Inputs();
    o.idColumn = "customer_id";
    o.dateColumn = "timestamp";
    o.amountColumn = "amount";
    o.delimiter = ",";
    o.currency = java.util.Currency.getInstance("USD");
    o.zone = java.time.ZoneId.of(zone);
    return o;
  }

  /** A small recovery policy in USD: a 10% outcome credit (1 to 20) and no money for process. */
  static RecoveryPolicy policy() {
    return new RecoveryPolicy(
        "2026-05",
        List.of(
            Duration.ofHours(48),
            Duration.ofHours(24),
            Duration.ofHours(8),
            Duration.ofHours(4),
            Duration.ofHours(1)),
        List.of(
            new CompensationRule(
                FailureType.OUTCOME,
                1,
                CompensationKind.CREDIT,
                10,
                Money.parse("USD 1.00"),
                Money.parse("USD 20.00")),
            new CompensationRule(
                FailureType.PROCESS,
                1,
                CompensationKind.NONE,
                0,
                Money.parse("USD 0"),
                Money.parse("USD 0"))),
        30,
        2,
        Set.of("gold"),
        RoundingMode.HALF_UP);
  }
}
