package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.DefinitionFormatException;
import org.junit.jupiter.api.Test;

class ClvModelJsonTest {
  private static final String CDNOW =
      """
      {"model": "bgnbd", "timeUnit": "week",
       "parameters": {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426},
       "spend": {"model": "gamma-gamma", "parameters": {"p": 6.25, "q": 3.74, "gamma": 15.44}}}
      """;

  @Test
  void readsAModelWithItsSpendModel() {
    ClvModel m = ClvModelJson.read(CDNOW);
    assertThat(m.transactions()).isEqualTo(new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK));
    assertThat(m.spend()).contains(new GammaGamma(6.25, 3.74, 15.44));
    assertThat(m.covariates()).isEmpty();
  }

  @Test
  void readsCovariateEffectsAroundTheReferenceCustomer() {
    ClvModel m =
        ClvModelJson.read(
            """
            {"model": "paretonbd", "timeUnit": "day",
             "parameters": {"r": 0.55, "alpha": 10.5, "s": 0.6, "beta": 11.7},
             "covariates": {"purchase": {"age": {"effect": 0.1}}, "dropout": {},
                            "reference": {"age": 40}}}
            """);
    CovariateModel c = m.covariates().orElseThrow();
    assertThat(c.baseline()).isEqualTo(m.transactions());
    assertThat(c.purchaseEffects()).containsEntry("age", 0.1);
    assertThat(c.dropoutEffects()).isEmpty();
    assertThat(c.reference()).containsEntry("age", 40.0);
  }

  @Test
  void everyProblemIsAnErrorAtItsPath() {
    String[][] cases = {
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1,\"b\":1},\"extra\":1}",
        "$.extra"
      },
      {"{\"model\":\"bg-nbd\",\"timeUnit\":\"week\",\"parameters\":{}}", "$.model"},
      {"{\"model\":\"bgnbd\",\"timeUnit\":\"fortnight\",\"parameters\":{}}", "$.timeUnit"},
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1}}",
        "$.parameters.b"
      },
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1,\"s\":1}}",
        "$.parameters.s"
      },
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":\"1\",\"alpha\":1,\"a\":1,\"b\":1}}",
        "$.parameters.r"
      },
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":-1,\"alpha\":1,\"a\":1,\"b\":1}}",
        "$.parameters"
      },
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1,\"b\":1},"
            + "\"spend\":{\"model\":\"lognormal\",\"parameters\":{}}}",
        "$.spend.model"
      },
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1,\"b\":1},"
            + "\"covariates\":{\"purchase\":{\"x\":{\"effect\":1,\"se\":2}},\"dropout\":{},\"reference\":{\"x\":0}}}",
        "$.covariates.purchase.x.se"
      },
      {
        "{\"model\":\"bgnbd\",\"timeUnit\":\"week\",\"parameters\":{\"r\":1,\"alpha\":1,\"a\":1,\"b\":1},"
            + "\"covariates\":{\"purchase\":{\"x\":{\"effect\":1}},\"dropout\":{},\"reference\":{}}}",
        "$.covariates"
      },
      {"{\"model\":\"bgnbd\",\"model\":\"bgnbd\"}", "$"},
      {"[1]", "$"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> ClvModelJson.read(c[0]))
          .as(c[0])
          .isInstanceOfSatisfying(
              DefinitionFormatException.class, e -> assertThat(e.getMessage()).startsWith(c[1]));
    }
    assertThatThrownBy(() -> ClvModelJson.read(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyNullArgumentIsRefusedByName() {
    com.google.common.testing.NullPointerTester npe =
        new com.google.common.testing.NullPointerTester()
            .setDefault(
                TransactionModel.class, new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK))
            .setDefault(ClvModel.class, ClvModelJson.read(CDNOW))
            .setDefault(GammaGamma.class, new GammaGamma(6.25, 3.74, 15.44));
    npe.testAllPublicStaticMethods(ClvModelJson.class);
    npe.testAllPublicStaticMethods(ClvModel.class);
    npe.testAllPublicInstanceMethods(ClvModelJson.read(CDNOW));
  }
}
