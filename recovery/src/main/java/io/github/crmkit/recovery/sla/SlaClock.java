package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.recovery.complaint.CaseStatus;
import io.github.crmkit.recovery.complaint.ComplaintCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clock: a pure function from a case's event log to the timeline of SLA events and the
 * state of every metric. Recomputing from the log after a policy or calendar change is the normal
 * way to use it; replaying the same log twice gives the same timeline.
 *
 * <p>Cycles: first reply runs from creation to the first agent reply; next reply from each customer
 * message after the first reply to the next agent reply; periodic update from creation and from
 * each agent reply to the next one; resolution, requester wait and agent work from creation (and
 * from each reopening) to resolved or closed. A repeated trigger starts a new cycle as the target's
 * {@link Recurrence} says: a whole new target (independent), nothing (none), or a continuation of
 * the time already used (sequential). A cycle's clock stops while the case is in one of its
 * target's pause statuses; agent work runs only while the case is in progress. Business-time
 * targets count on the {@link BusinessCalendar}; the due instant is where the remaining time runs
 * out. A pause that starts within the audit window (default 5 minutes) after a customer message is
 * flagged. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SlaClock {
  private final List<SlaPolicy> policies;
  private final BusinessCalendar calendar;
  private final Duration auditWindow;

  private SlaClock(List<SlaPolicy> policies, BusinessCalendar calendar, Duration auditWindow) {
    this.policies = policies;
    this.calendar = calendar;
    this.auditWindow = auditWindow;
  }

  /**
   * Returns a clock.
   *
   * @param policies the policies in order, first match applies
   * @param calendar the business calendar, not null
   * @return the clock, auditing pauses within 5 minutes of a customer message
   */
  public static SlaClock of(List<SlaPolicy> policies, BusinessCalendar calendar) {
    checkNotNull(policies, "policies must not be null");
    checkNotNull(calendar, "calendar must not be null");
    return new SlaClock(List.copyOf(policies), calendar, Duration.ofMinutes(5));
  }

  /**
   * Returns a copy with another pause-audit window.
   *
   * @param window the window, not negative
   * @return the copy
   */
  public SlaClock withAuditWindow(Duration window) {
    checkNotNull(window, "window must not be null");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative, but was " + window);
    }
    return new SlaClock(policies, calendar, window);
  }

  /** One cycle of one metric. */
  private final class Cycle {
    final SlaMetric metric;
    final int number;
    SlaTarget target;
    Duration elapsed = Duration.ZERO;
    @Nullable Instant runningSince;
    boolean warned;
    boolean breached;
    int escalated;
    Duration overdue = Duration.ZERO;

    Cycle(SlaMetric metric, int number, SlaTarget target) {
      this.metric = metric;
      this.number = number;
      this.target = target;
    }

    /** Continues a sequential target: the earlier cycle's time, breach and escalations count. */
    void continueFrom(Cycle previous) {
      elapsed = previous.elapsed;
      warned = previous.warned;
      breached = previous.breached;
      escalated = previous.escalated;
      overdue = previous.overdue;
    }

    Duration measure(Instant a, Instant b) {
      return target.businessTime() ? calendar.between(a, b) : Duration.between(a, b);
    }

    Instant after(Instant from, Duration d) {
      return target.businessTime() ? calendar.add(from, d) : from.plus(d);
    }

    /** Emits warning and breach up to {@code to} and counts the time. */
    void advance(Instant to, List<SlaEvent> out) {
      Instant since = runningSince;
      if (since == null) {
        return;
      }
      Duration remaining = target.target().minus(elapsed);
      // Measure the segment once; only when it reaches a threshold is the exact instant needed.
      Duration segment = measure(since, to);
      if (!warned && !target.warningBefore().isZero() && !breached) {
        Duration untilWarning = remaining.minus(target.warningBefore());
        if (untilWarning.isNegative()) {
          warned = true;
          out.add(new SlaEvent(since, metric, number, SlaEvent.Kind.WARNING));
        } else if (segment.compareTo(untilWarning) >= 0) {
          warned = true;
          out.add(new SlaEvent(after(since, untilWarning), metric, number, SlaEvent.Kind.WARNING));
        }
      }
      Duration beforeBreach = Duration.ZERO;
      if (!breached && !remaining.isNegative() && segment.compareTo(remaining) >= 0) {
        Instant due = after(since, remaining);
        if (due.isBefore(to) || (due.equals(to) && !remaining.isZero())) {
          breached = true;
          beforeBreach = remaining;
          out.add(new SlaEvent(due, metric, number, SlaEvent.Kind.BREACHED));
        }
      }
      if (breached) {
        // Escalation levels count the target's time spent after the breach.
        Duration pastBreach = segment.minus(beforeBreach);
        Duration start = overdue;
        overdue = overdue.plus(pastBreach);
        List<Duration> levels = target.escalateAfter();
        while (escalated < levels.size() && levels.get(escalated).compareTo(overdue) <= 0) {
          Duration into = levels.get(escalated).minus(start);
          Instant base = beforeBreach.isZero() ? since : after(since, beforeBreach);
          Instant when = into.isNegative() ? base : after(base, into);
          escalated++;
          out.add(new SlaEvent(when, metric, number, SlaEvent.Kind.ESCALATED, escalated));
        }
      }
      elapsed = elapsed.plus(segment);
      runningSince = to;
    }
  }

  /**
   * Replays a case's log up to an instant.
   *
   * @param log the events in time order, beginning with one {@link CaseLogEvent.Created}
   * @param now the instant of the state, not before the last event
   * @return the timeline
   * @throws IllegalArgumentException if the log is empty, does not begin with a creation, has a
   *     second creation, or its events are out of order, or {@code now} is before the last event
   */
  public SlaTimeline replay(List<CaseLogEvent> log, Instant now) {
    checkNotNull(log, "log must not be null");
    checkNotNull(now, "now must not be null");
    if (log.isEmpty() || !(log.get(0) instanceof CaseLogEvent.Created created)) {
      throw new IllegalArgumentException("log must begin with a Created event");
    }
    for (int i = 1; i < log.size(); i++) {
      CaseLogEvent e = checkNotNull(log.get(i), "log must not hold null");
      if (e.at().isBefore(log.get(i - 1).at())) {
        throw new IllegalArgumentException(
            "events out of order: event "
                + i
                + " at "
                + e.at()
                + " is before event "
                + (i - 1)
                + " at "
                + log.get(i - 1).at());
      }
      if (e instanceof CaseLogEvent.Created) {
        throw new IllegalArgumentException("event " + i + " is a second Created event");
      }
    }
    if (now.isBefore(log.get(log.size() - 1).at())) {
      throw new IllegalArgumentException(
          "now " + now + " is before the last event at " + log.get(log.size() - 1).at());
    }
    CaseAttributes attrs = created.attributes();
    Optional<SlaPolicy> policy = select(attrs);
    CaseStatus status = CaseStatus.RECEIVED;
    boolean firstReplyDone = false;
    Instant lastCustomerMessage = null;
    Map<SlaMetric, Cycle> open = new EnumMap<>(SlaMetric.class);
    Map<SlaMetric, Cycle> closed = new EnumMap<>(SlaMetric.class);
    Map<SlaMetric, Integer> cycles = new EnumMap<>(SlaMetric.class);
    List<SlaEvent> out = new ArrayList<>();
    List<PauseAudit> audits = new ArrayList<>();

    for (CaseLogEvent e : log) {
      Instant at = e.at();
      for (Cycle c : open.values()) {
        c.advance(at, out);
      }
      if (e instanceof CaseLogEvent.Created) {
        for (SlaMetric m :
            List.of(
                SlaMetric.FIRST_REPLY,
                SlaMetric.PERIODIC_UPDATE,
                SlaMetric.RESOLUTION,
                SlaMetric.REQUESTER_WAIT,
                SlaMetric.AGENT_WORK)) {
          start(m, at, policy, attrs, status, open, closed, cycles, out);
        }
      } else if (e instanceof CaseLogEvent.AgentReplied) {
        firstReplyDone = true;
        finish(SlaMetric.FIRST_REPLY, at, open, closed, out);
        finish(SlaMetric.NEXT_REPLY, at, open, closed, out);
        if (finish(SlaMetric.PERIODIC_UPDATE, at, open, closed, out) && !isDone(status)) {
          start(SlaMetric.PERIODIC_UPDATE, at, policy, attrs, status, open, closed, cycles, out);
        }
      } else if (e instanceof CaseLogEvent.CustomerMessaged) {
        lastCustomerMessage = at;
        if (firstReplyDone && !open.containsKey(SlaMetric.NEXT_REPLY) && !isDone(status)) {
          start(SlaMetric.NEXT_REPLY, at, policy, attrs, status, open, closed, cycles, out);
        }
      } else if (e instanceof CaseLogEvent.StatusChanged sc) {
        CaseStatus before = status;
        status = sc.status();
        if (isDone(status) && !isDone(before)) {
          for (SlaMetric m : List.copyOf(open.keySet())) {
            finish(m, at, open, closed, out);
          }
        } else if (!isDone(status) && isDone(before)) {
          for (SlaMetric m :
              List.of(SlaMetric.RESOLUTION, SlaMetric.REQUESTER_WAIT, SlaMetric.AGENT_WORK)) {
            start(m, at, policy, attrs, status, open, closed, cycles, out);
          }
        }
        boolean paused = false;
        for (Cycle c : open.values()) {
          paused |= applyPause(c, status, at, out);
        }
        if (paused
            && lastCustomerMessage != null
            && Duration.between(lastCustomerMessage, at).compareTo(auditWindow) <= 0) {
          audits.add(new PauseAudit(at, status, Duration.between(lastCustomerMessage, at)));
        }
      } else if (e instanceof CaseLogEvent.PriorityChanged
          || e instanceof CaseLogEvent.AttributesChanged) {
        attrs =
            e instanceof CaseLogEvent.PriorityChanged pc
                ? attrs.withPriority(pc.priority())
                : ((CaseLogEvent.AttributesChanged) e).attributes();
        policy = select(attrs);
        for (Cycle c : open.values()) {
          Optional<SlaTarget> t = target(policy, c.metric, attrs);
          if (t.isPresent()) {
            c.target = t.get();
            // A shorter target may already be used up: the breach happens at the change.
            if (!c.breached && c.elapsed.compareTo(c.target.target()) >= 0) {
              c.breached = true;
              out.add(new SlaEvent(at, c.metric, c.number, SlaEvent.Kind.BREACHED));
            }
          }
        }
      }
    }
    for (Cycle c : open.values()) {
      c.advance(now, out);
    }
    Map<SlaMetric, MetricState> states = new EnumMap<>(SlaMetric.class);
    closed.forEach(
        (m, c) ->
            states.put(
                m,
                new MetricState(
                    m,
                    c.breached ? MetricState.Status.BREACHED : MetricState.Status.ACHIEVED,
                    Duration.ZERO,
                    null)));
    for (Cycle c : open.values()) {
      Duration remaining = c.target.target().minus(c.elapsed);
      Instant since = c.runningSince;
      MetricState.Status s =
          c.breached
              ? MetricState.Status.BREACHED
              : since == null ? MetricState.Status.PAUSED : MetricState.Status.ACTIVE;
      Instant due = since == null || remaining.isNegative() ? null : c.after(since, remaining);
      states.put(c.metric, new MetricState(c.metric, s, remaining, due));
    }
    out.sort(Comparator.comparing(SlaEvent::at));
    return new SlaTimeline(policy.map(SlaPolicy::name), out, states, audits);
  }

  /**
   * Replays a complaint case: its moves merged with the interactions, as {@link CaseLog#of} builds
   * the log.
   *
   * @param complaint the case, not null
   * @param attributes what the policy conditions read, not null
   * @param interactions agent replies, customer messages and priority changes in time order
   * @param now the instant of the state, not before the last event
   * @return the timeline
   * @throws IllegalArgumentException as {@link CaseLog#of} and {@link #replay(List, Instant)} do
   */
  public SlaTimeline replay(
      ComplaintCase complaint,
      CaseAttributes attributes,
      List<? extends CaseLogEvent> interactions,
      Instant now) {
    return replay(CaseLog.of(complaint, attributes, interactions), now);
  }

  private static boolean isDone(CaseStatus s) {
    return s == CaseStatus.RESOLVED || s == CaseStatus.FOLLOWED_UP || s == CaseStatus.CLOSED;
  }

  private Optional<SlaPolicy> select(CaseAttributes attrs) {
    return policies.stream().filter(p -> p.matches(attrs)).findFirst();
  }

  private static Optional<SlaTarget> target(
      Optional<SlaPolicy> policy, SlaMetric m, CaseAttributes attrs) {
    return policy.flatMap(p -> p.target(m, attrs.priority()));
  }

  private void start(
      SlaMetric m,
      Instant at,
      Optional<SlaPolicy> policy,
      CaseAttributes attrs,
      CaseStatus status,
      Map<SlaMetric, Cycle> open,
      Map<SlaMetric, Cycle> closed,
      Map<SlaMetric, Integer> cycles,
      List<SlaEvent> out) {
    Optional<SlaTarget> t = target(policy, m, attrs);
    if (t.isEmpty()) {
      return;
    }
    Recurrence recurrence = t.get().recurrence();
    if (recurrence == Recurrence.NONE && cycles.containsKey(m)) {
      return;
    }
    int n = cycles.merge(m, 1, Integer::sum);
    Cycle c = new Cycle(m, n, t.get());
    Cycle previous = closed.get(m);
    if (recurrence == Recurrence.SEQUENTIAL && previous != null) {
      c.continueFrom(previous);
    }
    open.put(m, c);
    out.add(new SlaEvent(at, m, n, SlaEvent.Kind.STARTED));
    c.runningSince = at;
    applyPause(c, status, at, out);
  }

  /** Closes the metric's open cycle; returns whether there was one. */
  private static boolean finish(
      SlaMetric m,
      Instant at,
      Map<SlaMetric, Cycle> open,
      Map<SlaMetric, Cycle> closed,
      List<SlaEvent> out) {
    Cycle c = open.remove(m);
    if (c == null) {
      return false;
    }
    out.add(
        new SlaEvent(
            at, m, c.number, c.breached ? SlaEvent.Kind.FULFILLED_LATE : SlaEvent.Kind.ACHIEVED));
    closed.put(m, c);
    return true;
  }

  /** Pauses or resumes a cycle for a status; returns whether it was newly paused. */
  private static boolean applyPause(Cycle c, CaseStatus status, Instant at, List<SlaEvent> out) {
    boolean shouldPause =
        c.target.pauseWhile().contains(status)
            || (c.metric == SlaMetric.AGENT_WORK && status != CaseStatus.IN_PROGRESS);
    if (shouldPause && c.runningSince != null) {
      c.runningSince = null;
      out.add(new SlaEvent(at, c.metric, c.number, SlaEvent.Kind.PAUSED));
      return true;
    }
    if (!shouldPause && c.runningSince == null) {
      c.runningSince = at;
      out.add(new SlaEvent(at, c.metric, c.number, SlaEvent.Kind.RESUMED));
    }
    return false;
  }

  @Override
  public String toString() {
    return "SlaClock{" + policies.size() + " policies, " + calendar + "}";
  }
}
