package io.github.crmkit.core.experience;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An emotion felt at a touchpoint: its family, its intensity from 1 (faint) to 5 (overwhelming) and
 * its valence. Immutable.
 *
 * @param family the emotion family
 * @param intensity 1 to 5
 * @param valence the valence: the family's own, or for surprise any
 * @since 0.1
 */
public record Emotion(EmotionFamily family, int intensity, Valence valence) {
  /** The strongest intensity. */
  public static final int MAX_INTENSITY = 5;

  /**
   * Checks the components.
   *
   * @param family not null
   * @param intensity 1 to 5
   * @param valence not null; must be the family's own unless the family is surprise
   * @throws IllegalArgumentException if the intensity is out of range or the valence contradicts
   *     the family
   */
  public Emotion {
    checkNotNull(family, "family must not be null");
    checkNotNull(valence, "valence must not be null");
    if (intensity < 1 || intensity > MAX_INTENSITY) {
      throw new IllegalArgumentException("intensity must be 1 to 5, but was " + intensity);
    }
    if (family != EmotionFamily.SURPRISE && valence != family.valence()) {
      throw new IllegalArgumentException(
          "valence of "
              + family.code()
              + " must be "
              + family.valence().code()
              + ", but was "
              + valence.code());
    }
  }

  /**
   * Returns an emotion with the family's own valence.
   *
   * @param family the family, not null
   * @param intensity 1 to 5
   * @return the emotion
   */
  public static Emotion of(EmotionFamily family, int intensity) {
    checkNotNull(family, "family must not be null");
    return new Emotion(family, intensity, family.valence());
  }

  /**
   * Returns an emotion with an explicit valence, for a pleasant or unpleasant surprise.
   *
   * @param family the family, not null
   * @param intensity 1 to 5
   * @param valence the valence, not null
   * @return the emotion
   */
  public static Emotion of(EmotionFamily family, int intensity, Valence valence) {
    return new Emotion(family, intensity, valence);
  }

  /**
   * Returns the point on the emotional curve: the intensity with the valence's sign.
   *
   * @return -5 to 5
   */
  public int signedIntensity() {
    return valence.sign() * intensity;
  }
}
