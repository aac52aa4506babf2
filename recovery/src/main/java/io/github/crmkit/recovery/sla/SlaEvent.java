package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One event of an SLA timeline. Immutable.
 *
 * @param at when
 * @param metric the metric
 * @param cycle the metric's cycle, 1 for the first (next-reply, periodic-update and reopened
 *     resolution targets run several cycles)
 * @param kind what happened
 * @param level the escalation level for {@link Kind#ESCALATED}, 1 for the first; 0 otherwise
 * @since 0.1
 */
public record SlaEvent(Instant at, SlaMetric metric, int cycle, Kind kind, int level) {
  /**
   * Checks the components.
   *
   * @param at not null
   * @param metric not null
   * @param cycle the cycle
   * @param kind not null
   * @param level the escalation level
   */
  public SlaEvent {
    checkNotNull(at, "at must not be null");
    checkNotNull(metric, "metric must not be null");
    checkNotNull(kind, "kind must not be null");
  }

  /**
   * Returns an event that is not an escalation.
   *
   * @param at when
   * @param metric the metric
   * @param cycle the cycle
   * @param kind what happened
   */
  public SlaEvent(Instant at, SlaMetric metric, int cycle, Kind kind) {
    this(at, metric, cycle, kind, 0);
  }

  /**
   * What happened to a target.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The clock started. */
    STARTED,
    /** The clock stopped for a pause status. */
    PAUSED,
    /** The clock runs again. */
    RESUMED,
    /** The warning time before the breach was reached. */
    WARNING,
    /** The target was breached. */
    BREACHED,
    /** An escalation level was reached after the breach (see {@link SlaEvent#level()}). */
    ESCALATED,
    /** The target was met in time. */
    ACHIEVED,
    /** The target was met after its breach. */
    FULFILLED_LATE
  }
}
