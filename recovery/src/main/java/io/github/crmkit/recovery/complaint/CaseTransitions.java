package io.github.crmkit.recovery.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.TransitionTable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves of a complaint case, as data. {@link #defaults()}: received, acknowledged, in
 * progress (back and forth with awaiting customer), resolved, followed up, closed, where a
 * resolved, followed up or closed case may be reopened (back to in progress) and closing requires a
 * follow-up (closing the loop). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CaseTransitions {
  private final TransitionTable<CaseStatus> legal;

  private CaseTransitions(TransitionTable<CaseStatus> legal) {
    this.legal = legal;
  }

  /**
   * Returns the standard table.
   *
   * @return the transitions
   */
  public static CaseTransitions defaults() {
    Map<CaseStatus, Set<CaseStatus>> m = new EnumMap<>(CaseStatus.class);
    m.put(CaseStatus.RECEIVED, EnumSet.of(CaseStatus.ACKNOWLEDGED));
    m.put(CaseStatus.ACKNOWLEDGED, EnumSet.of(CaseStatus.IN_PROGRESS));
    m.put(CaseStatus.IN_PROGRESS, EnumSet.of(CaseStatus.AWAITING_CUSTOMER, CaseStatus.RESOLVED));
    m.put(CaseStatus.AWAITING_CUSTOMER, EnumSet.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED));
    m.put(CaseStatus.RESOLVED, EnumSet.of(CaseStatus.FOLLOWED_UP, CaseStatus.IN_PROGRESS));
    m.put(CaseStatus.FOLLOWED_UP, EnumSet.of(CaseStatus.CLOSED, CaseStatus.IN_PROGRESS));
    m.put(CaseStatus.CLOSED, EnumSet.of(CaseStatus.IN_PROGRESS));
    return of(m);
  }

  /**
   * Returns a table of the host's own.
   *
   * @param legal for each status, the statuses it may move to
   * @return the transitions
   */
  public static CaseTransitions of(Map<CaseStatus, ? extends Set<CaseStatus>> legal) {
    return new CaseTransitions(TransitionTable.of(CaseStatus.class, legal, false));
  }

  /**
   * Tells whether a move is legal.
   *
   * @param from the status before, not null
   * @param to the status after, not null
   * @return true if legal
   */
  public boolean isLegal(CaseStatus from, CaseStatus to) {
    return legal.isLegal(from, to);
  }

  /**
   * Tells whether a move reopens the case: from resolved, followed up or closed back to work.
   *
   * @param from the status before, not null
   * @param to the status after, not null
   * @return true for a reopening
   */
  public static boolean isReopening(CaseStatus from, CaseStatus to) {
    checkNotNull(from, "from must not be null");
    checkNotNull(to, "to must not be null");
    return from.compareTo(CaseStatus.RESOLVED) >= 0 && to.compareTo(CaseStatus.RESOLVED) < 0;
  }

  @Override
  public String toString() {
    return "CaseTransitions" + legal;
  }
}
