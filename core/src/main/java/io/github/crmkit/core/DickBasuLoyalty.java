package io.github.crmkit.core;

import io.github.crmkit.core.internal.Codes;

/**
 * The four loyalty conditions of Dick and Basu (1994), "Customer loyalty: toward an integrated
 * conceptual framework", Journal of the Academy of Marketing Science 22(2): relative attitude x
 * repeat patronage.
 *
 * @since 0.1
 */
public enum DickBasuLoyalty implements CodedType {
  /** High relative attitude and high repeat patronage. */
  TRUE("true"),
  /** High relative attitude, low repeat patronage. */
  LATENT("latent"),
  /** Low relative attitude, high repeat patronage (inertia). */
  SPURIOUS("spurious"),
  /** Low relative attitude and low repeat patronage. */
  NONE("none");

  private final String code;

  DickBasuLoyalty(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static DickBasuLoyalty fromCode(String code) {
    return Codes.byCode(DickBasuLoyalty.class, code);
  }
}
