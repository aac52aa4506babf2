package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Models with covariates: every customer's model is an ordinary model of the baseline's kind, so
 * its predictions are in range; a covariate at the reference changes nothing; a positive purchase
 * effect never lowers the expected purchases of a new customer.
 */
class CovariateModelProperties {
  private static TransactionModel baseline(java.util.random.RandomGenerator rng) {
    double r = DiscreteModelProperties.logUniform(rng, 0.05, 5);
    double alpha = DiscreteModelProperties.logUniform(rng, 0.5, 50);
    double c = DiscreteModelProperties.logUniform(rng, 0.05, 5);
    double d = DiscreteModelProperties.logUniform(rng, 0.5, 50);
    return switch (rng.nextInt(3)) {
      case 0 -> new BgNbd(r, alpha, c, d, TimeScale.WEEK);
      case 1 -> new MbgNbd(r, alpha, c, d, TimeScale.WEEK);
      default -> new ParetoNbd(r, alpha, c, d, TimeScale.WEEK);
    };
  }

  @Test
  void customersModelsPredictInRangeAndTheReferenceIsTheBaseline() {
    qt().withExamples(1_000)
        .forAll(
            CrmGen.of(
                rng -> {
                  double gp = rng.nextDouble(-2, 2);
                  double gd = rng.nextDouble(-2, 2);
                  double ref = rng.nextDouble(-1, 1);
                  CovariateModel m =
                      new CovariateModel(
                          baseline(rng), Map.of("u", gp), Map.of("u", gd), Map.of("u", ref));
                  double u = ref + rng.nextDouble(-2, 2);
                  int x = rng.nextInt(20);
                  double age = rng.nextDouble(1, 100);
                  double tx = x == 0 ? 0 : rng.nextDouble(0, age);
                  return new Object[] {m, u, x, tx, age};
                }))
        .checkAssert(
            o -> {
              CovariateModel m = (CovariateModel) o[0];
              double u = (double) o[1];
              int x = (int) o[2];
              double tx = (double) o[3];
              double age = (double) o[4];
              TransactionModel one = m.forCustomer(Map.of("u", u));
              assertThat(one.getClass()).isEqualTo(m.baseline().getClass());
              assertThat(one.probabilityAlive(x, tx, age)).isBetween(0.0, 1.0);
              assertThat(one.conditionalExpectedPurchases(10, x, tx, age))
                  .isFinite()
                  .isNotNegative();
              assertThat(one.logLikelihood(x, tx, age)).isFinite();
              double ref = m.reference().get("u");
              assertThat(m.forCustomer(Map.of("u", ref))).isEqualTo(m.baseline());
            });
  }

  @Test
  void aPositivePurchaseEffectRaisesTheExpectedPurchasesOfNewCustomers() {
    qt().withExamples(1_000)
        .forAll(
            CrmGen.of(
                rng -> {
                  double gp = rng.nextDouble(0.01, 2);
                  CovariateModel m =
                      new CovariateModel(
                          baseline(rng), Map.of("u", gp), Map.of("u", 0.0), Map.of("u", 0.0));
                  return new Object[] {m, rng.nextDouble(0.01, 1), rng.nextDouble(1, 52)};
                }))
        .checkAssert(
            o -> {
              CovariateModel m = (CovariateModel) o[0];
              double du = (double) o[1];
              double t = (double) o[2];
              double low = m.forCustomer(Map.of("u", 0.0)).expectedPurchases(t);
              double high = m.forCustomer(Map.of("u", du)).expectedPurchases(t);
              assertThat(high).isGreaterThan(low);
            });
  }
}
