package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one metric at the moment a timeline was computed. Immutable.
 *
 * @param metric the metric
 * @param status active, paused, achieved or breached
 * @param remaining time left before the breach, in the target's time (business or calendar);
 *     negative once breached; zero when achieved
 * @param due the wall-clock instant of the breach while active, null otherwise
 * @since 0.1
 */
public record MetricState(
    SlaMetric metric, Status status, Duration remaining, @Nullable Instant due) {
  /**
   * Checks the components.
   *
   * @param metric not null
   * @param status not null
   * @param remaining not null
   * @param due may be null
   */
  public MetricState {
    checkNotNull(metric, "metric must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(remaining, "remaining must not be null");
  }

  /**
   * Returns the due instant.
   *
   * @return the instant while the clock runs, else empty
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(due);
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
}
