package io.github.crmkit.segmentation.survey;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * Where perceived service falls against the zone of tolerance between the adequate and the desired
 * level (Zeithaml, Berry and Parasuraman 1993).
 *
 * @since 0.1
 */
public enum ZonePosition implements CodedType {
  /** Perceived service is below the adequate level: a competitive disadvantage. */
  BELOW("below"),
  /** Perceived service is between the adequate and the desired level, both inclusive. */
  WITHIN("within"),
  /** Perceived service exceeds the desired level: customer delight, a franchise. */
  ABOVE("above");

  private final String code;

  ZonePosition(String code) {
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
  public static ZonePosition fromCode(String code) {
    return Codes.byCode(ZonePosition.class, code);
  }
}
