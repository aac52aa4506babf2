package io.github.crmkit.segmentation.clv;

import io.github.crmkit.core.internal.Variates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What BG/NBD and MBG/NBD share: the four parameters and every quantity of the model, computed by
 * {@link BetaGeometric}; the two differ only in whether a customer may die right after the first
 * purchase ({@link #diesAtFirstPurchase()}).
 */
sealed interface BetaGeometricModel extends TransactionModel permits BgNbd, MbgNbd {
  /**
   * Returns the shape of the purchase rate.
   *
   * @return r
   */
  double r();

  /**
   * Returns the rate of the purchase rate.
   *
   * @return alpha
   */
  double alpha();

  /**
   * Returns the first shape of the dropout probability.
   *
   * @return a
   */
  double a();

  /**
   * Returns the second shape of the dropout probability.
   *
   * @return b
   */
  double b();

  /**
   * Whether a customer may also die right after the first purchase (MBG/NBD) or only after repeat
   * purchases (BG/NBD).
   *
   * @return true for MBG/NBD
   */
  boolean diesAtFirstPurchase();

  @Override
  default Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("r", r());
    m.put("alpha", alpha());
    m.put("a", a());
    m.put("b", b());
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  default double logLikelihood(int x, double tx, double age) {
    Fitting.checkSummary(x, tx, age);
    return BetaGeometric.logLikelihood(diesAtFirstPurchase(), r(), alpha(), a(), b(), x, tx, age);
  }

  @Override
  default double probabilityAlive(int x, double tx, double age) {
    Fitting.checkSummary(x, tx, age);
    return Fitting.checked(
        BetaGeometric.probabilityAlive(diesAtFirstPurchase(), r(), alpha(), a(), b(), x, tx, age),
        1,
        "P(alive)",
        this);
  }

  @Override
  default double expectedPurchases(double t) {
    Fitting.time("t", t);
    return Fitting.checked(
        BetaGeometric.expected(diesAtFirstPurchase(), r(), alpha(), a(), b(), t),
        Double.MAX_VALUE,
        "expected purchases",
        this);
  }

  @Override
  default double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    Fitting.time("t", t);
    Fitting.checkSummary(x, tx, age);
    return Fitting.checked(
        BetaGeometric.conditionalExpected(
            diesAtFirstPurchase(), r(), alpha(), a(), b(), x, tx, age, t),
        Double.MAX_VALUE,
        "conditional expected purchases",
        this);
  }

  @Override
  default double[] conditionalExpectedPurchases(ClvData data, double t) {
    Fitting.sameUnit(data, unit());
    Fitting.time("t", t);
    return Fitting.checked(
        BetaGeometric.conditionalExpected(diesAtFirstPurchase(), r(), alpha(), a(), b(), data, t),
        Double.MAX_VALUE,
        "conditional expected purchases",
        this);
  }

  @Override
  default double probabilityOfPurchases(int n, double t) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, but was " + n);
    }
    Fitting.time("t", t);
    return Fitting.checked(
        BetaGeometric.probabilityOfPurchases(diesAtFirstPurchase(), r(), alpha(), a(), b(), n, t),
        1,
        "P(X(t) = n)",
        this);
  }

  @Override
  default ClvData simulate(RandomGenerator rng, double[] ages) {
    boolean first = diesAtFirstPurchase();
    double r = r();
    double alpha = alpha();
    double a = a();
    double b = b();
    return Simulation.simulate(
        rng,
        ages,
        unit(),
        (g, age) ->
            Variates.repeatPurchases(
                g, Variates.gamma(g, r, 1 / alpha), Variates.beta(g, a, b), first, 0, age));
  }
}
