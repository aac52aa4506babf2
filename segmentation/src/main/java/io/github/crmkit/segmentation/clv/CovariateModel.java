package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A BG/NBD, MBG/NBD or Pareto/NBD model with time-invariant covariates (Fader and Hardie 2007,
 * "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models"): each customer
 * follows the {@link #baseline()} model with two parameters scaled by the customer's covariates
 * {@code z} (coded as in {@link Covariates}):
 *
 * <ul>
 *   <li>purchase: {@code α_i = α exp(-γ_p·(z - z₀))}, so the mean purchase rate {@code r/α_i} is
 *       {@code exp(γ_p·(z - z₀))} times the baseline's;
 *   <li>dropout, Pareto/NBD: {@code β_i = β exp(-γ_d·(z - z₀))}, so the mean dropout rate is scaled
 *       by {@code exp(γ_d·(z - z₀))};
 *   <li>dropout, BG/NBD and MBG/NBD: {@code a_i = a exp(γ_d·(z - z₀))}, so the expected odds of
 *       dropping out after a purchase ({@code a/(b - 1)}) are scaled by {@code exp(γ_d·(z - z₀))}.
 * </ul>
 *
 * <p>A positive purchase effect means more purchases; a positive dropout effect means earlier
 * dropout. {@code z₀}, the {@link #reference()}, is the covariates' mean over the customers fitted,
 * so the baseline is the model of an average customer (dummies at their shares). The decision to
 * scale only {@code a} in BG/NBD (not {@code a} and {@code b} alike) keeps one effect per covariate
 * and process, with the same reading as in Pareto/NBD. Immutable, thread-safe and serializable.
 *
 * <pre>{@code
 * ModelFit<CovariateModel> fit = ParetoNbd.fitWithCovariates(data, z, z, FitOptions.defaults());
 * double effect = fit.model().purchaseEffects().get("channel=web");
 * double low = fit.lower().get("purchase:channel=web");
 * TransactionModel one = fit.model().forCustomer(z.row(CustomerId.of("17")));
 * }</pre>
 *
 * @param baseline the model of the reference customer
 * @param purchaseEffects the effect of each coded covariate on the purchase process, by name
 * @param dropoutEffects the effect of each coded covariate on the dropout process, by name
 * @param reference the reference customer's coded covariates, for every name of either effect map
 * @serial exclude
 * @since 0.2
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public record CovariateModel(
    TransactionModel baseline,
    Map<String, Double> purchaseEffects,
    Map<String, Double> dropoutEffects,
    Map<String, Double> reference)
    implements java.io.Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Checks and copies the components.
   *
   * @param baseline not null
   * @param purchaseEffects finite values, not null
   * @param dropoutEffects finite values, not null
   * @param reference finite values for every effect's name, not null
   * @throws IllegalArgumentException if a value is not finite or a reference is missing
   */
  public CovariateModel {
    checkNotNull(baseline, "baseline must not be null");
    purchaseEffects = copy("purchaseEffects", purchaseEffects);
    dropoutEffects = copy("dropoutEffects", dropoutEffects);
    reference = copy("reference", reference);
    for (String name : purchaseEffects.keySet()) {
      requireReference(reference, name);
    }
    for (String name : dropoutEffects.keySet()) {
      requireReference(reference, name);
    }
  }

  private static Map<String, Double> copy(String what, Map<String, Double> m) {
    checkNotNull(m, what + " must not be null");
    Map<String, Double> c = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          checkNotNull(k, what + " must not hold a null name");
          if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException(
                what + " must hold finite values, but '" + k + "' was " + v);
          }
          c.put(k, v);
        });
    return Collections.unmodifiableMap(c);
  }

  private static void requireReference(Map<String, Double> reference, String name) {
    if (!reference.containsKey(name)) {
      throw new IllegalArgumentException(
          "reference must hold every covariate with an effect, but lacks '" + name + "'");
    }
  }

  /**
   * Returns the model's name as the command line and JSON write it (the baseline's).
   *
   * @return "bgnbd", "mbgnbd" or "paretonbd"
   */
  public String name() {
    return baseline.name();
  }

  /**
   * Returns the time unit.
   *
   * @return the baseline's unit
   */
  public TimeScale unit() {
    return baseline.unit();
  }

  /**
   * Returns every parameter by name: the baseline's, then {@code purchase:NAME} and {@code
   * dropout:NAME} for the effects (the names {@link ModelFit#standardErrors()} uses).
   *
   * @return an unmodifiable ordered map
   */
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>(baseline.parameters());
    purchaseEffects.forEach((k, v) -> m.put("purchase:" + k, v));
    dropoutEffects.forEach((k, v) -> m.put("dropout:" + k, v));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the model of one customer with the given coded covariates.
   *
   * @param covariates the customer's coded values, at least every name with an effect (other names
   *     are ignored), for example {@link Covariates#row(CustomerId)}
   * @return the customer's model, of the baseline's type
   * @throws IllegalArgumentException if a value is missing or not finite, or the customer's
   *     parameters leave the models' range (1e-6 to 1e6)
   */
  public TransactionModel forCustomer(Map<String, Double> covariates) {
    checkNotNull(covariates, "covariates must not be null");
    return individual(eta(purchaseEffects, covariates), eta(dropoutEffects, covariates));
  }

  private double eta(Map<String, Double> effects, Map<String, Double> values) {
    double eta = 0;
    for (Map.Entry<String, Double> e : effects.entrySet()) {
      Double v = values.get(e.getKey());
      if (v == null || !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "covariates must hold a finite value for '" + e.getKey() + "', but held " + v);
      }
      eta += e.getValue() * (v - java.util.Objects.requireNonNull(reference.get(e.getKey())));
    }
    return eta;
  }

  private TransactionModel individual(double etaPurchase, double etaDropout) {
    CovariateFitting.Kind kind = CovariateFitting.Kind.of(baseline);
    double[] p = CovariateFitting.base(baseline);
    p[1] *= Math.exp(-etaPurchase);
    p[kind.dropoutIndex] *= Math.exp(kind.dropoutSign * etaDropout);
    return kind.make(p, baseline.unit());
  }

  /** One linear predictor per data customer. */
  private double[][] etas(ClvData data, Covariates covariates) {
    checkNotNull(data, "data must not be null");
    checkNotNull(covariates, "covariates must not be null");
    Fitting.sameUnit(data, unit());
    List<String> names = covariates.names();
    int[] pc = columns(purchaseEffects, names);
    int[] dc = columns(dropoutEffects, names);
    double[] pg = values(purchaseEffects);
    double[] dg = values(dropoutEffects);
    double[] pr = refs(purchaseEffects);
    double[] dr = refs(dropoutEffects);
    double[][] z = covariates.alignedTo(data);
    double[][] out = new double[2][data.size()];
    for (int i = 0; i < data.size(); i++) {
      double ep = 0;
      for (int c = 0; c < pc.length; c++) {
        ep += pg[c] * (z[i][pc[c]] - pr[c]);
      }
      double ed = 0;
      for (int c = 0; c < dc.length; c++) {
        ed += dg[c] * (z[i][dc[c]] - dr[c]);
      }
      out[0][i] = ep;
      out[1][i] = ed;
    }
    return out;
  }

  private static int[] columns(Map<String, Double> effects, List<String> names) {
    int[] c = new int[effects.size()];
    int k = 0;
    for (String name : effects.keySet()) {
      int j = names.indexOf(name);
      if (j < 0) {
        throw new IllegalArgumentException(
            "covariates must hold '" + name + "', which has an effect, but hold " + names);
      }
      c[k++] = j;
    }
    return c;
  }

  private static double[] values(Map<String, Double> effects) {
    double[] v = new double[effects.size()];
    int k = 0;
    for (double d : effects.values()) {
      v[k++] = d;
    }
    return v;
  }

  private double[] refs(Map<String, Double> effects) {
    double[] v = new double[effects.size()];
    int k = 0;
    for (String name : effects.keySet()) {
      v[k++] = java.util.Objects.requireNonNull(reference.get(name));
    }
    return v;
  }

  /**
   * Returns the log-likelihood of a base.
   *
   * @param data the base, in the model's unit
   * @param covariates a row for every customer of the data
   * @return the sum over customers
   * @throws IllegalArgumentException if a customer has no row or a covariate is missing
   */
  public double logLikelihood(ClvData data, Covariates covariates) {
    double[][] eta = etas(data, covariates);
    double sum = 0;
    for (int i = 0; i < data.size(); i++) {
      sum += individual(eta[0][i], eta[1][i]).logLikelihood(data.x(i), data.tx(i), data.age(i));
    }
    return sum;
  }

  /**
   * Returns every customer's probability of being alive.
   *
   * @param data the base, in the model's unit
   * @param covariates a row for every customer of the data
   * @return one value in [0, 1] per customer, in the data's order
   * @throws IllegalArgumentException if a customer has no row or a covariate is missing
   */
  public double[] probabilityAlive(ClvData data, Covariates covariates) {
    double[][] eta = etas(data, covariates);
    double[] out = new double[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          individual(eta[0][i], eta[1][i]).probabilityAlive(data.x(i), data.tx(i), data.age(i));
    }
    return out;
  }

  /**
   * Returns every customer's expected purchases in the next t.
   *
   * @param data the base, in the model's unit
   * @param covariates a row for every customer of the data
   * @param t the time ahead, not negative
   * @return one value per customer, in the data's order
   * @throws IllegalArgumentException if a customer has no row or a covariate is missing
   */
  public double[] conditionalExpectedPurchases(ClvData data, Covariates covariates, double t) {
    Fitting.time("t", t);
    double[][] eta = etas(data, covariates);
    double[] out = new double[data.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          individual(eta[0][i], eta[1][i])
              .conditionalExpectedPurchases(t, data.x(i), data.tx(i), data.age(i));
    }
    return out;
  }

  /**
   * Simulates the covariates' customers, in their order, each with a first purchase at time 0 of
   * its life.
   *
   * @param rng the random source, not null
   * @param ages each customer's age T at the end of observation, one per covariate row
   * @param covariates the customers and their covariates
   * @return the simulated base in the model's unit, with the covariates' customer ids
   * @throws IllegalArgumentException if the lengths differ or a covariate is missing
   */
  public ClvData simulate(RandomGenerator rng, double[] ages, Covariates covariates) {
    checkNotNull(rng, "rng must not be null");
    checkNotNull(ages, "ages must not be null");
    checkNotNull(covariates, "covariates must not be null");
    if (ages.length != covariates.size()) {
      throw new IllegalArgumentException(
          "ages must have one value per covariate row ("
              + covariates.size()
              + "), but had "
              + ages.length);
    }
    int n = ages.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    List<CustomerId> ids = new ArrayList<>(covariates.customers());
    for (int i = 0; i < n; i++) {
      TransactionModel one = forCustomer(covariates.row(ids.get(i)));
      ClvData d = one.simulate(rng, new double[] {ages[i]});
      x[i] = d.x(0);
      tx[i] = d.tx(0);
    }
    return ClvData.fromColumns(unit(), ids, x, tx, ages.clone(), null);
  }
}
