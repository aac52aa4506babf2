package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A tier of a programme: reached when a member's qualifying points (points earned by purchases, net
 * of returns, within the programme's trailing window; never the spendable balance) reach the
 * threshold; its benefit is a multiplier on points earned while in it.
 *
 * @param name the tier's name, not blank
 * @param threshold the qualifying points needed, not negative
 * @param earnMultiplier the multiplier on earned points, positive (1 for none); kept without
 *     trailing zeros, so that 1.50 and 1.5 are the same tier
 * @since 0.2
 */
public record Tier(String name, long threshold, BigDecimal earnMultiplier) {
  /**
   * Validates the tier.
   *
   * @param name the name
   * @param threshold the threshold
   * @param earnMultiplier the earnMultiplier
   * @throws IllegalArgumentException if a component is out of range
   */
  public Tier {
    checkNotNull(name, "name must not be null");
    checkNotNull(earnMultiplier, "earnMultiplier must not be null");
    checkArgument(!name.isBlank(), "name must not be blank");
    checkArgument(threshold >= 0, "threshold must not be negative, but was %s", threshold);
    checkArgument(
        earnMultiplier.signum() > 0, "earnMultiplier must be positive, but was %s", earnMultiplier);
    earnMultiplier = earnMultiplier.stripTrailingZeros();
  }

  /**
   * A tier without an earn multiplier.
   *
   * @param name the name
   * @param threshold the qualifying points needed
   * @return the tier
   */
  public static Tier of(String name, long threshold) {
    return new Tier(name, threshold, BigDecimal.ONE);
  }
}
