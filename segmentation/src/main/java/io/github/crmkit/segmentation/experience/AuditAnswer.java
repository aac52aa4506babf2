package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One auditor's or customer's answer to one audit question. The scale is checked by {@link
 * AuditChecklist}. Immutable.
 *
 * @param questionId the question's identifier
 * @param score the answer on the checklist's scale
 * @since 0.1
 */
public record AuditAnswer(String questionId, int score) {
  /**
   * Checks the question id.
   *
   * @param questionId not null
   * @param score the answer
   */
  public AuditAnswer {
    checkNotNull(questionId, "questionId must not be null");
  }
}
