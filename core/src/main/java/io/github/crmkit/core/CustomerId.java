package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.IdMaker;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The identifier a host uses for one customer. Compared and ordered by its text.
 *
 * <p>An identifier is 1 to 256 characters without leading or trailing white space and without
 * control characters. {@link #toString()} returns the text, which {@link #of(String)} reads back.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CustomerId implements Comparable<CustomerId> {
  /** The longest identifier accepted, in UTF-16 characters. */
  public static final int MAX_LENGTH = 256;

  /** {@link #prefix} of an identifier whose first eight characters are not all ASCII. */
  private static final long NO_PREFIX = -1L;

  private final String value;

  /**
   * The first eight characters packed big-endian into a long, one byte each, shorter identifiers
   * padded with zero bytes, when they are all ASCII; {@link #NO_PREFIX} otherwise. Two prefixes
   * that differ order their identifiers as the text does (no identifier holds a U+0000, so the
   * padding sorts before every character, as a shorter text sorts before its extensions), so
   * comparing them is an ordering without reading the text: sorting and selecting among many
   * identifiers (NTILE's tie-break by id, on a million customers) then rarely leaves the object.
   */
  private final long prefix;

  private CustomerId(String value) {
    this.value = value;
    this.prefix = prefix(value);
  }

  private CustomerId(String value, long prefix) {
    this.value = value;
    this.prefix = prefix;
  }

  static {
    CoreAccess.setIdMaker(
        new IdMaker() {
          @Override
          public CustomerId id(String value) {
            return new CustomerId(value);
          }

          @Override
          public CustomerId asciiId(String value, long packed) {
            // The prefix packs the first character highest: the packed bytes reversed (the
            // missing characters of a shorter id are zero bytes either way).
            return new CustomerId(value, Long.reverseBytes(packed));
          }
        });
  }

  private static long prefix(String value) {
    long p = 0;
    for (int i = 0; i < 8; i++) {
      int c = i < value.length() ? value.charAt(i) : 0;
      if (c >= 0x80) {
        return NO_PREFIX;
      }
      p = (p << 8) | c;
    }
    return p;
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the host's identifier text, not null, 1 to {@value #MAX_LENGTH} characters, no
   *     control characters and no surrounding white space
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty, too long, padded or contains a
   *     control character
   */
  public static CustomerId of(String value) {
    checkNotNull(value, "value must not be null");
    checkArgument(
        !value.isEmpty() && value.length() <= MAX_LENGTH,
        "value must have 1 to %s characters, but had %s",
        MAX_LENGTH,
        value.length());
    checkArgument(
        value.strip().equals(value),
        "value must not start or end with white space, but was '%s'",
        value);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isISOControl(ch)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "value must not contain control characters, but had U+%04X at index %d",
                (int) ch,
                i));
      }
    }
    return new CustomerId(value);
  }

  /**
   * Returns the identifier text.
   *
   * @return the text given to {@link #of(String)}
   */
  public String value() {
    return value;
  }

  /**
   * Orders identifiers by their text ({@link String#compareTo}).
   *
   * @param other the other identifier, not null
   * @return negative, zero or positive as this identifier's text sorts before, with or after the
   *     other's
   */
  @Override
  public int compareTo(CustomerId other) {
    long a = prefix;
    long b = other.prefix;
    if (a != b && a != NO_PREFIX && b != NO_PREFIX) {
      // Both prefixes are ASCII bytes (below 0x80): their signed order is their text's.
      return a < b ? -1 : 1;
    }
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CustomerId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the identifier text, as read by {@link #of(String)}. */
  @Override
  public String toString() {
    return value;
  }
}
