package io.github.crmkit.recovery.sla;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * What an SLA target measures.
 *
 * @since 0.1
 */
public enum SlaMetric implements CodedType {
  /** From creation to the first public agent reply. */
  FIRST_REPLY("first-reply", "First reply", "최초 응답"),
  /** From each customer message (after the first reply) to the next agent reply. */
  NEXT_REPLY("next-reply", "Next reply", "후속 응답"),
  /** Between agent updates: each agent reply restarts the cycle. */
  PERIODIC_UPDATE("periodic-update", "Periodic update", "정기 업데이트"),
  /** From creation to resolution; a reopened case starts a new cycle. */
  RESOLUTION("resolution", "Resolution", "해결"),
  /** Time the customer waits on the firm, from creation to resolution. */
  REQUESTER_WAIT("requester-wait", "Requester wait", "고객 대기"),
  /** Time agents work on the case, from creation to resolution. */
  AGENT_WORK("agent-work", "Agent work", "상담원 작업");

  private final Label label;

  SlaMetric(String code, String english, String korean) {
    this.label = new Label(code, english, korean);
  }

  @Override
  public Label label() {
    return label;
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
