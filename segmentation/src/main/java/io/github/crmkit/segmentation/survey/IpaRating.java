package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One respondent's importance and performance rating of one attribute, in long format: a survey of
 * k attributes gives k ratings per respondent. The scale is checked by {@link
 * ImportancePerformance}. Immutable.
 *
 * @param attribute the attribute rated, not null
 * @param importance how important the attribute is to the respondent
 * @param performance how well the firm performs on it
 * @since 0.1
 */
public record IpaRating(String attribute, int importance, int performance) {
  /**
   * Checks the attribute.
   *
   * @param attribute not null
   * @param importance the importance
   * @param performance the performance
   */
  public IpaRating {
    checkNotNull(attribute, "attribute must not be null");
  }
}
