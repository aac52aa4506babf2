package io.github.crmkit.recovery.policy;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.core.internal.Codes;

/**
 * How staff approach the customer in a recovery, chosen by {@link RecoveryPolicy} from what is
 * known of the customer: their loyalty quadrant (Jones &amp; Sasser 1995) and their Stone (1954)
 * orientation. Display names in the {@code names} bundle.
 *
 * @since 0.2
 */
public enum CustomerApproach implements CodedType {
  /** A defector or terrorist spreads dissatisfaction: senior staff contact them personally. */
  SENIOR_STAFF_CONTACT("senior-staff-contact"),
  /** A loyalist or apostle: thank them for their loyalty. */
  THANK_FOR_LOYALTY("thank-for-loyalty"),
  /** An economic customer: state the value of the remedy and how it compares. */
  STATE_REMEDY_VALUE("state-remedy-value"),
  /** An ethical customer: explain the root-cause fix and the firm's responsibility. */
  EXPLAIN_ROOT_CAUSE_FIX("explain-root-cause-fix"),
  /** A personalizing customer: a named representative handles the case and greets by name. */
  NAMED_REPRESENTATIVE("named-representative"),
  /** A convenience customer: deliver the remedy with the least effort for the customer. */
  LEAST_EFFORT("least-effort");

  private final String code;

  CustomerApproach(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** The approach to a customer of a Stone orientation. */
  static CustomerApproach forOrientation(StoneType stone) {
    return switch (stone) {
      case ECONOMIC -> STATE_REMEDY_VALUE;
      case ETHICAL -> EXPLAIN_ROOT_CAUSE_FIX;
      case PERSONALIZING -> NAMED_REPRESENTATIVE;
      case CONVENIENCE -> LEAST_EFFORT;
    };
  }

  /**
   * Returns the approach with a code.
   *
   * @param code the code, for example {@code "least-effort"}
   * @return the approach
   * @throws IllegalArgumentException naming the code and the valid ones if there is none
   */
  public static CustomerApproach fromCode(String code) {
    return Codes.byCode(CustomerApproach.class, code);
  }
}
