package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A named type that is stored and exchanged by a stable string code, never by its ordinal, and
 * shown to people in English or Korean.
 *
 * <p>Implemented by every enum of the crmkit vocabulary ({@link StoneType}, {@link LifecycleStage},
 * {@link LoyaltyRung}, ...). Codes are lower-case, hyphenated ASCII and never change once released.
 *
 * @since 0.1
 */
public interface CodedType {

  /**
   * Returns the code and display names of this constant.
   *
   * @return the label
   */
  Label label();

  /**
   * Returns the stable code of this constant, for example {@code "economic"}.
   *
   * @return the code, never empty
   */
  default String code() {
    return label().code();
  }

  /**
   * Returns the English display name, for example {@code "Economic customer"}.
   *
   * @return the English name
   */
  default String englishName() {
    return label().english();
  }

  /**
   * Returns the Korean display name, for example {@code "경제적 고객"}.
   *
   * @return the Korean name
   */
  default String koreanName() {
    return label().korean();
  }

  /**
   * Returns the display name for an explicitly given locale: Korean when the locale's language is
   * Korean, English otherwise. The default locale is never consulted.
   *
   * @param locale the reader's locale, not null
   * @return the display name in that locale's language, or English
   */
  default String displayName(Locale locale) {
    checkNotNull(locale, "locale must not be null");
    return "ko".equals(locale.getLanguage()) ? koreanName() : englishName();
  }
}
