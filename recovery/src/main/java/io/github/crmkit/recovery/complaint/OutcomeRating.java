package io.github.crmkit.recovery.complaint;

/**
 * One customer's ratings around a service failure and its recovery: satisfaction before the
 * failure, the three kinds of perceived justice of the recovery (Tax, Brown and Chandrashekaran
 * 1998, "Customer evaluations of service complaint experiences", Journal of Marketing 62(2)) and
 * satisfaction after it, all on the same rating scale. Immutable.
 *
 * @param satisfactionBefore satisfaction before the failure
 * @param distributive the fairness of the outcome (refund, credit, redo)
 * @param procedural the fairness of the process (speed, flexibility, convenience)
 * @param interactional the fairness of the treatment (apology, courtesy, explanation)
 * @param satisfactionAfter satisfaction after the recovery
 * @since 0.1
 */
public record OutcomeRating(
    int satisfactionBefore,
    int distributive,
    int procedural,
    int interactional,
    int satisfactionAfter) {}
