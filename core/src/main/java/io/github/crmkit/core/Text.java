package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.Names;
import io.github.crmkit.core.internal.Wording;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
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

  /**
   * A value as text: doubles and floats to six significant digits, durations in days, hours and
   * minutes, the rest as printed.
   */
  static String value(@Nullable Object value) {
    if (value instanceof Double || value instanceof Float) {
      return Wording.number(((Number) value).doubleValue());
    }
    return value instanceof Duration d ? Wording.duration(d) : String.valueOf(value);
  }

  String render(Locale locale) {
    Class<?> o = owner;
    if (o == null) {
      return textOrKey;
    }
    String template = Names.template(o, textOrKey, locale);
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

  private static String argument(@Nullable Object a, Locale locale) {
    if (a instanceof Text t) {
      return t.render(locale);
    }
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
}
