package io.github.crmkit.recovery;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The five principles of service recovery taught in service-management courses, which crmkit's
 * recovery rules cite as their source. Each principle carries its statement in English and Korean.
 *
 * @since 0.1
 */
public enum RecoveryPrinciple implements CodedType {
  /** Customers expect the problem to be resolved. */
  EXPECT_RESOLUTION(
      "expect-resolution",
      "Customers who complain expect the firm to resolve the problem, not merely to hear it."),
  /** Resolution is psychological as well as material. */
  PSYCHOLOGICAL_AND_MATERIAL(
      "psychological-and-material",
      "An apology and an explanation repair feelings; refunds, credits and redoes repair loss."),
  /** Involve the customer as a partner in the resolution. */
  CUSTOMER_AS_PARTNER(
      "customer-as-partner", "Offer the customer options and agree the remedy with them."),
  /** Dishonest mistakes anger customers more than honest ones. */
  DISHONESTY_ANGERS_MORE(
      "dishonesty-angers-more",
      "A failure that involved dishonesty calls for a stronger remedy than an honest mistake."),
  /** Resolution must be a planned process. */
  PLANNED_PROCESS(
      "planned-process", "Recovery follows a designed process with targets, not improvisation.");

  private final String code;
  private final String statement;

  RecoveryPrinciple(String code, String statement) {
    this.code = code;
    this.statement = statement;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns what the principle asks of a recovery, in English.
   *
   * @return the statement
   */
  public String statement() {
    return statement;
  }

  /**
   * Returns the principle with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the principle
   * @throws IllegalArgumentException if no principle has that code
   */
  public static RecoveryPrinciple fromCode(String code) {
    return Codes.byCode(RecoveryPrinciple.class, code);
  }
}
