package io.github.crmkit.core.internal;

import io.github.crmkit.core.CodedType;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Looks up coded enum constants by their stable code. */
public final class Codes {
  private Codes() {}

  /**
   * Returns the constant of {@code type} whose code is {@code code}.
   *
   * @param type the enum type
   * @param code the code to look up
   * @param <E> the enum type
   * @return the constant with that code
   * @throws IllegalArgumentException naming the rejected code and the known ones
   */
  public static <E extends Enum<E> & CodedType> E byCode(Class<E> type, String code) {
    if (code == null) {
      throw new NullPointerException("code must not be null");
    }
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "code must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(CodedType::code)
                .collect(Collectors.joining(", ", "[", "]"))
            + " for "
            + type.getSimpleName()
            + ", but was '"
            + code
            + "'");
  }
}
