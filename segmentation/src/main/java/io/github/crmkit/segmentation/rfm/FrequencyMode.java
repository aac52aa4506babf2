package io.github.crmkit.segmentation.rfm;

/**
 * What RFM counts as frequency.
 *
 * @since 0.1
 */
public enum FrequencyMode {
  /** Every purchase record counts (R {@code rfm}'s {@code transaction_count}). */
  PURCHASES,
  /** Distinct local calendar days with a purchase, in the aggregation's zone. */
  DISTINCT_DAYS,
  /**
   * Distinct orders. A purchase without an order id counts as an order of its own; a {@link
   * io.github.crmkit.core.PurchaseColumns} batch must carry order ids.
   */
  DISTINCT_ORDERS
}
