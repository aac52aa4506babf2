package io.github.crmkit.core.experience;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * The seven emotion families used to map what customers feel along a journey: the basic-level
 * categories of Shaver, Schwartz, Kirson and O'Connor (1987), "Emotion knowledge: further
 * exploration of a prototype approach", Journal of Personality and Social Psychology 52(6) (love,
 * joy, surprise, anger, sadness, fear), with shame added as service textbooks do. Surprise is
 * neutral by default and may be recorded as pleasant or unpleasant ({@link
 * Emotion#of(EmotionFamily, int, Valence)}).
 *
 * @since 0.1
 */
public enum EmotionFamily implements CodedType {
  /** Joy, happiness, contentment. */
  JOY("joy", Valence.POSITIVE),
  /** Surprise, amazement. */
  SURPRISE("surprise", Valence.NEUTRAL),
  /** Love, affection, warmth. */
  LOVE("love", Valence.POSITIVE),
  /** Fear, worry, anxiety. */
  FEAR("fear", Valence.NEGATIVE),
  /** Anger, irritation, frustration. */
  ANGER("anger", Valence.NEGATIVE),
  /** Shame, embarrassment. */
  SHAME("shame", Valence.NEGATIVE),
  /** Sadness, disappointment. */
  SADNESS("sadness", Valence.NEGATIVE);

  private final String code;
  private final Valence valence;

  EmotionFamily(String code, Valence valence) {
    this.code = code;
    this.valence = valence;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the family's default valence.
   *
   * @return the valence
   */
  public Valence valence() {
    return valence;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static EmotionFamily fromCode(String code) {
    return Codes.byCode(EmotionFamily.class, code);
  }
}
