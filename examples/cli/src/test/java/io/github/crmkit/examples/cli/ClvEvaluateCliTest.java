package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv evaluate} on a simulated base: the documented JSON and the accounting. */
class ClvEvaluateCliTest {
  @TempDir Path dir;

  @Test
  void comparesModelsOnAHoldout() throws IOException {
    SplittableRandom rng = new SplittableRandom(21);
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    LocalDate start = LocalDate.of(2024, 1, 1);
    long rows = 0;
    for (int c = 0; c < 1_500; c++) {
      LocalDate first = start.plusDays(rng.nextInt(84));
      double rate = rng.nextDouble(0.01, 0.15);
      double death = rng.nextDouble(0.005, 0.05);
      for (LocalDate d = first; !d.isAfter(LocalDate.of(2024, 12, 31)); d = d.plusDays(1)) {
        if (d.equals(first) || rng.nextDouble() < rate) {
          sb.append('c').append(c).append(',').append(d).append(",10.00\n");
          rows++;
          if (!d.equals(first) && rng.nextDouble() < death * 7) {
            break;
          }
        }
      }
    }
    Path f = dir.resolve("tx.csv");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv",
            "evaluate",
            "--transactions",
            f.toString(),
            "--calibration-end",
            "2024-06-30",
            "--holdout-end",
            "2024-12-31",
            "--models",
            "bgnbd,mbgnbd",
            "--penalty",
            "0.01",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.path("calibration").path("customers").asInt()).isEqualTo(1_500);
    assertThat(j.path("rows").path("received").asLong()).isEqualTo(rows);
    // Every purchase is 10.00 on its own day: the holdout spend is ten per holdout transaction.
    assertThat(j.path("holdout").path("spend").asDouble())
        .isCloseTo(10.0 * j.path("holdout").path("transactions").asLong(), within(1e-6));
    assertThat(j.path("models")).hasSize(2);
    JsonNode bg = j.path("models").get(0);
    assertThat(bg.path("model").asText()).isEqualTo("bgnbd");
    for (String key :
        new String[] {"logLikelihood", "bic", "mae", "rmse", "correlation", "chiSquare"}) {
      assertThat(bg.path(key).isNumber()).as(key).isTrue();
    }
    assertThat(bg.path("totalHoldout").path("actual").asLong())
        .isEqualTo(j.path("holdout").path("transactions").asLong());
    assertThat(bg.path("periodTransactions")).hasSize(8);
    long binned = 0;
    for (JsonNode b : bg.path("periodTransactions")) {
      binned += b.path("actual").asLong();
    }
    assertThat(binned).isEqualTo(1_500);
    // The conditional expectations by calibration frequency account for every customer, and the
    // group means weighted by size give the totals.
    long grouped = 0;
    double predicted = 0;
    double actual = 0;
    for (JsonNode g : bg.path("conditionalByFrequency")) {
      grouped += g.path("customers").asLong();
      predicted += g.path("customers").asLong() * g.path("predicted").asDouble();
      actual += g.path("customers").asLong() * g.path("actual").asDouble();
    }
    assertThat(grouped).isEqualTo(1_500);
    assertThat(predicted)
        .isCloseTo(bg.path("totalHoldout").path("predicted").asDouble(), within(1e-6));
    assertThat(actual).isCloseTo(bg.path("totalHoldout").path("actual").asDouble(), within(1e-6));
    JsonNode last = bg.path("tracking").get(bg.path("tracking").size() - 1);
    assertThat(last.path("actualCumulative").asLong())
        .isEqualTo(
            j.path("calibration").path("repeatTransactions").asLong()
                + j.path("holdout").path("transactions").asLong());
    assertThat(j.path("ranking").path("bic")).hasSize(2);
    CrmkitCliTest.Result table =
        CrmkitCliTest.run(
            "clv",
            "evaluate",
            "--transactions",
            f.toString(),
            "--calibration-end",
            "2024-06-30",
            "--holdout-end",
            "2024-12-31",
            "--models",
            "bgnbd",
            "--penalty",
            "0.01");
    assertThat(table.out()).contains("model", "bgnbd", "holdout pred/act");
    Path report = dir.resolve("report");
    CrmkitCliTest.Result charts =
        CrmkitCliTest.run(
            "clv",
            "evaluate",
            "--transactions",
            f.toString(),
            "--calibration-end",
            "2024-06-30",
            "--holdout-end",
            "2024-12-31",
            "--models",
            "bgnbd",
            "--penalty",
            "0.01",
            "--report",
            report.toString(),
            "--quiet");
    assertThat(charts.code()).as(charts.err()).isZero();
    assertThat(Files.readString(report.resolve("index.html")))
        .contains("tracking-cumulative-bgnbd");
    for (String png :
        new String[] {
          "tracking-cumulative-bgnbd.png",
          "tracking-bgnbd.png",
          "histogram-bgnbd.png",
          "conditional-bgnbd.png",
          "alive-bgnbd.png"
        }) {
      java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(report.resolve(png).toFile());
      assertThat(img).as(png).isNotNull();
      assertThat(img.getWidth()).isEqualTo(Charts.W);
    }
    assertThat(
            CrmkitCliTest.run(
                    "clv",
                    "evaluate",
                    "--transactions",
                    f.toString(),
                    "--calibration-end",
                    "2024-06-30",
                    "--holdout-end",
                    "2024-06-30")
                .code())
        .isEqualTo(2);
  }

  @Test
  void predictDiscountsTheLifetimeValueWhenAskedTo() throws IOException {
    StringBuilder sb = new StringBuilder("x,t_x,T,zbar\n");
    SplittableRandom rng = new SplittableRandom(22);
    for (int i = 0; i < 400; i++) {
      int x = rng.nextInt(6);
      double age = 30 + rng.nextInt(10);
      double tx = x == 0 ? 0 : Math.min(age, 1 + rng.nextInt(30));
      sb.append(x).append(',').append(tx).append(',').append(age).append(',');
      sb.append(x == 0 ? 0 : 10 + rng.nextInt(40)).append('\n');
    }
    Path f = dir.resolve("summary.csv");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    String[] base = {
      "clv",
      "predict",
      "--summary",
      f.toString(),
      "--horizon",
      "52",
      "--spend",
      "gamma-gamma",
      "--penalty",
      "0.01",
      "--format",
      "json"
    };
    JsonNode plain = CrmkitCliTest.run(base).json().path("predictions");
    String[] zero = java.util.Arrays.copyOf(base, base.length + 2);
    zero[base.length] = "--discount-rate";
    zero[base.length + 1] = "0";
    JsonNode undiscounted = CrmkitCliTest.run(zero).json().path("predictions");
    String[] ten = zero.clone();
    ten[base.length + 1] = "0.1";
    JsonNode discounted = CrmkitCliTest.run(ten).json().path("predictions");
    assertThat(plain).hasSize(400);
    for (int i = 0; i < 400; i++) {
      double v = plain.get(i).path("clv").asDouble();
      assertThat(undiscounted.get(i).path("clv").asDouble())
          .isCloseTo(v, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, v)));
      assertThat(discounted.get(i).path("clv").asDouble()).isLessThan(v).isPositive();
    }
    String[] bad = zero.clone();
    bad[base.length + 1] = "-2";
    assertThat(CrmkitCliTest.run(bad).code()).isEqualTo(2);
  }
}
