package io.github.crmkit.segmentation.loyalty;

import java.util.Locale;

/**
 * The cost of acquiring a customer against the cost of retaining one for a period, from {@link
 * RetentionEconomics#compareCosts}. Immutable.
 *
 * @param acquisitionCost the cost of acquiring one customer
 * @param retentionCost the cost of retaining one customer for one period
 * @since 0.1
 */
public record CostComparison(double acquisitionCost, double retentionCost) {
  /** The ratio textbooks quote: acquiring costs about five times as much as retaining. */
  public static final double TEXTBOOK_RATIO = 5;

  /**
   * Returns how many times more acquiring costs than retaining.
   *
   * @return acquisition cost over retention cost
   */
  public double ratio() {
    return acquisitionCost / retentionCost;
  }

  /**
   * Returns how many periods of retention one acquisition pays for.
   *
   * @return the same as {@link #ratio()}, read as periods
   */
  public double retentionPeriodsPerAcquisition() {
    return ratio();
  }

  /**
   * Returns the cost of replacing lost customers by new ones.
   *
   * @param lostCustomers the number of customers lost, 0 or more
   * @return lost customers times the acquisition cost
   * @throws IllegalArgumentException if the count is negative
   */
  public double replacementCost(long lostCustomers) {
    if (lostCustomers < 0) {
      throw new IllegalArgumentException(
          "lostCustomers must not be negative, but was " + lostCustomers);
    }
    return lostCustomers * acquisitionCost;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "acquiring costs %.2fx retaining (textbook: about 5x)", ratio());
  }
}
