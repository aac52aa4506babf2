package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.recovery.complaint.CaseStatus;
import java.time.Instant;

/**
 * One entry of a case's event log, the input of the {@link SlaClock}.
 *
 * @since 0.1
 */
public sealed interface CaseLogEvent
    permits CaseLogEvent.Created,
        CaseLogEvent.StatusChanged,
        CaseLogEvent.AgentReplied,
        CaseLogEvent.CustomerMessaged,
        CaseLogEvent.PriorityChanged,
        CaseLogEvent.AttributesChanged {

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The case was created.
   *
   * @param at when
   * @param attributes what the policy conditions read
   * @since 0.1
   */
  record Created(Instant at, CaseAttributes attributes) implements CaseLogEvent {
    /**
     * Checks the components.
     *
     * @param at not null
     * @param attributes not null
     */
    public Created {
      checkNotNull(at, "at must not be null");
      checkNotNull(attributes, "attributes must not be null");
    }
  }

  /**
   * The case's status changed.
   *
   * @param at when
   * @param status the new status
   * @since 0.1
   */
  record StatusChanged(Instant at, CaseStatus status) implements CaseLogEvent {
    /**
     * Checks the components.
     *
     * @param at not null
     * @param status not null
     */
    public StatusChanged {
      checkNotNull(at, "at must not be null");
      checkNotNull(status, "status must not be null");
    }
  }

  /**
   * An agent replied publicly to the customer.
   *
   * @param at when
   * @since 0.1
   */
  record AgentReplied(Instant at) implements CaseLogEvent {
    /**
     * Checks the instant.
     *
     * @param at not null
     */
    public AgentReplied {
      checkNotNull(at, "at must not be null");
    }
  }

  /**
   * The customer sent a message.
   *
   * @param at when
   * @since 0.1
   */
  record CustomerMessaged(Instant at) implements CaseLogEvent {
    /**
     * Checks the instant.
     *
     * @param at not null
     */
    public CustomerMessaged {
      checkNotNull(at, "at must not be null");
    }
  }

  /**
   * The case's priority changed; the policy is chosen again and open targets take its durations.
   *
   * @param at when
   * @param priority the new priority
   * @since 0.1
   */
  record PriorityChanged(Instant at, Priority priority) implements CaseLogEvent {
    /**
     * Checks the components.
     *
     * @param at not null
     * @param priority not null
     */
    public PriorityChanged {
      checkNotNull(at, "at must not be null");
      checkNotNull(priority, "priority must not be null");
    }
  }

  /**
   * What the policy conditions read changed (channel, tier, category, priority): the policy is
   * chosen again, as for {@link PriorityChanged}, and open targets take the new policy's durations.
   *
   * @param at when
   * @param attributes the new attributes
   * @since 0.1
   */
  record AttributesChanged(Instant at, CaseAttributes attributes) implements CaseLogEvent {
    /**
     * Checks the components.
     *
     * @param at not null
     * @param attributes not null
     */
    public AttributesChanged {
      checkNotNull(at, "at must not be null");
      checkNotNull(attributes, "attributes must not be null");
    }
  }
}
