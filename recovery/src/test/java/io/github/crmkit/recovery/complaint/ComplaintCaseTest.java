package io.github.crmkit.recovery.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.CrmException;
import io.github.crmkit.core.RejectionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintCaseTest {
  static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

  static Instant t(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aCaseMovesThroughItsLifecycleWithAnEventPerMove() {
    ComplaintCase c =
        ComplaintCase.open("C-1", T0, "web form")
            .move(CaseStatus.ACKNOWLEDGED, t(5), "agent", "apologised")
            .move(CaseStatus.IN_PROGRESS, t(10), "agent", "")
            .move(CaseStatus.AWAITING_CUSTOMER, t(30), "agent", "asked for the receipt")
            .move(CaseStatus.IN_PROGRESS, t(90), "customer", "receipt sent")
            .move(CaseStatus.RESOLVED, t(120), "agent", "refund issued")
            .move(CaseStatus.FOLLOWED_UP, t(2000), "agent", "customer happy")
            .move(CaseStatus.CLOSED, t(2001), "agent", "");
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.events()).hasSize(8);
    assertThat(c.events().get(0).from()).isEmpty();
    assertThat(c.events().get(5).from()).contains(CaseStatus.IN_PROGRESS);
    assertThat(c.timeTo(CaseStatus.ACKNOWLEDGED)).contains(Duration.ofMinutes(5));
    assertThat(c.timeTo(CaseStatus.RESOLVED)).contains(Duration.ofHours(2));
    assertThat(c.reopenings()).isZero();

    ComplaintCase reopened = c.move(CaseStatus.IN_PROGRESS, t(3000), "customer", "again broken");
    assertThat(reopened.reopenings()).isEqualTo(1);
    assertThat(reopened.events().get(8).reopening()).isTrue();
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(ComplaintCase.open("C-2", T0, "x").timeTo(CaseStatus.CLOSED)).isEmpty();
  }

  @Test
  void illegalMovesAndEventsOutOfOrderAreRefused() {
    ComplaintCase c = ComplaintCase.open("C-3", T0, "phone");
    assertThatThrownBy(() -> c.move(CaseStatus.RESOLVED, t(1), "agent", ""))
        .isInstanceOfSatisfying(
            IllegalCaseTransitionException.class,
            e -> {
              assertThat(e).isInstanceOf(CrmException.class);
              // One parent for every refused move, whatever was moving.
              io.github.crmkit.core.IllegalTransitionException any = e;
              assertThat(any.from()).isEqualTo(CaseStatus.RECEIVED);
              assertThat(e).hasMessage("case C-3 cannot move from received to resolved");
              // Staying put is not a move for a case (it is for a customer's status).
              assertThat(
                      CaseTransitions.defaults().isLegal(CaseStatus.RECEIVED, CaseStatus.RECEIVED))
                  .isFalse();
              assertThat(e.caseId()).isEqualTo("C-3");
              assertThat(e.from()).isEqualTo(CaseStatus.RECEIVED);
              assertThat(e.to()).isEqualTo(CaseStatus.RESOLVED);
            });
    ComplaintCase resolved =
        c.move(CaseStatus.ACKNOWLEDGED, t(1), "a", "")
            .move(CaseStatus.IN_PROGRESS, t(2), "a", "")
            .move(CaseStatus.RESOLVED, t(3), "a", "");
    // Closing the loop: a case is followed up before it is closed.
    assertThatThrownBy(() -> resolved.move(CaseStatus.CLOSED, t(4), "a", ""))
        .hasMessage("case C-3 cannot move from resolved to closed");
    assertThatThrownBy(() -> resolved.move(CaseStatus.FOLLOWED_UP, t(2), "a", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events out of order");
    CaseTransitions lax =
        CaseTransitions.of(
            Map.of(
                CaseStatus.RECEIVED, EnumSet.of(CaseStatus.RESOLVED),
                CaseStatus.RESOLVED, EnumSet.of(CaseStatus.CLOSED)));
    assertThat(
            ComplaintCase.open("C-4", T0, "x", lax)
                .move(CaseStatus.RESOLVED, t(1), "a", "")
                .move(CaseStatus.CLOSED, t(2), "a", "")
                .status())
        .isEqualTo(CaseStatus.CLOSED);
    assertThat(CaseTransitions.isReopening(CaseStatus.CLOSED, CaseStatus.IN_PROGRESS)).isTrue();
    assertThat(CaseTransitions.isReopening(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)).isFalse();
    assertThatThrownBy(() -> ComplaintCase.open(" ", T0, "x")).hasMessageContaining("blank");
  }

  @Test
  void recoveryOutcomeMeasuresTheParadoxInsteadOfAssumingIt() {
    List<OutcomeRating> up = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      up.add(
          OutcomeRating.builder()
              .satisfactionBefore(5)
              .distributive(6)
              .procedural(6)
              .interactional(7)
              .satisfactionAfter(i % 4 == 0 ? 6 : 7)
              .build());
    }
    RecoveryOutcome o = RecoveryOutcome.evaluate(up, 1, 7);
    assertThat(o.n()).isEqualTo(40);
    assertThat(o.meanInteractionalJustice()).isEqualTo(7.0);
    assertThat(o.satisfactionDifference()).isCloseTo(1.75, within(1e-12));
    assertThat(o.paradox()).isEqualTo(RecoveryParadox.OBSERVED);
    assertThat(o.explanation().outcome()).startsWith("Recovery paradox observed");

    RecoveryOutcome mixed =
        RecoveryOutcome.evaluate(
            List.of(new OutcomeRating(5, 4, 4, 4, 6), new OutcomeRating(5, 4, 4, 4, 4)), 1, 7);
    assertThat(mixed.satisfactionDifference()).isZero();
    assertThat(mixed.paradox()).isEqualTo(RecoveryParadox.INCONCLUSIVE);

    List<OutcomeRating> down = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      down.add(new OutcomeRating(6, 2, 3, 2, i % 2 == 0 ? 3 : 2));
    }
    assertThat(RecoveryOutcome.evaluate(down, 1, 7).paradox())
        .isEqualTo(RecoveryParadox.NOT_OBSERVED);

    RecoveryOutcome withBad =
        RecoveryOutcome.evaluate(
            Arrays.asList(new OutcomeRating(5, 6, 6, 7, 9), null, new OutcomeRating(5, 6, 6, 7, 6)),
            1,
            7);
    assertThat(withBad.n()).isEqualTo(1);
    assertThat(withBad.received()).isEqualTo(3);
    assertThat(withBad.rejectedRecords())
        .extracting(r -> r.reason())
        .containsExactly(RejectionReason.OUT_OF_SCALE, RejectionReason.NULL_RECORD);
    assertThatThrownBy(withBad::paradox)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least two ratings");
    assertThat(withBad.explanation().outcome()).contains("undefined");
    assertThatThrownBy(() -> RecoveryOutcome.evaluate(List.of(), 1, 7).meanSatisfactionAfter())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RecoveryOutcome.evaluate(List.of(), 3, 3))
        .hasMessageContaining("3..3");
  }

  @Test
  void outcomeRatingsAreBuiltByNameAndNoneIsForgotten() {
    assertThat(
            OutcomeRating.builder()
                .satisfactionAfter(7)
                .interactional(6)
                .procedural(5)
                .distributive(4)
                .satisfactionBefore(3)
                .build())
        .isEqualTo(new OutcomeRating(3, 4, 5, 6, 7));
    assertThatThrownBy(() -> OutcomeRating.builder().distributive(4).satisfactionAfter(2).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[satisfactionBefore, procedural, interactional]");
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Instant.class, T0)
            .setDefault(CaseTransitions.class, CaseTransitions.defaults());
    t.testAllPublicStaticMethods(ComplaintCase.class);
    t.testAllPublicStaticMethods(CaseTransitions.class);
    t.testAllPublicInstanceMethods(ComplaintCase.open("C", T0, "x"));
    t.testAllPublicInstanceMethods(CaseTransitions.defaults());
  }
}
