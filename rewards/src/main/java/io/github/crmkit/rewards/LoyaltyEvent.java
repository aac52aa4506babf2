package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a member of a programme. Every event has an id, unique in the log (an
 * id seen again with the same content is a duplicate and has no effect; with other content it is
 * rejected), the member and the instant it happened; events are applied in the order of their
 * instants (ties by id), whatever order they arrive in within the programme's lateness.
 *
 * @since 0.2
 */
public sealed interface LoyaltyEvent
    permits LoyaltyEvent.Enrolment,
        LoyaltyEvent.Purchase,
        LoyaltyEvent.Return,
        LoyaltyEvent.Redemption,
        LoyaltyEvent.RedemptionCancel,
        LoyaltyEvent.Adjustment {

  /**
   * Returns the event's id.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Returns the member.
   *
   * @return the member
   */
  CustomerId member();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Returns the type code of the JSON form: {@code enrolment}, {@code purchase}, {@code return},
   * {@code redemption}, {@code redemption-cancel} or {@code adjustment}.
   *
   * @return the code
   */
  String type();

  /**
   * A member joins: the programme's enrolment bonus, plus its referral bonus when referred.
   *
   * @param id the event id
   * @param member the member
   * @param at when
   * @param referredBy the referring member, or null
   */
  record Enrolment(String id, CustomerId member, Instant at, @Nullable CustomerId referredBy)
      implements LoyaltyEvent {
    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param referredBy the referredBy
     * @throws IllegalArgumentException if the id is blank
     */
    public Enrolment {
      common(id, member, at);
    }

    @Override
    public String type() {
      return "enrolment";
    }
  }

  /**
   * A purchase: earns points on its amount (the amount paid in money, not in points), locked for
   * the programme's pending period.
   *
   * @param id the event id
   * @param member the member
   * @param at when
   * @param order the order id, unique per member
   * @param amount the amount paid, positive, in the programme's currency
   * @param channel the channel, or null
   * @param category the product category, or null
   */
  record Purchase(
      String id,
      CustomerId member,
      Instant at,
      String order,
      Money amount,
      @Nullable Channel channel,
      @Nullable String category)
      implements LoyaltyEvent {
    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param order the order
     * @param amount the amount
     * @param channel the channel
     * @param category the category
     * @throws IllegalArgumentException if the id or order is blank or the amount not positive
     */
    public Purchase {
      common(id, member, at);
      orderAndAmount(order, amount);
    }

    @Override
    public String type() {
      return "purchase";
    }
  }

  /**
   * A return of (part of) an order: takes back the points the returned share earned.
   *
   * @param id the event id
   * @param member the member
   * @param at when
   * @param order the order returned
   * @param amount the amount refunded, positive, at most what is left of the order
   */
  record Return(String id, CustomerId member, Instant at, String order, Money amount)
      implements LoyaltyEvent {
    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param order the order
     * @param amount the amount
     * @throws IllegalArgumentException if the id or order is blank or the amount not positive
     */
    public Return {
      common(id, member, at);
      orderAndAmount(order, amount);
    }

    @Override
    public String type() {
      return "return";
    }
  }

  /**
   * A redemption of available points for a reward.
   *
   * @param id the event id
   * @param member the member
   * @param at when
   * @param points the points, positive
   * @param reward the reward's id, or null
   */
  record Redemption(String id, CustomerId member, Instant at, long points, @Nullable String reward)
      implements LoyaltyEvent {
    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param points the points
     * @param reward the reward
     * @throws IllegalArgumentException if the id is blank or the points not positive
     */
    public Redemption {
      common(id, member, at);
      checkArgument(points > 0, "points must be positive, but was %s", points);
    }

    @Override
    public String type() {
      return "redemption";
    }
  }

  /**
   * The cancellation of an earlier redemption: its points go back to the lots they came from, with
   * their original expiry (points of lots already expired expire at once).
   *
   * @param id the event id
   * @param member the member
   * @param at when
   * @param redemption the id of the redemption cancelled
   */
  record RedemptionCancel(String id, CustomerId member, Instant at, String redemption)
      implements LoyaltyEvent {
    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param redemption the redemption
     * @throws IllegalArgumentException if an id is blank
     */
    public RedemptionCancel {
      common(id, member, at);
      checkNotNull(redemption, "redemption must not be null");
      checkArgument(!redemption.isBlank(), "redemption must not be blank");
    }

    @Override
    public String type() {
      return "redemption-cancel";
    }
  }

  /**
   * A manual adjustment: positive points are a new available lot (expiring as the programme says),
   * negative ones are taken from available lots in redemption order.
   *
   * @param id the event id
   * @param member the member
   * @param at when
   * @param points the points, not zero
   * @param reason why, not blank
   */
  record Adjustment(String id, CustomerId member, Instant at, long points, String reason)
      implements LoyaltyEvent {
    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param points the points
     * @param reason the reason
     * @throws IllegalArgumentException if the id or reason is blank or the points zero
     */
    public Adjustment {
      common(id, member, at);
      checkNotNull(reason, "reason must not be null");
      checkArgument(
          points != 0 && points != Long.MIN_VALUE,
          "points must not be 0 or Long.MIN_VALUE, but were %s",
          points);
      checkArgument(!reason.isBlank(), "reason must not be blank");
    }

    @Override
    public String type() {
      return "adjustment";
    }
  }

  private static void orderAndAmount(String order, Money amount) {
    checkNotNull(order, "order must not be null");
    checkArgument(!order.isBlank(), "order must not be blank");
    checkNotNull(amount, "amount must not be null");
    checkArgument(
        !amount.isNegative() && !amount.isZero(), "amount must be positive, but was %s", amount);
  }

  private static void common(String id, CustomerId member, Instant at) {
    checkNotNull(id, "id must not be null");
    checkArgument(!id.isBlank(), "id must not be blank");
    checkNotNull(member, "member must not be null");
    checkNotNull(at, "at must not be null");
  }
}
