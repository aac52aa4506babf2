package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A length of time with its unit, such as 12 months: a horizon can only be used in a model's unit
 * by converting it, so 12 months on a weekly model is 52.18 weeks, never 12 weeks or 12 x 30.
 *
 * @param length the length, finite and not negative
 * @param unit the unit
 * @since 0.1
 */
public record Horizon(double length, TimeScale unit) {
  /**
   * Checks the components.
   *
   * @param length finite and not negative
   * @param unit not null
   * @throws IllegalArgumentException if the length is negative or not finite
   */
  public Horizon {
    checkNotNull(unit, "unit must not be null");
    if (!(length >= 0) || Double.isInfinite(length)) {
      throw new IllegalArgumentException(
          "length must be finite and not negative, but was " + length);
    }
  }

  /**
   * Returns a horizon.
   *
   * @param length the length
   * @param unit the unit
   * @return the horizon
   */
  public static Horizon of(double length, TimeScale unit) {
    return new Horizon(length, unit);
  }

  /**
   * Returns the length in another unit.
   *
   * @param to the unit, not null
   * @return the length in {@code to}
   */
  public double in(TimeScale to) {
    return unit.convert(length, to);
  }
}
