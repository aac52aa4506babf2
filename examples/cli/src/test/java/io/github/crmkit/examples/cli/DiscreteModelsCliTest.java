package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv fit --model sbg|bgbb} on the published data sets. */
class DiscreteModelsCliTest {
  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void sbgFromSurvivors() throws IOException {
    Path f =
        write(
            "survivors.csv",
            "period,survivors\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n");
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv", "fit", "--model", "sbg", "--survivors", f.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.path("model").asText()).isEqualTo("sbg");
    assertThat(j.path("parameters").path("alpha").asDouble()).isCloseTo(0.704, within(0.0005));
    assertThat(j.path("parameters").path("beta").asDouble()).isCloseTo(1.182, within(0.0005));
    assertThat(j.path("logLikelihood").asDouble()).isCloseTo(-1680.27, within(0.01));
    assertThat(j.path("retention")).hasSize(10);
    Path bad = write("bad.csv", "period,survivors\n0,100\n2,90\n");
    CrmkitCliTest.Result b =
        CrmkitCliTest.run("clv", "fit", "--model", "sbg", "--survivors", bad.toString());
    assertThat(b.code()).isEqualTo(3);
    assertThat(b.err()).contains("bad.csv:3", "periods must run 0, 1, 2");
  }

  @Test
  void bgbbFromASummaryWithCounts() throws IOException {
    StringBuilder sb = new StringBuilder("x,t_x,n,count\n");
    for (int[] row : BgBbRows.DONATIONS) {
      sb.append(row[0]).append(',').append(row[1]).append(",6,").append(row[2]).append('\n');
    }
    Path f = write("donations.csv", sb.toString());
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv", "fit", "--model", "bgbb", "--summary", f.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.path("customers").asLong()).isEqualTo(11_104);
    assertThat(j.path("parameters").path("delta").asDouble()).isCloseTo(2.7838, within(0.0005));
    assertThat(j.path("logLikelihood").asDouble()).isCloseTo(-33225.58, within(0.01));
    Path bad = write("bad.csv", "x,t_x,n\n3,2,6\n");
    CrmkitCliTest.Result b =
        CrmkitCliTest.run("clv", "fit", "--model", "bgbb", "--summary", bad.toString());
    assertThat(b.code()).isEqualTo(3);
    assertThat(b.err()).contains("bad.csv:2", "x <= tx");
  }

  @Test
  void sbgPredictsSurvivalRetentionProjectionsAndDerl() throws IOException {
    Path f =
        write(
            "survivors.csv",
            "period,survivors\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n");
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv",
            "predict",
            "--model",
            "sbg",
            "--survivors",
            f.toString(),
            "--horizon",
            "12",
            "--discount-rate",
            "0.1",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode rows = r.json().path("predictions");
    assertThat(rows).hasSize(13);
    io.github.crmkit.segmentation.clv.ShiftedBetaGeometric m =
        io.github.crmkit.segmentation.clv.ShiftedBetaGeometric.fit(
                new long[] {1000, 631, 468, 382, 326, 289, 262, 241})
            .model();
    for (int t = 0; t <= 12; t++) {
      JsonNode row = rows.get(t);
      assertThat(row.path("survival").asDouble()).isCloseTo(m.survival(t), within(1e-12));
      assertThat(row.path("projected_survivors").asDouble())
          .isCloseTo(1000 * m.survival(t), within(1e-9));
      assertThat(row.path("derl").asDouble())
          .isCloseTo(m.discountedExpectedResidualLifetime(0.1, t), within(1e-12));
    }
    // Survival falls, retention rises: the sorting effect of heterogeneous churn.
    assertThat(rows.get(12).path("retention").asDouble())
        .isGreaterThan(rows.get(1).path("retention").asDouble());
    CrmkitCliTest.Result frac =
        CrmkitCliTest.run(
            "clv", "predict", "--model", "sbg", "--survivors", f.toString(), "--horizon", "2.5");
    assertThat(frac.code()).isEqualTo(2);
    assertThat(frac.err()).contains("whole periods");
  }

  @Test
  void bgbbPredictsPerSummaryRow() throws IOException {
    StringBuilder sb = new StringBuilder("x,t_x,n,count\n");
    int[] x = new int[BgBbRows.DONATIONS.length];
    int[] tx = new int[x.length];
    int[] n = new int[x.length];
    long[] count = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      int[] row = BgBbRows.DONATIONS[i];
      sb.append(row[0]).append(',').append(row[1]).append(",6,").append(row[2]).append('\n');
      x[i] = row[0];
      tx[i] = row[1];
      n[i] = 6;
      count[i] = row[2];
    }
    Path f = write("donations.csv", sb.toString());
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "clv",
            "predict",
            "--model",
            "bgbb",
            "--summary",
            f.toString(),
            "--horizon",
            "5",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    io.github.crmkit.segmentation.clv.BetaGeometricBetaBinomial m =
        io.github.crmkit.segmentation.clv.BetaGeometricBetaBinomial.fit(x, tx, n, count).model();
    JsonNode rows = r.json().path("predictions");
    assertThat(rows).hasSize(22);
    for (int i = 0; i < x.length; i++) {
      assertThat(rows.get(i).path("p_alive").asDouble())
          .isCloseTo(m.probabilityAlive(x[i], tx[i], 6), within(1e-12));
      assertThat(rows.get(i).path("expected_transactions").asDouble())
          .isCloseTo(m.conditionalExpectedTransactions(5, x[i], tx[i], 6), within(1e-12));
    }
  }

  /** The donation data of Fader, Hardie and Shang (2010): (x, t_x, count), n = 6. */
  static final class BgBbRows {
    static final int[][] DONATIONS = {
      {0, 0, 3464}, {1, 1, 1091}, {1, 2, 277}, {1, 3, 129}, {1, 4, 78}, {1, 5, 119}, {1, 6, 129},
      {2, 2, 613}, {2, 3, 255}, {2, 4, 155}, {2, 5, 173}, {2, 6, 234}, {3, 3, 322}, {3, 4, 181},
      {3, 5, 225}, {3, 6, 357}, {4, 4, 240}, {4, 5, 284}, {4, 6, 512}, {5, 5, 335}, {5, 6, 728},
      {6, 6, 1203}
    };
  }
}
