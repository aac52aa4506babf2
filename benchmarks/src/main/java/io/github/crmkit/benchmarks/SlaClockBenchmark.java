package io.github.crmkit.benchmarks;

import io.github.crmkit.core.Channel;
import io.github.crmkit.recovery.complaint.CaseStatus;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.recovery.sla.CaseAttributes;
import io.github.crmkit.recovery.sla.CaseLogEvent;
import io.github.crmkit.recovery.sla.Priority;
import io.github.crmkit.recovery.sla.SlaClock;
import io.github.crmkit.recovery.sla.SlaMetric;
import io.github.crmkit.recovery.sla.SlaPolicy;
import io.github.crmkit.recovery.sla.SlaTarget;
import io.github.crmkit.recovery.sla.SlaTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SLA timeline of a 20-event case (creation, replies, customer messages, pauses, a priority
 * change, resolution over three business days) with four business-time targets on a Monday to
 * Friday 09:00-17:00 London calendar. Target from issue 7: at most 20 microseconds.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SlaClockBenchmark}. On the project's
 * machine (2-core AMD EPYC, JDK 17, 5 x 1 s after 5 x 1 s warm-up): see the CHANGELOG entry of the
 * SLA clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SlaClockBenchmark {
  final SlaClock clock;
  final List<CaseLogEvent> log = new ArrayList<>();
  final Instant now;

  /** Builds the policy, the calendar and the log. */
  public SlaClockBenchmark() {
    BusinessCalendar cal =
        BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    List<SlaTarget> targets =
        List.of(
            SlaTarget.business(SlaMetric.FIRST_REPLY, Duration.ofHours(4)),
            SlaTarget.business(SlaMetric.NEXT_REPLY, Duration.ofHours(2))
                .withWarning(Duration.ofMinutes(30)),
            SlaTarget.business(SlaMetric.RESOLUTION, Duration.ofHours(24)),
            SlaTarget.business(SlaMetric.REQUESTER_WAIT, Duration.ofHours(16)));
    SlaPolicy policy =
        new SlaPolicy(
            "p",
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Map.of(Priority.HIGH, targets, Priority.URGENT, targets));
    clock = SlaClock.of(List.of(policy), cal);
    Instant t = Instant.parse("2026-05-18T09:30:00Z");
    log.add(new CaseLogEvent.Created(t, new CaseAttributes(Priority.HIGH, Channel.EMAIL, "", "")));
    for (int i = 0; i < 19; i++) {
      t = t.plus(Duration.ofMinutes(95));
      log.add(
          switch (i % 6) {
            case 0 -> new CaseLogEvent.AgentReplied(t);
            case 1 -> new CaseLogEvent.CustomerMessaged(t);
            case 2 -> new CaseLogEvent.StatusChanged(t, CaseStatus.AWAITING_CUSTOMER);
            case 3 -> new CaseLogEvent.StatusChanged(t, CaseStatus.IN_PROGRESS);
            case 4 ->
                new CaseLogEvent.PriorityChanged(t, i % 4 == 0 ? Priority.URGENT : Priority.HIGH);
            default -> new CaseLogEvent.CustomerMessaged(t);
          });
    }
    now = t.plus(Duration.ofHours(1));
  }

  /** Replays the 20 events. */
  @Benchmark
  public SlaTimeline timeline() {
    return clock.replay(log, now);
  }
}
