package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * The channel through which a purchase or contact happened, with its default {@link ContactLevel}.
 *
 * <p>The default contact level follows the textbook distinction: where a person of the firm answers
 * (in person, phone, chat with an agent, e-mail written by staff) the encounter is high contact and
 * turns on staff attitude; where the customer works an interface (web, mobile app, kiosk, social
 * media pages) it is low contact and turns on the ease of the interface. The mapping is crmkit's
 * default; a host that knows better passes its own contact level where an API takes one.
 *
 * @since 0.1
 */
public enum Channel implements CodedType {
  /** Face to face, in a store or branch. */
  IN_PERSON("in-person", ContactLevel.HIGH),
  /** A phone call with staff. */
  PHONE("phone", ContactLevel.HIGH),
  /** E-mail answered by staff. */
  EMAIL("email", ContactLevel.HIGH),
  /** Live chat with an agent. */
  CHAT("chat", ContactLevel.HIGH),
  /** A web site or web shop. */
  WEB("web", ContactLevel.LOW),
  /** A mobile application. */
  MOBILE_APP("mobile-app", ContactLevel.LOW),
  /** A kiosk or other self-service technology. */
  KIOSK("kiosk", ContactLevel.LOW),
  /** Social media. */
  SOCIAL("social", ContactLevel.LOW);

  private final String code;
  private final ContactLevel defaultContactLevel;

  Channel(String code, ContactLevel defaultContactLevel) {
    this.code = code;
    this.defaultContactLevel = defaultContactLevel;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the contact level this channel has unless the host says otherwise.
   *
   * @return {@link ContactLevel#HIGH} for staff-served channels, {@link ContactLevel#LOW} for
   *     self-service interfaces
   */
  public ContactLevel defaultContactLevel() {
    return defaultContactLevel;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static Channel fromCode(String code) {
    return Codes.byCode(Channel.class, code);
  }
}
