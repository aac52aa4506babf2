package io.github.crmkit.core.experience;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One row of a Customer Experience Analysis sheet: at a touchpoint, the rating (+, 0, -), the
 * message the customer took away, and the emotion felt. Immutable.
 *
 * @param touchpoint the touchpoint's name in the journey
 * @param rating the rating
 * @param message the message in the customer's words, may be empty
 * @param emotion the emotion felt
 * @since 0.1
 */
public record Observation(
    String touchpoint, ExperienceRating rating, String message, Emotion emotion) {
  /**
   * Checks the components.
   *
   * @param touchpoint not null
   * @param rating not null
   * @param message not null
   * @param emotion not null
   */
  public Observation {
    checkNotNull(touchpoint, "touchpoint must not be null");
    checkNotNull(rating, "rating must not be null");
    checkNotNull(message, "message must not be null");
    checkNotNull(emotion, "emotion must not be null");
  }
}
