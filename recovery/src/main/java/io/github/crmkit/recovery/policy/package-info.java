/**
 * Recovery policies: from a failure and the customer's context to a {@link
 * io.github.crmkit.recovery.policy.RecoveryPlan} (acknowledgement and promised response time,
 * apology and explanation, compensation matched to the failure, firm-initiated contact, escalation
 * of a double deviation, a severity increase for dishonesty, options and acceptance, closing the
 * loop), every step citing its source; and a linter for policies.
 */
@NullMarked
package io.github.crmkit.recovery.policy;

import org.jspecify.annotations.NullMarked;
