package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.policy.CompensationKind;
import io.github.crmkit.recovery.policy.CompensationRule;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPlan;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.recovery.sla.HolidaySource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code of docs/set-sla-targets-and-recovery-policies.md, run. */
class RecoveryGuideTest {
  @Test
  void decidesAPlanAndItsDueTime() {
    // tag::calendar[]
    BusinessCalendar hours =
        BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0))
            .holidays(HolidaySource.dates(Set.of(LocalDate.of(2026, 5, 25)))) // spring bank holiday
            .build();
    // Four business hours from Friday 15:00 (BST) is Monday 10:00; that Monday is a holiday,
    // so Tuesday 10:00.
    Instant due = hours.add(Instant.parse("2026-05-22T14:00:00Z"), Duration.ofHours(4));
    // end::calendar[]
    assertThat(due).isEqualTo(Instant.parse("2026-05-26T09:00:00Z"));

    // tag::policy[]
    RecoveryPolicy policy =
        RecoveryPolicy.builder("2026-05")
            .respondWithin( // by severity 1 to 5
                Duration.ofHours(48),
                Duration.ofHours(24),
                Duration.ofHours(8),
                Duration.ofHours(4),
                Duration.ofHours(1))
            .compensation(
                CompensationRule.builder()
                    .failureType(FailureType.OUTCOME)
                    .minSeverity(1)
                    .kind(CompensationKind.CREDIT)
                    .percent(10)
                    .floor(Money.parse("GBP 5.00"))
                    .cap(Money.parse("GBP 50.00"))
                    .build())
            .doubleDeviationDays(30) // a second failure within 30 days escalates
            .dishonestySeverityIncrease(2)
            .build();
    RecoveryContext failure =
        RecoveryContext.builder()
            .category("1C")
            .severity(2)
            .failureType(FailureType.OUTCOME)
            .valueTier("silver") // the customer's value tier, from your own segmentation
            .orderValue(Money.parse("GBP 80.00"))
            .daysSincePreviousFailure(12)
            .build();
    RecoveryPlan plan = policy.decide(failure);
    Instant respondBy = hours.add(Instant.parse("2026-05-22T14:00:00Z"), plan.respondWithin());
    System.out.println(plan.explanation().render(Locale.ENGLISH)); // every rule, with its source
    // end::policy[]
    assertThat(plan.escalate()).isTrue();
    assertThat(plan.compensation()).isEqualTo(Money.parse("GBP 8.00"));
    assertThat(plan.firedRules()).isNotEmpty();
    assertThat(respondBy).isAfter(Instant.parse("2026-05-22T14:00:00Z"));
  }
}
