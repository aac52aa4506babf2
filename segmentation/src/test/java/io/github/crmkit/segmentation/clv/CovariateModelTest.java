package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.testkit.CovariateBase;
import io.github.crmkit.testkit.RepeatBuyerBase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CovariateModelTest {
  private static final Currency USD = Currency.getInstance("USD");

  /** 100,000 customers drawn by testkit with known effects of one numeric and one categorical. */
  private static CovariateBase base(int n, long seed) {
    return CovariateBase.of(RepeatBuyerBase.withSeed(seed).customers(n))
        .numeric("income", 0.4, -0.3)
        .categorical(
            "channel",
            List.of("store", "web", "app"),
            new double[] {0, 0.5, -0.2},
            new double[] {0, 0.3, 0});
  }

  private static Covariates covariates(CovariateBase.Drawn drawn) {
    return Covariates.builder(drawn.customers())
        .numeric("income", drawn.numeric().get("income"))
        .categorical("channel", drawn.categorical().get("channel"), "store")
        .build();
  }

  private static final Map<String, Double> TRUE_EFFECTS =
      Map.of(
          "purchase:income", 0.4,
          "dropout:income", -0.3,
          "purchase:channel=web", 0.5,
          "purchase:channel=app", -0.2,
          "dropout:channel=web", 0.3,
          "dropout:channel=app", 0.0);

  private static final Map<String, Double> AT_REFERENCE =
      Map.of("income", 0.0, "channel=web", 0.0, "channel=app", 0.0);

  private static void assertEffectsRecovered(ModelFit<CovariateModel> fit) {
    assertThat(fit.effects()).containsExactlyInAnyOrderElementsOf(TRUE_EFFECTS.keySet());
    int inside95 = 0;
    for (Map.Entry<String, Double> e : TRUE_EFFECTS.entrySet()) {
      ConfidenceInterval ci = fit.interval(e.getKey(), 0.999);
      assertThat(e.getValue())
          .as("%s: fitted %s, 99.9%% interval %s", e.getKey(), fit.model().parameters(), ci)
          .isBetween(ci.lower(), ci.upper());
      assertThat(fit.standardErrors().get(e.getKey())).isLessThan(0.1);
      if (e.getValue() >= fit.lower().get(e.getKey())
          && e.getValue() <= fit.upper().get(e.getKey())) {
        inside95++;
      }
    }
    assertThat(inside95).isGreaterThanOrEqualTo(TRUE_EFFECTS.size() - 2);
  }

  @Test
  void bgNbdRecoversKnownEffectsFromOneHundredThousandTestkitCustomers() {
    CovariateBase.Drawn drawn = base(100_000, 11).bgNbd(0.25, 4.0, 0.8, 2.5, Duration.ofDays(7));
    ClvData data =
        ClvData.fromPurchases(
            drawn.purchases(), LocalDate.of(2024, 12, 31), ZoneOffset.UTC, TimeScale.WEEK, USD);
    Covariates z = covariates(drawn);
    ModelFit<CovariateModel> fit = BgNbd.fitWithCovariates(data, z, z, FitOptions.defaults());
    assertEffectsRecovered(fit);
    BgNbd ref = (BgNbd) fit.model().forCustomer(AT_REFERENCE);
    assertThat(ref.r()).isCloseTo(0.25, within(0.03));
    assertThat(ref.alpha()).isCloseTo(4.0, within(0.6));
    assertThat(ref.a()).isCloseTo(0.8, within(0.15));
    assertThat(ref.b()).isCloseTo(2.5, within(0.6));
    assertThat(fit.customers()).isEqualTo(100_000);
  }

  @Test
  void paretoNbdRecoversKnownEffectsFromOneHundredThousandTestkitCustomers() {
    CovariateBase.Drawn drawn =
        base(100_000, 12).paretoNbd(0.55, 10.5, 0.6, 12.0, Duration.ofDays(7));
    ClvData data =
        ClvData.fromPurchases(
            drawn.purchases(), LocalDate.of(2024, 12, 31), ZoneOffset.UTC, TimeScale.WEEK, USD);
    Covariates z = covariates(drawn);
    ModelFit<CovariateModel> fit = ParetoNbd.fitWithCovariates(data, z, z, FitOptions.defaults());
    assertEffectsRecovered(fit);
    ParetoNbd ref = (ParetoNbd) fit.model().forCustomer(AT_REFERENCE);
    assertThat(ref.r()).isCloseTo(0.55, within(0.08));
    assertThat(ref.alpha()).isCloseTo(10.5, within(2.0));
  }

  /** With every effect 0 the model is its baseline: same likelihood, same predictions. */
  @Test
  void zeroEffectsGiveTheBaselineModel() {
    BgNbd m = new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK);
    ClvData data = m.simulate(new SplittableRandom(5), ClvFitTest.ages(2_000, 5));
    Covariates z = numeric(data, new SplittableRandom(6));
    CovariateModel c = new CovariateModel(m, Map.of("u", 0.0), Map.of("u", 0.0), Map.of("u", 0.3));
    assertThat(c.logLikelihood(data, z)).isCloseTo(m.logLikelihood(data), within(1e-6));
    assertThat(c.probabilityAlive(data, z))
        .containsExactly(m.probabilityAlive(data), within(1e-12));
    assertThat(c.conditionalExpectedPurchases(data, z, 10))
        .containsExactly(m.conditionalExpectedPurchases(data, 10), within(1e-9));
  }

  /** The optimiser's gradient equals finite differences of its likelihood, for every model. */
  @Test
  void gradientEqualsFiniteDifferences() {
    for (CovariateFitting.Kind kind : CovariateFitting.Kind.values()) {
      ClvData data =
          new BgNbd(0.5, 3.0, 0.7, 2.0, TimeScale.WEEK)
              .simulate(new SplittableRandom(3), ClvFitTest.ages(300, 3));
      double[] zz = new double[data.size() * 3];
      SplittableRandom rng = new SplittableRandom(4);
      for (int i = 0; i < data.size(); i++) {
        zz[3 * i] = rng.nextGaussian();
        zz[3 * i + 1] = rng.nextInt(2);
        zz[3 * i + 2] = rng.nextGaussian();
      }
      CovariateFitting.Groups g = CovariateFitting.Groups.of(data, zz, 3);
      double[] theta = {
        Math.log(0.6), Math.log(2.5), Math.log(0.9), Math.log(1.7), 0.3, -0.2, 0.25
      };
      double[] grad = new double[theta.length];
      CovariateFitting.negativeLogLikelihood(kind, g, 2, theta, grad);
      for (int i = 0; i < theta.length; i++) {
        double h = 1e-6;
        double[] up = theta.clone();
        double[] down = theta.clone();
        up[i] += h;
        down[i] -= h;
        double[] ignored = new double[theta.length];
        double fd =
            (CovariateFitting.negativeLogLikelihood(kind, g, 2, up, ignored)
                    - CovariateFitting.negativeLogLikelihood(kind, g, 2, down, ignored))
                / (2 * h);
        assertThat(grad[i])
            .as("%s d/dtheta[%d]", kind, i)
            .isCloseTo(fd, within(1e-4 * (1 + Math.abs(fd))));
      }
    }
  }

  /** The likelihood over groups equals the sum of the customers' models' likelihoods. */
  @Test
  void groupedLikelihoodEqualsTheSumOverCustomers() {
    ParetoNbd m = new ParetoNbd(0.55, 10.5, 0.6, 12.0, TimeScale.WEEK);
    ClvData data = m.simulate(new SplittableRandom(8), ClvFitTest.ages(1_500, 8));
    Covariates z = numeric(data, new SplittableRandom(9));
    CovariateModel c = new CovariateModel(m, Map.of("u", 0.4), Map.of("u", -0.5), Map.of("u", 0.1));
    double direct = 0;
    for (int i = 0; i < data.size(); i++) {
      TransactionModel one = c.forCustomer(z.row(data.customer(i)));
      direct += one.logLikelihood(data.x(i), data.tx(i), data.age(i));
    }
    assertThat(c.logLikelihood(data, z)).isCloseTo(direct, within(1e-9 * Math.abs(direct)));
    // A higher covariate value means a larger purchase rate and a larger dropout rate.
    ParetoNbd high = (ParetoNbd) c.forCustomer(Map.of("u", 1.1));
    assertThat(high.alpha()).isCloseTo(10.5 * Math.exp(-0.4), within(1e-9));
    assertThat(high.beta()).isCloseTo(12.0 * Math.exp(0.5), within(1e-9));
  }

  @Test
  void aFittedModelSurvivesSerialisation() throws Exception {
    CovariateModel c =
        new CovariateModel(
            new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK),
            Map.of("u", 0.4),
            Map.of("u", -0.5),
            Map.of("u", 0.1));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(c);
    }
  }

  @Test
  void refusesWhatCannotBeEstimated() {
    BgNbd m = new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK);
    ClvData data = m.simulate(new SplittableRandom(5), ClvFitTest.ages(500, 5));
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      ids.add(data.customer(i));
    }
    double[] constant = new double[data.size()];
    java.util.Arrays.fill(constant, 3);
    Covariates flat = Covariates.builder(ids).numeric("k", constant).build();
    assertThatThrownBy(() -> BgNbd.fitWithCovariates(data, flat, flat, FitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'k'")
        .hasMessageContaining("same value");
    Covariates partial =
        Covariates.builder(ids.subList(0, 10)).numeric("k", new double[10]).build();
    assertThatThrownBy(() -> BgNbd.fitWithCovariates(data, partial, partial, FitOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(data.customer(10).toString());
    List<String> one = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      one.add("web");
    }
    assertThatThrownBy(() -> Covariates.builder(ids).categorical("channel", one))
        .hasMessageContaining("two levels");
    assertThatThrownBy(() -> Covariates.builder(ids).numeric("a=b", constant))
        .hasMessageContaining("'a=b'");
    Covariates none = flat.select(List.of());
    assertThatThrownBy(() -> BgNbd.fitWithCovariates(data, none, none, FitOptions.defaults()))
        .hasMessageContaining("both be empty");
  }

  @Test
  void categoricalCovariatesAreDummyCodedAgainstTheirReference() {
    List<CustomerId> ids = List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"));
    Covariates z =
        Covariates.builder(ids)
            .categorical("channel", List.of("web", "store", "app"))
            .numeric("age", new double[] {30, 40, 50})
            .build();
    assertThat(z.names()).containsExactly("channel=store", "channel=web", "age");
    assertThat(z.row(CustomerId.of("b")))
        .containsExactly(
            Map.entry("channel=store", 1.0), Map.entry("channel=web", 0.0), Map.entry("age", 40.0));
    Covariates r =
        Covariates.builder(ids)
            .categorical("channel", List.of("web", "store", "app"), "web")
            .build();
    assertThat(r.names()).containsExactly("channel=app", "channel=store");
    assertThat(z.select(List.of("age")).names()).containsExactly("age");
    assertThat(z.select(List.of("channel")).names())
        .containsExactly("channel=store", "channel=web");
  }

  private static Covariates numeric(ClvData data, SplittableRandom rng) {
    List<CustomerId> ids = new ArrayList<>();
    double[] u = new double[data.size()];
    for (int i = 0; i < data.size(); i++) {
      ids.add(data.customer(i));
      u[i] = rng.nextGaussian();
    }
    return Covariates.builder(ids).numeric("u", u).build();
  }
}
