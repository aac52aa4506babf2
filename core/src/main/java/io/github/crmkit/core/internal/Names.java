package io.github.crmkit.core.internal;

import io.github.crmkit.core.CodedType;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Display names of coded types from the {@code names} bundle of each type's package, loaded on
 * behalf of the type's own module (so that it works on the module path, where that package is not
 * open to core).
 */
public final class Names {
  private Names() {}

  /** The bundle's base name in a package. */
  private static final String BUNDLE = "names";

  /**
   * The display name of a constant in a locale's language, from the root (English) bundle when the
   * language has none. {@link ResourceBundle#getBundle(String, Locale, Module)} falls back to the
   * default locale before the root; a bundle of another language than the one asked for is
   * therefore replaced by the root, so the default locale never decides.
   *
   * @param value the constant
   * @param locale the locale
   * @return the name
   * @throws MissingResourceException if the type has no name for the code (a bug: a test checks
   *     that the bundles are complete)
   */
  public static String displayName(CodedType value, Locale locale) {
    Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    String base = type.getPackageName() + "." + BUNDLE;
    Module module = type.getModule();
    return bundle(base, locale, module).getString(key(type, value.code()));
  }

  /**
   * An explanation template from the {@code explanations} bundle of the owner's package, in a
   * locale's language, English (the root bundle) when the language has none.
   *
   * @param owner a class of the package that holds the bundle
   * @param key the template's key
   * @param locale the locale
   * @return the template
   * @throws MissingResourceException if the bundle or the key is missing
   */
  public static String template(Class<?> owner, String key, Locale locale) {
    return bundle(owner.getPackageName() + "." + TEMPLATES, locale, owner.getModule())
        .getString(key);
  }

  /** The bundle's base name of explanation templates in a package. */
  private static final String TEMPLATES = "explanations";

  private static ResourceBundle bundle(String base, Locale locale, Module module) {
    ResourceBundle b = ResourceBundle.getBundle(base, locale, module);
    Locale found = b.getLocale();
    if (!found.getLanguage().isEmpty() && !found.getLanguage().equals(locale.getLanguage())) {
      b = ResourceBundle.getBundle(base, Locale.ROOT, module);
    }
    return b;
  }

  /**
   * The key of a code: the type's name within its package ({@code StoneType}, {@code Outer.Inner}),
   * a dot, the code.
   *
   * @param type the type
   * @param code the code
   * @return the key
   */
  private static String key(Class<?> type, String code) {
    String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    return name + "." + code;
  }
}
