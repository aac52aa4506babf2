package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Customer lifetime value: expected purchases over a {@link Horizon} from a {@link
 * TransactionModel}, times expected spend per transaction from {@link GammaGamma} (times a margin),
 * discounted at a {@link DiscountRate}. Time is stepped in the horizon's unit: the purchases
 * expected in step i (of a 12-month horizon, month i) are discounted to the end of that step at the
 * rate compounded to that time, {@code (1 + rate)^-(end of step i in the rate's unit)}; a last
 * partial step counts its fraction. The horizon, the rate and the model each carry their unit, and
 * every conversion goes through {@link TimeScale}, so a 12-month horizon on a weekly model is 52.18
 * weeks. Stateless.
 *
 * @since 0.1
 */
public final class LifetimeValue {
  private LifetimeValue() {}

  /**
   * Returns one customer's discounted lifetime value.
   *
   * @param model the transaction model, not null
   * @param spend the spend model, not null
   * @param customer the customer in the model's unit, not null
   * @param horizon how far ahead, not null
   * @param rate the discount rate, not null
   * @param margin the share of spend that is profit, finite (1 for revenue)
   * @return the value
   */
  public static double of(
      TransactionModel model,
      GammaGamma spend,
      RepeatSummary customer,
      Horizon horizon,
      DiscountRate rate,
      double margin) {
    checkNotNull(model, "model must not be null");
    checkNotNull(customer, "customer must not be null");
    return of(
        model,
        spend,
        ClvData.fromSummaries(model.unit(), java.util.List.of(customer)),
        horizon,
        rate,
        margin)[0];
  }

  /**
   * Returns every customer's discounted lifetime value.
   *
   * @param model the transaction model, not null
   * @param spend the spend model, not null
   * @param data the customers in the model's unit, not null
   * @param horizon how far ahead, not null
   * @param rate the discount rate, not null
   * @param margin the share of spend that is profit, finite (1 for revenue)
   * @return one value per customer, in the data's order
   * @throws MissingSpendException if the data has no spend ({@link ClvData#hasSpend()})
   */
  public static double[] of(
      TransactionModel model,
      GammaGamma spend,
      ClvData data,
      Horizon horizon,
      DiscountRate rate,
      double margin) {
    checkNotNull(model, "model must not be null");
    checkNotNull(spend, "spend must not be null");
    checkNotNull(data, "data must not be null");
    checkNotNull(horizon, "horizon must not be null");
    checkNotNull(rate, "rate must not be null");
    checkMargin(margin);
    Fitting.sameUnit(data, model.unit());
    if (!data.hasSpend()) {
      throw new MissingSpendException("a lifetime value");
    }
    int n = data.size();
    double[][] grid = steps(horizon, rate, model.unit());
    double[] ts = grid[0];
    double[] factors = grid[1];
    double[] value;
    if (model instanceof BgNbd m) {
      value =
          BetaGeometric.discountedFuture(false, m.r(), m.alpha(), m.a(), m.b(), data, ts, factors);
    } else if (model instanceof MbgNbd m) {
      value =
          BetaGeometric.discountedFuture(true, m.r(), m.alpha(), m.a(), m.b(), data, ts, factors);
    } else {
      // The models are sealed: Pareto/NBD is the last.
      value = ((ParetoNbd) model).discountedFuture(data, ts, factors);
    }
    for (int c = 0; c < n; c++) {
      value[c] *= spend.expectedSpend(data.x(c), data.meanSpend(c)) * margin;
      if (!Double.isFinite(value[c])) {
        throw new PrecisionException(
            "the lifetime value of " + data.customer(c) + " is not finite under " + model);
      }
    }
    return value;
  }

  /**
   * Returns every customer's discounted lifetime value under a model with covariates: each
   * customer's own model ({@link CovariateModel#forCustomer}) stepped over the horizon as above.
   *
   * @param model the model with covariates, not null
   * @param covariates a row for every customer of the data, not null
   * @param spend the spend model, not null
   * @param data the customers in the model's unit, not null
   * @param horizon how far ahead, not null
   * @param rate the discount rate, not null
   * @param margin the share of spend that is profit, finite (1 for revenue)
   * @return one value per customer, in the data's order
   * @throws MissingSpendException if the data has no spend ({@link ClvData#hasSpend()})
   * @since 0.2
   */
  public static double[] of(
      CovariateModel model,
      Covariates covariates,
      GammaGamma spend,
      ClvData data,
      Horizon horizon,
      DiscountRate rate,
      double margin) {
    checkNotNull(model, "model must not be null");
    checkNotNull(covariates, "covariates must not be null");
    checkNotNull(spend, "spend must not be null");
    checkNotNull(data, "data must not be null");
    checkNotNull(horizon, "horizon must not be null");
    checkNotNull(rate, "rate must not be null");
    checkMargin(margin);
    Fitting.sameUnit(data, model.unit());
    if (!data.hasSpend()) {
      throw new MissingSpendException("a lifetime value");
    }
    double[][] grid = steps(horizon, rate, model.unit());
    double[] ts = grid[0];
    double[] factors = grid[1];
    int count = ts.length;
    double[] value = new double[data.size()];
    for (int c = 0; c < value.length; c++) {
      TransactionModel one = model.forCustomer(covariates.row(data.customer(c)));
      double previous = 0;
      double v = 0;
      for (int i = 0; i < count; i++) {
        double e = one.conditionalExpectedPurchases(ts[i], data.x(c), data.tx(c), data.age(c));
        v += (e - previous) * factors[i];
        previous = e;
      }
      value[c] = v * spend.expectedSpend(data.x(c), data.meanSpend(c)) * margin;
      if (!Double.isFinite(value[c])) {
        throw new PrecisionException(
            "the lifetime value of " + data.customer(c) + " is not finite under " + one);
      }
    }
    return value;
  }

  /**
   * The horizon's steps: each step's end in the model's unit ({@code [0]}) and its discount factor
   * ({@code [1]}); a last partial step ends at the horizon.
   */
  private static double[][] steps(Horizon horizon, DiscountRate rate, TimeScale unit) {
    double steps = horizon.length();
    int count = (int) Math.ceil(steps);
    double[] ts = new double[count];
    double[] factors = new double[count];
    for (int i = 1; i <= count; i++) {
      double at = Math.min(i, steps);
      ts[i - 1] = horizon.unit().convert(at, unit);
      factors[i - 1] = rate.factor(at, horizon.unit());
    }
    return new double[][] {ts, factors};
  }

  private static void checkMargin(double margin) {
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin must be finite, but was " + margin);
    }
  }
}
