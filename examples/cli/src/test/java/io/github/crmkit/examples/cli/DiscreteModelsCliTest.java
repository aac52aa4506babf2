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
