package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One attribute placed on the importance-performance grid. Immutable.
 *
 * @param attribute the attribute's name
 * @param n the number of valid ratings of it
 * @param meanImportance its mean importance
 * @param meanPerformance its mean performance
 * @param quadrant its quadrant
 * @since 0.1
 */
public record IpaAttribute(
    String attribute, long n, double meanImportance, double meanPerformance, IpaQuadrant quadrant) {
  /**
   * Checks the components.
   *
   * @param attribute not null
   * @param n the count
   * @param meanImportance the mean importance
   * @param meanPerformance the mean performance
   * @param quadrant not null
   */
  public IpaAttribute {
    checkNotNull(attribute, "attribute must not be null");
    checkNotNull(quadrant, "quadrant must not be null");
  }
}
