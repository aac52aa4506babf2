package io.github.crmkit.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.internal.Variates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded base of repeat buyers whose purchase and dropout processes depend on time-invariant
 * covariates with known effects, for testing covariate models (Fader and Hardie 2007,
 * "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models"). The base's
 * customers, cohort and spend come from a {@link RepeatBuyerBase}; each customer draws its
 * covariates (numeric: standard normal; categorical: a uniformly drawn level), then its purchases
 * with
 *
 * <ul>
 *   <li>purchase-rate scale {@code α_i = α exp(-γ_p·z)} (mean purchase rate times {@code
 *       exp(γ_p·z)}),
 *   <li>BG/NBD dropout shape {@code a_i = a exp(γ_d·z)}; Pareto/NBD dropout rate scale {@code β_i =
 *       β exp(-γ_d·z)},
 * </ul>
 *
 * <p>where {@code z} is the customer's numeric values and 0/1 dummies of the non-reference levels
 * (the first level of each categorical variable is its reference), so the given parameters are
 * those of a customer at 0 with every reference level. Immutable and thread-safe.
 *
 * <pre>{@code
 * CovariateBase.Drawn base = CovariateBase.of(RepeatBuyerBase.withSeed(7).customers(100_000))
 *     .numeric("income", 0.4, -0.3)
 *     .categorical("channel", List.of("store", "web"), new double[] {0, 0.5}, new double[] {0, 0})
 *     .bgNbd(0.25, 4.0, 0.8, 2.5, Duration.ofDays(7));
 * }</pre>
 *
 * @since 0.2
 */
public final class CovariateBase {
  private final RepeatBuyerBase base;
  private final List<Variable> variables;

  /** One variable: no levels for a numeric one; effects per level (one for a numeric one). */
  private static final class Variable {
    private final String name;
    private final List<String> levels;
    private final double[] purchaseEffects;
    private final double[] dropoutEffects;

    Variable(String name, List<String> levels, double[] purchaseEffects, double[] dropoutEffects) {
      this.name = name;
      this.levels = levels;
      this.purchaseEffects = purchaseEffects;
      this.dropoutEffects = dropoutEffects;
    }

    String name() {
      return name;
    }

    List<String> levels() {
      return levels;
    }

    double[] purchaseEffects() {
      return purchaseEffects;
    }

    double[] dropoutEffects() {
      return dropoutEffects;
    }
  }

  private CovariateBase(RepeatBuyerBase base, List<Variable> variables) {
    this.base = base;
    this.variables = variables;
  }

  /**
   * Starts a covariate base over a repeat-buyer base (its seed, size, cohort and spend).
   *
   * @param base the base, not null
   * @return a generator without covariates
   */
  public static CovariateBase of(RepeatBuyerBase base) {
    checkNotNull(base, "base must not be null");
    return new CovariateBase(base, List.of());
  }

  /**
   * Returns a copy with a standard-normal numeric covariate.
   *
   * @param name the name, new
   * @param purchaseEffect its effect on the log of the mean purchase rate, finite
   * @param dropoutEffect its effect on the dropout process, finite
   * @return the copy
   */
  public CovariateBase numeric(String name, double purchaseEffect, double dropoutEffect) {
    return with(
        new Variable(name, List.of(), new double[] {purchaseEffect}, new double[] {dropoutEffect}));
  }

  /**
   * Returns a copy with a categorical covariate, each customer's level drawn uniformly.
   *
   * @param name the name, new
   * @param levels at least two distinct levels; the first is the reference
   * @param purchaseEffects the effect of each level (the reference's must be 0)
   * @param dropoutEffects the effect of each level on dropout (the reference's must be 0)
   * @return the copy
   */
  public CovariateBase categorical(
      String name, List<String> levels, double[] purchaseEffects, double[] dropoutEffects) {
    checkNotNull(levels, "levels must not be null");
    checkNotNull(purchaseEffects, "purchaseEffects must not be null");
    checkNotNull(dropoutEffects, "dropoutEffects must not be null");
    if (levels.size() < 2
        || levels.stream().distinct().count() != levels.size()
        || purchaseEffects.length != levels.size()
        || dropoutEffects.length != levels.size()
        || purchaseEffects[0] != 0
        || dropoutEffects[0] != 0) {
      throw new IllegalArgumentException(
          "categorical '"
              + name
              + "' needs two or more distinct levels and one effect per level, 0 for the first"
              + " (the reference), but had levels "
              + levels);
    }
    return with(
        new Variable(name, List.copyOf(levels), purchaseEffects.clone(), dropoutEffects.clone()));
  }

  private CovariateBase with(Variable v) {
    checkNotNull(v.name(), "name must not be null");
    for (Variable w : variables) {
      if (w.name().equals(v.name())) {
        throw new IllegalArgumentException("name must be new, but '" + v.name() + "' was not");
      }
    }
    for (double e : v.purchaseEffects()) {
      finite(v.name(), e);
    }
    for (double e : v.dropoutEffects()) {
      finite(v.name(), e);
    }
    List<Variable> l = new ArrayList<>(variables);
    l.add(v);
    return new CovariateBase(base, List.copyOf(l));
  }

  private static void finite(String name, double e) {
    if (!Double.isFinite(e)) {
      throw new IllegalArgumentException("effects of '" + name + "' must be finite, but " + e);
    }
  }

  /**
   * Draws a base from BG/NBD parameters at the reference customer.
   *
   * @param r the shape of the purchase rate
   * @param alpha the rate of the purchase rate at the reference, in {@code unit}s
   * @param a the first shape of the dropout probability at the reference
   * @param b the second shape of the dropout probability
   * @param unit the model's time unit
   * @return the purchases and every customer's covariates
   */
  public Drawn bgNbd(double r, double alpha, double a, double b, Duration unit) {
    Values z = new Values();
    List<Purchase> purchases =
        base.draw(
            r,
            c -> alpha * Math.exp(-z.purchase[c]),
            unit,
            (rng, c) -> new double[] {Variates.beta(rng, a * Math.exp(z.dropout[c]), b), 0});
    return z.drawn(purchases);
  }

  /**
   * Draws a base from Pareto/NBD parameters at the reference customer.
   *
   * @param r the shape of the purchase rate
   * @param alpha the rate of the purchase rate at the reference, in {@code unit}s
   * @param s the shape of the death rate
   * @param beta the rate of the death rate at the reference, in {@code unit}s
   * @param unit the model's time unit
   * @return the purchases and every customer's covariates
   */
  public Drawn paretoNbd(double r, double alpha, double s, double beta, Duration unit) {
    Values z = new Values();
    List<Purchase> purchases =
        base.draw(
            r,
            c -> alpha * Math.exp(-z.purchase[c]),
            unit,
            (rng, c) ->
                new double[] {0, Variates.gamma(rng, s, 1 / (beta * Math.exp(-z.dropout[c])))});
    return z.drawn(purchases);
  }

  /** Every customer's covariates and linear predictors. */
  private final class Values {
    final double[] purchase;
    final double[] dropout;
    final Map<String, double[]> numeric = new LinkedHashMap<>();
    final Map<String, List<String>> categorical = new LinkedHashMap<>();

    Values() {
      int n = base.size();
      purchase = new double[n];
      dropout = new double[n];
      SplittableRandom rng = new SplittableRandom(base.seed() ^ 0x5DEECE66DL);
      for (Variable v : variables) {
        if (v.levels().isEmpty()) {
          double[] x = new double[n];
          for (int c = 0; c < n; c++) {
            x[c] = rng.nextGaussian();
            purchase[c] += v.purchaseEffects()[0] * x[c];
            dropout[c] += v.dropoutEffects()[0] * x[c];
          }
          numeric.put(v.name(), x);
        } else {
          List<String> x = new ArrayList<>(n);
          for (int c = 0; c < n; c++) {
            int k = rng.nextInt(v.levels().size());
            x.add(v.levels().get(k));
            purchase[c] += v.purchaseEffects()[k];
            dropout[c] += v.dropoutEffects()[k];
          }
          categorical.put(v.name(), Collections.unmodifiableList(x));
        }
      }
    }

    Drawn drawn(List<Purchase> purchases) {
      List<CustomerId> ids = new ArrayList<>(base.size());
      for (int c = 0; c < base.size(); c++) {
        ids.add(RepeatBuyerBase.customerId(c));
      }
      return new Drawn(purchases, ids, numeric, categorical);
    }
  }

  /**
   * A drawn base.
   *
   * @param purchases the purchases, customer by customer
   * @param customers every customer, in order (also those of {@code purchases})
   * @param numeric each numeric covariate's values, in the customers' order
   * @param categorical each categorical covariate's levels, in the customers' order
   */
  public record Drawn(
      List<Purchase> purchases,
      List<CustomerId> customers,
      Map<String, double[]> numeric,
      Map<String, List<String>> categorical) {
    /**
     * Copies the lists and maps (the arrays are shared: do not modify them).
     *
     * @param purchases not null
     * @param customers not null
     * @param numeric not null
     * @param categorical not null
     */
    public Drawn {
      purchases = List.copyOf(purchases);
      customers = List.copyOf(customers);
      numeric = Collections.unmodifiableMap(new LinkedHashMap<>(numeric));
      categorical = Collections.unmodifiableMap(new LinkedHashMap<>(categorical));
    }
  }
}
