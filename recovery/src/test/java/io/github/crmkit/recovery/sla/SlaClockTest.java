package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.Channel;
import io.github.crmkit.recovery.complaint.CaseStatus;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final BusinessCalendar CAL =
      BusinessCalendar.builder(LONDON).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(LONDON).toInstant();
  }

  static SlaPolicy policy() {
    return SlaPolicy.builder("standard")
        .target(Priority.HIGH, SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(4)))
        .target(
            Priority.HIGH,
            SlaTarget.business(SlaMetric.NEXT_REPLY, Duration.ofHours(2))
                .withWarning(Duration.ofMinutes(30)))
        .target(Priority.HIGH, SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(16)))
        .target(Priority.HIGH, SlaTarget.business(SlaMetric.REQUESTER_WAIT, Duration.ofHours(16)))
        .target(Priority.LOW, SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(24)))
        .build();
  }

  @Test
  void theBuilderGivesWhatTheComponentsGive() {
    List<SlaTarget> high =
        List.of(
            SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(4)),
            SlaTarget.business(SlaMetric.NEXT_REPLY, Duration.ofHours(2))
                .withWarning(Duration.ofMinutes(30)),
            SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(16)),
            SlaTarget.business(SlaMetric.REQUESTER_WAIT, Duration.ofHours(16)));
    List<SlaTarget> low = List.of(SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(24)));
    assertThat(policy())
        .isEqualTo(
            new SlaPolicy(
                "standard",
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Map.of(Priority.HIGH, high, Priority.LOW, low)));
    assertThat(SlaPolicy.builder("gold").tiers("platinum").build())
        .isEqualTo(
            new SlaPolicy("gold", Set.of(), Set.of(), Set.of("platinum"), Set.of(), Map.of()));
    SlaPolicy.Builder twice =
        SlaPolicy.builder("x")
            .target(Priority.HIGH, SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(1)))
            .target(Priority.HIGH, SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(2)));
    org.assertj.core.api.Assertions.assertThatThrownBy(twice::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two targets for one metric");
  }

  static final CaseAttributes HIGH = new CaseAttributes(Priority.HIGH, Channel.EMAIL, "gold", "1B");

  static List<CaseLogEvent> log() {
    return List.of(
        new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
        new CaseLogEvent.CustomerMessaged(at("2026-05-18T10:30")),
        new CaseLogEvent.AgentReplied(at("2026-05-18T12:00")),
        new CaseLogEvent.CustomerMessaged(at("2026-05-18T13:00")),
        new CaseLogEvent.StatusChanged(at("2026-05-18T13:02"), CaseStatus.AWAITING_CUSTOMER),
        new CaseLogEvent.StatusChanged(at("2026-05-18T15:00"), CaseStatus.IN_PROGRESS),
        new CaseLogEvent.AgentReplied(at("2026-05-19T10:00")),
        new CaseLogEvent.StatusChanged(at("2026-05-19T11:00"), CaseStatus.RESOLVED));
  }

  @Test
  void replaysALogIntoATimelineWithPausesWarningsAndBreaches() {
    SlaClock clock = SlaClock.of(List.of(policy()), CAL);
    SlaTimeline t = clock.replay(log(), at("2026-05-19T12:00"));
    assertThat(t.policy()).contains("standard");
    // Each metric's state in words: no ISO-8601 durations in what a supervisor reads.
    assertThat(t.explanation().subject()).isEqualTo("SLA timeline under policy standard");
    assertThat(t.explanation().checks())
        .extracting(c -> c.rule())
        .containsExactlyElementsOf(
            java.util.Arrays.stream(SlaMetric.values())
                .filter(m -> t.states().containsKey(m))
                .map(SlaMetric::code)
                .toList());
    assertThat(t.explanation().checks())
        .allSatisfy(c -> assertThat(c.reason()).doesNotContain("PT"));
    assertThat(t.explanation().outcome()).contains("next-reply");
    // Next reply: 2 minutes, paused 13:02-15:00, 1 h 58 left at 15:00: warning 16:28, breach 16:58.
    assertThat(t.events())
        .filteredOn(e -> e.metric() == SlaMetric.NEXT_REPLY)
        .extracting(SlaEvent::kind, SlaEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.STARTED, at("2026-05-18T13:00")),
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.PAUSED, at("2026-05-18T13:02")),
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.RESUMED, at("2026-05-18T15:00")),
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.WARNING, at("2026-05-18T16:28")),
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.BREACHED, at("2026-05-18T16:58")),
            org.assertj.core.groups.Tuple.tuple(
                SlaEvent.Kind.FULFILLED_LATE, at("2026-05-19T10:00")));
    assertThat(t.events())
        .filteredOn(e -> e.metric() == SlaMetric.FIRST_REPLY)
        .extracting(SlaEvent::kind)
        .containsExactly(SlaEvent.Kind.STARTED, SlaEvent.Kind.ACHIEVED);
    assertThat(t.state(SlaMetric.FIRST_REPLY).orElseThrow().status())
        .isEqualTo(MetricState.Status.ACHIEVED);
    assertThat(t.state(SlaMetric.NEXT_REPLY).orElseThrow().status())
        .isEqualTo(MetricState.Status.BREACHED);
    assertThat(t.state(SlaMetric.RESOLUTION).orElseThrow().status())
        .isEqualTo(MetricState.Status.ACHIEVED);
    assertThat(t.state(SlaMetric.AGENT_WORK)).isEmpty();
    // The pause came two minutes after the customer's message: flagged.
    assertThat(t.flaggedPauses())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(CaseStatus.AWAITING_CUSTOMER);
              assertThat(p.afterCustomerMessage()).isEqualTo(Duration.ofMinutes(2));
            });
    assertThat(
            clock
                .withAuditWindow(Duration.ofMinutes(1))
                .replay(log(), at("2026-05-19T12:00"))
                .flaggedPauses())
        .isEmpty();
    // The events are in time order.
    for (int i = 1; i < t.events().size(); i++) {
      assertThat(t.events().get(i).at()).isAfterOrEqualTo(t.events().get(i - 1).at());
    }
  }

  @Test
  void theCurrentStateHasTheRemainingTimeAndTheWallClockDue() {
    SlaClock clock = SlaClock.of(List.of(policy()), CAL);
    List<CaseLogEvent> open = log().subList(0, 1);
    // Created Monday 10:00; at 12:30 the first reply target has 1 h 30 left, due 14:00.
    MetricState first =
        clock.replay(open, at("2026-05-18T12:30")).state(SlaMetric.FIRST_REPLY).orElseThrow();
    assertThat(first.status()).isEqualTo(MetricState.Status.ACTIVE);
    assertThat(first.remaining()).isEqualTo(Duration.ofMinutes(90));
    assertThat(first.due()).contains(at("2026-05-18T14:00"));
    // Overnight the clock does not run: Tuesday 09:30 after a Monday 16:00 start.
    List<CaseLogEvent> late = List.of(new CaseLogEvent.Created(at("2026-05-18T16:00"), HIGH));
    MetricState l =
        clock.replay(late, at("2026-05-19T09:30")).state(SlaMetric.FIRST_REPLY).orElseThrow();
    assertThat(l.remaining()).isEqualTo(Duration.ofMinutes(150));
    assertThat(l.due()).contains(at("2026-05-19T12:00"));
    // Lowering the priority switches open targets to the low policy's.
    List<CaseLogEvent> lowered =
        List.of(
            new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
            new CaseLogEvent.PriorityChanged(at("2026-05-18T11:00"), Priority.LOW));
    MetricState low =
        clock.replay(lowered, at("2026-05-18T12:00")).state(SlaMetric.FIRST_REPLY).orElseThrow();
    assertThat(low.remaining()).isEqualTo(Duration.ofHours(22));
    // Raising the priority when the shorter target is already used up breaches at the change.
    List<CaseLogEvent> raised =
        List.of(
            new CaseLogEvent.Created(at("2026-05-18T09:00"), HIGH.withPriority(Priority.LOW)),
            new CaseLogEvent.PriorityChanged(at("2026-05-18T14:00"), Priority.HIGH));
    SlaTimeline r = clock.replay(raised, at("2026-05-18T15:00"));
    assertThat(r.state(SlaMetric.FIRST_REPLY).orElseThrow().status())
        .isEqualTo(MetricState.Status.BREACHED);
    assertThat(r.events())
        .filteredOn(e -> e.kind() == SlaEvent.Kind.BREACHED)
        .extracting(SlaEvent::at)
        .containsExactly(at("2026-05-18T14:00"));
    // No matching policy: no targets.
    SlaPolicy goldOnly =
        new SlaPolicy("gold", Set.of(), Set.of(), Set.of("platinum"), Set.of(), Map.of());
    assertThat(SlaClock.of(List.of(goldOnly), CAL).replay(open, at("2026-05-18T12:00")).policy())
        .isEmpty();
  }

  @Test
  void escalationLevelsFollowTheBreach() {
    SlaPolicy p =
        new SlaPolicy(
            "esc",
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Map.of(
                Priority.HIGH,
                List.of(
                    SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(4))
                        .withEscalations(
                            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(5)))));
    SlaClock clock = SlaClock.of(List.of(p), CAL);
    List<CaseLogEvent> log =
        List.of(
            new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
            new CaseLogEvent.CustomerMessaged(at("2026-05-18T14:30")));
    SlaTimeline t = clock.replay(log, at("2026-05-18T16:30"));
    assertThat(t.events())
        .filteredOn(e -> e.kind() == SlaEvent.Kind.BREACHED || e.kind() == SlaEvent.Kind.ESCALATED)
        .extracting(SlaEvent::kind, SlaEvent::level, SlaEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.BREACHED, 0, at("2026-05-18T14:00")),
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.ESCALATED, 1, at("2026-05-18T15:00")),
            org.assertj.core.groups.Tuple.tuple(
                SlaEvent.Kind.ESCALATED, 2, at("2026-05-18T16:00")));
    // The third level is five business hours after the breach: Tuesday 11:00.
    SlaTimeline later = clock.replay(log, at("2026-05-19T12:00"));
    assertThat(later.events())
        .filteredOn(e -> e.kind() == SlaEvent.Kind.ESCALATED && e.level() == 3)
        .extracting(SlaEvent::at)
        .containsExactly(at("2026-05-19T11:00"));
    assertThatThrownBy(
            () ->
                SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(1))
                    .withEscalations(Duration.ofHours(2), Duration.ofHours(1)))
        .hasMessageContaining("positive and increasing");
  }

  static SlaTimeline nextReplies(Recurrence r) {
    SlaPolicy p =
        new SlaPolicy(
            "recurring",
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Map.of(
                Priority.HIGH,
                List.of(
                    SlaTarget.business(SlaMetric.NEXT_REPLY, Duration.ofHours(2))
                        .withWarning(Duration.ofMinutes(10))
                        .withRecurrence(r))));
    List<CaseLogEvent> log =
        List.of(
            new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
            new CaseLogEvent.AgentReplied(at("2026-05-18T10:30")),
            new CaseLogEvent.CustomerMessaged(at("2026-05-18T11:00")),
            new CaseLogEvent.AgentReplied(at("2026-05-18T12:30")),
            new CaseLogEvent.CustomerMessaged(at("2026-05-18T13:00")),
            new CaseLogEvent.AgentReplied(at("2026-05-18T14:00")));
    return SlaClock.of(List.of(p), CAL).replay(log, at("2026-05-18T15:00"));
  }

  static List<org.assertj.core.groups.Tuple> nextReplyEvents(SlaTimeline t) {
    return t.events().stream()
        .filter(e -> e.metric() == SlaMetric.NEXT_REPLY)
        .map(e -> org.assertj.core.groups.Tuple.tuple(e.cycle(), e.kind(), e.at()))
        .toList();
  }

  @Test
  void recurrenceDecidesWhatARepeatedTriggerStarts() {
    // Independent: each customer message gets the whole two hours; both cycles are achieved.
    assertThat(nextReplyEvents(nextReplies(Recurrence.INDEPENDENT)))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, SlaEvent.Kind.STARTED, at("2026-05-18T11:00")),
            org.assertj.core.groups.Tuple.tuple(1, SlaEvent.Kind.ACHIEVED, at("2026-05-18T12:30")),
            org.assertj.core.groups.Tuple.tuple(2, SlaEvent.Kind.STARTED, at("2026-05-18T13:00")),
            org.assertj.core.groups.Tuple.tuple(2, SlaEvent.Kind.ACHIEVED, at("2026-05-18T14:00")));
    // Sequential: the second cycle has the 30 minutes the first one left: warning 13:20, breach
    // 13:30, and the reply at 14:00 is late.
    SlaTimeline seq = nextReplies(Recurrence.SEQUENTIAL);
    assertThat(nextReplyEvents(seq))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, SlaEvent.Kind.STARTED, at("2026-05-18T11:00")),
            org.assertj.core.groups.Tuple.tuple(1, SlaEvent.Kind.ACHIEVED, at("2026-05-18T12:30")),
            org.assertj.core.groups.Tuple.tuple(2, SlaEvent.Kind.STARTED, at("2026-05-18T13:00")),
            org.assertj.core.groups.Tuple.tuple(2, SlaEvent.Kind.WARNING, at("2026-05-18T13:20")),
            org.assertj.core.groups.Tuple.tuple(2, SlaEvent.Kind.BREACHED, at("2026-05-18T13:30")),
            org.assertj.core.groups.Tuple.tuple(
                2, SlaEvent.Kind.FULFILLED_LATE, at("2026-05-18T14:00")));
    assertThat(seq.state(SlaMetric.NEXT_REPLY).map(MetricState::status))
        .contains(MetricState.Status.BREACHED);
    // None: only the first customer message is measured.
    SlaTimeline none = nextReplies(Recurrence.NONE);
    assertThat(nextReplyEvents(none))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, SlaEvent.Kind.STARTED, at("2026-05-18T11:00")),
            org.assertj.core.groups.Tuple.tuple(1, SlaEvent.Kind.ACHIEVED, at("2026-05-18T12:30")));
    assertThat(none.state(SlaMetric.NEXT_REPLY).map(MetricState::status))
        .contains(MetricState.Status.ACHIEVED);
    assertThat(Recurrence.fromCode("sequential")).isEqualTo(Recurrence.SEQUENTIAL);
  }

  @Test
  void anAttributeChangeChoosesThePolicyAgain() {
    SlaPolicy vip =
        new SlaPolicy(
            "vip",
            Set.of(),
            Set.of(),
            Set.of("gold"),
            Set.of(),
            Map.of(
                Priority.HIGH,
                List.of(SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(1)))));
    SlaClock clock = SlaClock.of(List.of(vip, policy()), CAL);
    CaseAttributes silver = new CaseAttributes(Priority.HIGH, Channel.EMAIL, "silver", "1B");
    List<CaseLogEvent> log =
        List.of(
            new CaseLogEvent.Created(at("2026-05-18T10:00"), silver),
            new CaseLogEvent.AttributesChanged(at("2026-05-18T10:30"), HIGH));
    SlaTimeline t = clock.replay(log, at("2026-05-18T12:00"));
    assertThat(t.policy()).contains("vip");
    // Half of the VIP hour was used under the standard policy: breach at 11:00.
    assertThat(t.events())
        .filteredOn(e -> e.kind() == SlaEvent.Kind.BREACHED)
        .extracting(SlaEvent::metric, SlaEvent::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SlaMetric.FIRST_REPLY, at("2026-05-18T11:00")));
    assertThat(clock.replay(log.subList(0, 1), at("2026-05-18T12:00")).policy())
        .contains("standard");
  }

  @Test
  void badLogsAreRefused() {
    SlaClock clock = SlaClock.of(List.of(policy()), CAL);
    assertThatThrownBy(() -> clock.replay(List.of(), at("2026-05-18T10:00")))
        .hasMessageContaining("must begin with a Created");
    assertThatThrownBy(
            () ->
                clock.replay(
                    List.of(
                        new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
                        new CaseLogEvent.AgentReplied(at("2026-05-18T09:00"))),
                    at("2026-05-18T12:00")))
        .hasMessageContaining("events out of order");
    assertThatThrownBy(
            () ->
                clock.replay(
                    List.of(
                        new CaseLogEvent.Created(at("2026-05-18T10:00"), HIGH),
                        new CaseLogEvent.Created(at("2026-05-18T11:00"), HIGH)),
                    at("2026-05-18T12:00")))
        .hasMessageContaining("second Created");
    assertThatThrownBy(() -> clock.replay(log(), at("2026-05-18T10:00")))
        .hasMessageContaining("before the last event");
    assertThatThrownBy(() -> SlaTarget.business(SlaMetric.RESOLUTION, Duration.ZERO))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(
            () ->
                SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(1))
                    .withWarning(Duration.ofHours(2)))
        .hasMessageContaining("below the target");
    assertThatThrownBy(
            () ->
                new SlaPolicy(
                    "dup",
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Map.of(
                        Priority.LOW,
                        List.of(
                            SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(1)),
                            SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(2))))))
        .hasMessageContaining("two targets for one metric");
  }

  @Test
  void replayingTheSameLogTwiceGivesTheSameTimeline() {
    SlaClock clock = SlaClock.of(List.of(policy()), CAL);
    qt().forAll(
            CrmGen.of(
                rng -> {
                  List<CaseLogEvent> log = new ArrayList<>();
                  Instant t = at("2026-05-18T08:00").plusSeconds(rng.nextLong(0, 7 * 86_400));
                  log.add(new CaseLogEvent.Created(t, HIGH));
                  int n = rng.nextInt(20);
                  for (int i = 0; i < n; i++) {
                    t = t.plusSeconds(rng.nextLong(0, 20_000));
                    log.add(
                        switch (rng.nextInt(5)) {
                          case 0 -> new CaseLogEvent.AgentReplied(t);
                          case 1 -> new CaseLogEvent.CustomerMessaged(t);
                          case 2 ->
                              new CaseLogEvent.PriorityChanged(
                                  t, rng.nextBoolean() ? Priority.HIGH : Priority.LOW);
                          default ->
                              new CaseLogEvent.StatusChanged(
                                  t, List.of(CaseStatus.values()).get(rng.nextInt(7)));
                        });
                  }
                  return log;
                }))
        .checkAssert(
            log -> {
              Instant now = log.get(log.size() - 1).at().plusSeconds(3600);
              SlaTimeline a = clock.replay(log, now);
              SlaTimeline b = clock.replay(List.copyOf(log), now);
              assertThat(b).isEqualTo(a);
              for (MetricState s : a.states().values()) {
                if (s.status() == MetricState.Status.ACTIVE) {
                  assertThat(s.due()).isPresent();
                  assertThat(s.due().orElseThrow()).isAfterOrEqualTo(now);
                }
              }
            });
  }
}
