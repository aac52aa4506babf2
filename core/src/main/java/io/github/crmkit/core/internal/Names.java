package io.github.crmkit.core.internal;

import io.github.crmkit.core.CodedType;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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

  /**
   * A template of the owner's {@code explanations} bundle filled in a locale: {@code {0}}, {@code
   * {1}}, ... are replaced by the arguments, each printed by {@link #argument}; no other quoting
   * rules apply. The one implementation behind every worded template of crmkit.
   *
   * @param owner a class of the package that holds the bundle
   * @param key the template's key
   * @param locale the locale
   * @param args the arguments
   * @return the text
   * @throws MissingResourceException if the bundle or the key is missing
   */
  public static String format(Class<?> owner, String key, Locale locale, Object... args) {
    String template = template(owner, key, locale);
    StringBuilder sb = new StringBuilder(template.length() + 16 * args.length);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(template, i + 1, close)) {
        int n = Integer.parseInt(template, i + 1, close, 10);
        sb.append(n < args.length ? argument(args[n], locale) : template.substring(i, close + 1));
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isIndex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return to - from <= 2;
  }

  /**
   * An argument of a template in a locale: a named type by its display name, a {@code
   * Function<Locale, ?>} by what it gives for the locale, anything else by {@link #value}.
   *
   * @param a the argument
   * @param locale the locale
   * @return the text
   */
  public static String argument(@Nullable Object a, Locale locale) {
    if (a instanceof CodedType t) {
      return t.displayName(locale);
    }
    if (a instanceof Function<?, ?> f) {
      @SuppressWarnings("unchecked")
      Function<Locale, ?> inLocale = (Function<Locale, ?>) f;
      return value(inLocale.apply(locale));
    }
    return value(a);
  }

  /**
   * A value as text: doubles and floats to six significant digits, durations in days, hours and
   * minutes, the rest as printed.
   *
   * @param value the value
   * @return the text
   */
  public static String value(@Nullable Object value) {
    if (value instanceof Double || value instanceof Float) {
      return Wording.number(((Number) value).doubleValue());
    }
    return value instanceof Duration d ? Wording.duration(d) : String.valueOf(value);
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
