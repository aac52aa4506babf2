package io.github.crmkit.core.internal;

import io.github.crmkit.core.CustomerId;

/**
 * Makes customer ids from text crmkit's readers have already checked by {@link CustomerId#of}'s
 * rules (printable, unpadded, not too long), without checking it again: a million ids of a file are
 * made once each. Obtained once from {@link CoreAccess#idMaker()}.
 */
public interface IdMaker {
  /**
   * The id of checked text.
   *
   * @param value the text, which {@link CustomerId#of} accepts
   * @return the id
   */
  CustomerId id(String value);

  /**
   * The id of checked text of at most eight ASCII characters, whose bytes are {@code packed}
   * little-endian (the first character in the low byte), as the readers pack short ids.
   *
   * @param value the text, which {@link CustomerId#of} accepts
   * @param packed its characters packed little-endian
   * @return the id
   */
  CustomerId asciiId(String value, long packed);
}
