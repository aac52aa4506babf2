package io.github.crmkit.segmentation.rules;

import org.jspecify.annotations.Nullable;

/**
 * The type of a snapshot attribute a {@link Condition} can read.
 *
 * <ul>
 *   <li>{@link #NUMBER}: {@code purchases.count}, {@code purchases.total} (in major units), {@code
 *       recommendScore}, {@code signals.NAME}, {@code survey.NAME}, {@code scores.NAME};
 *   <li>{@link #BOOLEAN}: {@code flags.NAME}, {@code categories.NAME} (true when present);
 *   <li>{@link #INSTANT}: {@code purchases.first}, {@code purchases.last}.
 * </ul>
 *
 * @since 0.1
 */
public enum AttributeType {
  /** A number; missing when the snapshot lacks it. */
  NUMBER,
  /** True or false; never missing. */
  BOOLEAN,
  /** An instant; missing for a prospect. */
  INSTANT;

  /**
   * Returns the type of an attribute name.
   *
   * @param attribute the name, not null
   * @return the type, or null when the name is not a known attribute
   */
  public static @Nullable AttributeType of(String attribute) {
    Attr a = Attr.parse(attribute);
    return a == null ? null : a.type();
  }
}
