package io.github.crmkit.segmentation.rfm;

/**
 * How {@link RfmBinning} places the breakpoints of a dimension.
 *
 * @since 0.1
 */
public enum BinningMethod {
  /**
   * R {@code rfm} 0.3.0: type 7 quantiles at {@code i / bins} plus 1, half-open bins; ties are
   * never split, so a heavily tied dimension may leave some scores unused.
   */
  QUANTILES,
  /**
   * SQL {@code NTILE}: customers ordered by value, ties broken by customer id, cut into bins whose
   * sizes differ by at most one. Every score is used when there are at least as many customers as
   * bins, but equal values may score differently.
   */
  NTILE,
  /** Business thresholds given by the host. */
  FIXED
}
