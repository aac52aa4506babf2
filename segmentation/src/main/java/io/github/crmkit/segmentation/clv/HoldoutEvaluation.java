package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a fitted transaction model predicts: per customer, the conditional expected purchases
 * over the holdout period against the purchases made there (mean absolute error, root mean squared
 * error, correlation, and the totals), and over the calibration period the expected against the
 * actual number of customers with 0, 1, ..., 6 and 7 or more repeat purchases, with Pearson's
 * chi-square goodness of fit (Fader, Hardie and Lee 2005 show both for BG/NBD on CDNOW). Immutable.
 *
 * @since 0.2
 */
public final class HoldoutEvaluation implements Explained {
  /** The highest repeat count with a bin of its own; the last bin holds this many or more. */
  public static final int LAST_BIN = 7;

  /**
   * One bin of the calibration histogram.
   *
   * @param repeat the repeat purchases, 0 to {@link #LAST_BIN}
   * @param orMore whether the bin holds this many or more (the last bin)
   * @param expected the customers the model expects in the bin
   * @param actual the customers in the bin
   * @since 0.2
   */
  public record PeriodCount(int repeat, boolean orMore, double expected, long actual) {}

  /**
   * The customers with one calibration repeat count: their mean conditional expectation of holdout
   * purchases against their mean actual holdout purchases (the "conditional expectations" plot of
   * Fader, Hardie and Lee 2005, figure 4).
   *
   * @param repeat the calibration repeat purchases, 0 to {@link #LAST_BIN}
   * @param orMore whether the group holds this many or more (the last group)
   * @param customers the customers in the group
   * @param predicted their mean expected holdout purchases, 0 when the group is empty
   * @param actual their mean actual holdout purchases, 0 when the group is empty
   * @since 0.2
   */
  public record FrequencyGroup(
      int repeat, boolean orMore, long customers, double predicted, double actual) {}

  private final String model;
  private final double mae;
  private final double rmse;
  private final double correlation;
  private final double predictedTotal;
  private final long actualTotal;
  private final List<PeriodCount> bins;
  private final double chiSquare;
  private final int degreesOfFreedom;
  private final List<FrequencyGroup> byFrequency;

  private HoldoutEvaluation(
      String model,
      double mae,
      double rmse,
      double correlation,
      double predictedTotal,
      long actualTotal,
      List<PeriodCount> bins,
      double chiSquare,
      int degreesOfFreedom,
      List<FrequencyGroup> byFrequency) {
    this.model = model;
    this.mae = mae;
    this.rmse = rmse;
    this.correlation = correlation;
    this.predictedTotal = predictedTotal;
    this.actualTotal = actualTotal;
    this.bins = Collections.unmodifiableList(bins);
    this.chiSquare = chiSquare;
    this.degreesOfFreedom = degreesOfFreedom;
    this.byFrequency = Collections.unmodifiableList(byFrequency);
  }

  /**
   * Evaluates a model on data with a holdout period.
   *
   * @param model the fitted model, not null, in the data's unit
   * @param data the customers, not null, with a holdout period and at least one customer
   * @return the evaluation
   * @throws IllegalArgumentException if the data have no holdout or are in another unit
   */
  public static HoldoutEvaluation of(TransactionModel model, ClvData data) {
    checkNotNull(model, "model must not be null");
    checkNotNull(data, "data must not be null");
    if (!data.hasHoldout()) {
      throw new IllegalArgumentException(
          "data must have a holdout period (ClvData.fromPurchases with a holdout end)");
    }
    Fitting.sameUnit(data, model.unit());
    Fitting.notEmpty(data);
    int n = data.size();
    double[] predicted = model.conditionalExpectedPurchases(data, data.holdoutLength());
    double sumAbs = 0;
    double sumSq = 0;
    double sp = 0;
    double sa = 0;
    double spp = 0;
    double saa = 0;
    double spa = 0;
    long actualTotal = 0;
    long[] groupSize = new long[LAST_BIN + 1];
    double[] groupPredicted = new double[LAST_BIN + 1];
    double[] groupActual = new double[LAST_BIN + 1];
    for (int i = 0; i < n; i++) {
      double p = predicted[i];
      int a = data.holdoutPurchases(i);
      int bin = Math.min(LAST_BIN, data.x(i));
      groupSize[bin]++;
      groupPredicted[bin] += p;
      groupActual[bin] += a;
      actualTotal += a;
      double e = p - a;
      sumAbs += Math.abs(e);
      sumSq += e * e;
      sp += p;
      sa += a;
      spp += p * p;
      saa += (double) a * a;
      spa += p * a;
    }
    double cov = spa - sp * sa / n;
    double vp = spp - sp * sp / n;
    double va = saa - sa * sa / n;
    double correlation = vp > 0 && va > 0 ? cov / Math.sqrt(vp * va) : Double.NaN;
    // Expected histogram: each customer's P(X(T) = k) at their own age, by distinct age.
    double[] expected = new double[LAST_BIN + 1];
    long[] actual = new long[LAST_BIN + 1];
    Map<Double, double[]> byAge = new HashMap<>();
    for (int i = 0; i < n; i++) {
      double age = data.age(i);
      double[] probs =
          byAge.computeIfAbsent(
              age,
              t -> {
                double[] q = new double[LAST_BIN + 1];
                double below = 0;
                for (int k = 0; k < LAST_BIN; k++) {
                  q[k] = model.probabilityOfPurchases(k, t);
                  below += q[k];
                }
                q[LAST_BIN] = Math.max(0, 1 - below);
                return q;
              });
      for (int k = 0; k <= LAST_BIN; k++) {
        expected[k] += probs[k];
      }
      actual[Math.min(LAST_BIN, data.x(i))]++;
    }
    List<PeriodCount> bins = new ArrayList<>();
    double chi = 0;
    int used = 0;
    for (int k = 0; k <= LAST_BIN; k++) {
      bins.add(new PeriodCount(k, k == LAST_BIN, expected[k], actual[k]));
      if (expected[k] > 0) {
        double d = actual[k] - expected[k];
        chi += d * d / expected[k];
        used++;
      }
    }
    int df = Math.max(1, used - 1 - model.parameters().size());
    List<FrequencyGroup> groups = new ArrayList<>();
    for (int k = 0; k <= LAST_BIN; k++) {
      long c = groupSize[k];
      groups.add(
          new FrequencyGroup(
              k,
              k == LAST_BIN,
              c,
              c == 0 ? 0 : groupPredicted[k] / c,
              c == 0 ? 0 : groupActual[k] / c));
    }
    return new HoldoutEvaluation(
        model.name(),
        sumAbs / n,
        Math.sqrt(sumSq / n),
        correlation,
        sp,
        actualTotal,
        bins,
        chi,
        df,
        groups);
  }

  /**
   * Returns the customers grouped by calibration repeat purchases (0 to 6, then 7 or more), each
   * group's mean expected against mean actual holdout purchases.
   *
   * @return eight groups, in order
   * @since 0.2
   */
  public List<FrequencyGroup> byFrequency() {
    return byFrequency;
  }

  /**
   * Returns the model's name.
   *
   * @return such as "bgnbd"
   */
  public String model() {
    return model;
  }

  /**
   * Returns the mean absolute error of the conditional expectations over the holdout period.
   *
   * @return the MAE per customer
   */
  public double meanAbsoluteError() {
    return mae;
  }

  /**
   * Returns the root mean squared error of the conditional expectations over the holdout period.
   *
   * @return the RMSE per customer
   */
  public double rootMeanSquaredError() {
    return rmse;
  }

  /**
   * Returns the Pearson correlation of predicted and actual holdout purchases.
   *
   * @return the correlation, NaN when either is constant
   */
  public double correlation() {
    return correlation;
  }

  /**
   * Returns the total holdout purchases the model expects of these customers.
   *
   * @return the predicted total
   */
  public double predictedHoldoutTotal() {
    return predictedTotal;
  }

  /**
   * Returns the total holdout purchases the customers made.
   *
   * @return the actual total
   */
  public long actualHoldoutTotal() {
    return actualTotal;
  }

  /**
   * Returns the calibration histogram: 0 to 6 repeat purchases and 7 or more.
   *
   * @return eight bins
   */
  public List<PeriodCount> periodTransactions() {
    return bins;
  }

  /**
   * Returns Pearson's chi-square statistic of the calibration histogram.
   *
   * @return the statistic
   */
  public double chiSquare() {
    return chiSquare;
  }

  /**
   * Returns the degrees of freedom of the chi-square test: bins - 1 - parameters (at least 1).
   *
   * @return the degrees of freedom
   */
  public int chiSquareDegreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * Returns the chi-square test's p-value: the probability of a statistic this large if the model
   * were right.
   *
   * @return the p-value in [0, 1]
   */
  public double chiSquarePValue() {
    return Special.regularizedGammaQ(degreesOfFreedom / 2.0, chiSquare / 2);
  }

  /**
   * Explains the evaluation: the errors over the holdout period, each calibration bin's expected
   * against actual customers, and the chi-square goodness of fit with its p-value.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(HoldoutEvaluation.class, "holdout.subject", model)
            .input("mean absolute error", mae)
            .input("root mean squared error", rmse)
            .input("correlation", correlation)
            .input("holdout purchases predicted", predictedTotal)
            .input("holdout purchases made", actualTotal);
    for (PeriodCount c : bins) {
      b.input(
          c.repeat() + (c.orMore() ? "+" : "") + " repeat purchases",
          String.format(Locale.ROOT, "expected %.1f, actual %d", c.expected(), c.actual()));
    }
    return b.buildTemplate(
        "holdout.outcome",
        String.format(Locale.ROOT, "%.2f", chiSquare),
        degreesOfFreedom,
        String.format(Locale.ROOT, "%.4f", chiSquarePValue()));
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "HoldoutEvaluation{%s: MAE %.4f, RMSE %.4f, r %.4f, holdout %.1f predicted / %d actual,"
            + " chi-square %.2f (df %d)}",
        model,
        mae,
        rmse,
        correlation,
        predictedTotal,
        actualTotal,
        chiSquare,
        degreesOfFreedom);
  }
}
