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
  PROSPECT("prospect", 0),
  /** Has bought once. */
  CUSTOMER("customer", 1),
  /** Buys repeatedly. */
  CLIENT("client", 2),
  /** Buys repeatedly and feels positively about the firm. */
  SUPPORTER("supporter", 3),
  /** Recommends the firm to others. */
  ADVOCATE("advocate", 4),
  /** Works with the firm as a partner or co-creator. */
  PARTNER("partner", 5);

  private final String code;
  private final int height;

  LoyaltyRung(String code, int height) {
    this.code = code;
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
  public static LoyaltyRung fromCode(String code) {
    return Codes.byCode(LoyaltyRung.class, code);
  }
}
