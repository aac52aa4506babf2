package io.github.crmkit.recovery.policy;

/**
 * The form of compensation.
 *
 * @since 0.1
 */
public enum CompensationKind {
  /** Money back. */
  REFUND,
  /** Credit for future purchases. */
  CREDIT,
  /** Doing the service again, right. */
  REDO,
  /** No tangible compensation. */
  NONE
}
