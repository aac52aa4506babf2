package io.github.crmkit.recovery.complaint;

import io.github.crmkit.core.IllegalTransitionException;

/**
 * A complaint case would move in a way its {@link CaseTransitions} do not allow.
 *
 * @since 0.1
 */
public final class IllegalCaseTransitionException extends IllegalTransitionException {
  private static final long serialVersionUID = 1L;

  /** The case. */
  private final String caseId;

  /**
   * Creates the exception.
   *
   * @param caseId the case
   * @param from the status before
   * @param to the status the move would reach
   */
  public IllegalCaseTransitionException(String caseId, CaseStatus from, CaseStatus to) {
    super("case " + caseId, from, to);
    this.caseId = caseId;
  }

  /**
   * Returns the case.
   *
   * @return the case id
   */
  public String caseId() {
    return caseId;
  }

  /**
   * Returns the status before the move.
   *
   * @return the status
   */
  @Override
  public CaseStatus from() {
    // The constructor takes only CaseStatus: the parent holds what it was given.
    return (CaseStatus) super.from();
  }

  /**
   * Returns the status the move would reach.
   *
   * @return the status
   */
  @Override
  public CaseStatus to() {
    return (CaseStatus) super.to();
  }
}
