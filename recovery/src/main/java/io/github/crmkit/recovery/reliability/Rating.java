package io.github.crmkit.recovery.reliability;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One rating in long form: a coder's code for a unit. Immutable.
 *
 * @param unit the unit rated, for example an incident id
 * @param coder the coder (judge)
 * @param code the category assigned
 * @since 0.1
 */
public record Rating(String unit, String coder, String code) {
  /**
   * Checks the components.
   *
   * @param unit not null
   * @param coder not null
   * @param code not null
   */
  public Rating {
    checkNotNull(unit, "unit must not be null");
    checkNotNull(coder, "coder must not be null");
    checkNotNull(code, "code must not be null");
  }
}
