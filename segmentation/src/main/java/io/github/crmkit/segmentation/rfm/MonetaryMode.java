package io.github.crmkit.segmentation.rfm;

/**
 * What RFM takes as monetary value, in major units of the batch currency.
 *
 * @since 0.1
 */
public enum MonetaryMode {
  /** Total spend (R {@code rfm}'s {@code amount}). */
  SUM,
  /** Total spend divided by the frequency measure: mean spend per purchase, day or order. */
  MEAN
}
