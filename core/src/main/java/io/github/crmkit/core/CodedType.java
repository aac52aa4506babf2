package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.Names;
import java.util.Locale;

/**
 * A named type that is stored and exchanged by a stable string code, never by its ordinal, and
 * shown to people in their language.
 *
 * <p>Implemented by every enum of the crmkit vocabulary ({@link StoneType}, {@link LifecycleStage},
 * {@link LoyaltyRung}, ...). Codes are lower-case, hyphenated ASCII and never change once released.
 *
 * <p>Display names come from resource bundles named {@code names} in the type's package, keyed
 * {@code <Type>.<code>} (for example {@code io/github/crmkit/core/names_ko.properties} holds {@code
 * StoneType.economic=경제적 고객}). English (the root bundle) and Korean ship complete; a host on the
 * class path adds a language by putting {@code names_ja.properties} in the same package of its own
 * jar, without code. A language without a bundle gets English, whatever the default locale.
 *
 * @since 0.1
 */
public interface CodedType {

  /**
   * Returns the stable code of this constant: lower-case words joined by hyphens.
   *
   * @return the code
   */
  String code();

  /**
   * Returns the name of this constant in the language of a locale, English when crmkit has no names
   * in that language. The default locale is never consulted.
   *
   * @param locale the locale, not null
   * @return the display name
   * @throws NullPointerException if locale is null
   */
  default String displayName(Locale locale) {
    checkNotNull(locale, "locale must not be null");
    return Names.displayName(this, locale);
  }
}
