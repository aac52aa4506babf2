package io.github.crmkit.recovery.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A complaint case: its current status and the event of every move, oldest first. Moves return a
 * new case; illegal moves throw {@link IllegalCaseTransitionException}; a move dated before the
 * previous event is refused. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintCase {
  private final String id;
  private final CaseTransitions transitions;
  private final List<CaseEvent> events;

  private ComplaintCase(String id, CaseTransitions transitions, List<CaseEvent> events) {
    this.id = id;
    this.transitions = transitions;
    this.events = List.copyOf(events);
  }

  /**
   * Opens a case with the standard transitions.
   *
   * @param id the case id, not blank
   * @param at when the complaint was received, not null
   * @param actor who recorded it, not null
   * @return the case, received
   */
  public static ComplaintCase open(String id, Instant at, String actor) {
    return open(id, at, actor, CaseTransitions.defaults());
  }

  /**
   * Opens a case with given transitions.
   *
   * @param id the case id, not blank
   * @param at when the complaint was received, not null
   * @param actor who recorded it, not null
   * @param transitions the legal moves, not null
   * @return the case, received
   * @throws IllegalArgumentException if the id is blank
   */
  public static ComplaintCase open(
      String id, Instant at, String actor, CaseTransitions transitions) {
    checkNotNull(id, "id must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(transitions, "transitions must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    return new ComplaintCase(
        id, transitions, List.of(new CaseEvent(at, null, CaseStatus.RECEIVED, actor, "", false)));
  }

  /**
   * Moves the case.
   *
   * @param to the new status, not null
   * @param at when, not before the previous event
   * @param actor who moved it, not null
   * @param note a note, not null
   * @return the moved case
   * @throws IllegalCaseTransitionException if the move is illegal
   * @throws IllegalArgumentException if {@code at} is before the previous event
   */
  public ComplaintCase move(CaseStatus to, Instant at, String actor, String note) {
    checkNotNull(to, "to must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(note, "note must not be null");
    CaseEvent last = events.get(events.size() - 1);
    if (at.isBefore(last.at())) {
      throw new IllegalArgumentException(
          "events out of order: case "
              + id
              + " moved at "
              + at
              + ", before its last event at "
              + last.at());
    }
    CaseStatus from = last.to();
    if (!transitions.isLegal(from, to)) {
      throw new IllegalCaseTransitionException(id, from, to);
    }
    List<CaseEvent> next = new ArrayList<>(events);
    next.add(new CaseEvent(at, from, to, actor, note, CaseTransitions.isReopening(from, to)));
    return new ComplaintCase(id, transitions, next);
  }

  /**
   * Returns the case id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the current status.
   *
   * @return the status
   */
  public CaseStatus status() {
    return events.get(events.size() - 1).to();
  }

  /**
   * Returns every move, oldest first, the creation included.
   *
   * @return an unmodifiable list
   */
  public List<CaseEvent> events() {
    return events;
  }

  /**
   * Returns how often the case was reopened.
   *
   * @return the count
   */
  public long reopenings() {
    return events.stream().filter(CaseEvent::reopening).count();
  }

  /**
   * Returns the wall-clock time from receipt until the case first reached a status.
   *
   * @param status the status, not null
   * @return the time, or empty if the case never reached it
   */
  public Optional<Duration> timeTo(CaseStatus status) {
    checkNotNull(status, "status must not be null");
    Instant received = events.get(0).at();
    return events.stream()
        .filter(e -> e.to() == status && e.from().isPresent())
        .findFirst()
        .map(e -> Duration.between(received, e.at()));
  }

  @Override
  public String toString() {
    return "ComplaintCase{" + id + ": " + status().code() + ", " + events.size() + " events}";
  }
}
