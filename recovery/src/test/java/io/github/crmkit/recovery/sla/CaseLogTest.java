package io.github.crmkit.recovery.sla;

import static io.github.crmkit.recovery.sla.SlaClockTest.HIGH;
import static io.github.crmkit.recovery.sla.SlaClockTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.recovery.complaint.CaseStatus;
import io.github.crmkit.recovery.complaint.ComplaintCase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseLogTest {
  static ComplaintCase complaint() {
    return ComplaintCase.open("C-1", at("2026-05-18T10:00"), "web")
        .move(CaseStatus.ACKNOWLEDGED, at("2026-05-18T10:05"), "ana", "")
        .move(CaseStatus.IN_PROGRESS, at("2026-05-18T10:30"), "ana", "")
        .move(CaseStatus.AWAITING_CUSTOMER, at("2026-05-18T13:00"), "ana", "asked for photos")
        .move(CaseStatus.IN_PROGRESS, at("2026-05-18T15:00"), "ana", "")
        .move(CaseStatus.RESOLVED, at("2026-05-19T11:00"), "ana", "refunded");
  }

  static final List<CaseLogEvent> INTERACTIONS =
      List.of(
          new CaseLogEvent.CustomerMessaged(at("2026-05-18T10:30")),
          new CaseLogEvent.AgentReplied(at("2026-05-18T12:00")),
          new CaseLogEvent.CustomerMessaged(at("2026-05-18T13:00")),
          new CaseLogEvent.AgentReplied(at("2026-05-19T10:00")));

  @Test
  void mergesTheMovesOfACaseWithItsInteractions() {
    List<CaseLogEvent> log = CaseLog.of(complaint(), HIGH, INTERACTIONS);
    assertThat(log)
        .containsExactly(
            new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
            new CaseLogEvent.StatusChanged(at("2026-05-18T10:05"), CaseStatus.ACKNOWLEDGED),
            new CaseLogEvent.CustomerMessaged(at("2026-05-18T10:30")),
            new CaseLogEvent.StatusChanged(at("2026-05-18T10:30"), CaseStatus.IN_PROGRESS),
            new CaseLogEvent.AgentReplied(at("2026-05-18T12:00")),
            new CaseLogEvent.CustomerMessaged(at("2026-05-18T13:00")),
            new CaseLogEvent.StatusChanged(at("2026-05-18T13:00"), CaseStatus.AWAITING_CUSTOMER),
            new CaseLogEvent.StatusChanged(at("2026-05-18T15:00"), CaseStatus.IN_PROGRESS),
            new CaseLogEvent.AgentReplied(at("2026-05-19T10:00")),
            new CaseLogEvent.StatusChanged(at("2026-05-19T11:00"), CaseStatus.RESOLVED));
    SlaClock clock = SlaClock.of(List.of(SlaClockTest.policy()), SlaClockTest.CAL);
    SlaTimeline fromCase = clock.replay(complaint(), HIGH, INTERACTIONS, at("2026-05-19T12:00"));
    assertThat(fromCase).isEqualTo(clock.replay(log, at("2026-05-19T12:00")));
    // The pause right after the customer's message is flagged, and resolution was met.
    assertThat(fromCase.flaggedPauses()).hasSize(1);
    assertThat(fromCase.state(SlaMetric.RESOLUTION).map(MetricState::status))
        .contains(MetricState.Status.ACHIEVED);
  }

  @Test
  void badInteractionsAreRefused() {
    assertThatThrownBy(
            () ->
                CaseLog.of(
                    complaint(),
                    HIGH,
                    List.of(new CaseLogEvent.AgentReplied(at("2026-05-18T09:00")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the case C-1 was received");
    assertThatThrownBy(
            () ->
                CaseLog.of(
                    complaint(),
                    HIGH,
                    List.of(
                        new CaseLogEvent.AgentReplied(at("2026-05-18T12:00")),
                        new CaseLogEvent.AgentReplied(at("2026-05-18T11:00")))))
        .hasMessageContaining("interaction 1 at");
    assertThatThrownBy(
            () ->
                CaseLog.of(
                    complaint(),
                    HIGH,
                    List.of(
                        new CaseLogEvent.StatusChanged(
                            at("2026-05-18T12:00"), CaseStatus.RESOLVED))))
        .hasMessageContaining("StatusChanged event");
  }
}
