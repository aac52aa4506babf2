package io.github.crmkit.recovery.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One move of a complaint case. Immutable.
 *
 * @param at when it happened
 * @param from the status before, null for the case's creation
 * @param to the status after
 * @param actor who made the move
 * @param note a note, may be empty
 * @param reopening whether the move reopened the case
 * @since 0.1
 */
public record CaseEvent(
    Instant at,
    @Nullable CaseStatus from,
    CaseStatus to,
    String actor,
    String note,
    boolean reopening) {
  /**
   * Checks the components.
   *
   * @param at not null
   * @param from may be null
   * @param to not null
   * @param actor not null
   * @param note not null
   * @param reopening the flag
   */
  public CaseEvent {
    checkNotNull(at, "at must not be null");
    checkNotNull(to, "to must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(note, "note must not be null");
  }

  /**
   * Returns the status before.
   *
   * @return the status, or empty for the creation
   */
  public Optional<CaseStatus> previous() {
    return Optional.ofNullable(from);
  }
}
