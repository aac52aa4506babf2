package io.github.crmkit.recovery.reliability;

/**
 * The level of measurement of Krippendorff's alpha, which fixes its difference function.
 *
 * @since 0.1
 */
public enum Metric {
  /** Categories without order: any two different values differ by 1. */
  NOMINAL,
  /** Ordered categories (in the table's category order), by their cumulative frequencies. */
  ORDINAL,
  /** Numeric categories: squared difference. */
  INTERVAL,
  /** Numeric categories with a true zero: squared difference over the squared sum. */
  RATIO
}
