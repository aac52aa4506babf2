package io.github.crmkit.recovery.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One move of a complaint case. Immutable.
 *
 * @since 0.1
 */
public final class CaseEvent {
  private final Instant at;
  private final @Nullable CaseStatus from;
  private final CaseStatus to;
  private final String actor;
  private final String note;
  private final boolean reopening;

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
  CaseEvent(
      Instant at,
      @Nullable CaseStatus from,
      CaseStatus to,
      String actor,
      String note,
      boolean reopening) {
    checkNotNull(at, "at must not be null");
    checkNotNull(to, "to must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(note, "note must not be null");
    this.at = at;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.note = note;
    this.reopening = reopening;
  }

  /**
   * Returns when it happened.
   *
   * @return when it happened
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the status before, null for the case's creation.
   *
   * @return the status before, null for the case's creation, or empty
   */
  public Optional<CaseStatus> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the status after.
   *
   * @return the status after
   */
  public CaseStatus to() {
    return to;
  }

  /**
   * Returns who made the move.
   *
   * @return who made the move
   */
  public String actor() {
    return actor;
  }

  /**
   * Returns a note, may be empty.
   *
   * @return a note, may be empty
   */
  public String note() {
    return note;
  }

  /**
   * Returns whether the move reopened the case.
   *
   * @return whether the move reopened the case
   */
  public boolean reopening() {
    return reopening;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CaseEvent that)) {
      return false;
    }
    return Objects.equals(at, that.at)
        && Objects.equals(from, that.from)
        && Objects.equals(to, that.to)
        && Objects.equals(actor, that.actor)
        && Objects.equals(note, that.note)
        && reopening == that.reopening;
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, from, to, actor, note, reopening);
  }

  @Override
  public String toString() {
    return "CaseEvent["
        + "at="
        + at
        + ", from="
        + from
        + ", to="
        + to
        + ", actor="
        + actor
        + ", note="
        + note
        + ", reopening="
        + reopening
        + "]";
  }
}
