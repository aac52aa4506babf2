package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;

/**
 * What SLA policy conditions read about a case. Immutable.
 *
 * @param priority the priority
 * @param channel the channel the complaint came through
 * @param tier the customer's tier, the host's name, may be empty
 * @param category the incident category, a code of a taxonomy, may be empty
 * @since 0.1
 */
public record CaseAttributes(Priority priority, Channel channel, String tier, String category) {
  /**
   * Checks the components.
   *
   * @param priority not null
   * @param channel not null
   * @param tier not null
   * @param category not null
   */
  public CaseAttributes {
    checkNotNull(priority, "priority must not be null");
    checkNotNull(channel, "channel must not be null");
    checkNotNull(tier, "tier must not be null");
    checkNotNull(category, "category must not be null");
  }

  /**
   * Returns a copy with another priority.
   *
   * @param p the priority, not null
   * @return the copy
   */
  public CaseAttributes withPriority(Priority p) {
    return new CaseAttributes(p, channel, tier, category);
  }
}
