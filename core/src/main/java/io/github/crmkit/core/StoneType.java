package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * Stone's (1954) four shopping orientations of urban customers.
 *
 * <p>Source: G. P. Stone, "City shoppers and urban identification: observations on the social
 * psychology of city life", American Journal of Sociology 60(1), 1954. Stone called the
 * convenience-oriented shopper "apathetic". The classifier that assigns these types comes in the
 * segmentation module.
 *
 * @since 0.1
 */
public enum StoneType implements CodedType {
  /** Maximises value for money; demanding and well informed about competitors. */
  ECONOMIC("economic"),
  /** Weighs the firm's social conduct and is willing to support ethical firms. */
  ETHICAL("ethical"),
  /** Wants personal recognition and a relationship with the people who serve them. */
  PERSONALIZING("personalizing"),
  /** Pays extra for convenience and spends little effort; Stone's "apathetic" shopper. */
  CONVENIENCE("convenience");

  private final String code;

  StoneType(String code) {
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
  public static StoneType fromCode(String code) {
    return Codes.byCode(StoneType.class, code);
  }
}
