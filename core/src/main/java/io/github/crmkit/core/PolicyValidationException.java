package io.github.crmkit.core;

import java.util.List;

/**
 * Thrown when a policy, segment map or other configuration is invalid as a whole. Carries every
 * problem found, not just the first, so a host can show them all at once.
 *
 * @since 0.1
 */
public final class PolicyValidationException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** The name of the invalid policy. */
  private final String policy;

  /** Every problem found. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param policy the name of the invalid policy or configuration
   * @param problems the problems found, at least one
   */
  public PolicyValidationException(String policy, List<String> problems) {
    super("invalid policy '" + policy + "': " + String.join("; ", problems));
    this.policy = policy;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the name of the invalid policy.
   *
   * @return the policy name
   */
  public String policy() {
    return policy;
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return an unmodifiable list of problem descriptions
   */
  public List<String> problems() {
    return problems;
  }
}
