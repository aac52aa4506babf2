package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a loyalty programme: how purchases earn points, how long points stay locked against
 * returns, when they expire, in which order redemptions consume them, what a return after
 * redemption does, and how tiers are earned and lost. Immutable and validated; built with {@link
 * #builder(Currency)}, read and written as JSON by {@link ProgrammeJson}.
 *
 * <p>Earning: a purchase of amount A earns floor(A x pointsPerUnit x channel multiplier x category
 * multiplier x tier multiplier) whole points, computed exactly (never in floating point).
 *
 * @since 0.2
 */
public final class Programme {
  /** The order in which a redemption consumes lots. */
  public enum RedemptionOrder {
    /** The lots that expire first are spent first (ties: the earlier accrual). */
    EARLIEST_EXPIRY,
    /** The lots accrued first are spent first. */
    FIFO;

    /**
     * Returns the JSON code: {@code earliest-expiry} or {@code fifo}.
     *
     * @return the code
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What a return does when the points it takes back are no longer there. */
  public enum NegativeBalance {
    /** The shortfall becomes a debt that later accruals repay first. */
    DEBT,
    /**
     * The return (or negative adjustment) is rejected, with the reason {@code negative-balance}.
     */
    REFUSE;

    /**
     * Returns the JSON code: {@code debt} or {@code refuse}.
     *
     * @return the code
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How a member loses a tier. */
  public enum Downgrade {
    /** The tier is recomputed from the qualifying points at every moment. */
    RECOMPUTE,
    /**
     * Upgrades are immediate; a downgrade happens only at the end of a review period (counted from
     * the member's first event), by at most one tier per period.
     */
    ONE_PER_PERIOD;

    /**
     * Returns the JSON code: {@code recompute} or {@code one-per-period}.
     *
     * @return the code
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Currency currency;
  private final ZoneId zone;
  private final BigDecimal pointsPerUnit;
  private final Map<Channel, BigDecimal> channelMultipliers;
  private final Map<String, BigDecimal> categoryMultipliers;
  private final long enrolmentBonus;
  private final long referralBonus;
  private final Duration pending;
  private final Expiry expiry;
  private final RedemptionOrder redemptionOrder;
  private final NegativeBalance negativeBalance;
  private final List<Tier> tiers;
  private final Duration tierWindow;
  private final Downgrade downgrade;
  private final Duration reviewPeriod;
  private final Duration lateness;

  /** Index of each listed channel and category in the factor table (unlisted: 0, like none). */
  private final Map<Channel, Integer> channelSlot = new EnumMap<>(Channel.class);

  private final Map<String, Integer> categorySlot = new java.util.HashMap<>();

  /**
   * The exact earn factor of every (channel, category, tier) as unscaled / 10^scale, or unscaled -1
   * where it does not fit a long: a purchase's points are then one multiplication and one division,
   * never a BigDecimal.
   */
  private final long[] factorUnscaled;

  private final int[] factorScale;

  private final boolean tiersMultiply;

  private Programme(Builder b) {
    this.currency = b.currency;
    this.zone = b.zone;
    this.pointsPerUnit = b.pointsPerUnit;
    this.channelMultipliers = Collections.unmodifiableMap(new EnumMap<>(b.channelMultipliers));
    this.categoryMultipliers =
        Collections.unmodifiableMap(new LinkedHashMap<>(b.categoryMultipliers));
    this.enrolmentBonus = b.enrolmentBonus;
    this.referralBonus = b.referralBonus;
    this.pending = b.pending;
    this.expiry = b.expiry;
    this.redemptionOrder = b.redemptionOrder;
    this.negativeBalance = b.negativeBalance;
    this.tiers = List.copyOf(b.tiers);
    this.tierWindow = b.tierWindow;
    this.downgrade = b.downgrade;
    this.reviewPeriod = b.reviewPeriod;
    this.lateness = b.lateness;
    boolean multiply = false;
    for (Tier t : tiers) {
      multiply |= t.earnMultiplier().compareTo(BigDecimal.ONE) != 0;
    }
    tiersMultiply = multiply;
    for (Channel c : channelMultipliers.keySet()) {
      channelSlot.put(c, channelSlot.size() + 1);
    }
    for (String c : categoryMultipliers.keySet()) {
      categorySlot.put(c, categorySlot.size() + 1);
    }
    List<Channel> chs = new ArrayList<>(channelMultipliers.keySet());
    List<String> cats = new ArrayList<>(categoryMultipliers.keySet());
    int size = (chs.size() + 1) * (cats.size() + 1) * (tiers.size() + 1);
    factorUnscaled = new long[size];
    factorScale = new int[size];
    for (int c = 0; c <= chs.size(); c++) {
      for (int k = 0; k <= cats.size(); k++) {
        for (int t = -1; t < tiers.size(); t++) {
          BigDecimal f =
              factor(c == 0 ? null : chs.get(c - 1), k == 0 ? null : cats.get(k - 1), t)
                  .stripTrailingZeros();
          if (f.scale() < 0) {
            f = f.setScale(0);
          }
          int i = slot(c, k, t);
          boolean fits = f.unscaledValue().bitLength() < 63 && f.scale() <= 18;
          factorUnscaled[i] = fits ? f.unscaledValue().longValue() : -1;
          factorScale[i] = fits ? f.scale() : 0;
        }
      }
    }
  }

  private int slot(int channel, int category, int tier) {
    return (channel * (categoryMultipliers.size() + 1) + category) * (tiers.size() + 1) + tier + 1;
  }

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /**
   * Whether a member's tier changes what a purchase earns (some tier has a multiplier other than
   * 1); when not, the ledger need not find the tier to earn.
   *
   * @return whether tiers multiply earning
   */
  boolean tiersMultiplyEarning() {
    return tiersMultiply;
  }

  /**
   * The points a purchase earns: floor(amount x factor), exactly.
   *
   * @param minor the amount in minor units, positive
   * @param channel the channel, or null
   * @param category the category, or null
   * @param tier the member's tier index, or -1
   * @return the points
   * @throws ArithmeticException beyond 2^50 points (no real purchase earns that many; the ledger
   *     refuses it rather than round it)
   */
  long points(long minor, @Nullable Channel channel, @Nullable String category, int tier) {
    Integer c = channel == null ? null : channelSlot.get(channel);
    Integer k = category == null ? null : categorySlot.get(category);
    int i = slot(c == null ? 0 : c, k == null ? 0 : k, tier);
    long u = factorUnscaled[i];
    int scale = factorScale[i] + Math.max(0, currency.getDefaultFractionDigits());
    if (u > 0 && scale < POW10.length) {
      long lo = minor * u;
      if (Math.multiplyHigh(minor, u) == 0 && lo >= 0 && lo / POW10[scale] < (1L << 50)) {
        return lo / POW10[scale];
      }
    }
    BigDecimal v =
        factor(channel, category, tier)
            .multiply(BigDecimal.valueOf(minor))
            .movePointLeft(Math.max(0, currency.getDefaultFractionDigits()));
    java.math.BigInteger whole = v.setScale(0, java.math.RoundingMode.FLOOR).toBigIntegerExact();
    if (whole.bitLength() > 50) {
      throw new ArithmeticException(
          "a purchase of " + minor + " minor units would earn " + whole + " points");
    }
    return whole.longValue();
  }

  /**
   * Starts a programme in a currency, with the defaults: 1 point per unit, no multipliers or
   * bonuses, no pending period, points that never expire, earliest-expiry redemption, debts, no
   * tiers, a 365-day tier window, tiers recomputed at every moment, a 30-day review period, no
   * lateness, the zone UTC.
   *
   * @param currency the currency purchases are in, not null
   * @return a builder
   */
  public static Builder builder(Currency currency) {
    return new Builder(currency);
  }

  /**
   * Returns a builder holding this programme's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(currency);
    b.zone = zone;
    b.pointsPerUnit = pointsPerUnit;
    b.channelMultipliers.putAll(channelMultipliers);
    b.categoryMultipliers.putAll(categoryMultipliers);
    b.enrolmentBonus = enrolmentBonus;
    b.referralBonus = referralBonus;
    b.pending = pending;
    b.expiry = expiry;
    b.redemptionOrder = redemptionOrder;
    b.negativeBalance = negativeBalance;
    b.tiers.addAll(tiers);
    b.tierWindow = tierWindow;
    b.downgrade = downgrade;
    b.reviewPeriod = reviewPeriod;
    b.lateness = lateness;
    return b;
  }

  /**
   * Returns the currency of purchase amounts.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the zone whose calendar ends months and years for expiry.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the points earned per major currency unit before multipliers.
   *
   * @return the rate, positive
   */
  public BigDecimal pointsPerUnit() {
    return pointsPerUnit;
  }

  /**
   * Returns the earn multipliers by channel (channels not listed: 1).
   *
   * @return an unmodifiable map
   */
  public Map<Channel, BigDecimal> channelMultipliers() {
    return channelMultipliers;
  }

  /**
   * Returns the earn multipliers by product category (categories not listed: 1).
   *
   * @return an unmodifiable map
   */
  public Map<String, BigDecimal> categoryMultipliers() {
    return categoryMultipliers;
  }

  /**
   * Returns the points a member gets on enrolment.
   *
   * @return the bonus, not negative
   */
  public long enrolmentBonus() {
    return enrolmentBonus;
  }

  /**
   * Returns the points a member who enrols on a referral gets on top of the enrolment bonus.
   *
   * @return the bonus, not negative
   */
  public long referralBonus() {
    return referralBonus;
  }

  /**
   * Returns how long purchase points stay locked (pending) against returns before they can be
   * redeemed.
   *
   * @return the pending period, zero or positive
   */
  public Duration pending() {
    return pending;
  }

  /**
   * Returns when points expire.
   *
   * @return the expiry
   */
  public Expiry expiry() {
    return expiry;
  }

  /**
   * Returns the order in which redemptions consume lots.
   *
   * @return the order
   */
  public RedemptionOrder redemptionOrder() {
    return redemptionOrder;
  }

  /**
   * Returns what a return does when its points are gone.
   *
   * @return the policy
   */
  public NegativeBalance negativeBalance() {
    return negativeBalance;
  }

  /**
   * Returns the tiers in increasing threshold; empty for a programme without tiers.
   *
   * @return an unmodifiable list
   */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * Returns the trailing window over which qualifying points are counted.
   *
   * @return the window, positive
   */
  public Duration tierWindow() {
    return tierWindow;
  }

  /**
   * Returns how tiers are lost.
   *
   * @return the policy
   */
  public Downgrade downgrade() {
    return downgrade;
  }

  /**
   * Returns the review period of {@link Downgrade#ONE_PER_PERIOD}.
   *
   * @return the period, positive
   */
  public Duration reviewPeriod() {
    return reviewPeriod;
  }

  /**
   * Returns how much earlier than the latest event seen an event may be and still be applied (in
   * event time); later arrivals are rejected with the reason {@code too-late}.
   *
   * @return the lateness, zero or positive
   */
  public Duration lateness() {
    return lateness;
  }

  /**
   * Returns the index in {@link #tiers()} of the tier that {@code qualifying} points reach, or -1
   * when the programme has no tier the points reach.
   *
   * @param qualifying the qualifying points
   * @return the tier's index, or -1
   */
  public int tierIndex(long qualifying) {
    int t = -1;
    for (int i = 0; i < tiers.size(); i++) {
      if (qualifying >= tiers.get(i).threshold()) {
        t = i;
      }
    }
    return t;
  }

  /**
   * Returns the exact earn factor (points per major unit) of a purchase.
   *
   * @param channel the purchase's channel, or null
   * @param category the purchase's category, or null
   * @param tier the member's tier index, or -1
   * @return the factor
   */
  BigDecimal factor(@Nullable Channel channel, @Nullable String category, int tier) {
    BigDecimal f = pointsPerUnit;
    if (channel != null) {
      BigDecimal m = channelMultipliers.get(channel);
      if (m != null) {
        f = f.multiply(m);
      }
    }
    if (category != null) {
      BigDecimal m = categoryMultipliers.get(category);
      if (m != null) {
        f = f.multiply(m);
      }
    }
    if (tier >= 0) {
      f = f.multiply(tiers.get(tier).earnMultiplier());
    }
    return f;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Programme p
        && p.currency.equals(currency)
        && p.zone.equals(zone)
        && p.pointsPerUnit.compareTo(pointsPerUnit) == 0
        && p.channelMultipliers.equals(channelMultipliers)
        && p.categoryMultipliers.equals(categoryMultipliers)
        && p.enrolmentBonus == enrolmentBonus
        && p.referralBonus == referralBonus
        && p.pending.equals(pending)
        && p.expiry.equals(expiry)
        && p.redemptionOrder == redemptionOrder
        && p.negativeBalance == negativeBalance
        && p.tiers.equals(tiers)
        && p.tierWindow.equals(tierWindow)
        && p.downgrade == downgrade
        && p.reviewPeriod.equals(reviewPeriod)
        && p.lateness.equals(lateness);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, zone, pointsPerUnit.stripTrailingZeros(), expiry, tiers);
  }

  @Override
  public String toString() {
    return "Programme[" + ProgrammeJson.write(this) + "]";
  }

  /** Builds a {@link Programme}; {@link #build()} validates the whole. */
  public static final class Builder {
    private final Currency currency;
    private ZoneId zone = ZoneOffset.UTC;
    private BigDecimal pointsPerUnit = BigDecimal.ONE;
    private final Map<Channel, BigDecimal> channelMultipliers = new EnumMap<>(Channel.class);
    private final Map<String, BigDecimal> categoryMultipliers = new LinkedHashMap<>();
    private long enrolmentBonus;
    private long referralBonus;
    private Duration pending = Duration.ZERO;
    private Expiry expiry = Expiry.never();
    private RedemptionOrder redemptionOrder = RedemptionOrder.EARLIEST_EXPIRY;
    private NegativeBalance negativeBalance = NegativeBalance.DEBT;
    private final List<Tier> tiers = new ArrayList<>();
    private Duration tierWindow = Duration.ofDays(365);
    private Downgrade downgrade = Downgrade.RECOMPUTE;
    private Duration reviewPeriod = Duration.ofDays(30);
    private Duration lateness = Duration.ZERO;

    private Builder(Currency currency) {
      this.currency = checkNotNull(currency, "currency must not be null");
    }

    /**
     * Sets the zone whose calendar ends months and years.
     *
     * @param zone the zone, not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = checkNotNull(zone, "zone must not be null");
      return this;
    }

    /**
     * Sets the points per major currency unit.
     *
     * @param rate positive
     * @return this builder
     */
    public Builder pointsPerUnit(BigDecimal rate) {
      checkNotNull(rate, "rate must not be null");
      checkArgument(rate.signum() > 0, "pointsPerUnit must be positive, but was %s", rate);
      this.pointsPerUnit = rate.stripTrailingZeros();
      return this;
    }

    /**
     * Sets an earn multiplier for a channel.
     *
     * @param channel the channel, not null
     * @param multiplier positive
     * @return this builder
     */
    public Builder channelMultiplier(Channel channel, BigDecimal multiplier) {
      checkNotNull(channel, "channel must not be null");
      channelMultipliers.put(channel, positive(multiplier, "multiplier"));
      return this;
    }

    /**
     * Sets an earn multiplier for a product category.
     *
     * @param category the category, not blank
     * @param multiplier positive
     * @return this builder
     */
    public Builder categoryMultiplier(String category, BigDecimal multiplier) {
      checkNotNull(category, "category must not be null");
      checkArgument(!category.isBlank(), "category must not be blank");
      categoryMultipliers.put(category, positive(multiplier, "multiplier"));
      return this;
    }

    /**
     * Sets the enrolment bonus.
     *
     * @param points not negative
     * @return this builder
     */
    public Builder enrolmentBonus(long points) {
      checkArgument(points >= 0, "enrolmentBonus must not be negative, but was %s", points);
      this.enrolmentBonus = points;
      return this;
    }

    /**
     * Sets the referral bonus of a member who enrols on a referral.
     *
     * @param points not negative
     * @return this builder
     */
    public Builder referralBonus(long points) {
      checkArgument(points >= 0, "referralBonus must not be negative, but was %s", points);
      this.referralBonus = points;
      return this;
    }

    /**
     * Sets the pending period of purchase points.
     *
     * @param pending zero or positive
     * @return this builder
     */
    public Builder pending(Duration pending) {
      this.pending = notNegative(pending, "pending");
      return this;
    }

    /**
     * Sets when points expire.
     *
     * @param expiry not null
     * @return this builder
     */
    public Builder expiry(Expiry expiry) {
      this.expiry = checkNotNull(expiry, "expiry must not be null");
      return this;
    }

    /**
     * Sets the redemption order.
     *
     * @param order not null
     * @return this builder
     */
    public Builder redemptionOrder(RedemptionOrder order) {
      this.redemptionOrder = checkNotNull(order, "order must not be null");
      return this;
    }

    /**
     * Sets the negative-balance policy.
     *
     * @param policy not null
     * @return this builder
     */
    public Builder negativeBalance(NegativeBalance policy) {
      this.negativeBalance = checkNotNull(policy, "policy must not be null");
      return this;
    }

    /**
     * Adds a tier.
     *
     * @param tier not null
     * @return this builder
     */
    public Builder tier(Tier tier) {
      tiers.add(checkNotNull(tier, "tier must not be null"));
      return this;
    }

    /**
     * Sets the trailing window of qualifying points.
     *
     * @param window positive
     * @return this builder
     */
    public Builder tierWindow(Duration window) {
      checkNotNull(window, "window must not be null");
      checkArgument(!window.isNegative() && !window.isZero(), "tierWindow must be positive");
      this.tierWindow = window;
      return this;
    }

    /**
     * Sets the downgrade policy.
     *
     * @param downgrade not null
     * @return this builder
     */
    public Builder downgrade(Downgrade downgrade) {
      this.downgrade = checkNotNull(downgrade, "downgrade must not be null");
      return this;
    }

    /**
     * Sets the review period of {@link Downgrade#ONE_PER_PERIOD}.
     *
     * @param period positive
     * @return this builder
     */
    public Builder reviewPeriod(Duration period) {
      checkNotNull(period, "period must not be null");
      checkArgument(!period.isNegative() && !period.isZero(), "reviewPeriod must be positive");
      this.reviewPeriod = period;
      return this;
    }

    /**
     * Sets how late (in event time) an event may arrive and still be applied.
     *
     * @param lateness zero or positive
     * @return this builder
     */
    public Builder lateness(Duration lateness) {
      this.lateness = notNegative(lateness, "lateness");
      return this;
    }

    /**
     * Validates and builds the programme.
     *
     * @return the programme
     * @throws IllegalArgumentException if tiers repeat a name or a threshold, or are not in
     *     increasing threshold
     */
    public Programme build() {
      for (int i = 1; i < tiers.size(); i++) {
        checkArgument(
            tiers.get(i).threshold() > tiers.get(i - 1).threshold(),
            "tiers must be in increasing threshold, but %s (%s) follows %s (%s)",
            tiers.get(i).name(),
            tiers.get(i).threshold(),
            tiers.get(i - 1).name(),
            tiers.get(i - 1).threshold());
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Tier t : tiers) {
        checkArgument(names.add(t.name()), "tier name %s appears twice", t.name());
      }
      return new Programme(this);
    }

    private static BigDecimal positive(BigDecimal v, String name) {
      checkNotNull(v, "%s must not be null", name);
      checkArgument(v.signum() > 0, "%s must be positive, but was %s", name, v);
      return v.stripTrailingZeros();
    }

    private static Duration notNegative(Duration d, String name) {
      checkNotNull(d, "%s must not be null", name);
      checkArgument(!d.isNegative(), "%s must not be negative, but was %s", name, d);
      return d;
    }
  }
}
