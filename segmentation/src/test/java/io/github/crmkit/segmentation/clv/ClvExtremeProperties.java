package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every prediction of every model is finite and in range, or an explicit {@link
 * PrecisionException}, for any parameters of the domain (1e-6 to 1e6) and any summary; on shapes
 * and scales from 1e-3 to 1e3 and times up to 1e5 it is always a number.
 */
class ClvExtremeProperties {
  static double logUniform(RandomGenerator rng, double lo, double hi) {
    if (rng.nextInt(8) == 0) {
      return rng.nextBoolean() ? lo : hi;
    }
    return Math.exp(rng.nextDouble(Math.log(lo), Math.log(hi)));
  }

  /** Models, a summary (x, tx, T) and a horizon t, drawn with their extremes. */
  static Object[] draw(RandomGenerator rng, double pLo, double pHi, double tHi) {
    double r = logUniform(rng, pLo, pHi);
    double alpha = logUniform(rng, pLo, pHi);
    double a = logUniform(rng, pLo, pHi);
    double b = logUniform(rng, pLo, pHi);
    double age = rng.nextInt(6) == 0 ? 0 : logUniform(rng, 1e-9, tHi);
    int x = age == 0 || rng.nextInt(3) == 0 ? 0 : rng.nextInt(1, 5_000);
    double tx = x == 0 ? 0 : rng.nextBoolean() ? age : age * (0.001 + 0.999 * rng.nextDouble());
    double t = rng.nextInt(6) == 0 ? 0 : logUniform(rng, 1e-9, tHi);
    List<TransactionModel> models =
        List.of(
            new BgNbd(r, alpha, a, b, TimeScale.WEEK),
            new MbgNbd(r, alpha, a, b, TimeScale.WEEK),
            new ParetoNbd(r, alpha, a, b, TimeScale.WEEK));
    return new Object[] {models, x, tx, age, t};
  }

  /** Runs every prediction; returns how many refused. */
  @SuppressWarnings("unchecked")
  static int check(Object[] o) {
    int refused = 0;
    for (TransactionModel m : (List<TransactionModel>) o[0]) {
      int x = (int) o[1];
      double tx = (double) o[2];
      double age = (double) o[3];
      double t = (double) o[4];
      try {
        assertThat(m.probabilityAlive(x, tx, age)).as("%s", m).isBetween(0.0, 1.0);
        assertThat(m.expectedPurchases(t)).as("%s", m).isFinite().isNotNegative();
        assertThat(m.conditionalExpectedPurchases(t, x, tx, age))
            .as("%s", m)
            .isFinite()
            .isNotNegative();
        assertThat(m.probabilityOfPurchases(Math.min(x, 3), t)).as("%s", m).isBetween(0.0, 1.0);
      } catch (PrecisionException e) {
        assertThat(e.getMessage()).contains("cannot be computed", m.getClass().getSimpleName());
        refused++;
      }
    }
    return refused;
  }

  @Test
  void overTheWholeDomainEveryPredictionIsInRangeOrRefused() {
    qt().withExamples(6_000)
        .forAll(CrmGen.of(rng -> draw(rng, Fitting.MIN_PARAMETER, Fitting.MAX_PARAMETER, 1e6)))
        .checkAssert(ClvExtremeProperties::check);
  }

  @Test
  void onTheCoreDomainEveryPredictionIsANumberInRange() {
    qt().withExamples(6_000)
        .forAll(CrmGen.of(rng -> draw(rng, 1e-3, 1e3, 1e5)))
        .checkAssert(o -> assertThat(check(o)).as(java.util.Arrays.deepToString(o)).isZero());
  }

  @Test
  void parametersOutsideTheDomainAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ParetoNbd(1, 1e8, 1, 1, TimeScale.WEEK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha must be from 1e-6 to 1e6");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BgNbd(1e-7, 1, 1, 1, TimeScale.WEEK))
        .hasMessageContaining("r must be from 1e-6 to 1e6");
  }
}
