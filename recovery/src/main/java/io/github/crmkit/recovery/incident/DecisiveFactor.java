package io.github.crmkit.recovery.incident;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.ContactLevel;
import io.github.crmkit.core.internal.Codes;

/**
 * What decides a customer's evaluation of an encounter at a contact level (the critical-incident
 * studies behind {@link Taxonomy}): the staff in high-contact service, the interface in low-contact
 * service; display names in the {@code names} bundle.
 *
 * @since 0.2
 */
public enum DecisiveFactor implements CodedType {
  /** The staff's attitude and kindness (high-contact service). */
  STAFF_ATTITUDE("staff-attitude"),
  /** The ease and friendliness of the interface (low-contact service). */
  INTERFACE_EASE("interface-ease");

  private final String code;

  DecisiveFactor(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns what decides at a contact level.
   *
   * @param level the level, not null
   * @return the factor
   */
  static DecisiveFactor at(ContactLevel level) {
    return level == ContactLevel.HIGH ? STAFF_ATTITUDE : INTERFACE_EASE;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static DecisiveFactor fromCode(String code) {
    return Codes.byCode(DecisiveFactor.class, code);
  }
}
