package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.experience.EmotionFamily;
import io.github.crmkit.core.experience.Touchpoint;
import java.util.List;
import java.util.Optional;

/**
 * What customers experienced at one touchpoint, from {@link ExperienceAnalysis}. Immutable.
 *
 * @param touchpoint the touchpoint
 * @param position its zero-based position in the journey
 * @param observations the number of observations
 * @param positive how many rated it +
 * @param neutral how many rated it 0
 * @param negative how many rated it -
 * @param meanSignedIntensity the mean of the emotions' signed intensities, -5 to 5; 0 without
 *     observations
 * @param negativeIntensity the mean intensity of unpleasant emotions over all observations, 0 to 5
 * @param dominantEmotion the most frequent emotion family (the earliest family in declaration order
 *     on ties), empty without observations
 * @param messages the messages, in input order, empty ones left out
 * @since 0.1
 */
public record TouchpointExperience(
    Touchpoint touchpoint,
    int position,
    long observations,
    long positive,
    long neutral,
    long negative,
    double meanSignedIntensity,
    double negativeIntensity,
    Optional<EmotionFamily> dominantEmotion,
    List<String> messages) {
  /**
   * Checks and copies the components.
   *
   * @param touchpoint not null
   * @param position the position
   * @param observations the count
   * @param positive the + count
   * @param neutral the 0 count
   * @param negative the - count
   * @param meanSignedIntensity the mean signed intensity
   * @param negativeIntensity the mean negative intensity
   * @param dominantEmotion not null
   * @param messages not null; copied
   */
  public TouchpointExperience {
    checkNotNull(touchpoint, "touchpoint must not be null");
    checkNotNull(dominantEmotion, "dominantEmotion must not be null");
    messages = List.copyOf(messages);
  }

  /**
   * Returns the net rating: share of + minus share of -.
   *
   * @return -1 to 1; 0 without observations
   */
  public double netRating() {
    return observations == 0 ? 0 : (double) (positive - negative) / observations;
  }

  /**
   * Tells whether this touchpoint is a pain point: some customer felt an unpleasant emotion or
   * rated it -.
   *
   * @return true for a pain point
   */
  public boolean isPainPoint() {
    return negativeIntensity > 0 || negative > 0;
  }
}
