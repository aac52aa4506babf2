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
  APOSTLE("apostle", "Apostle", "사도"),
  /** Satisfied and loyal. */
  LOYALIST("loyalist", "Loyalist", "충성 고객"),
  /** Satisfied but not loyal: follows the best offer. */
  MERCENARY("mercenary", "Mercenary", "용병"),
  /** Dissatisfied but stays because switching is hard. */
  HOSTAGE("hostage", "Hostage", "인질"),
  /** Dissatisfied and leaving or gone. */
  DEFECTOR("defector", "Defector", "이탈자"),
  /** Dissatisfied and tells others: the extreme defector. */
  TERRORIST("terrorist", "Terrorist", "테러리스트");

  private final Label label;

  LoyaltyQuadrant(String code, String englishName, String koreanName) {
    this.label = new Label(code, englishName, koreanName);
  }

  @Override
  public Label label() {
    return label;
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
