package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.recovery.complaint.CaseStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * One target of an SLA policy: a metric must be achieved within a duration, counted in business
 * time (on the policy's calendar) or calendar time, paused while the case is in one of the pause
 * statuses, with a warning some time before the breach. Immutable.
 *
 * @param metric the metric
 * @param target the time allowed, positive
 * @param businessTime true to count on the business calendar, false for calendar time
 * @param pauseWhile the case statuses during which the clock stops
 * @param warningBefore how long before the breach to warn, zero for no warning
 * @param escalateAfter escalation levels: level i+1 is reached this long after the breach (in the
 *     target's time), increasing
 * @param recurrence what a repeated trigger does (see {@link Recurrence})
 * @since 0.1
 */
public record SlaTarget(
    SlaMetric metric,
    Duration target,
    boolean businessTime,
    Set<CaseStatus> pauseWhile,
    Duration warningBefore,
    List<Duration> escalateAfter,
    Recurrence recurrence) {
  /**
   * Checks and copies the components.
   *
   * @param metric not null
   * @param target positive
   * @param businessTime the flag
   * @param pauseWhile not null; copied
   * @param warningBefore not negative and below the target
   * @param escalateAfter not null; positive and increasing; copied
   * @param recurrence not null
   * @throws IllegalArgumentException if the durations are out of range
   */
  public SlaTarget {
    checkNotNull(recurrence, "recurrence must not be null");
    checkNotNull(metric, "metric must not be null");
    checkNotNull(target, "target must not be null");
    checkNotNull(pauseWhile, "pauseWhile must not be null");
    checkNotNull(warningBefore, "warningBefore must not be null");
    if (target.isZero() || target.isNegative()) {
      throw new IllegalArgumentException(
          "target of " + metric.code() + " must be positive, but was " + target);
    }
    if (warningBefore.isNegative() || warningBefore.compareTo(target) >= 0) {
      throw new IllegalArgumentException(
          "warningBefore of "
              + metric.code()
              + " must be 0 or more and below the target "
              + target
              + ", but was "
              + warningBefore);
    }
    pauseWhile = Set.copyOf(pauseWhile);
    checkNotNull(escalateAfter, "escalateAfter must not be null");
    Duration last = Duration.ZERO;
    for (Duration d : escalateAfter) {
      if (d.compareTo(last) <= 0) {
        throw new IllegalArgumentException(
            "escalateAfter of "
                + metric.code()
                + " must be positive and increasing, but was "
                + escalateAfter);
      }
      last = d;
    }
    escalateAfter = List.copyOf(escalateAfter);
  }

  /**
   * Returns a target whose cycles recur independently.
   *
   * @param metric not null
   * @param target positive
   * @param businessTime the flag
   * @param pauseWhile not null; copied
   * @param warningBefore not negative and below the target
   * @param escalateAfter not null; positive and increasing; copied
   * @throws IllegalArgumentException if the durations are out of range
   */
  public SlaTarget(
      SlaMetric metric,
      Duration target,
      boolean businessTime,
      Set<CaseStatus> pauseWhile,
      Duration warningBefore,
      List<Duration> escalateAfter) {
    this(
        metric,
        target,
        businessTime,
        pauseWhile,
        warningBefore,
        escalateAfter,
        Recurrence.INDEPENDENT);
  }

  /**
   * Returns a business-time target that pauses while the case awaits the customer, without a
   * warning.
   *
   * @param metric the metric
   * @param target the time allowed
   * @return the target
   */
  public static SlaTarget business(SlaMetric metric, Duration target) {
    return new SlaTarget(
        metric, target, true, Set.of(CaseStatus.AWAITING_CUSTOMER), Duration.ZERO, List.of());
  }

  /**
   * Returns a copy that warns some time before the breach.
   *
   * @param before how long before, below the target
   * @return the copy
   */
  public SlaTarget withWarning(Duration before) {
    return new SlaTarget(
        metric, target, businessTime, pauseWhile, before, escalateAfter, recurrence);
  }

  /**
   * Returns a copy with escalation levels after the breach.
   *
   * @param after for each level, how long after the breach; positive and increasing
   * @return the copy
   */
  public SlaTarget withEscalations(Duration... after) {
    checkNotNull(after, "after must not be null");
    return new SlaTarget(
        metric, target, businessTime, pauseWhile, warningBefore, List.of(after), recurrence);
  }

  /**
   * Returns a copy with another recurrence.
   *
   * @param r the recurrence, not null
   * @return the copy
   */
  public SlaTarget withRecurrence(Recurrence r) {
    return new SlaTarget(metric, target, businessTime, pauseWhile, warningBefore, escalateAfter, r);
  }

  /**
   * Returns a copy counted in calendar time instead of business time.
   *
   * @return the copy
   */
  public SlaTarget withCalendarTime() {
    return new SlaTarget(
        metric, target, false, pauseWhile, warningBefore, escalateAfter, recurrence);
  }
}
