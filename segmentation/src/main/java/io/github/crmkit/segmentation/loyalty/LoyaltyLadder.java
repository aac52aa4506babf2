package io.github.crmkit.segmentation.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.SnapshotAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a customer on the loyalty ladder (Christopher, Payne and Ballantyne 1991, Relationship
 * Marketing): prospect, customer (bought once), client (repeat), supporter (repeat and a positive
 * attitude), advocate (recommends: a promoter or referrals), partner (the host's partnership flag).
 *
 * <p>Each rung requires the one below, except partner, which requires the flag and at least a
 * client. Defaults: client from 2 purchases; a positive attitude is a recommendation of 7 or more;
 * an advocate recommends at 9 or more or has at least one referral (signal {@value #REFERRALS});
 * the partner flag is {@value #PARTNER_FLAG}. The rung depends only on the purchase count, the
 * recommendation, the referrals signal and the flag, so adding purchases never lowers it. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyLadder {
  private static final SnapshotAccess SNAP = CoreAccess.snapshots();

  /** The signal counting the customer's referrals of new customers. */
  public static final String REFERRALS = "referrals";

  /** The default flag marking a partner (co-creation or partnership). */
  public static final String PARTNER_FLAG = "partner";

  private final long clientFrom;
  private final int supporterRecommendFrom;
  private final int advocateRecommendFrom;
  private final double advocateReferralsFrom;
  private final String partnerFlag;

  private LoyaltyLadder(
      long clientFrom,
      int supporterRecommendFrom,
      int advocateRecommendFrom,
      double advocateReferralsFrom,
      String partnerFlag) {
    this.clientFrom = clientFrom;
    this.supporterRecommendFrom = supporterRecommendFrom;
    this.advocateRecommendFrom = advocateRecommendFrom;
    this.advocateReferralsFrom = advocateReferralsFrom;
    this.partnerFlag = partnerFlag;
  }

  /**
   * Returns the ladder with the default thresholds.
   *
   * @return the ladder
   */
  public static LoyaltyLadder defaults() {
    return new LoyaltyLadder(2, 7, 9, 1, PARTNER_FLAG);
  }

  /**
   * Returns a copy with other thresholds.
   *
   * @param clientFrom purchases from which a customer is a client, at least 2
   * @param supporterRecommendFrom the lowest recommendation that counts as a positive attitude, 0
   *     to 10
   * @param advocateRecommendFrom the lowest recommendation that makes an advocate, from {@code
   *     supporterRecommendFrom} to 10
   * @param advocateReferralsFrom the lowest number of referrals that makes an advocate, above 0
   * @return the new ladder
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public LoyaltyLadder withThresholds(
      long clientFrom,
      int supporterRecommendFrom,
      int advocateRecommendFrom,
      double advocateReferralsFrom) {
    if (clientFrom < 2) {
      throw new IllegalArgumentException("clientFrom must be at least 2, but was " + clientFrom);
    }
    if (supporterRecommendFrom < 0 || supporterRecommendFrom > 10) {
      throw new IllegalArgumentException(
          "supporterRecommendFrom must be 0 to 10, but was " + supporterRecommendFrom);
    }
    if (advocateRecommendFrom < supporterRecommendFrom || advocateRecommendFrom > 10) {
      throw new IllegalArgumentException(
          "advocateRecommendFrom must be "
              + supporterRecommendFrom
              + " to 10, but was "
              + advocateRecommendFrom);
    }
    if (!(advocateReferralsFrom > 0) || !Double.isFinite(advocateReferralsFrom)) {
      throw new IllegalArgumentException(
          "advocateReferralsFrom must be positive, but was " + advocateReferralsFrom);
    }
    return new LoyaltyLadder(
        clientFrom,
        supporterRecommendFrom,
        advocateRecommendFrom,
        advocateReferralsFrom,
        partnerFlag);
  }

  /**
   * Returns a copy that reads another flag as the partner mark.
   *
   * @param flag the flag, not blank
   * @return the new ladder
   * @throws IllegalArgumentException if the flag is blank
   */
  public LoyaltyLadder withPartnerFlag(String flag) {
    checkNotNull(flag, "flag must not be null");
    if (flag.isBlank()) {
      throw new IllegalArgumentException("flag must not be blank");
    }
    return new LoyaltyLadder(
        clientFrom, supporterRecommendFrom, advocateRecommendFrom, advocateReferralsFrom, flag);
  }

  /**
   * Returns only the rung, allocating nothing.
   *
   * @param s the customer, not null
   * @return the rung
   * @throws IllegalArgumentException if the referrals signal is negative
   */
  public LoyaltyRung rung(CustomerSnapshot s) {
    checkNotNull(s, "s must not be null");
    PurchaseSummary p = SNAP.purchases(s);
    long count = p == null ? 0 : p.count();
    if (count == 0) {
      return LoyaltyRung.PROSPECT;
    }
    if (count < clientFrom) {
      return LoyaltyRung.CUSTOMER;
    }
    if (s.flags().contains(partnerFlag)) {
      return LoyaltyRung.PARTNER;
    }
    int recommend = SNAP.recommendScore(s);
    if (recommend < supporterRecommendFrom) {
      return LoyaltyRung.CLIENT;
    }
    if (recommend >= advocateRecommendFrom || referrals(s) >= advocateReferralsFrom) {
      return LoyaltyRung.ADVOCATE;
    }
    return LoyaltyRung.SUPPORTER;
  }

  private static double referrals(CustomerSnapshot s) {
    Double r = s.signals().get(REFERRALS);
    if (r == null) {
      return 0;
    }
    if (r < 0) {
      throw new IllegalArgumentException(
          "signals[" + REFERRALS + "] must not be negative, but was " + r);
    }
    return r;
  }

  /**
   * Places a customer with what is missing for the next rung.
   *
   * @param s the customer, not null
   * @return the position
   */
  public LadderPosition place(CustomerSnapshot s) {
    LoyaltyRung rung = rung(s);
    long count = s.purchases().map(p -> p.count()).orElse(0L);
    String recommend =
        s.recommendScore().isPresent() ? String.valueOf(s.recommendScore().getAsInt()) : "none";
    List<String> missing = new ArrayList<>();
    switch (rung) {
      case PROSPECT -> missing.add("a first purchase");
      case CUSTOMER ->
          missing.add("a repeat purchase: " + count + " of " + clientFrom + " purchases");
      case CLIENT ->
          missing.add(
              "a positive attitude: recommendation "
                  + recommend
                  + ", needs "
                  + supporterRecommendFrom
                  + " or more");
      case SUPPORTER ->
          missing.add(
              "advocacy: recommendation "
                  + recommend
                  + ", needs "
                  + advocateRecommendFrom
                  + " or more, or "
                  + fmt(advocateReferralsFrom)
                  + " referral(s), has "
                  + fmt(referrals(s)));
      case ADVOCATE -> missing.add("the partner flag '" + partnerFlag + "'");
      case PARTNER -> {}
    }
    return new LadderPosition(s.customerId(), rung, missing, describe(count, recommend, s));
  }

  private String describe(long count, String recommend, CustomerSnapshot s) {
    return count
        + " purchase(s), recommendation "
        + recommend
        + ", referrals "
        + fmt(referrals(s))
        + ", partner flag "
        + s.flags().contains(partnerFlag)
        + "; client from "
        + clientFrom
        + ", supporter from recommendation "
        + supporterRecommendFrom
        + ", advocate from "
        + advocateRecommendFrom
        + " or "
        + fmt(advocateReferralsFrom)
        + " referral(s)";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  @Override
  public String toString() {
    return "LoyaltyLadder{client from "
        + clientFrom
        + ", supporter "
        + supporterRecommendFrom
        + ", advocate "
        + advocateRecommendFrom
        + "}";
  }
}
