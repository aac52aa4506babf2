package io.github.crmkit.segmentation.clv;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A fitted "buy till you die" model of repeat transactions, in an explicit {@link TimeScale}: every
 * time argument and result is in {@link #unit()}. Predictions are finite and within their range for
 * every valid input (x in the thousands, tx = T, tiny and huge T, parameters at the edges of their
 * range); invalid input throws {@link IllegalArgumentException} naming the value. The models are
 * records and serializable, so a fitted model can be shipped to the workers of a distributed job; a
 * record is read back through its canonical constructor, which checks the parameters again.
 *
 * @since 0.1
 */
public sealed interface TransactionModel extends java.io.Serializable
    permits BetaGeometricModel, ParetoNbd {
  /**
   * Returns the model's name as the command line and JSON write it.
   *
   * @return "bgnbd", "mbgnbd" or "paretonbd"
   */
  String name();

  /**
   * Returns the time unit of the parameters, of tx, T and t.
   *
   * @return the unit
   */
  TimeScale unit();

  /**
   * Returns the parameters by their names in the literature, in the literature's order.
   *
   * @return an unmodifiable ordered map
   */
  Map<String, Double> parameters();

  /**
   * Returns one customer's log-likelihood.
   *
   * @param x repeat purchases
   * @param tx recency
   * @param age T, the customer's age
   * @return the log-likelihood
   */
  double logLikelihood(int x, double tx, double age);

  /**
   * Returns the log-likelihood of a whole base.
   *
   * @param data the base, in the model's unit
   * @return the sum over customers
   */
  default double logLikelihood(ClvData data) {
    Fitting.sameUnit(data, unit());
    ClvData.Distinct d = data.distinct();
    double sum = 0;
    for (int i = 0; i < d.size; i++) {
      sum += d.weight[i] * logLikelihood(d.x[i], d.tx[i], d.age[i]);
    }
    return sum;
  }

  /**
   * Returns the probability that a customer is still alive at T.
   *
   * @param x repeat purchases
   * @param tx recency
   * @param age T
   * @return the probability in [0, 1]
   */
  double probabilityAlive(int x, double tx, double age);

  /**
   * Returns the expected purchases of a new customer in (0, t].
   *
   * @param t the time, not negative
   * @return the expectation, not negative, non-decreasing in t
   */
  double expectedPurchases(double t);

  /**
   * Returns a customer's expected purchases in (T, T + t].
   *
   * @param t the time ahead, not negative
   * @param x repeat purchases
   * @param tx recency
   * @param age T
   * @return the expectation, not negative
   */
  double conditionalExpectedPurchases(double t, int x, double tx, double age);

  /**
   * Returns the probability that a new customer makes exactly n repeat purchases in (0, t].
   *
   * @param n the count, not negative
   * @param t the time, not negative
   * @return the probability in [0, 1]
   */
  double probabilityOfPurchases(int n, double t);

  /**
   * Returns every customer's probability of being alive.
   *
   * @param data the base, in the model's unit
   * @return one value per customer, in the data's order
   */
  default double[] probabilityAlive(ClvData data) {
    Fitting.sameUnit(data, unit());
    double[] out = new double[data.size()];
    int[] x = data.xs();
    double[] tx = data.txs();
    double[] age = data.ages();
    for (int i = 0; i < out.length; i++) {
      out[i] = probabilityAlive(x[i], tx[i], age[i]);
    }
    return out;
  }

  /**
   * Returns every customer's expected purchases in the next t.
   *
   * @param data the base, in the model's unit
   * @param t the time ahead, not negative
   * @return one value per customer, in the data's order
   */
  default double[] conditionalExpectedPurchases(ClvData data, double t) {
    Fitting.sameUnit(data, unit());
    double[] out = new double[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = conditionalExpectedPurchases(t, data.x(i), data.tx(i), data.age(i));
    }
    return out;
  }

  /**
   * Simulates new customers from the model, one per given age, each with a first purchase at time 0
   * of its life; times are kept exact (not rounded to days).
   *
   * @param rng the random source, not null
   * @param ages each customer's age T at the end of observation, not negative
   * @return the simulated base in the model's unit, customers numbered from 1
   */
  ClvData simulate(RandomGenerator rng, double[] ages);
}
