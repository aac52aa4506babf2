package io.github.crmkit.segmentation.survey;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.Label;
import io.github.crmkit.core.internal.Codes;

/**
 * Where perceived service falls against the zone of tolerance between the adequate and the desired
 * level (Zeithaml, Berry and Parasuraman 1993).
 *
 * @since 0.1
 */
public enum ZonePosition implements CodedType {
  /** Perceived service is below the adequate level: a competitive disadvantage. */
  BELOW("below", "Below the zone", "허용 영역 미만"),
  /** Perceived service is between the adequate and the desired level, both inclusive. */
  WITHIN("within", "Within the zone", "허용 영역 내"),
  /** Perceived service exceeds the desired level: customer delight, a franchise. */
  ABOVE("above", "Above the zone", "허용 영역 초과");

  private final Label label;

  ZonePosition(String code, String english, String korean) {
    this.label = new Label(code, english, korean);
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
  public static ZonePosition fromCode(String code) {
    return Codes.byCode(ZonePosition.class, code);
  }
}
