package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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

  /** A member joins: the programme's enrolment bonus, plus its referral bonus when referred. */
  final class Enrolment implements LoyaltyEvent {
    private final String id;
    private final CustomerId member;
    private final Instant at;
    private final @Nullable CustomerId referredBy;

    /**
     * Returns the enrolment.
     *
     * @param id the event id
     * @param member the member
     * @param at when
     * @param referredBy the referring member, or null
     * @return the event
     * @throws IllegalArgumentException if the id is blank
     */
    public static Enrolment of(
        String id, CustomerId member, Instant at, @Nullable CustomerId referredBy) {
      return new Enrolment(id, member, at, referredBy);
    }

    /**
     * Validates the event.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param referredBy the referredBy
     * @throws IllegalArgumentException if the id is blank
     */
    private Enrolment(String id, CustomerId member, Instant at, @Nullable CustomerId referredBy) {
      common(id, member, at);
      this.id = id;
      this.member = member;
      this.at = at;
      this.referredBy = referredBy;
    }

    @Override
    public String type() {
      return "enrolment";
    }

    /**
     * Returns the event id.
     *
     * @return the event id
     */
    @Override
    public String id() {
      return id;
    }

    /**
     * Returns the member.
     *
     * @return the member
     */
    @Override
    public CustomerId member() {
      return member;
    }

    /**
     * Returns when.
     *
     * @return when
     */
    @Override
    public Instant at() {
      return at;
    }

    /**
     * Returns the referring member.
     *
     * @return the referring member, or empty
     */
    public Optional<CustomerId> referredBy() {
      return Optional.ofNullable(referredBy);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Enrolment that)) {
        return false;
      }
      return Objects.equals(id, that.id)
          && Objects.equals(member, that.member)
          && Objects.equals(at, that.at)
          && Objects.equals(referredBy, that.referredBy);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, member, at, referredBy);
    }

    @Override
    public String toString() {
      return "Enrolment["
          + "id="
          + id
          + ", member="
          + member
          + ", at="
          + at
          + ", referredBy="
          + referredBy
          + "]";
    }
  }

  /**
   * A purchase: earns points on its amount (the amount paid in money, not in points), locked for
   * the programme's pending period.
   */
  final class Purchase implements LoyaltyEvent {
    private final String id;
    private final CustomerId member;
    private final Instant at;
    private final String order;
    private final Money amount;
    private final @Nullable Channel channel;
    private final @Nullable String category;

    /**
     * Returns the purchase event.
     *
     * @param id the event id
     * @param member the member
     * @param at when
     * @param order the order id, unique per member
     * @param amount the amount paid, positive, in the programme's currency
     * @param channel the channel, or null
     * @param category the product category, or null
     * @return the event
     * @throws IllegalArgumentException if the id or order is blank or the amount not positive
     */
    public static Purchase of(
        String id,
        CustomerId member,
        Instant at,
        String order,
        Money amount,
        @Nullable Channel channel,
        @Nullable String category) {
      return new Purchase(id, member, at, order, amount, channel, category);
    }

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
    private Purchase(
        String id,
        CustomerId member,
        Instant at,
        String order,
        Money amount,
        @Nullable Channel channel,
        @Nullable String category) {
      common(id, member, at);
      orderAndAmount(order, amount);
      this.id = id;
      this.member = member;
      this.at = at;
      this.order = order;
      this.amount = amount;
      this.channel = channel;
      this.category = category;
    }

    @Override
    public String type() {
      return "purchase";
    }

    /**
     * Returns the event id.
     *
     * @return the event id
     */
    @Override
    public String id() {
      return id;
    }

    /**
     * Returns the member.
     *
     * @return the member
     */
    @Override
    public CustomerId member() {
      return member;
    }

    /**
     * Returns when.
     *
     * @return when
     */
    @Override
    public Instant at() {
      return at;
    }

    /**
     * Returns the order id, unique per member.
     *
     * @return the order id, unique per member
     */
    public String order() {
      return order;
    }

    /**
     * Returns the amount paid, positive, in the programme's currency.
     *
     * @return the amount paid, positive, in the programme's currency
     */
    public Money amount() {
      return amount;
    }

    /**
     * Returns the channel.
     *
     * @return the channel, or empty
     */
    public Optional<Channel> channel() {
      return Optional.ofNullable(channel);
    }

    /**
     * Returns the product category.
     *
     * @return the product category, or empty
     */
    public Optional<String> category() {
      return Optional.ofNullable(category);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Purchase that)) {
        return false;
      }
      return Objects.equals(id, that.id)
          && Objects.equals(member, that.member)
          && Objects.equals(at, that.at)
          && Objects.equals(order, that.order)
          && Objects.equals(amount, that.amount)
          && Objects.equals(channel, that.channel)
          && Objects.equals(category, that.category);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, member, at, order, amount, channel, category);
    }

    @Override
    public String toString() {
      return "Purchase["
          + "id="
          + id
          + ", member="
          + member
          + ", at="
          + at
          + ", order="
          + order
          + ", amount="
          + amount
          + ", channel="
          + channel
          + ", category="
          + category
          + "]";
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

    /**
     * Returns the event; the same as the canonical constructor, spelt as every event is built.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param order the order
     * @param amount the amount
     * @return the event
     */
    public static Return of(String id, CustomerId member, Instant at, String order, Money amount) {
      return new Return(id, member, at, order, amount);
    }

    @Override
    public String type() {
      return "return";
    }
  }

  /** A redemption of available points for a reward. */
  final class Redemption implements LoyaltyEvent {
    private final String id;
    private final CustomerId member;
    private final Instant at;
    private final long points;
    private final @Nullable String reward;

    /**
     * Returns the redemption.
     *
     * @param id the event id
     * @param member the member
     * @param at when
     * @param points the points, positive
     * @param reward the reward's id, or null
     * @return the event
     * @throws IllegalArgumentException if the id is blank or the points not positive
     */
    public static Redemption of(
        String id, CustomerId member, Instant at, long points, @Nullable String reward) {
      return new Redemption(id, member, at, points, reward);
    }

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
    private Redemption(
        String id, CustomerId member, Instant at, long points, @Nullable String reward) {
      common(id, member, at);
      checkArgument(points > 0, "points must be positive, but was %s", points);
      this.id = id;
      this.member = member;
      this.at = at;
      this.points = points;
      this.reward = reward;
    }

    @Override
    public String type() {
      return "redemption";
    }

    /**
     * Returns the event id.
     *
     * @return the event id
     */
    @Override
    public String id() {
      return id;
    }

    /**
     * Returns the member.
     *
     * @return the member
     */
    @Override
    public CustomerId member() {
      return member;
    }

    /**
     * Returns when.
     *
     * @return when
     */
    @Override
    public Instant at() {
      return at;
    }

    /**
     * Returns the points, positive.
     *
     * @return the points, positive
     */
    public long points() {
      return points;
    }

    /**
     * Returns the reward's id.
     *
     * @return the reward's id, or empty
     */
    public Optional<String> reward() {
      return Optional.ofNullable(reward);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Redemption that)) {
        return false;
      }
      return Objects.equals(id, that.id)
          && Objects.equals(member, that.member)
          && Objects.equals(at, that.at)
          && points == that.points
          && Objects.equals(reward, that.reward);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, member, at, points, reward);
    }

    @Override
    public String toString() {
      return "Redemption["
          + "id="
          + id
          + ", member="
          + member
          + ", at="
          + at
          + ", points="
          + points
          + ", reward="
          + reward
          + "]";
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

    /**
     * Returns the event; the same as the canonical constructor, spelt as every event is built.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param redemption the redemption
     * @return the event
     */
    public static RedemptionCancel of(String id, CustomerId member, Instant at, String redemption) {
      return new RedemptionCancel(id, member, at, redemption);
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

    /**
     * Returns the event; the same as the canonical constructor, spelt as every event is built.
     *
     * @param id the id
     * @param member the member
     * @param at the at
     * @param points the points
     * @param reason the reason
     * @return the event
     */
    public static Adjustment of(
        String id, CustomerId member, Instant at, long points, String reason) {
      return new Adjustment(id, member, at, points, reason);
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
