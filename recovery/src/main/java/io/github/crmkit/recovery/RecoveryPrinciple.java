package io.github.crmkit.recovery;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
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
      "Customers expect resolution",
      "고객은 문제의 해결을 기대한다",
      "Customers who complain expect the firm to resolve the problem, not merely to hear it."),
  /** Resolution is psychological as well as material. */
  PSYCHOLOGICAL_AND_MATERIAL(
      "psychological-and-material",
      "Resolution is psychological and material",
      "해결은 심리적이면서 물질적이다",
      "An apology and an explanation repair feelings; refunds, credits and redoes repair loss."),
  /** Involve the customer as a partner in the resolution. */
  CUSTOMER_AS_PARTNER(
      "customer-as-partner",
      "Involve the customer as a partner",
      "고객을 해결의 파트너로 참여시킨다",
      "Offer the customer options and agree the remedy with them."),
  /** Dishonest mistakes anger customers more than honest ones. */
  DISHONESTY_ANGERS_MORE(
      "dishonesty-angers-more",
      "Dishonest mistakes anger more",
      "부정직한 실수는 더 큰 분노를 부른다",
      "A failure that involved dishonesty calls for a stronger remedy than an honest mistake."),
  /** Resolution must be a planned process. */
  PLANNED_PROCESS(
      "planned-process",
      "Resolution is a planned process",
      "해결은 계획된 프로세스여야 한다",
      "Recovery follows a designed process with targets, not improvisation.");

  private final Label label;
  private final String statement;

  RecoveryPrinciple(String code, String englishName, String koreanName, String statement) {
    this.label = new Label(code, englishName, koreanName);
    this.statement = statement;
  }

  @Override
  public Label label() {
    return label;
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
