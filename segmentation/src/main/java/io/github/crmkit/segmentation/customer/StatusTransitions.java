package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.internal.TransitionTable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves between {@link CustomerStatus}es, as data. Staying in a status is always legal.
 * The {@link #defaults()} table lets visits only add up (never back to prospect or an earlier
 * visit), lets any buying customer become at risk or lapse, and lets a lapsed customer come back
 * only as won back; it allows skipping forward, since a host that looks rarely may miss statuses.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StatusTransitions {
  private final TransitionTable<CustomerStatus> legal;

  private StatusTransitions(TransitionTable<CustomerStatus> legal) {
    this.legal = legal;
  }

  /**
   * Returns the standard table.
   *
   * @return the transitions
   */
  public static StatusTransitions defaults() {
    Map<CustomerStatus, Set<CustomerStatus>> m = new EnumMap<>(CustomerStatus.class);
    m.put(
        CustomerStatus.PROSPECT,
        EnumSet.of(
            CustomerStatus.TRIAL,
            CustomerStatus.CONFIRMATION,
            CustomerStatus.BONDED,
            CustomerStatus.ACTIVE,
            CustomerStatus.AT_RISK,
            CustomerStatus.LAPSED));
    m.put(
        CustomerStatus.TRIAL,
        EnumSet.of(
            CustomerStatus.CONFIRMATION,
            CustomerStatus.BONDED,
            CustomerStatus.ACTIVE,
            CustomerStatus.AT_RISK,
            CustomerStatus.LAPSED));
    m.put(
        CustomerStatus.CONFIRMATION,
        EnumSet.of(
            CustomerStatus.BONDED,
            CustomerStatus.ACTIVE,
            CustomerStatus.AT_RISK,
            CustomerStatus.LAPSED));
    m.put(
        CustomerStatus.BONDED,
        EnumSet.of(CustomerStatus.ACTIVE, CustomerStatus.AT_RISK, CustomerStatus.LAPSED));
    m.put(CustomerStatus.ACTIVE, EnumSet.of(CustomerStatus.AT_RISK, CustomerStatus.LAPSED));
    m.put(
        CustomerStatus.AT_RISK,
        EnumSet.of(
            CustomerStatus.CONFIRMATION,
            CustomerStatus.BONDED,
            CustomerStatus.ACTIVE,
            CustomerStatus.LAPSED));
    m.put(CustomerStatus.LAPSED, EnumSet.of(CustomerStatus.WON_BACK));
    m.put(
        CustomerStatus.WON_BACK,
        EnumSet.of(CustomerStatus.ACTIVE, CustomerStatus.AT_RISK, CustomerStatus.LAPSED));
    return of(m);
  }

  /**
   * Returns a table of the host's own.
   *
   * @param legal for each status, the statuses it may move to (staying is always legal)
   * @return the transitions
   */
  public static StatusTransitions of(Map<CustomerStatus, ? extends Set<CustomerStatus>> legal) {
    return new StatusTransitions(TransitionTable.of(CustomerStatus.class, legal, true));
  }

  /**
   * Tells whether a move is legal.
   *
   * @param from the status before, not null
   * @param to the status after, not null
   * @return true if legal
   */
  public boolean isLegal(CustomerStatus from, CustomerStatus to) {
    return legal.isLegal(from, to);
  }

  /**
   * Returns the statuses reachable in one move, the status itself included.
   *
   * @param from the status, not null
   * @return an unmodifiable set
   */
  public Set<CustomerStatus> from(CustomerStatus from) {
    return legal.from(from);
  }

  /**
   * Checks a move.
   *
   * @param customer the customer, not null
   * @param from the status before, not null
   * @param to the status after, not null
   * @throws IllegalStageTransitionException if the move is illegal
   */
  public void check(CustomerId customer, CustomerStatus from, CustomerStatus to) {
    checkNotNull(customer, "customer must not be null");
    if (!isLegal(from, to)) {
      throw new IllegalStageTransitionException(customer, from, to);
    }
  }

  @Override
  public String toString() {
    return "StatusTransitions" + legal;
  }
}
