package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmkitCliTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(out);
      } catch (IOException e) {
        throw new AssertionError(out, e);
      }
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Crmkit.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** A summary file drawn from known BG/NBD parameters, without an id column. */
  Path simulatedSummary() throws IOException {
    double[] ages = new double[5_000];
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < ages.length; i++) {
      ages[i] = rng.nextDouble(30, 40);
    }
    ClvData d =
        new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK).simulate(new SplittableRandom(4), ages);
    StringBuilder sb = new StringBuilder("x,t_x,T\n");
    for (int i = 0; i < d.size(); i++) {
      sb.append(d.x(i)).append(',').append(d.tx(i)).append(',').append(d.age(i)).append('\n');
    }
    return write("summary.csv", sb.toString());
  }

  /**
   * SLF4J has a provider: no "No SLF4J providers were found" lines on every run's stderr. (Its
   * levels are read once per JVM, so they are checked by running the jar, not here.)
   */
  @Test
  void libraryLoggingGoesToAProvider() {
    Crmkit.logging(false);
    assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isNotNull();
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
        .doesNotContain("NOP")
        .contains("Simple");
  }

  @Test
  void helpAndUsageErrors() {
    assertThat(run("--help").code()).isZero();
    assertThat(run("clv", "fit", "--help").out()).contains("--summary", "--model");
    Result none = run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("crmkit: ").doesNotContain("at io.github");
    assertThat(run("clv", "fit", "--model", "nbd", "--summary", "x.csv").code()).isEqualTo(2);
    assertThat(run("clv", "fit").code()).isEqualTo(2);
  }

  @Test
  void versionNeedsNoSubcommandAndHelpStillListsThemAll() {
    for (String flag : new String[] {"--version", "-V"}) {
      Result v = run(flag);
      assertThat(v.code()).isZero();
      // The build's own version (Maven passes it to the tests), never a string in the code.
      assertThat(v.out().trim()).isEqualTo("crmkit " + System.getProperty("crmkit.version"));
    }
    assertThat(run("--help").out())
        .contains("demo", "rfm", "recover", "clv", "code", "agreement", "business-time");
  }

  @Test
  void exitCodesComeFromOneMapper() {
    assertThat(Crmkit.exitCode(new DataException("p.csv", 2, "bad row"))).isEqualTo(3);
    assertThat(Crmkit.exitCode(new java.io.UncheckedIOException(new java.io.IOException("x"))))
        .isEqualTo(3);
    assertThat(
            Crmkit.exitCode(
                new io.github.crmkit.core.CurrencyMismatchException(
                    java.util.Currency.getInstance("USD"), java.util.Currency.getInstance("EUR"))))
        .isEqualTo(3);
    assertThat(Crmkit.exitCode(new IllegalArgumentException("x"))).isEqualTo(2);
    assertThat(Crmkit.exitCode(new IllegalStateException("bug"))).isEqualTo(1);
    // And through the command line: a usage mistake is 2, a missing file 3.
    assertThat(run("rfm", "--bins", "many").code()).isEqualTo(2);
    assertThat(run("rfm", "--transactions", "/nonexistent/purchases.csv").code()).isEqualTo(3);
  }

  @Test
  void completionCoversEveryCommandAndOption() {
    String script = picocli.AutoComplete.bash("crmkit", new picocli.CommandLine(new Crmkit()));
    assertThat(script)
        .contains("demo", "rfm", "recover", "clv", "code", "agreement", "business-time", "rewards")
        .contains("--transactions", "--method", "--jdbc-url", "--as-of", "--format");
  }

  @Test
  void clvFitPrintsTheDocumentedJsonAndPredictUsesIt() throws IOException {
    Path summary = simulatedSummary();
    Result fit = run("clv", "fit", "--summary", summary.toString(), "--format", "json");
    assertThat(fit.code()).as(fit.err()).isZero();
    JsonNode j = fit.json();
    assertThat(j.path("model").asText()).isEqualTo("bgnbd");
    assertThat(j.path("customers").asInt()).isEqualTo(5_000);
    assertThat(j.path("converged").asBoolean()).isTrue();
    assertThat(j.path("iterations").asInt()).isPositive();
    assertThat(j.path("parameters").path("r").asDouble()).isCloseTo(0.25, within(0.05));
    assertThat(j.path("standardErrors").has("alpha")).isTrue();
    Path params = write("params.json", fit.out());
    Path csv = dir.resolve("predictions.csv");
    Result predict =
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--parameters",
            params.toString(),
            "--horizon",
            "52",
            "--format",
            "csv",
            "--out",
            csv.toString());
    assertThat(predict.code()).as(predict.err()).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(5_001);
    assertThat(lines.get(0)).isEqualTo("customer_id,x,t_x,T,p_alive,expected_purchases");
    assertThat(lines.get(1)).startsWith("1,");
    Result table = run("clv", "fit", "--summary", summary.toString(), "--model", "paretonbd");
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("paretonbd fitted on 5000 customers", "beta");
  }

  @Test
  void clvPredictWritesJsonLinesWithTheMembersOfTheJsonPredictions() throws IOException {
    Path summary = simulatedSummary();
    String[] common = {
      "clv", "predict", "--summary", summary.toString(), "--horizon", "52", "--format"
    };
    Result json = run(concat(common, "json"));
    assertThat(json.code()).as(json.err()).isZero();
    Result lines = run(concat(common, "jsonl"));
    assertThat(lines.code()).as(lines.err()).isZero();
    assertThat(lines.out()).endsWith("}\n").doesNotContain("\r").doesNotContain("\n\n");
    String[] rows = lines.out().split("\n");
    JsonNode predictions = json.json().path("predictions");
    assertThat(rows).hasSize(predictions.size()).hasSize(5_000);
    for (int i = 0; i < rows.length; i += 97) {
      // Each line is one whole JSON object with the JSON document's entry's members and values (a
      // whole number may be written 1 in one and 1.0 in the other).
      JsonNode line = Json.MAPPER.readTree(rows[i]);
      JsonNode entry = predictions.get(i);
      assertThat(line.size()).isEqualTo(entry.size());
      for (var e : entry.properties()) {
        JsonNode v = line.get(e.getKey());
        if (e.getValue().isNumber()) {
          assertThat(v.isNumber()).isTrue();
          assertThat(v.doubleValue()).as(e.getKey()).isEqualTo(e.getValue().doubleValue());
        } else {
          assertThat(v).isEqualTo(e.getValue());
        }
      }
    }
    // Every other command refuses jsonl as a usage error instead of printing something else.
    Result fit = run("clv", "fit", "--summary", summary.toString(), "--format", "jsonl");
    assertThat(fit.code()).isEqualTo(2);
    assertThat(fit.err()).contains("--format jsonl", "clv predict");
    assertThat(fit.out()).isEmpty();
  }

  private static String[] concat(String[] a, String b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = b;
    return r;
  }

  @Test
  void clvWithoutASpendColumnNeverPrintsAMonetaryValue() throws IOException {
    // Regression: predictions on a summary without spend printed a CLV from a mean spend of 0.
    Path summary = simulatedSummary();
    Result fit = run("clv", "fit", "--summary", summary.toString(), "--format", "json");
    assertThat(fit.code()).as(fit.err()).isZero();
    String withSpend =
        fit.out().trim().replaceFirst("\\}$", "")
            + ", \"spend\": {\"model\": \"gamma-gamma\", \"parameters\":"
            + " {\"p\": 6.25, \"q\": 3.74, \"gamma\": 15.44}}}";
    Path params = write("params-spend.json", withSpend);
    Result predict =
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--parameters",
            params.toString(),
            "--horizon",
            "52",
            "--format",
            "json");
    assertThat(predict.code()).as(predict.err()).isZero();
    assertThat(predict.err()).contains("no spend column", "left out");
    JsonNode first = predict.json().path("predictions").get(0);
    assertThat(first.has("clv")).isFalse();
    assertThat(first.has("expected_spend")).isFalse();
    Result fitSpend = run("clv", "fit", "--summary", summary.toString(), "--spend", "gamma-gamma");
    assertThat(fitSpend.code()).isEqualTo(3);
    assertThat(fitSpend.err()).contains("no spend column");
  }

  @Test
  void clvFromTransactionsWithDateFormatAndWhitespace() throws IOException {
    Path tx =
        write(
            "tx.txt",
            """
            id day cds dollars
            a 19970101 1 10.00
            a 19970101 2 5.50
            a 19970115 1 20.00
            b 19970102 1 7.00
            b 19970301 1 -3.00
            c 19970103 1 9.00
            c 19970220 1 9.00
            c 19970310 1 11.00
            """);
    Result r =
        run(
            "clv",
            "predict",
            "--transactions",
            tx.toString(),
            "--calibration-end",
            "1997-03-31",
            "--delimiter",
            "whitespace",
            "--id-column",
            "id",
            "--date-column",
            "day",
            "--amount-column",
            "dollars",
            "--date-format",
            "yyyyMMdd",
            "--horizon",
            "10",
            "--penalty",
            "0.1",
            "--format",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 of 8 rows rejected");
    assertThat(r.out().lines()).hasSize(4);
    assertThat(r.out()).contains("a,1,2,12.", "c,2,9.428571428571429,");
  }

  @Test
  void dataErrorsNameTheFileAndLine() throws IOException {
    Path bad = write("bad.csv", "x,t_x,T\n1,2,3\n2,two,5\n");
    Result r = run("clv", "fit", "--summary", bad.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().trim())
        .isEqualTo("crmkit: " + bad + ":3, column t_x: not a decimal number: 'two'");
    Path noColumns = write("cols.csv", "a,b\n1,2\n");
    assertThat(run("clv", "fit", "--summary", noColumns.toString()).err())
        .contains(":1, column x: the header has no column 'x' (it has [a, b])");
    Result missing = run("clv", "fit", "--summary", dir.resolve("nope.csv").toString());
    assertThat(missing.code()).isEqualTo(3);
    Result debug = run("clv", "fit", "--summary", bad.toString(), "--debug");
    assertThat(debug.err()).contains("at io.github.crmkit.examples.cli");
  }

  @Test
  void cdnowThroughTheCommandLine() {
    Path cdnow =
        Path.of("../../../shared/data/cdnow/cdnow_customers_summary_with_transactions.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(cdnow), "CDNOW data absent");
    Result r =
        run(
            "clv",
            "fit",
            "--summary",
            cdnow.toString(),
            "--spend",
            "gamma-gamma",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.path("parameters").path("alpha").asDouble()).isCloseTo(4.414, within(0.001));
    assertThat(j.path("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.05));
    assertThat(j.path("spend").path("parameters").path("p").asDouble())
        .isCloseTo(6.25, within(0.01));
  }

  @Test
  void businessTimeAddAndBetween() throws IOException {
    Path schedule =
        write(
            "hours.json",
            "{\"zone\": \"Europe/London\", \"windows\": [{\"days\": [\"MON\", \"TUE\", \"WED\","
                + " \"THU\", \"FRI\"], \"start\": \"09:00\", \"end\": \"17:00\"}],"
                + " \"holidays\": [\"2026-04-03\"]}");
    Result add =
        run(
            "business-time",
            "add",
            "--schedule",
            schedule.toString(),
            "--start",
            "2026-05-15T16:00",
            "--duration",
            "PT4H",
            "--format",
            "json");
    assertThat(add.code()).as(add.err()).isZero();
    assertThat(add.json().path("due").asText()).isEqualTo("2026-05-18T11:00:00Z");
    assertThat(add.json().path("dueLocal").asText()).startsWith("2026-05-18T12:00+01:00");
    Result between =
        run(
            "business-time",
            "between",
            "--schedule",
            schedule.toString(),
            "--from",
            "2026-04-02T09:00:00+01:00",
            "--to",
            "2026-04-06T17:00",
            "--format",
            "json");
    assertThat(between.json().path("business").asText()).isEqualTo("PT16H");
    Path badZone = write("zone.json", "{\"zone\": \"Mars/Base\", \"windows\": []}");
    Result bad =
        run(
            "business-time",
            "between",
            "--schedule",
            badZone.toString(),
            "--from",
            "2026-01-01T00:00",
            "--to",
            "2026-01-02T00:00");
    assertThat(bad.code()).isEqualTo(3);
    assertThat(bad.err()).contains("unknown zone 'Mars/Base'");
  }

  @Test
  void agreementOnKrippendorffsExample() throws IOException {
    // Krippendorff (2004, p. 227): two coders, 12 units, nominal alpha 0.7341.
    String a = "aabbbbbccccc";
    String b = "abbbbbcccccc";
    StringBuilder sb = new StringBuilder("unit,coder,code\n");
    for (int i = 0; i < 12; i++) {
      sb.append("u").append(i).append(",A,").append(a.charAt(i)).append('\n');
      sb.append("u").append(i).append(",B,").append(b.charAt(i)).append('\n');
    }
    sb.append("u12,A,\nu12,B,c\n");
    Path codings = write("codings.csv", sb.toString());
    Result r = run("agreement", "--codings", codings.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.path("units").asInt()).isEqualTo(13);
    assertThat(j.path("coders").asInt()).isEqualTo(2);
    JsonNode alpha = null;
    for (JsonNode s : j.path("statistics")) {
      if (s.path("name").asText().equals("krippendorff-alpha")) {
        alpha = s;
      }
    }
    assertThat(alpha).isNotNull();
    assertThat(alpha.path("value").asDouble()).isCloseTo(0.7341, within(0.00005));
    assertThat(alpha.path("defined").asBoolean()).isTrue();
    assertThat(j.path("statistics")).hasSize(8);
    Result ordinal =
        run("agreement", "--codings", codings.toString(), "--level", "ordinal", "--format", "json");
    assertThat(ordinal.code()).isEqualTo(3);
    assertThat(ordinal.err()).contains(":2: code 'a' is not numeric");
    Result table = run("agreement", "--codings", codings.toString(), "--statistic", "cohen");
    assertThat(table.out()).contains("cohen-kappa");
  }

  @Test
  void rfmScoresSegmentsAndWritesEveryCustomer() throws IOException {
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    SplittableRandom rng = new SplittableRandom(8);
    for (int c = 0; c < 300; c++) {
      int n = 1 + rng.nextInt(6);
      for (int k = 0; k < n; k++) {
        sb.append("c")
            .append(c)
            .append(',')
            .append(java.time.LocalDate.of(2025, 1, 1).plusDays(rng.nextInt(365)))
            .append(',')
            .append(rng.nextInt(1, 20_000) / 100.0)
            .append('\n');
      }
    }
    sb.append("bad,2025-03-01,-5.00\n");
    Path tx = write("tx.csv", sb.toString());
    Result json = run("rfm", "--transactions", tx.toString(), "--format", "json", "--quiet");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode j = json.json();
    assertThat(j.path("customers").asInt()).isEqualTo(300);
    assertThat(j.path("rejected").asInt()).isEqualTo(1);
    assertThat(j.path("boundaries").path("r")).hasSize(4);
    long total = 0;
    for (JsonNode seg : j.path("segments")) {
      total += seg.path("customers").asLong();
      assertThat(seg.has("revenue")).isTrue();
    }
    assertThat(total).isEqualTo(300);
    Path out = dir.resolve("rfm.csv");
    Result csv =
        run(
            "rfm",
            "--transactions",
            tx.toString(),
            "--format",
            "csv",
            "--out",
            out.toString(),
            "--segments",
            "putler11",
            "--bins",
            "5",
            "--as-of",
            "2026-01-01");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.err()).contains("1 of");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(301);
    assertThat(lines.get(0)).isEqualTo("customer_id,recency_days,frequency,monetary,r,f,m,segment");
    assertThat(lines.get(1)).matches("c0,\\d+,\\d+,\\d+\\.\\d\\d,[1-5],[1-5],[1-5],.+");
    Path map =
        write(
            "map.json",
            "{\"name\": \"two\", \"rules\": [{\"name\": \"Recent\", \"r\": [4, 5]}],"
                + " \"fallback\": \"Rest\"}");
    Result custom = run("rfm", "--transactions", tx.toString(), "--segments", map.toString());
    assertThat(custom.code()).as(custom.err()).isZero();
    assertThat(custom.out()).contains("Recent", "Rest");
    Path charts = dir.resolve("charts");
    Result withReport =
        run("rfm", "--transactions", tx.toString(), "--report", charts.toString(), "--quiet");
    assertThat(withReport.code()).as(withReport.err()).isZero();
    assertThat(Files.readString(charts.resolve("index.html")))
        .contains("rf-heatmap.png", "300 customers");
    assertThat(javax.imageio.ImageIO.read(charts.resolve("rf-heatmap.png").toFile())).isNotNull();
    Result days =
        run(
            "rfm",
            "--transactions",
            tx.toString(),
            "--frequency",
            "days",
            "--monetary",
            "mean",
            "--method",
            "ntile");
    assertThat(days.code()).as(days.err()).isZero();
    assertThat(run("rfm", "--transactions", tx.toString(), "--frequency", "weekly").code())
        .isEqualTo(2);
    Path bad = write("bad.csv", "customer_id,timestamp,amount\nc1,2025-13-01,1.00\n");
    Result r = run("rfm", "--transactions", bad.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("bad.csv:2: date '2025-13-01' is not a valid date");
  }

  @Test
  void recoverPlansEachIncidentWithItsSources() throws IOException {
    io.github.crmkit.recovery.policy.RecoveryPolicy policy = CliFixtures.policy();
    Path p = write("policy.json", io.github.crmkit.recovery.policy.PolicyJson.write(policy));
    Path incidents =
        write(
            "incidents.json",
            """
            [{"id": "I-1", "category": "1B", "severity": 2, "failureType": "outcome",
              "valueTier": "gold", "orderValue": "USD 120.00",
              "customer": {"stone": "economic"}},
             {"id": "I-2", "category": "1A", "severity": 1, "failureType": "process",
              "dishonesty": true, "daysSincePreviousFailure": 5, "valueTier": "silver",
              "orderValue": "USD 10.00"}]
            """);
    Result r =
        run(
            "recover",
            "--policy",
            p.toString(),
            "--incidents",
            incidents.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j).hasSize(2);
    assertThat(j.get(0).path("compensation").asText()).isEqualTo("USD 12.00");
    assertThat(j.get(0).path("firedRules").size()).isPositive();
    assertThat(j.get(1).path("escalate").asBoolean()).isTrue();
    assertThat(j.get(1).path("severity").asInt()).isGreaterThan(1);
    Result table = run("recover", "--policy", p.toString(), "--incidents", incidents.toString());
    assertThat(table.out()).contains("I-1: severity", "I-2:");
    Path bad =
        write(
            "bad.json",
            "[{\"id\": \"x\", \"category\": \"1A\", \"severity\": 9, \"failureType\": \"outcome\", \"orderValue\": \"USD 1\"}]");
    Result b = run("recover", "--policy", p.toString(), "--incidents", bad.toString());
    assertThat(b.code()).isEqualTo(3);
    assertThat(b.err()).contains("$[0].severity: must be 1 to 5, but was 9");
  }

  @Test
  void demoRunsEverythingWithOneJsonKeyPerSection() {
    Result json = run("demo", "--customers", "2000", "--seed", "7", "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode j = json.json();
    assertThat(j.fieldNames())
        .toIterable()
        .containsExactly("rfm", "customers", "nps", "clv", "incidents", "recovery", "rewards");
    JsonNode rewards = j.path("rewards");
    assertThat(rewards.path("members").asLong()).isEqualTo(2000);
    long byTier = 0;
    for (JsonNode n : rewards.path("membersByTier")) {
      byTier += n.asLong();
    }
    assertThat(byTier).isEqualTo(2000);
    JsonNode events = rewards.path("events");
    assertThat(events.path("received").asLong())
        .isEqualTo(40_000)
        .isEqualTo(
            events.path("applied").asLong()
                + events.path("duplicates").asLong()
                + events.path("rejected").asLong());
    assertThat(rewards.path("pointsExpiringIn90Days").asLong())
        .isBetween(0L, rewards.path("pointsOutstanding").asLong());
    assertThat(j.path("rfm").path("customers").asInt()).isEqualTo(2000);
    long inSegments = 0;
    for (JsonNode s : j.path("rfm").path("segments")) {
      inSegments += s.path("customers").asLong();
    }
    assertThat(inSegments).isEqualTo(2000);
    assertThat(j.path("nps").path("score").asDouble()).isBetween(-100.0, 100.0);
    assertThat(j.path("clv").path("meanProbabilityAlive").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.path("incidents").path("coded")).hasSize(5);
    assertThat(j.path("recovery")).hasSize(3);
    // The same seed gives the same report.
    assertThat(run("demo", "--customers", "2000", "--seed", "7", "--format", "json").out())
        .isEqualTo(json.out());
    Result text = run("demo", "--customers", "500");
    assertThat(text.out())
        .contains("RFM (Putler 11)", "NPS", "BG/NBD", "Recovery plans", "Loyalty programme");
    assertThat(run("demo", "--customers", "5").code()).isEqualTo(2);
  }

  @Test
  void demoWritesAnHtmlReportWithCharts() throws IOException {
    Path report = dir.resolve("report");
    Result r = run("demo", "--customers", "1500", "--out", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(report.resolve("index.html"));
    for (String png :
        List.of(
            "segments.png",
            "segment-revenue.png",
            "rewards-tiers.png",
            "rf-heatmap.png",
            "p-alive.png",
            "expected.png",
            "journey.png")) {
      assertThat(html).contains("src=\"" + png + "\"");
      java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(report.resolve(png).toFile());
      assertThat(img).as(png).isNotNull();
      assertThat(img.getWidth()).isEqualTo(Charts.W);
    }
    assertThat(html).contains("RFM (Putler 11)");
  }
}
