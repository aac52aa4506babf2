package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

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

  private final String value;

  private CustomerId(String value) {
    this.value = value;
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

  @Override
  public int compareTo(CustomerId other) {
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
