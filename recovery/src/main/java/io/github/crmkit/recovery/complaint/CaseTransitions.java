package io.github.crmkit.recovery.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
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
  private final Map<CaseStatus, Set<CaseStatus>> legal;

  private CaseTransitions(Map<CaseStatus, Set<CaseStatus>> legal) {
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
    checkNotNull(legal, "legal must not be null");
    Map<CaseStatus, Set<CaseStatus>> copy = new EnumMap<>(CaseStatus.class);
    for (CaseStatus s : CaseStatus.values()) {
      EnumSet<CaseStatus> to = EnumSet.noneOf(CaseStatus.class);
      Set<CaseStatus> given = legal.get(s);
      if (given != null) {
        for (CaseStatus t : given) {
          to.add(checkNotNull(t, "legal must not hold null"));
        }
      }
      copy.put(s, Collections.unmodifiableSet(to));
    }
    return new CaseTransitions(copy);
  }

  /**
   * Tells whether a move is legal.
   *
   * @param from the status before, not null
   * @param to the status after, not null
   * @return true if legal
   */
  public boolean isLegal(CaseStatus from, CaseStatus to) {
    checkNotNull(from, "from must not be null");
    checkNotNull(to, "to must not be null");
    return legal.getOrDefault(from, Set.of()).contains(to);
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
