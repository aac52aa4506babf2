package io.github.crmkit.segmentation.survey;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The four quadrants of importance-performance analysis (Martilla and James 1977,
 * "Importance-performance analysis", Journal of Marketing 41(1)).
 *
 * @since 0.1
 */
public enum IpaQuadrant implements CodedType {
  /** High importance, low performance: fix these first. */
  CONCENTRATE_HERE("concentrate-here"),
  /** High importance, high performance. */
  KEEP_UP_THE_GOOD_WORK("keep-up-the-good-work"),
  /** Low importance, low performance. */
  LOW_PRIORITY("low-priority"),
  /** Low importance, high performance: resources may be better spent elsewhere. */
  POSSIBLE_OVERKILL("possible-overkill");

  private final String code;

  IpaQuadrant(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the quadrant of a point; a coordinate equal to the crosshair counts as high.
   *
   * @param importance the importance
   * @param performance the performance
   * @param importanceCrosshair the importance crosshair
   * @param performanceCrosshair the performance crosshair
   * @return the quadrant
   */
  public static IpaQuadrant of(
      double importance,
      double performance,
      double importanceCrosshair,
      double performanceCrosshair) {
    boolean highImportance = importance >= importanceCrosshair;
    boolean highPerformance = performance >= performanceCrosshair;
    if (highImportance) {
      return highPerformance ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
    }
    return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static IpaQuadrant fromCode(String code) {
    return Codes.byCode(IpaQuadrant.class, code);
  }
}
