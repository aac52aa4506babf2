package io.github.crmkit.segmentation.customer;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.core.internal.Codes;
import java.util.Arrays;
import java.util.List;

/**
 * How the textbook recommends serving each of Stone's customer types, three approaches per type
 * ({@link StoneClassifier#serviceApproach(StoneType)}); display names in the {@code names} bundle.
 *
 * @since 0.2
 */
public enum ServiceApproach implements CodedType {
  /** Stress value for money. */
  VALUE_FOR_MONEY("value-for-money", StoneType.ECONOMIC),
  /** Give information comparing competitors' offers. */
  COMPETITOR_INFORMATION("competitor-information", StoneType.ECONOMIC),
  /** Offer targeted promotions and coupons. */
  PROMOTIONS("promotions", StoneType.ECONOMIC),
  /** Show the firm's social-responsibility programmes. */
  SOCIAL_RESPONSIBILITY("social-responsibility", StoneType.ETHICAL),
  /** Feature local and sustainable products. */
  LOCAL_AND_SUSTAINABLE("local-and-sustainable", StoneType.ETHICAL),
  /** Invite participation in community programmes. */
  COMMUNITY_PARTICIPATION("community-participation", StoneType.ETHICAL),
  /** Greet the customer by name. */
  GREET_BY_NAME("greet-by-name", StoneType.PERSONALIZING),
  /** Give information tailored to the customer. */
  TAILORED_INFORMATION("tailored-information", StoneType.PERSONALIZING),
  /** Assign a dedicated member of staff. */
  DEDICATED_STAFF("dedicated-staff", StoneType.PERSONALIZING),
  /** Offer delivery and click and collect. */
  DELIVERY("delivery", StoneType.CONVENIENCE),
  /** Offer gift wrapping. */
  GIFT_WRAPPING("gift-wrapping", StoneType.CONVENIENCE),
  /** Offer paid convenience services that save time. */
  PAID_CONVENIENCE("paid-convenience", StoneType.CONVENIENCE);

  private final String code;
  private final StoneType type;

  ServiceApproach(String code, StoneType type) {
    this.code = code;
    this.type = type;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the customer type this approach serves.
   *
   * @return the type
   */
  public StoneType type() {
    return type;
  }

  /**
   * Returns the approaches for a type, in the textbook's order.
   *
   * @param type the type, not null
   * @return the approaches
   */
  static List<ServiceApproach> of(StoneType type) {
    return Arrays.stream(values()).filter(a -> a.type == type).toList();
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static ServiceApproach fromCode(String code) {
    return Codes.byCode(ServiceApproach.class, code);
  }
}
