package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link PointsPlan}: a condition worth points, optionally multiplied by a
 * per-customer number attribute and decayed by the age of an instant attribute. Immutable.
 *
 * @since 0.1
 */
public final class PointsRule {
  private final String name;
  private final Condition when;
  private final double points;
  private final @Nullable String multiplier;
  private final @Nullable Decay decay;

  /**
   * Checks the components.
   *
   * @param name not null
   * @param when not null
   * @param points finite
   * @param multiplier may be null
   * @param decay may be null
   * @throws IllegalArgumentException if points are not finite
   */
  PointsRule(
      String name,
      Condition when,
      double points,
      @Nullable String multiplier,
      @Nullable Decay decay) {
    checkNotNull(name, "name must not be null");
    checkNotNull(when, "when must not be null");
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException(
          "points of rule '" + name + "' must be finite, but were " + points);
    }
    this.name = name;
    this.when = when;
    this.points = points;
    this.multiplier = multiplier;
    this.decay = decay;
  }

  /**
   * Returns a rule with neither multiplier nor decay.
   *
   * @param name the name
   * @param when the condition
   * @param points the points
   * @return the rule
   */
  public static PointsRule of(String name, Condition when, double points) {
    return new PointsRule(name, when, points, null, null);
  }

  /**
   * Returns a copy multiplied by a number attribute.
   *
   * @param attribute the attribute, not null
   * @return the copy
   */
  public PointsRule withMultiplier(String attribute) {
    checkNotNull(attribute, "attribute must not be null");
    return new PointsRule(name, when, points, attribute, decay);
  }

  /**
   * Returns a copy whose points halve every {@code halfLife} of the attribute's age.
   *
   * @param attribute an instant attribute dating the evidence, not null
   * @param halfLife the half-life, positive
   * @return the copy
   */
  public PointsRule withDecay(String attribute, Duration halfLife) {
    return new PointsRule(name, when, points, multiplier, new Decay(attribute, halfLife));
  }

  /**
   * Exponential decay by the age of the evidence: the factor is {@code 0.5^(age / halfLife)}, where
   * the age is {@code asOf} minus the attribute's instant. A customer without the attribute gets no
   * points from the rule (the evidence cannot be dated); an instant after {@code asOf} counts as
   * age 0.
   *
   * @param attribute an instant attribute
   * @param halfLife the half-life, positive
   * @since 0.1
   */
  public record Decay(String attribute, Duration halfLife) {
    /**
     * Checks the components.
     *
     * @param attribute not null
     * @param halfLife positive
     * @throws IllegalArgumentException if the half-life is not positive
     */
    public Decay {
      checkNotNull(attribute, "attribute must not be null");
      checkNotNull(halfLife, "halfLife must not be null");
      if (halfLife.isZero() || halfLife.isNegative()) {
        throw new IllegalArgumentException("halfLife must be positive, but was " + halfLife);
      }
    }
  }

  /**
   * Returns the rule's name, unique in its plan.
   *
   * @return the rule's name, unique in its plan
   */
  public String name() {
    return name;
  }

  /**
   * Returns the condition.
   *
   * @return the condition
   */
  public Condition when() {
    return when;
  }

  /**
   * Returns the points when the condition holds, finite (may be negative).
   *
   * @return the points when the condition holds, finite (may be negative)
   */
  public double points() {
    return points;
  }

  /**
   * Returns a number attribute multiplying the points.
   *
   * @return a number attribute multiplying the points, or empty
   */
  public Optional<String> multiplier() {
    return Optional.ofNullable(multiplier);
  }

  /**
   * Returns the decay.
   *
   * @return the decay, or empty
   */
  public Optional<Decay> decay() {
    return Optional.ofNullable(decay);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PointsRule that)) {
      return false;
    }
    return Objects.equals(name, that.name)
        && Objects.equals(when, that.when)
        && Double.compare(points, that.points) == 0
        && Objects.equals(multiplier, that.multiplier)
        && Objects.equals(decay, that.decay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, when, points, multiplier, decay);
  }

  @Override
  public String toString() {
    return "PointsRule["
        + "name="
        + name
        + ", when="
        + when
        + ", points="
        + points
        + ", multiplier="
        + multiplier
        + ", decay="
        + decay
        + "]";
  }
}
