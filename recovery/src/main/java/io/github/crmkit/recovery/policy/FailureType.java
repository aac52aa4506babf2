package io.github.crmkit.recovery.policy;

/**
 * The kind of service failure (Smith, Bolton and Wagner 1999, "A model of customer satisfaction
 * with service encounters involving failure and recovery", Journal of Marketing Research 36(3)):
 * outcome failures (the core service was not delivered) are best matched with tangible
 * compensation, process failures (the way it was delivered) with apology and courtesy.
 *
 * @since 0.1
 */
public enum FailureType {
  /** The customer did not get what was promised. */
  OUTCOME,
  /** The customer got it, but badly: slow, rude, careless. */
  PROCESS
}
