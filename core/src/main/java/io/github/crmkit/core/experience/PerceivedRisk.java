package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * A kind of risk a customer perceives at a touchpoint (after Bauer 1960 and Jacoby and Kaplan 1972,
 * as service textbooks summarise it).
 *
 * @since 0.1
 */
public enum PerceivedRisk implements CodedType {
  /** Losing money: the service may not be worth its price, or hidden charges. */
  FINANCIAL("financial"),
  /** Harm to body or property: safety of the service or product. */
  PHYSICAL("physical"),
  /** Harm to self-image or peace of mind: embarrassment, regret, anxiety. */
  PSYCHOLOGICAL("psychological");

  private final String code;

  PerceivedRisk(String code) {
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
  public static PerceivedRisk fromCode(String code) {
    return Codes.byCode(PerceivedRisk.class, code);
  }
}
