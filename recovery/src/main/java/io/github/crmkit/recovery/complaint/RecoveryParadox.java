package io.github.crmkit.recovery.complaint;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * What the measured satisfaction difference (after recovery minus before the failure) says about
 * the recovery paradox (McCollough and Bharadwaj 1992): only a confidence interval above zero
 * counts as evidence of it.
 *
 * @since 0.1
 */
public enum RecoveryParadox implements CodedType {
  /** Satisfaction rose: the interval of the difference lies above zero. */
  OBSERVED("observed"),
  /** The interval includes zero: no evidence either way. */
  INCONCLUSIVE("inconclusive"),
  /** Satisfaction fell: the interval lies below zero. */
  NOT_OBSERVED("not-observed");

  private final String code;

  RecoveryParadox(String code) {
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
  public static RecoveryParadox fromCode(String code) {
    return Codes.byCode(RecoveryParadox.class, code);
  }
}
