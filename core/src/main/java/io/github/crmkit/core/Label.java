package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;

/**
 * The stable code and the English and Korean display names of a {@link CodedType} constant.
 * Immutable and thread-safe.
 *
 * @param code the stable code: lower-case ASCII words joined by hyphens
 * @param english the English display name
 * @param korean the Korean display name
 * @since 0.1
 */
@Immutable
public record Label(String code, String english, String korean) {
  /**
   * Checks the components.
   *
   * @param code the stable code
   * @param english the English display name
   * @param korean the Korean display name
   * @throws IllegalArgumentException if the code is not lower-case hyphenated ASCII or a name is
   *     blank
   */
  public Label {
    checkNotNull(code, "code must not be null");
    checkNotNull(english, "english must not be null");
    checkNotNull(korean, "korean must not be null");
    checkArgument(
        code.matches("[a-z]+(-[a-z]+)*"),
        "code must be lower-case words joined by hyphens, but was '%s'",
        code);
    checkArgument(!english.isBlank(), "english must not be blank for code '%s'", code);
    checkArgument(!korean.isBlank(), "korean must not be blank for code '%s'", code);
  }
}
