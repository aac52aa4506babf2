package io.github.crmkit.recovery.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.Money;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryPolicyTest {
  static Money krw(long v) {
    return Money.parse("KRW " + v);
  }

  static RecoveryPolicy policy() {
    return RecoveryPolicy.builder("2026-05")
        .respondWithin(
            Duration.ofHours(48),
            Duration.ofHours(24),
            Duration.ofHours(8),
            Duration.ofHours(4),
            Duration.ofHours(1))
        .compensation(rule(FailureType.OUTCOME, 1, CompensationKind.CREDIT, 10, 1000, 20000))
        .compensation(rule(FailureType.OUTCOME, 3, CompensationKind.REFUND, 50, 5000, 100000))
        .compensation(rule(FailureType.PROCESS, 1, CompensationKind.NONE, 0, 0, 0))
        .compensation(rule(FailureType.PROCESS, 4, CompensationKind.CREDIT, 20, 3000, 50000))
        .doubleDeviationDays(30)
        .dishonestySeverityIncrease(2)
        .optionTier("gold")
        .build();
  }

  static CompensationRule rule(
      FailureType type,
      int minSeverity,
      CompensationKind kind,
      double percent,
      long floor,
      long cap) {
    return CompensationRule.builder()
        .failureType(type)
        .minSeverity(minSeverity)
        .kind(kind)
        .percent(percent)
        .floor(krw(floor))
        .cap(krw(cap))
        .build();
  }

  static RecoveryContext ctx(int severity, FailureType type, boolean dishonest, Integer previous) {
    RecoveryContext.Builder b =
        RecoveryContext.builder()
            .category("1C")
            .severity(severity)
            .failureType(type)
            .dishonesty(dishonest)
            .valueTier("silver")
            .orderValue(krw(33333));
    if (previous != null) {
      b.daysSincePreviousFailure(previous);
    }
    return b.build();
  }

  @Test
  void buildersGiveWhatTheComponentsGiveAndNameWhatIsMissing() {
    RecoveryPolicy built = policy();
    RecoveryPolicy positional =
        new RecoveryPolicy(
            "2026-05",
            List.of(
                Duration.ofHours(48),
                Duration.ofHours(24),
                Duration.ofHours(8),
                Duration.ofHours(4),
                Duration.ofHours(1)),
            List.of(
                new CompensationRule(
                    FailureType.OUTCOME, 1, CompensationKind.CREDIT, 10, krw(1000), krw(20000)),
                new CompensationRule(
                    FailureType.OUTCOME, 3, CompensationKind.REFUND, 50, krw(5000), krw(100000)),
                new CompensationRule(
                    FailureType.PROCESS, 1, CompensationKind.NONE, 0, krw(0), krw(0)),
                new CompensationRule(
                    FailureType.PROCESS, 4, CompensationKind.CREDIT, 20, krw(3000), krw(50000))),
            30,
            2,
            Set.of("gold"),
            RoundingMode.HALF_UP);
    assertThat(built).isEqualTo(positional);
    assertThat(built.toBuilder("2026-05").build()).isEqualTo(built);
    assertThat(built.toBuilder("2026-06").doubleDeviationDays(60).build().doubleDeviationDays())
        .isEqualTo(60);
    RecoveryContext c = ctx(3, FailureType.PROCESS, true, 12);
    assertThat(c)
        .isEqualTo(
            new RecoveryContext(
                "1C", 3, FailureType.PROCESS, true, false, 12, "silver", krw(33333)));
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(ctx(2, FailureType.OUTCOME, false, null).previousFailure()).isEmpty();
    assertThatThrownBy(() -> RecoveryContext.builder().category("1C").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a recovery context needs severity, failureType, valueTier, orderValue");
    assertThatThrownBy(
            () ->
                RecoveryContext.builder()
                    .category("1C")
                    .severity(9)
                    .failureType(FailureType.OUTCOME)
                    .valueTier("x")
                    .orderValue(krw(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severity must be 1 to 5, but was 9");
    assertThatThrownBy(() -> CompensationRule.builder().kind(CompensationKind.REFUND).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a compensation rule needs failureType, minSeverity, floor, cap");
    assertThatThrownBy(() -> RecoveryPolicy.builder("v").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("respondWithin");
    com.google.common.testing.NullPointerTester nulls =
        new com.google.common.testing.NullPointerTester();
    nulls.testAllPublicInstanceMethods(RecoveryPolicy.builder("v"));
    nulls.testAllPublicInstanceMethods(RecoveryContext.builder());
    nulls.testAllPublicInstanceMethods(CompensationRule.builder());
    nulls.testAllPublicStaticMethods(RecoveryPolicy.class);
  }

  @Test
  void plansMatchTheRemedyToTheFailureAndCiteTheirSources() {
    RecoveryPolicy p = policy();
    RecoveryPlan minor = p.decide(ctx(1, FailureType.OUTCOME, false, null));
    assertThat(minor.apology()).isTrue();
    assertThat(minor.respondWithin()).isEqualTo(Duration.ofDays(2));
    assertThat(minor.compensationKind()).isEqualTo(CompensationKind.CREDIT);
    // 10% of 33,333 = 3,333.3 -> 3,333 (half up); above the floor.
    assertThat(minor.compensation()).isEqualTo(krw(3333));
    assertThat(minor.escalate()).isFalse();
    assertThat(minor.policyVersion()).isEqualTo("2026-05");
    assertThat(minor.firedRules())
        .extracting(RecoveryPlan.FiredRule::source)
        .anyMatch(s -> s.contains("Smith, Bolton & Wagner (1999)"))
        .anyMatch(s -> s.contains("Tax, Brown & Chandrashekaran (1998)"))
        .anyMatch(s -> s.contains("Hart, Heskett & Sasser (1990)"));

    RecoveryPlan severe = p.decide(ctx(4, FailureType.OUTCOME, false, null));
    assertThat(severe.compensationKind()).isEqualTo(CompensationKind.REFUND);
    assertThat(severe.compensation()).isEqualTo(krw(16667));
    assertThat(severe.respondWithin()).isEqualTo(Duration.ofHours(4));

    // A process failure at low severity gets an apology, not money.
    RecoveryPlan rude = p.decide(ctx(1, FailureType.PROCESS, false, null));
    assertThat(rude.compensationKind()).isEqualTo(CompensationKind.NONE);
    assertThat(rude.explainFailure()).isFalse();

    // Dishonesty raises severity by 2; a second failure within 30 days escalates and adds 1.
    RecoveryPlan worse = p.decide(ctx(1, FailureType.PROCESS, true, 10));
    assertThat(worse.severity()).isEqualTo(4);
    assertThat(worse.escalate()).isTrue();
    assertThat(worse.respondWithin()).isEqualTo(Duration.ofHours(4));
    // The plan explains itself in words a supervisor reads: what to do, how fast, and why.
    assertThat(worse.explanation().outcome())
        .startsWith("respond within 4 h: apologise;")
        .contains("escalate to a supervisor")
        .doesNotContain("PT");
    assertThat(worse.explanation().checks())
        .extracting(c -> c.rule() + ": " + c.reason())
        .containsExactlyElementsOf(
            worse.firedRules().stream()
                .map(r -> r.id() + ": " + r.rule() + " (" + r.source() + ")")
                .toList());
    assertThat(minor.explanation().outcome()).contains("compensate (credit KRW 3333)");
    assertThat(rude.explanation().outcome())
        .doesNotContain("compensate", "explain what went wrong");
    assertThat(p.decide(ctx(2, FailureType.OUTCOME, false, 31)).escalate()).isFalse();

    // Cap and floor.
    RecoveryPlan big =
        p.decide(
            new RecoveryContext(
                "1A", 5, FailureType.OUTCOME, false, true, null, "gold", krw(1_000_000)));
    assertThat(big.compensation()).isEqualTo(krw(100000));
    assertThat(big.firmInitiatedContact()).isTrue();
    assertThat(big.options()).containsExactly("refund", "credit", "redo");
    assertThat(big.acceptanceRequired()).isTrue();
    RecoveryPlan small =
        p.decide(
            new RecoveryContext("1A", 1, FailureType.OUTCOME, false, false, null, "x", krw(500)));
    assertThat(small.compensation()).isEqualTo(krw(1000));
    assertThat(small.closeTheLoop()).isTrue();
    assertThat(PolicyLinter.lint(p)).isEmpty();
  }

  @Test
  void theEscalatedSeverityChoosesTheCompensation() {
    // Regression: a dishonest severity-2 outcome failure is severity 4 and must be paid as one
    // (the severity-3 refund rule), not with the severity-2 credit.
    RecoveryPolicy p = policy();
    RecoveryPlan dishonest =
        p.decide(
            new RecoveryContext(
                "1C", 2, FailureType.OUTCOME, true, false, null, "silver", krw(80_000)));
    assertThat(dishonest.severity()).isEqualTo(4);
    assertThat(dishonest.compensationKind()).isEqualTo(CompensationKind.REFUND);
    assertThat(dishonest.compensation()).isEqualTo(krw(40_000));
    assertThat(dishonest.respondWithin()).isEqualTo(Duration.ofHours(4));
    assertThat(dishonest.firedRules())
        .extracting(RecoveryPlan.FiredRule::rule)
        .anyMatch(r -> r.startsWith("compensate outcome failure of severity 4: refund KRW 40000"));
    // A repeat process failure at severity 3 becomes 4 and reaches the severity-4 credit rule.
    RecoveryPlan repeat = p.decide(ctx(3, FailureType.PROCESS, false, 5));
    assertThat(repeat.severity()).isEqualTo(4);
    assertThat(repeat.compensationKind()).isEqualTo(CompensationKind.CREDIT);
  }

  @Test
  void aFirstFailureNeverFiresTheSecondFailureRule() {
    RecoveryPolicy p = policy();
    for (io.github.crmkit.core.LoyaltyQuadrant q : io.github.crmkit.core.LoyaltyQuadrant.values()) {
      RecoveryPlan plan =
          p.decide(ctx(2, FailureType.OUTCOME, false, null), CustomerContext.of(q, null, null));
      assertThat(plan.firedRules())
          .extracting(RecoveryPlan.FiredRule::rule)
          .as("loyalty %s", q)
          .noneMatch(r -> r.startsWith("second failure"));
    }
    RecoveryPlan both =
        p.decide(
            ctx(2, FailureType.OUTCOME, false, 3),
            CustomerContext.of(io.github.crmkit.core.LoyaltyQuadrant.TERRORIST, null, null));
    // Escalation adds one point once, whatever calls for it.
    assertThat(both.severity()).isEqualTo(3);
    assertThat(both.escalate()).isTrue();
  }

  @Test
  void theEscalatedSeverityDrivesEveryDownstreamChoiceProperty() {
    RecoveryPolicy p = policy();
    qt().forAll(
            org.quicktheories.generators.SourceDSL.integers().between(1, 5),
            org.quicktheories.generators.SourceDSL.booleans().all(),
            org.quicktheories.generators.SourceDSL.integers().between(-1, 60),
            org.quicktheories.generators.SourceDSL.integers().between(0, 3))
        .checkAssert(
            (sev, dishonest, prev, type) -> {
              FailureType ft = type % 2 == 0 ? FailureType.OUTCOME : FailureType.PROCESS;
              RecoveryContext c = ctx(sev, ft, dishonest, prev < 0 ? null : prev);
              RecoveryPlan plan = p.decide(c);
              // The plan equals the plan of an honest first failure at the escalated severity,
              // but for the escalation flag and the rules that explain it.
              RecoveryPlan same = p.decide(ctx(plan.severity(), ft, false, null));
              assertThat(plan.compensationKind()).isEqualTo(same.compensationKind());
              assertThat(plan.compensation()).isEqualTo(same.compensation());
              assertThat(plan.respondWithin()).isEqualTo(same.respondWithin());
              assertThat(plan.explainFailure()).isEqualTo(same.explainFailure());
              assertThat(plan.options()).isEqualTo(same.options());
            });
  }

  @Test
  void theCustomersLoyaltyStoneTypeAndValueShapeThePlan() {
    RecoveryPolicy p = policy();
    RecoveryContext c = ctx(2, FailureType.OUTCOME, false, null);
    RecoveryPlan terrorist =
        p.decide(
            c, CustomerContext.of(io.github.crmkit.core.LoyaltyQuadrant.TERRORIST, null, null));
    assertThat(terrorist.escalate()).isTrue();
    assertThat(terrorist.customerApproach()).contains(CustomerApproach.SENIOR_STAFF_CONTACT);
    assertThat(terrorist.customerApproach().get(0).displayName(java.util.Locale.ENGLISH))
        .isEqualTo("senior staff contact the customer personally");
    assertThat(terrorist.firedRules())
        .extracting(RecoveryPlan.FiredRule::source)
        .anyMatch(s -> s.startsWith("Jones & Sasser (1995)"));
    RecoveryPlan personal =
        p.decide(
            c,
            CustomerContext.of(
                io.github.crmkit.core.LoyaltyQuadrant.APOSTLE,
                io.github.crmkit.core.StoneType.PERSONALIZING,
                krw(1_000_000)));
    assertThat(personal.escalate()).isFalse();
    assertThat(personal.customerApproach())
        .containsExactly(CustomerApproach.THANK_FOR_LOYALTY, CustomerApproach.NAMED_REPRESENTATIVE);
    // The plan reads in Korean: the fired rules, the approach and the explanation's outcome.
    assertThat(personal.firedRules())
        .extracting(r -> r.rule(java.util.Locale.KOREAN))
        .contains("진심으로 사과", "근본 원인이 해결되면 고객에게 알리고 종결");
    assertThat(personal.firedRules())
        .extracting(RecoveryPlan.FiredRule::id)
        .contains("acknowledge-loyalty", "customer-approach", "offer-valuable");
    assertThat(personal.explanation().outcome(java.util.Locale.KOREAN))
        .contains("사과", "지정 담당자가 사례를 맡고 이름으로 인사")
        .doesNotContain("apologise");
    assertThat(personal.explanation().outcome())
        .contains("apologise", "a named representative handles the case and greets by name");
    // Worth more than ten orders: offered a choice although the tier is not an option tier.
    assertThat(personal.options()).containsExactly("refund", "credit", "redo");
    assertThat(p.decide(c, CustomerContext.unknown()).customerApproach()).isEmpty();
    assertThat(p.decide(c, CustomerContext.unknown())).isEqualTo(p.decide(c));
    assertThat(
            p.decide(c, CustomerContext.of(null, io.github.crmkit.core.StoneType.ECONOMIC, krw(10)))
                .options())
        .isEmpty();
  }

  @Test
  void theCompensationIsWordedInTheLanguageAskedFor() {
    RecoveryPlan plan = policy().decide(ctx(2, FailureType.OUTCOME, false, null));
    CompensationKind kind = plan.compensationKind();
    assertThat(kind).isNotEqualTo(CompensationKind.NONE);
    // Regression: the Korean outcome said "보상 (credit ...)", the kind's English code.
    assertThat(plan.explanation().outcome(java.util.Locale.KOREAN))
        .contains(kind.displayName(java.util.Locale.KOREAN))
        .doesNotContain(kind.displayName(java.util.Locale.ENGLISH));
    assertThat(plan.explanation().outcome()).contains(kind.displayName(java.util.Locale.ENGLISH));
  }

  @Test
  void theLinterFindsGapsDecreasesCapsBelowFloorsAndUnreachableRules() {
    RecoveryPolicy bad =
        new RecoveryPolicy(
            "bad",
            List.of(
                Duration.ofHours(1),
                Duration.ofHours(2),
                Duration.ofHours(1),
                Duration.ofHours(1),
                Duration.ofHours(1)),
            List.of(
                new CompensationRule(
                    FailureType.OUTCOME, 2, CompensationKind.REFUND, 50, krw(5000), krw(1000)),
                new CompensationRule(
                    FailureType.OUTCOME, 4, CompensationKind.REFUND, 20, krw(5000), krw(9000)),
                new CompensationRule(
                    FailureType.OUTCOME, 4, CompensationKind.CREDIT, 30, krw(5000), krw(9000))),
            30,
            1,
            Set.of(),
            RoundingMode.HALF_UP);
    assertThat(PolicyLinter.lint(bad))
        .anyMatch(s -> s.startsWith("gap: no compensation rule for PROCESS"))
        .anyMatch(s -> s.startsWith("gap: OUTCOME failures of severity 1 to 1"))
        .anyMatch(s -> s.startsWith("cap below floor: OUTCOME from severity 2"))
        .anyMatch(
            s -> s.startsWith("compensation decreases with severity: OUTCOME from severity 4"))
        .anyMatch(s -> s.startsWith("unreachable: two OUTCOME rules from severity 4"))
        .anyMatch(s -> s.startsWith("response time grows with severity: severity 2"));
  }

  @Test
  void compensationNeverExceedsItsCapAndNeverDecreasesWithSeverity() {
    RecoveryPolicy p = policy();
    qt().forAll(
            CrmGen.of(rng -> rng.nextLong(0, 10_000_000)),
            CrmGen.of(rng -> rng.nextBoolean() ? FailureType.OUTCOME : FailureType.PROCESS))
        .checkAssert(
            (value, type) -> {
              Money previous = krw(0);
              for (int s = 1; s <= 5; s++) {
                RecoveryPlan plan =
                    p.decide(
                        new RecoveryContext("x", s, type, false, false, null, "y", krw(value)));
                assertThat(plan.compensation()).isLessThanOrEqualTo(krw(100_000));
                assertThat(plan.compensation()).isGreaterThanOrEqualTo(previous);
                assertThat(plan.apology()).isTrue();
                previous = plan.compensation();
              }
            });
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> ctx(0, FailureType.OUTCOME, false, null))
        .hasMessageContaining("severity");
    assertThatThrownBy(() -> ctx(2, FailureType.OUTCOME, false, -1))
        .hasMessageContaining("daysSincePreviousFailure");
    assertThatThrownBy(
            () ->
                new CompensationRule(
                    FailureType.OUTCOME, 1, CompensationKind.REFUND, 120, krw(0), krw(1)))
        .hasMessageContaining("percent");
    assertThatThrownBy(
            () ->
                new CompensationRule(
                    FailureType.OUTCOME,
                    1,
                    CompensationKind.REFUND,
                    10,
                    krw(0),
                    Money.parse("USD 1.00")))
        .hasMessageContaining("currency");
    assertThatThrownBy(
            () ->
                new RecoveryPolicy(
                    "x",
                    List.of(Duration.ofHours(1)),
                    List.of(),
                    0,
                    0,
                    Set.of(),
                    RoundingMode.HALF_UP))
        .hasMessageContaining("5 durations");
    assertThatThrownBy(
            () ->
                new RecoveryPolicy(
                    "x",
                    List.of(
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1)),
                    List.of(),
                    0,
                    0,
                    Set.of(),
                    RoundingMode.UNNECESSARY))
        .hasMessageContaining("UNNECESSARY");
  }
}
