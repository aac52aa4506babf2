package io.github.crmkit.segmentation.clv;

import io.github.crmkit.core.CrmException;

/**
 * Thrown when a monetary quantity (mean spend, a Gamma-Gamma fit, a lifetime value) is asked of
 * {@link ClvData} built without spend. Without spend there is no monetary lifetime value: crmkit
 * refuses rather than compute one from a spend of zero.
 *
 * @since 0.2
 */
public final class MissingSpendException extends CrmException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what needed the spend, for the message
   */
  public MissingSpendException(String what) {
    super(
        what
            + " needs each customer's mean repeat spend, but the data was built without spend"
            + " (give a meanSpend column, or build it from purchases)");
  }
}
