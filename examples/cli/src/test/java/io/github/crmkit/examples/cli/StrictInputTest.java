package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's strict input and output: each test fails on the lax reader it replaced. */
class StrictInputTest {
  @TempDir Path dir;

  static CrmkitCliTest.Result run(String... args) {
    return CrmkitCliTest.run(args);
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void codeCodesIncidentsFromRfc4180CsvAndEvaluatesAgainstHumanCodes() throws IOException {
    Path f =
        write(
            "incidents.csv",
            String.join(
                "\r\n",
                "\uFEFFid,narrative,code",
                "a,\"We waited an hour, and then \"\"the manager\"\" said sorry.\",1B",
                "b,\"The waitress was lovely.\nReally.\",3A",
                "c,직원이 불친절했어요,3A",
                "d,\"Slow, and the waiter was rude.\",3B",
                ""));
    CrmkitCliTest.Result r = run("code", "--incidents", f.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    JsonNode incidents = j.path("incidents");
    assertThat(incidents).hasSize(4);
    assertThat(incidents.get(0).path("id").asText()).isEqualTo("a");
    assertThat(incidents.get(0).path("code").asText()).isEqualTo("1B");
    assertThat(incidents.get(0).path("matched").toString()).contains("wait");
    assertThat(incidents.get(0).path("candidates").toString()).isEqualTo("[\"1B\"]");
    // No term in "the waitress was lovely": uncoded, code null, no candidates.
    assertThat(incidents.get(1).path("code").isNull()).isTrue();
    assertThat(incidents.get(1).path("candidates")).isEmpty();
    assertThat(incidents.get(2).path("code").asText()).isEqualTo("3A");
    JsonNode e = j.path("evaluation");
    assertThat(e.path("incidents").asInt()).isEqualTo(4);
    assertThat(e.path("coded").asInt() + e.path("uncoded").asInt()).isEqualTo(4);
    assertThat(e.path("accuracy").asDouble()).isBetween(0.0, 1.0);
    assertThat(e.path("perCategory").isArray()).isTrue();
    assertThat(e.path("perCategory").get(0).has("precision")).isTrue();
    assertThat(e.has("cohenKappa")).isTrue();
    // Without a code column there is no evaluation.
    Path plain = write("plain.csv", "id,narrative\nx,The food was cold\n");
    CrmkitCliTest.Result p = run("code", "--incidents", plain.toString(), "--format", "json");
    assertThat(p.code()).as(p.err()).isZero();
    assertThat(p.json().has("evaluation")).isFalse();
    // A group code, an unknown column and a broken quote are data errors with a line.
    Path group = write("group.csv", "id,narrative,code\nx,slow,1\n");
    CrmkitCliTest.Result g = run("code", "--incidents", group.toString());
    assertThat(g.code()).isEqualTo(3);
    assertThat(g.err()).contains("group.csv:2", "code '1'", "1A, 1B");
    Path open = write("open.csv", "id,narrative\nx,\"never closed\n");
    assertThat(run("code", "--incidents", open.toString()).err()).contains("open.csv:2", "quoted");
    Path csvOut = write("formula.csv", "id,narrative\n=HYPERLINK(1),slow\n");
    CrmkitCliTest.Result c = run("code", "--incidents", csvOut.toString(), "--format", "csv");
    assertThat(c.out().lines().toList().get(1)).startsWith("\"'=HYPERLINK(1)\",1B,");
  }

  @Test
  void summariesEndingInALoneCarriageReturnLoseNoRow() throws IOException {
    // Regression: old Mac line endings dropped rows silently.
    StringBuilder sb = new StringBuilder("x,t_x,T\r");
    for (int i = 0; i < 300; i++) {
      int x = i % 5;
      sb.append(x).append(',').append(x == 0 ? 0 : 10 + i % 7).append(',').append(30 + i % 9);
      sb.append('\r');
    }
    Path f = write("cr.csv", sb.toString());
    CrmkitCliTest.Result r =
        run("clv", "fit", "--summary", f.toString(), "--penalty", "0.01", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().path("customers").asInt()).isEqualTo(300);
  }

  @Test
  void summaryNumbersWithTypeSuffixesOrHexAreErrorsWithALocation() throws IOException {
    // Regression: Double.parseDouble took "12d" as 12 and "0x1p3" as 8 without a word.
    for (String bad : new String[] {"12d", "0x1p3", "Infinity"}) {
      Path f = write("suffix.csv", "x,t_x,T\n1,10,30\n2," + bad + ",40\n");
      CrmkitCliTest.Result r = run("clv", "fit", "--summary", f.toString());
      assertThat(r.code()).as(bad).isEqualTo(3);
      assertThat(r.err()).contains("suffix.csv:3, column t_x: not a decimal number: '" + bad + "'");
    }
  }

  @Test
  void invalidUtf8DuplicateColumnsAndShortRowsAreErrorsWithALocation() throws IOException {
    byte[] head = "id,x,t_x,T\nok,1,2,3\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'b', (byte) 0xC3, (byte) 0x28, ',', '1', ',', '2', ',', '3', '\n'};
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Path f = write("bad-utf8.csv", all);
    CrmkitCliTest.Result r = run("clv", "fit", "--summary", f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err())
        .contains("bad-utf8.csv:3", "invalid UTF-8 at byte offset " + (head.length + 1));
    Path dup = write("dup.csv", "x,t_x,T,x\n1,2,3,4\n");
    assertThat(run("clv", "fit", "--summary", dup.toString()).err())
        .contains("dup.csv:1", "'x' appears twice");
    Path shortRow = write("short.csv", "x,t_x,T\n1,2,3\n1,2\n");
    assertThat(run("clv", "fit", "--summary", shortRow.toString()).err())
        .contains("short.csv:3", "expected 3 fields");
  }

  @Test
  void jsonInputsAreStrict() throws IOException {
    Path policy = policy();
    String ok =
        "{\"id\": \"x\", \"category\": \"1A\", \"severity\": 2, \"failureType\": \"outcome\","
            + " \"orderValue\": \"USD 10.00\"";
    List<String[]> cases =
        List.of(
            new String[] {ok + ", \"severty\": 3}", "$[0].severty: unknown member"},
            new String[] {
              ok.replace("\"severity\": 2", "\"severity\": \"2\"") + "}",
              "$[0].severity: expected an integer"
            },
            new String[] {
              ok.replace("\"severity\": 2", "\"severity\": 2.9") + "}",
              "$[0].severity: expected an integer"
            },
            new String[] {ok + ", \"dishonesty\": \"yes\"}", "$[0].dishonesty: expected true"},
            new String[] {ok + ", \"category\": \"1B\"}", "Duplicate field 'category'"},
            new String[] {
              ok.replace("\"outcome\"", "\"OUTCOMES\"") + "}",
              "$[0].failureType: 'OUTCOMES' is not one of outcome, process"
            },
            new String[] {
              ok + ", \"customer\": {\"loyalty\": \"fan\"}}", "$[0].customer.loyalty: 'fan'"
            },
            new String[] {ok.replace("\"severity\": 2", "\"severity\": NaN") + "}", "not valid"});
    for (String[] c : cases) {
      Path f = write("incidents.json", "[" + c[0] + "]");
      CrmkitCliTest.Result r =
          run("recover", "--policy", policy.toString(), "--incidents", f.toString());
      assertThat(r.code()).as(c[0]).isEqualTo(3);
      assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("at io.github", "No enum");
    }
    Path params =
        write(
            "params.json",
            "{\"model\": \"bgnbd\", \"timeUnit\": \"week\", \"parameters\": {\"r\": 0.24,"
                + " \"alpha\": 4.4, \"a\": 0.79, \"b\": 2.4, \"c\": 1}}");
    Path summary = write("summary.csv", "x,t_x,T\n1,2,3\n0,0,5\n");
    CrmkitCliTest.Result p =
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--parameters",
            params.toString(),
            "--horizon",
            "4");
    assertThat(p.code()).isEqualTo(3);
    assertThat(p.err())
        .contains("$.parameters.c: unexpected member; allowed here: [r, alpha, a, b]");
    Path deep = write("deep.json", "[".repeat(200) + "]".repeat(200));
    assertThat(run("recover", "--policy", policy.toString(), "--incidents", deep.toString()).err())
        .contains("not valid JSON");
    Path map =
        write(
            "map.json",
            "{\"name\": \"m\", \"rules\": [{\"name\": \"a\", \"r\": [1, 5], \"x\": [1, 2]}]}");
    Path purchases = write("p.csv", "customer_id,date,amount\na,2024-01-01,10.00\n");
    CrmkitCliTest.Result r =
        run(
            "rfm",
            "--transactions",
            purchases.toString(),
            "--segments",
            map.toString(),
            "--as-of",
            "2024-02-01");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("$.rules[0].x: unexpected member");
  }

  @Test
  void aFitFailureSuggestsTheCommandsOptionAndThePenaltyReachesGammaGamma() throws IOException {
    StringBuilder none = new StringBuilder("x,t_x,T\n");
    for (int i = 0; i < 200; i++) {
      none.append("0,0,").append(20 + i % 7).append('\n');
    }
    Path f = write("none.csv", none.toString());
    CrmkitCliTest.Result r = run("clv", "fit", "--summary", f.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("--penalty 0.01").doesNotContain("FitOptions");
    StringBuilder spend = new StringBuilder("x,t_x,T,zbar\n");
    for (int i = 0; i < 400; i++) {
      int x = i % 6;
      spend.append(x).append(',').append(x == 0 ? 0 : 5 + i % 20).append(',').append(30);
      spend.append(',').append(x == 0 ? 0 : 10 + (i * 7919 % 50)).append('\n');
    }
    Path s = write("spend.csv", spend.toString());
    JsonNode plain =
        run("clv", "fit", "--summary", s.toString(), "--spend", "gamma-gamma", "--format", "json")
            .json();
    JsonNode penalised =
        run(
                "clv",
                "fit",
                "--summary",
                s.toString(),
                "--spend",
                "gamma-gamma",
                "--penalty",
                "5",
                "--format",
                "json")
            .json();
    assertThat(penalised.path("spend").path("parameters").path("p").asDouble())
        .isNotEqualTo(plain.path("spend").path("parameters").path("p").asDouble());
  }

  @Test
  void schedulesAreStrictBoundedAndLongSpansAreQuick() throws IOException {
    String ok =
        "{\"zone\": \"Europe/London\", \"windows\": [{\"days\": [\"MON\", \"TUE\"],"
            + " \"start\": \"09:00\", \"end\": \"17:00\"}]";
    Path unknown = write("s1.json", ok + ", \"holiday\": []}");
    CrmkitCliTest.Result r =
        run(
            "business-time",
            "between",
            "--schedule",
            unknown.toString(),
            "--from",
            "2026-01-05T09:00Z",
            "--to",
            "2026-01-06T09:00Z");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("$.holiday: unexpected member");
    Path day = write("s2.json", ok.replace("\"TUE\"", "\"TU\"") + "}");
    assertThat(
            run(
                    "business-time",
                    "between",
                    "--schedule",
                    day.toString(),
                    "--from",
                    "2026-01-05T09:00Z",
                    "--to",
                    "2026-01-06T09:00Z")
                .err())
        .contains("$.windows[0].days[1]: not a day", "expected monday to sunday, or mon to sun");
    // Regression: a 100 MB schedule ended in OutOfMemoryError; files over 16 MiB are refused
    // unread.
    Path huge = dir.resolve("huge.json");
    try (java.io.Writer w = Files.newBufferedWriter(huge)) {
      w.write(ok + ", \"holidays\": [");
      String item = "\"2026-01-01\",";
      for (long n = 0; n < (17L << 20) / item.length(); n++) {
        w.write(item);
      }
      w.write("\"2026-01-02\"]}");
    }
    CrmkitCliTest.Result big =
        run(
            "business-time",
            "between",
            "--schedule",
            huge.toString(),
            "--from",
            "2026-01-05T09:00Z",
            "--to",
            "2026-01-06T09:00Z");
    assertThat(big.code()).isEqualTo(3);
    assertThat(big.err()).contains("more than the limit");
    // Thousands of years are counted, not walked day by day.
    Path good = write("s3.json", ok + "}");
    CrmkitCliTest.Result span =
        run(
            "business-time",
            "between",
            "--schedule",
            good.toString(),
            "--from",
            "1000-01-01T00:00Z",
            "--to",
            "9000-01-01T00:00Z",
            "--format",
            "json");
    assertThat(span.code()).as(span.err()).isZero();
    assertThat(span.json().path("business").asText()).startsWith("PT").endsWith("H");
  }

  private Path policy() throws IOException {
    return write(
        "policy.json", io.github.crmkit.recovery.policy.PolicyJson.write(CliFixtures.policy()));
  }
}
