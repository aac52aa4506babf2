/**
 * Complaint cases and their outcome: the {@link io.github.crmkit.recovery.complaint.ComplaintCase}
 * lifecycle (received to closed, with reopening) whose legal moves are data ({@link
 * io.github.crmkit.recovery.complaint.CaseTransitions}) and every move an event, and {@link
 * io.github.crmkit.recovery.complaint.RecoveryOutcome}: perceived justice after recovery and the
 * satisfaction difference that tells whether a recovery paradox occurred, measured rather than
 * assumed.
 */
@NullMarked
package io.github.crmkit.recovery.complaint;

import org.jspecify.annotations.NullMarked;
