package io.github.crmkit.segmentation.loyalty;

/**
 * The economics of keeping customers, as closed formulas with their sources and assumptions. All
 * amounts are in one currency unit per period chosen by the caller (margins, costs); rates are per
 * period, as fractions (0.8, not 80). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RetentionEconomics {
  private RetentionEconomics() {}

  /**
   * Returns the lifetime value of a customer under a constant retention rate: {@code m r / (1 + d -
   * r)}.
   *
   * <p>Source: Gupta and Lehmann (2003), "Customers as assets", Journal of Interactive Marketing
   * 17(1); Gupta, Lehmann and Stuart (2004), Journal of Marketing Research 41(1). Assumptions: the
   * margin {@code m} is constant and received at the end of each period the customer is retained,
   * retention {@code r} is constant, the horizon is infinite, and acquisition cost is not deducted.
   * The expected lifetime is then {@code 1 / (1 - r)} periods.
   *
   * @param margin the margin per period, finite
   * @param retention the retention rate per period, 0 inclusive to 1 exclusive
   * @param discount the discount rate per period, 0 or more
   * @return the lifetime value
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double lifetimeValue(double margin, double retention, double discount) {
    check(margin, retention, discount);
    return margin * retention / (1 + discount - retention);
  }

  /**
   * Returns the lifetime value over a finite number of periods: {@code sum_{t=1..T} m (r / (1 +
   * d))^t}, with the assumptions of {@link #lifetimeValue(double, double, double)}; it approaches
   * that value as T grows.
   *
   * @param margin the margin per period, finite
   * @param retention the retention rate per period, 0 inclusive to 1 exclusive
   * @param discount the discount rate per period, 0 or more
   * @param periods the horizon in periods, 0 or more
   * @return the lifetime value over the horizon
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double lifetimeValue(
      double margin, double retention, double discount, int periods) {
    check(margin, retention, discount);
    if (periods < 0) {
      throw new IllegalArgumentException("periods must not be negative, but was " + periods);
    }
    double q = retention / (1 + discount);
    // Geometric series q + q^2 + ... + q^T.
    return q == 0 ? 0 : margin * q * (1 - Math.pow(q, periods)) / (1 - q);
  }

  /**
   * Returns the expected number of periods a customer stays: {@code 1 / (1 - r)}, counting the
   * current period (Berger and Nasr 1998, "Customer lifetime value: marketing models and
   * applications", Journal of Interactive Marketing 12(1)).
   *
   * @param retention the retention rate per period, 0 inclusive to 1 exclusive
   * @return the expected lifetime in periods
   * @throws IllegalArgumentException if the rate is out of range
   */
  public static double expectedLifetime(double retention) {
    checkRetention("retention", retention);
    return 1 / (1 - retention);
  }

  /**
   * Returns the effect on lifetime value of raising retention by some points, the calculation
   * behind Reichheld and Sasser (1990), "Zero defections: quality comes to services", Harvard
   * Business Review 68(5), who report that 5 points more retention raised profits by 25 to 85
   * percent in the industries they studied. Uses {@link #lifetimeValue(double, double, double)}.
   *
   * @param margin the margin per period, finite
   * @param retention the current retention rate, 0 inclusive to 1 exclusive
   * @param discount the discount rate per period, 0 or more
   * @param points the increase in percentage points, so that {@code retention + points / 100} is
   *     still below 1; may be negative
   * @return the value before and after
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static RetentionUplift retentionUplift(
      double margin, double retention, double discount, double points) {
    check(margin, retention, discount);
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException("points must be finite, but was " + points);
    }
    double raised = retention + points / 100;
    if (!(raised >= 0 && raised < 1)) {
      throw new IllegalArgumentException(
          "retention + points / 100 must be 0 inclusive to 1 exclusive, but was "
              + raised
              + " (retention "
              + retention
              + ", points "
              + points
              + ")");
    }
    return new RetentionUplift(
        retention,
        raised,
        lifetimeValue(margin, retention, discount),
        lifetimeValue(margin, raised, discount));
  }

  /**
   * Compares the cost of winning a customer with the cost of keeping one. Textbooks (after TARP and
   * Reichheld) quote winning a new customer as about five times as costly as keeping one; this
   * computes the firm's own ratio and the most that is worth spending per customer and period to
   * raise retention, which is the value gained ({@link RetentionUplift#gain()}) spread over the
   * customer's expected lifetime at the raised rate.
   *
   * @param acquisitionCost the cost of acquiring one customer, above 0
   * @param retentionCost the cost of retaining one customer for one period, above 0
   * @return the comparison
   * @throws IllegalArgumentException if a cost is not positive and finite
   */
  public static CostComparison compareCosts(double acquisitionCost, double retentionCost) {
    checkPositive("acquisitionCost", acquisitionCost);
    checkPositive("retentionCost", retentionCost);
    return new CostComparison(acquisitionCost, retentionCost);
  }

  /**
   * Returns how many people hear about a bad experience from a number of unhappy customers.
   *
   * @param unhappyCustomers the number of unhappy customers, 0 or more
   * @param assumption how many listeners each tells, for example {@link
   *     WordOfMouthAssumption#defaults()}
   * @return the reach with its low and high bound
   * @throws IllegalArgumentException if the count is negative
   * @throws NullPointerException if the assumption is null
   */
  public static WordOfMouthReach wordOfMouthReach(
      long unhappyCustomers, WordOfMouthAssumption assumption) {
    if (unhappyCustomers < 0) {
      throw new IllegalArgumentException(
          "unhappyCustomers must not be negative, but was " + unhappyCustomers);
    }
    if (assumption == null) {
      throw new NullPointerException("assumption must not be null");
    }
    return new WordOfMouthReach(
        unhappyCustomers,
        unhappyCustomers * assumption.listenersLow(),
        unhappyCustomers * assumption.listenersHigh(),
        assumption);
  }

  private static void check(double margin, double retention, double discount) {
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin must be finite, but was " + margin);
    }
    checkRetention("retention", retention);
    if (!(discount >= 0) || !Double.isFinite(discount)) {
      throw new IllegalArgumentException(
          "discount must be finite and not negative, but was " + discount);
    }
  }

  static void checkRetention(String name, double r) {
    if (!(r >= 0 && r < 1)) {
      throw new IllegalArgumentException(
          name + " must be 0 inclusive to 1 exclusive, but was " + r);
    }
  }

  private static void checkPositive(String name, double v) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be positive and finite, but was " + v);
    }
  }
}
