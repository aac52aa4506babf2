package io.github.crmkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.complaint.OutcomeRating;
import io.github.crmkit.recovery.policy.CompensationKind;
import io.github.crmkit.recovery.policy.CompensationRule;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.recovery.sla.Priority;
import io.github.crmkit.recovery.sla.SlaMetric;
import io.github.crmkit.recovery.sla.SlaPolicy;
import io.github.crmkit.recovery.sla.SlaTarget;
import io.github.crmkit.segmentation.loyalty.LoyaltyEvidence;
import io.github.crmkit.segmentation.rfm.RfmCell;
import io.github.crmkit.segmentation.rfm.SegmentMap;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.segmentation.rfm.SegmentRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Rule 1: every value a user builds with a builder copies back into one with {@code toBuilder}
 * (taking what {@code builder} takes), and the copy builds the same value.
 */
class ToBuilderTest {
  private static final Money KRW_100 = Money.parse("KRW 100");

  @Test
  void recoveryValuesCopyIntoTheirBuilders() {
    CompensationRule rule =
        CompensationRule.builder()
            .failureType(FailureType.OUTCOME)
            .minSeverity(3)
            .kind(CompensationKind.REFUND)
            .percent(25)
            .floor(KRW_100)
            .cap(Money.parse("KRW 100000"))
            .build();
    assertThat(rule.toBuilder().build()).isEqualTo(rule);
    assertThat(rule.toBuilder().minSeverity(4).build().minSeverity()).isEqualTo(4);

    RecoveryPolicy policy =
        RecoveryPolicy.builder("v1")
            .respondWithin(
                Duration.ofDays(2),
                Duration.ofDays(1),
                Duration.ofHours(8),
                Duration.ofHours(4),
                Duration.ofHours(1))
            .compensation(rule)
            .optionTier("gold")
            .build();
    assertThat(policy.toBuilder("v1").build()).isEqualTo(policy);

    RecoveryContext context =
        RecoveryContext.builder()
            .category("1A")
            .severity(2)
            .failureType(FailureType.PROCESS)
            .valueTier("gold")
            .orderValue(KRW_100)
            .build();
    assertThat(context.toBuilder().build()).isEqualTo(context);

    OutcomeRating rating = new OutcomeRating(3, 4, 5, 6, 7);
    assertThat(rating.toBuilder().build()).isEqualTo(rating);
    assertThat(rating.toBuilder().procedural(2).build())
        .isEqualTo(new OutcomeRating(3, 4, 2, 6, 7));
  }

  @Test
  void slaValuesCopyIntoTheirBuilders() {
    SlaPolicy sla =
        SlaPolicy.builder("standard")
            .priorities(Priority.HIGH)
            .channels(Channel.WEB)
            .tiers("gold")
            .target(
                Priority.HIGH,
                SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(4))
                    .withWarning(Duration.ofMinutes(30)))
            .build();
    assertThat(sla.toBuilder("standard").build()).isEqualTo(sla);
    assertThat(sla.toBuilder("copy").build().targets()).isEqualTo(sla.targets());

    ZoneId seoul = ZoneId.of("Asia/Seoul");
    BusinessCalendar calendar =
        BusinessCalendar.builder(seoul)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
            .window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
            .override(LocalDate.of(2026, 12, 24), LocalTime.of(9, 0), LocalTime.of(12, 0))
            .build();
    BusinessCalendar copy = calendar.toBuilder(seoul).build();
    Instant from = Instant.parse("2026-12-20T00:00:00Z");
    for (int h = 0; h < 24 * 10; h += 5) {
      Instant t = from.plus(Duration.ofHours(h));
      assertThat(copy.isWithin(t)).isEqualTo(calendar.isWithin(t));
      assertThat(copy.add(t, Duration.ofHours(7))).isEqualTo(calendar.add(t, Duration.ofHours(7)));
    }
  }

  @Test
  void segmentationValuesCopyIntoTheirBuilders() {
    SegmentRule champions = SegmentRule.builder("Champions").recency(4, 5).fm(4, 5).build();
    assertThat(champions.toBuilder("Champions").build()).isEqualTo(champions);
    SegmentRule split = SegmentRule.builder("X").recency(1, 2).frequency(3, 3).build();
    assertThat(split.toBuilder("X").build()).isEqualTo(split);

    SegmentMap putler = SegmentMaps.putler11();
    assertThat(putler.toBuilder(putler.name()).build()).isEqualTo(putler);

    LoyaltyEvidence evidence =
        LoyaltyEvidence.builder()
            .repeatPurchaseRate(0.4)
            .rfm(RfmCell.of(5, 4, 3), 5)
            .recommend(9)
            .satisfaction(4, 1, 5)
            .build();
    LoyaltyEvidence again = evidence.toBuilder().build();
    assertThat(again.repeatPurchaseRate()).isEqualTo(evidence.repeatPurchaseRate());
    assertThat(again.rfm()).isEqualTo(evidence.rfm());
    assertThat(again.recommend()).isEqualTo(evidence.recommend());
    assertThat(again.satisfaction()).isEqualTo(evidence.satisfaction());
    assertThat(again.toString()).isEqualTo(evidence.toString());
  }
}
