package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * The rungs of the loyalty ladder, from prospect to partner.
 *
 * <p>Source: the relationship-marketing ladder of Christopher, Payne and Ballantyne (1991),
 * "Relationship Marketing". The classifier that places customers on it comes in the segmentation
 * module. Constants are declared from the lowest rung to the highest; use {@link #isAbove} rather
 * than ordinals when comparing rungs.
 *
 * @since 0.1
 */
public enum LoyaltyRung implements CodedType {
  /** Someone who has not bought yet. */
  PROSPECT("prospect", "Prospect", "예상 고객", 0),
  /** Has bought once. */
  CUSTOMER("customer", "Customer", "고객", 1),
  /** Buys repeatedly. */
  CLIENT("client", "Client", "단골 고객", 2),
  /** Buys repeatedly and feels positively about the firm. */
  SUPPORTER("supporter", "Supporter", "지지 고객", 3),
  /** Recommends the firm to others. */
  ADVOCATE("advocate", "Advocate", "옹호 고객", 4),
  /** Works with the firm as a partner or co-creator. */
  PARTNER("partner", "Partner", "동반자", 5);

  private final Label label;
  private final int height;

  LoyaltyRung(String code, String englishName, String koreanName, int height) {
    this.label = new Label(code, englishName, koreanName);
    this.height = height;
  }

  /**
   * Returns the height of this rung on the ladder, 0 for {@link #PROSPECT} up to 5 for {@link
   * #PARTNER}. Stable across releases, unlike {@code ordinal()}.
   *
   * @return the height, from 0 to 5
   */
  public int height() {
    return height;
  }

  /**
   * Tells whether this rung stands strictly above another.
   *
   * @param other the rung to compare with, not null
   * @return true if this rung is higher than {@code other}
   */
  public boolean isAbove(LoyaltyRung other) {
    return height > other.height;
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
  public static LoyaltyRung fromCode(String code) {
    return Codes.byCode(LoyaltyRung.class, code);
  }
}
