package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.Names;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A piece of explanation text: literal, or a template key of the {@code explanations} bundle in its
 * owner's package with arguments, rendered in the locale asked for. Immutable.
 */
final class Text {
  private final @Nullable Class<?> owner;
  private final String textOrKey;
  private final Object[] args;

  private Text(@Nullable Class<?> owner, String textOrKey, Object[] args) {
    this.owner = owner;
    this.textOrKey = textOrKey;
    this.args = args;
  }

  static Text literal(String text) {
    return new Text(null, text, new Object[0]);
  }

  /**
   * A template: checked now, so that a missing key fails where the explanation is built (every
   * explanation a test builds checks its keys) rather than where it is printed.
   */
  static Text keyed(Class<?> owner, String key, Object... args) {
    checkNotNull(key, "key must not be null");
    checkNotNull(args, "args must not be null");
    Names.template(owner, key, Locale.ROOT);
    return new Text(owner, key, args.clone());
  }

  /** A heading of {@link Explanation#render(Locale)}, from core's own bundle. */
  static String heading(String name, Locale locale) {
    return Names.template(Explanation.class, "heading." + name, locale);
  }

  String render(Locale locale) {
    Class<?> o = owner;
    return o == null ? textOrKey : Names.format(o, textOrKey, locale, args);
  }
}
