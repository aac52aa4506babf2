package io.github.crmkit.recovery.sla;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * What an SLA target measures.
 *
 * @since 0.1
 */
public enum SlaMetric implements CodedType {
  /** From creation to the first public agent reply. */
  FIRST_REPLY("first-reply"),
  /** From each customer message (after the first reply) to the next agent reply. */
  NEXT_REPLY("next-reply"),
  /** Between agent updates: each agent reply restarts the cycle. */
  PERIODIC_UPDATE("periodic-update"),
  /** From creation to resolution; a reopened case starts a new cycle. */
  RESOLUTION("resolution"),
  /** Time the customer waits on the firm, from creation to resolution. */
  REQUESTER_WAIT("requester-wait"),
  /** Time agents work on the case, from creation to resolution. */
  AGENT_WORK("agent-work");

  private final String code;

  SlaMetric(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static SlaMetric fromCode(String code) {
    return Codes.byCode(SlaMetric.class, code);
  }
}
