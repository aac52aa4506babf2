package io.github.crmkit.segmentation.survey;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * A customer classified by expectations: how high the desired level is and how wide the zone of
 * tolerance between the adequate and the desired level. Zeithaml, Berry and Parasuraman (1993),
 * "The nature and determinants of customer expectations of service", Journal of the Academy of
 * Marketing Science 21(1), describe both as varying between customers; the four-way split and its
 * cut-offs ({@link ZoneOfTolerance#withProfileCutoffs}) are crmkit's proposal.
 *
 * @since 0.1
 */
public enum ExpectationProfile implements CodedType {
  /** High desired level and a narrow zone: accepts little below the ideal. */
  DEMANDING("demanding"),
  /** High desired level and a wide zone: hopes for much, accepts less. */
  ASPIRING("aspiring"),
  /** Modest desired level and a narrow zone: knows exactly what is enough. */
  MODEST("modest"),
  /** Modest desired level and a wide zone: easy to satisfy. */
  EASYGOING("easygoing");

  private final String code;

  ExpectationProfile(String code) {
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
  public static ExpectationProfile fromCode(String code) {
    return Codes.byCode(ExpectationProfile.class, code);
  }
}
