package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * The satisfaction x loyalty types of Jones and Sasser (1995), "Why satisfied customers defect",
 * Harvard Business Review 73(6): loyalists (with the apostle as their extreme), mercenaries,
 * hostages and defectors (with the terrorist as their extreme).
 *
 * @since 0.1
 */
public enum LoyaltyQuadrant implements CodedType {
  /** Highly satisfied and loyal, and tells others: the extreme loyalist. */
  APOSTLE("apostle"),
  /** Satisfied and loyal. */
  LOYALIST("loyalist"),
  /** Satisfied but not loyal: follows the best offer. */
  MERCENARY("mercenary"),
  /** Dissatisfied but stays because switching is hard. */
  HOSTAGE("hostage"),
  /** Dissatisfied and leaving or gone. */
  DEFECTOR("defector"),
  /** Dissatisfied and tells others: the extreme defector. */
  TERRORIST("terrorist");

  private final String code;

  LoyaltyQuadrant(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static LoyaltyQuadrant fromCode(String code) {
    return Codes.byCode(LoyaltyQuadrant.class, code);
  }
}
