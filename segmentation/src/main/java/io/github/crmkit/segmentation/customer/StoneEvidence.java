package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.StoneType;

/**
 * One piece of evidence for a Stone type: a signal of {@link
 * io.github.crmkit.core.CustomerSnapshot#signals()}, how to read it as a strength from 0 to 1, and
 * its weight. Immutable.
 *
 * @param type the type the evidence speaks for
 * @param signal the signal's name
 * @param reading how the signal becomes a strength
 * @param weight the weight, above 0
 * @param saturation for counts, the count at which the strength reaches 1; ignored for shares
 * @since 0.1
 */
public record StoneEvidence(
    StoneType type, String signal, Reading reading, double weight, double saturation) {
  /**
   * Checks the components.
   *
   * @param type not null
   * @param signal not blank
   * @param reading not null
   * @param weight positive and finite
   * @param saturation positive and finite
   * @throws IllegalArgumentException if a number is out of range or the signal is blank
   */
  public StoneEvidence {
    checkNotNull(type, "type must not be null");
    checkNotNull(signal, "signal must not be null");
    checkNotNull(reading, "reading must not be null");
    if (signal.isBlank()) {
      throw new IllegalArgumentException("signal must not be blank");
    }
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "weight of " + signal + " must be positive and finite, but was " + weight);
    }
    if (!(saturation > 0) || !Double.isFinite(saturation)) {
      throw new IllegalArgumentException(
          "saturation of " + signal + " must be positive and finite, but was " + saturation);
    }
  }

  /**
   * A share from 0 to 1 read as its own strength.
   *
   * @param type the type
   * @param signal the signal
   * @param weight the weight
   * @return the evidence
   */
  public static StoneEvidence share(StoneType type, String signal, double weight) {
    return new StoneEvidence(type, signal, Reading.SHARE, weight, 1);
  }

  /**
   * A share from 0 to 1 whose complement is the strength (for example low promotion engagement).
   *
   * @param type the type
   * @param signal the signal
   * @param weight the weight
   * @return the evidence
   */
  public static StoneEvidence inverseShare(StoneType type, String signal, double weight) {
    return new StoneEvidence(type, signal, Reading.INVERSE_SHARE, weight, 1);
  }

  /**
   * A count read as {@code min(1, count / saturation)}.
   *
   * @param type the type
   * @param signal the signal
   * @param weight the weight
   * @param saturation the count that gives full strength
   * @return the evidence
   */
  public static StoneEvidence count(
      StoneType type, String signal, double weight, double saturation) {
    return new StoneEvidence(type, signal, Reading.COUNT, weight, saturation);
  }

  /**
   * Reads a signal value as a strength.
   *
   * @param value the signal's value
   * @return the strength, 0 to 1
   * @throws IllegalArgumentException if a share is outside 0 to 1 or a count is negative
   */
  double strength(double value) {
    switch (reading) {
      case SHARE, INVERSE_SHARE -> {
        if (!(value >= 0 && value <= 1)) {
          throw new IllegalArgumentException(
              "signals[" + signal + "] must be a share from 0 to 1, but was " + value);
        }
        return reading == Reading.SHARE ? value : 1 - value;
      }
      case COUNT -> {
        if (!(value >= 0)) {
          throw new IllegalArgumentException(
              "signals[" + signal + "] must be a count, not negative, but was " + value);
        }
        return Math.min(1, value / saturation);
      }
      default -> throw new AssertionError(reading);
    }
  }

  /**
   * How a signal's value becomes a strength.
   *
   * @since 0.1
   */
  public enum Reading {
    /** A share from 0 to 1, read as is. */
    SHARE,
    /** A share from 0 to 1, read as its complement. */
    INVERSE_SHARE,
    /** A count, read as {@code min(1, count / saturation)}. */
    COUNT
  }
}
