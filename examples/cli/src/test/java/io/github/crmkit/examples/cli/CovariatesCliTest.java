package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.CovariateModel;
import io.github.crmkit.segmentation.clv.Covariates;
import io.github.crmkit.segmentation.clv.ParetoNbd;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv fit|predict --covariates FILE}. */
class CovariatesCliTest {
  @TempDir Path dir;
  Path summary;
  Path covariates;

  /** 20,000 Pareto/NBD customers whose income and channel act on both processes. */
  @BeforeEach
  void simulate() throws IOException {
    int n = 20_000;
    SplittableRandom rng = new SplittableRandom(31);
    List<CustomerId> ids = new ArrayList<>();
    double[] income = new double[n];
    List<String> channel = new ArrayList<>();
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ids.add(CustomerId.of("k" + i));
      income[i] = 3 + rng.nextGaussian();
      channel.add(rng.nextBoolean() ? "web" : "store");
      ages[i] = rng.nextDouble(30, 60);
    }
    Covariates z =
        Covariates.builder(ids).numeric("income", income).categorical("channel", channel).build();
    CovariateModel truth =
        new CovariateModel(
            new ParetoNbd(0.6, 9.0, 0.7, 11.0, TimeScale.WEEK),
            Map.of("income", 0.4, "channel=web", 0.5),
            Map.of("income", -0.3, "channel=web", 0.0),
            Map.of("income", 3.0, "channel=web", 0.0));
    ClvData data = truth.simulate(rng, ages, z);
    StringBuilder s = new StringBuilder("customer_id,x,t_x,T\n");
    StringBuilder c = new StringBuilder("customer_id,income,channel\n");
    for (int i = 0; i < n; i++) {
      s.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%.17g,%.17g%n",
              data.customer(i).value(),
              data.x(i),
              data.tx(i),
              data.age(i)));
      c.append(ids.get(i).value())
          .append(',')
          .append(income[i])
          .append(',')
          .append(channel.get(i))
          .append('\n');
    }
    c.append("late-joiner,2.5,web\n");
    summary = write("summary.csv", s.toString());
    covariates = write("covariates.csv", c.toString());
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void fitReportsEffectsWithStandardErrorsAndPredictsFromItsOwnJson() throws IOException {
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv",
            "fit",
            "--model",
            "paretonbd",
            "--summary",
            summary.toString(),
            "--covariates",
            covariates.toString(),
            "--categorical",
            "channel",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    JsonNode p = j.path("covariates").path("purchase");
    JsonNode d = j.path("covariates").path("dropout");
    assertEffect(p.path("income"), 0.4);
    assertEffect(p.path("channel=web"), 0.5);
    assertEffect(d.path("income"), -0.3);
    assertEffect(d.path("channel=web"), 0.0);
    assertThat(j.path("covariates").path("reference").path("income").asDouble())
        .isCloseTo(3.0, within(0.05));
    assertThat(j.path("covariates").path("rows").path("received").asLong()).isEqualTo(20_001);
    assertThat(j.path("covariates").path("rows").path("unmatched").asLong()).isEqualTo(1);
    assertThat(j.path("standardErrors").path("r").asDouble()).isPositive();

    Path params = write("fit.json", r.out());
    CrmkitCliTest.Result fromJson =
        CrmkitCliTest.run(
            "clv",
            "predict",
            "--model",
            "paretonbd",
            "--summary",
            summary.toString(),
            "--covariates",
            covariates.toString(),
            "--categorical",
            "channel",
            "--parameters",
            params.toString(),
            "--horizon",
            "10",
            "--format",
            "csv");
    CrmkitCliTest.Result fitted =
        CrmkitCliTest.run(
            "clv",
            "predict",
            "--model",
            "paretonbd",
            "--summary",
            summary.toString(),
            "--covariates",
            covariates.toString(),
            "--categorical",
            "channel",
            "--horizon",
            "10",
            "--format",
            "csv");
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    assertThat(fromJson.out()).isEqualTo(fitted.out());
    CrmkitCliTest.Result plain =
        CrmkitCliTest.run(
            "clv",
            "predict",
            "--model",
            "paretonbd",
            "--summary",
            summary.toString(),
            "--horizon",
            "10",
            "--format",
            "csv");
    assertThat(fitted.out()).isNotEqualTo(plain.out());
    CrmkitCliTest.Result noCov =
        CrmkitCliTest.run(
            "clv",
            "predict",
            "--model",
            "paretonbd",
            "--summary",
            summary.toString(),
            "--parameters",
            params.toString(),
            "--horizon",
            "10");
    assertThat(noCov.code()).isEqualTo(2);
    assertThat(noCov.err()).contains("--covariates");
  }

  private static void assertEffect(JsonNode e, double truth) {
    double se = e.path("standardError").asDouble();
    assertThat(se).isPositive().isLessThan(0.1);
    assertThat(e.path("effect").asDouble()).isCloseTo(truth, within(4 * se));
    assertThat(e.path("lower").asDouble()).isLessThan(e.path("effect").asDouble());
  }

  @Test
  void refusesBadCovariatesLoudly() throws IOException {
    Path missing = write("missing.csv", "customer_id,income\nk0,1.5\nk1,2\n");
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv", "fit", "--summary", summary.toString(), "--covariates", missing.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("missing.csv", "no row for customer k2");

    Path text = write("text.csv", "customer_id,income\nk0,1.5\nk1,high\n");
    r =
        CrmkitCliTest.run(
            "clv", "fit", "--summary", summary.toString(), "--covariates", text.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("text.csv:3", "'income'", "decimal number");

    Path nan = write("nan.csv", "customer_id,income\nk0,NaN\n");
    r =
        CrmkitCliTest.run(
            "clv", "fit", "--summary", summary.toString(), "--covariates", nan.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("nan.csv:2");

    Path twice = write("twice.csv", "customer_id,income\nk0,1\nk0,2\n");
    r =
        CrmkitCliTest.run(
            "clv", "fit", "--summary", summary.toString(), "--covariates", twice.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("twice.csv:3", "first on line 2");

    r =
        CrmkitCliTest.run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--covariates",
            covariates.toString(),
            "--categorical",
            "region");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("'region'");

    r = CrmkitCliTest.run("clv", "fit", "--summary", summary.toString(), "--categorical", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("go with --covariates");
  }

  @Test
  void effectsCanBeLimitedToOneProcess() {
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv",
            "fit",
            "--model",
            "bgnbd",
            "--summary",
            summary.toString(),
            "--covariates",
            covariates.toString(),
            "--categorical",
            "channel",
            "--dropout-covariates",
            "none",
            "--purchase-covariates",
            "income",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode cov = r.json().path("covariates");
    assertThat(cov.path("purchase").size()).isEqualTo(1);
    assertThat(cov.path("purchase").has("income")).isTrue();
    assertThat(cov.path("dropout").size()).isZero();
  }
}
