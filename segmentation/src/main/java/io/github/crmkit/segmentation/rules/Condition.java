package io.github.crmkit.segmentation.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.List;

/**
 * A condition on a customer snapshot: a comparison, a boolean attribute, the presence of an
 * attribute, a time window before {@code asOf}, or AND / OR / NOT of conditions. Conditions are
 * plain values (records with structural equality); attribute names are checked when a {@link
 * RuleSet} or {@link PointsPlan} is built. A comparison, window or boolean test on a missing
 * attribute is false (and so its NOT is true).
 *
 * @since 0.1
 */
public sealed interface Condition
    permits Condition.Compare,
        Condition.IsTrue,
        Condition.Present,
        Condition.Within,
        Condition.All,
        Condition.Any,
        Condition.Not {

  /**
   * A number attribute compared with a constant.
   *
   * @param attribute the attribute, of type {@link AttributeType#NUMBER}
   * @param op the operator
   * @param value the constant, finite
   * @since 0.1
   */
  record Compare(String attribute, Op op, double value) implements Condition {
    /**
     * Checks the components.
     *
     * @param attribute not null
     * @param op not null
     * @param value finite
     * @throws IllegalArgumentException if the value is not finite
     */
    public Compare {
      checkNotNull(attribute, "attribute must not be null");
      checkNotNull(op, "op must not be null");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "value of " + attribute + " must be finite, but was " + value);
      }
    }
  }

  /**
   * A boolean attribute that must be true.
   *
   * @param attribute the attribute, of type {@link AttributeType#BOOLEAN}
   * @since 0.1
   */
  record IsTrue(String attribute) implements Condition {
    /**
     * Checks the attribute.
     *
     * @param attribute not null
     */
    public IsTrue {
      checkNotNull(attribute, "attribute must not be null");
    }
  }

  /**
   * An attribute that must be present (a boolean attribute is always present).
   *
   * @param attribute the attribute
   * @since 0.1
   */
  record Present(String attribute) implements Condition {
    /**
     * Checks the attribute.
     *
     * @param attribute not null
     */
    public Present {
      checkNotNull(attribute, "attribute must not be null");
    }
  }

  /**
   * An instant attribute within a window before the snapshot's {@code asOf}: {@code asOf - window
   * <= t <= asOf}.
   *
   * @param attribute the attribute, of type {@link AttributeType#INSTANT}
   * @param window the window, positive
   * @since 0.1
   */
  record Within(String attribute, Duration window) implements Condition {
    /**
     * Checks the components.
     *
     * @param attribute not null
     * @param window positive
     * @throws IllegalArgumentException if the window is not positive
     */
    public Within {
      checkNotNull(attribute, "attribute must not be null");
      checkNotNull(window, "window must not be null");
      if (window.isZero() || window.isNegative()) {
        throw new IllegalArgumentException(
            "window of " + attribute + " must be positive, but was " + window);
      }
    }
  }

  /**
   * All of the conditions (AND); with none, always true.
   *
   * @param conditions the conditions
   * @since 0.1
   */
  record All(List<Condition> conditions) implements Condition {
    /**
     * Copies the conditions.
     *
     * @param conditions not null, no nulls
     */
    public All {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * Any of the conditions (OR); with none, never true.
   *
   * @param conditions the conditions
   * @since 0.1
   */
  record Any(List<Condition> conditions) implements Condition {
    /**
     * Copies the conditions.
     *
     * @param conditions not null, no nulls
     */
    public Any {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * The negation of a condition.
   *
   * @param condition the condition
   * @since 0.1
   */
  record Not(Condition condition) implements Condition {
    /**
     * Checks the condition.
     *
     * @param condition not null
     */
    public Not {
      checkNotNull(condition, "condition must not be null");
    }
  }

  /**
   * Returns a comparison.
   *
   * @param attribute a number attribute
   * @param op the operator
   * @param value the constant
   * @return the condition
   */
  static Condition compare(String attribute, Op op, double value) {
    return new Compare(attribute, op, value);
  }

  /**
   * Returns a boolean test.
   *
   * @param attribute a boolean attribute
   * @return the condition
   */
  static Condition isTrue(String attribute) {
    return new IsTrue(attribute);
  }

  /**
   * Returns a presence test.
   *
   * @param attribute any attribute
   * @return the condition
   */
  static Condition present(String attribute) {
    return new Present(attribute);
  }

  /**
   * Returns a time window before {@code asOf}.
   *
   * @param attribute an instant attribute
   * @param window the window
   * @return the condition
   */
  static Condition within(String attribute, Duration window) {
    return new Within(attribute, window);
  }

  /**
   * Returns the conjunction.
   *
   * @param conditions the conditions
   * @return the condition
   */
  static Condition all(Condition... conditions) {
    return new All(List.of(conditions));
  }

  /**
   * Returns the disjunction.
   *
   * @param conditions the conditions
   * @return the condition
   */
  static Condition any(Condition... conditions) {
    return new Any(List.of(conditions));
  }

  /**
   * Returns the negation.
   *
   * @param condition the condition
   * @return the condition
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * Returns the condition that is always true.
   *
   * @return an empty conjunction
   */
  static Condition always() {
    return new All(List.of());
  }
}
