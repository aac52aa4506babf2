package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A point on the emotional curve of a journey. Immutable.
 *
 * @param touchpoint the touchpoint's name
 * @param position its zero-based position in the journey
 * @param value the mean signed emotional intensity there, -5 to 5
 * @since 0.1
 */
public record CurvePoint(String touchpoint, int position, double value) {
  /**
   * Checks the touchpoint.
   *
   * @param touchpoint not null
   * @param position the position
   * @param value the value
   */
  public CurvePoint {
    checkNotNull(touchpoint, "touchpoint must not be null");
  }
}
