package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * How much personal contact a service encounter involves. In high-contact service the encounter is
 * decided by the attitude and kindness of the staff; in low-contact service by the ease and
 * friendliness of the interface.
 *
 * @since 0.1
 */
public enum ContactLevel implements CodedType {
  /** A person of the firm serves the customer directly. */
  HIGH("high"),
  /** The customer serves themselves through an interface. */
  LOW("low");

  private final String code;

  ContactLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static ContactLevel fromCode(String code) {
    return Codes.byCode(ContactLevel.class, code);
  }
}
