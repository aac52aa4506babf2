package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.recovery.complaint.CaseStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A pause that started right after a customer message: the way agents stop the clock on a case that
 * is in fact waiting for them. Immutable.
 *
 * @param at when the pause started
 * @param status the pausing status
 * @param afterCustomerMessage how long after the customer's message
 * @since 0.1
 */
public record PauseAudit(Instant at, CaseStatus status, Duration afterCustomerMessage) {
  /**
   * Checks the components.
   *
   * @param at not null
   * @param status not null
   * @param afterCustomerMessage not null
   */
  public PauseAudit {
    checkNotNull(at, "at must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(afterCustomerMessage, "afterCustomerMessage must not be null");
  }
}
