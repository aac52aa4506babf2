package io.github.crmkit.core;

/**
 * A result that explains itself: every classification, score, plan, fit and estimate crmkit returns
 * implements this interface.
 *
 * <p>The explanation names the inputs used, the thresholds applied, the rule that matched and why
 * the others did not, and the outcome, so that a host can show a customer or an auditor why.
 *
 * @since 0.2
 */
public interface Explained {
  /**
   * Returns why this result is what it is.
   *
   * @return the explanation, never null
   */
  Explanation explanation();
}
