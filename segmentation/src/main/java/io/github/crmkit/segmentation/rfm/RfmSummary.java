package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;

/**
 * One customer's recency, frequency and monetary value: the input of {@link
 * RfmScorer#score(RfmSummary)}. Immutable and thread-safe.
 *
 * @param customer the customer, not null
 * @param recencyDays whole days from the last purchase to the analysis date, not negative
 * @param frequency the frequency measure, at least 1
 * @param monetary the monetary value in major units, finite
 * @since 0.1
 */
public record RfmSummary(CustomerId customer, int recencyDays, int frequency, double monetary) {
  /**
   * Checks the components.
   *
   * @param customer the customer
   * @param recencyDays days since the last purchase
   * @param frequency the frequency measure
   * @param monetary the monetary value
   * @throws IllegalArgumentException if a value is out of range
   */
  public RfmSummary {
    checkNotNull(customer, "customer must not be null");
    checkArgument(recencyDays >= 0, "recencyDays must not be negative, but was %s", recencyDays);
    checkArgument(frequency >= 1, "frequency must be at least 1, but was %s", frequency);
    checkArgument(Double.isFinite(monetary), "monetary must be finite, but was %s", monetary);
  }
}
