package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one metric at the moment a timeline was computed. Immutable.
 *
 * @since 0.1
 */
public final class MetricState {
  private final SlaMetric metric;
  private final Status status;
  private final Duration remaining;
  private final @Nullable Instant due;

  /**
   * Checks the components.
   *
   * @param metric not null
   * @param status not null
   * @param remaining not null
   * @param due may be null
   */
  MetricState(SlaMetric metric, Status status, Duration remaining, @Nullable Instant due) {
    checkNotNull(metric, "metric must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(remaining, "remaining must not be null");
    this.metric = metric;
    this.status = status;
    this.remaining = remaining;
    this.due = due;
  }

  /**
   * The state of a metric.
   *
   * @since 0.1
   */
  public enum Status {
    /** The clock runs. */
    ACTIVE,
    /** The clock is stopped by a pause status. */
    PAUSED,
    /** The last cycle was met in time. */
    ACHIEVED,
    /** The current or last cycle was breached. */
    BREACHED
  }

  /**
   * Returns the metric.
   *
   * @return the metric
   */
  public SlaMetric metric() {
    return metric;
  }

  /**
   * Returns active, paused, achieved or breached.
   *
   * @return active, paused, achieved or breached
   */
  public Status status() {
    return status;
  }

  /**
   * Returns time left before the breach, in the target's time (business or calendar); negative once
   * breached; zero when achieved.
   *
   * @return time left before the breach, in the target's time (business or calendar); negative once
   *     breached; zero when achieved
   */
  public Duration remaining() {
    return remaining;
  }

  /**
   * Returns the wall-clock instant of the breach while active, null otherwise.
   *
   * @return the wall-clock instant of the breach while active, null otherwise, or empty
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(due);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MetricState that)) {
      return false;
    }
    return Objects.equals(metric, that.metric)
        && Objects.equals(status, that.status)
        && Objects.equals(remaining, that.remaining)
        && Objects.equals(due, that.due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, status, remaining, due);
  }

  @Override
  public String toString() {
    return "MetricState["
        + "metric="
        + metric
        + ", status="
        + status
        + ", remaining="
        + remaining
        + ", due="
        + due
        + "]";
  }
}
