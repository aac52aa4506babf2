package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.recovery.complaint.CaseEvent;
import io.github.crmkit.recovery.complaint.ComplaintCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SLA clock's input from a {@link ComplaintCase}: the case's receipt becomes the {@link
 * CaseLogEvent.Created} event, every move a {@link CaseLogEvent.StatusChanged}, merged in time
 * order with the interactions the case does not record (agent replies, customer messages, priority
 * and attribute changes). At the same instant an interaction comes before a move, the way a help
 * desk records "reply and set to awaiting customer". Stateless.
 *
 * @since 0.1
 */
public final class CaseLog {
  private CaseLog() {}

  /**
   * Returns the event log of a complaint case.
   *
   * @param complaint the case, not null
   * @param attributes what the SLA policy conditions read, not null
   * @param interactions agent replies, customer messages and priority changes in time order, none
   *     before the case was received
   * @return the log, beginning with the creation
   * @throws IllegalArgumentException if an interaction is a creation or status change, is out of
   *     order, or precedes the case
   */
  public static List<CaseLogEvent> of(
      ComplaintCase complaint,
      CaseAttributes attributes,
      List<? extends CaseLogEvent> interactions) {
    checkNotNull(complaint, "complaint must not be null");
    checkNotNull(attributes, "attributes must not be null");
    checkNotNull(interactions, "interactions must not be null");
    List<CaseEvent> moves = complaint.events();
    Instant received = moves.get(0).at();
    Instant previous = received;
    for (int i = 0; i < interactions.size(); i++) {
      CaseLogEvent e = checkNotNull(interactions.get(i), "interactions must not hold null");
      if (e instanceof CaseLogEvent.Created || e instanceof CaseLogEvent.StatusChanged) {
        throw new IllegalArgumentException(
            "interaction "
                + i
                + " is a "
                + e.getClass().getSimpleName()
                + " event; creation and status changes come from the case "
                + complaint.id());
      }
      if (e.at().isBefore(previous)) {
        throw new IllegalArgumentException(
            "interaction "
                + i
                + " at "
                + e.at()
                + " is before "
                + (i == 0
                    ? "the case " + complaint.id() + " was received at "
                    : "the one before, at ")
                + previous);
      }
      previous = e.at();
    }
    List<CaseLogEvent> log = new ArrayList<>(moves.size() + interactions.size());
    log.add(new CaseLogEvent.Created(received, attributes));
    int m = 1;
    for (CaseLogEvent e : interactions) {
      while (m < moves.size() && moves.get(m).at().isBefore(e.at())) {
        log.add(new CaseLogEvent.StatusChanged(moves.get(m).at(), moves.get(m).to()));
        m++;
      }
      log.add(e);
    }
    for (; m < moves.size(); m++) {
      log.add(new CaseLogEvent.StatusChanged(moves.get(m).at(), moves.get(m).to()));
    }
    return List.copyOf(log);
  }
}
