package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crmkit rewards replay}: the issue's example, rejections with lines, strict input. */
class RewardsCliTest {
  @TempDir Path dir;

  static final String PROGRAMME =
      """
      {"currency": "USD", "earn": {"pointsPerUnit": 1}, "pending": "P14D",
       "expiry": {"after": "P365D"}, "redemptionOrder": "earliest-expiry",
       "negativeBalance": "debt", "tiers": [{"name": "base", "threshold": 0},
       {"name": "silver", "threshold": 500}, {"name": "gold", "threshold": 2000}],
       "tierWindow": "P365D", "downgrade": "recompute"}
      """;

  static final String EVENTS =
      """
      {"id": "e1", "type": "purchase", "member": "m1", "at": "2026-01-05T10:00:00Z", \
      "order": "o1", "amount": "USD 120.00"}
      {"id": "e2", "type": "return", "member": "m1", "at": "2026-01-07T09:00:00Z", \
      "order": "o1", "amount": "USD 20.00"}
      {"id": "e3", "type": "redemption", "member": "m1", "at": "2026-03-01T12:00:00Z", \
      "points": 50}
      {"id": "e4", "type": "redemption-cancel", "member": "m1", \
      "at": "2026-03-02T12:00:00Z", "redemption": "e3"}
      {"id": "e5", "type": "adjustment", "member": "m1", "at": "2026-03-03T12:00:00Z", \
      "points": -10, "reason": "goodwill reversal"}
      {"id": "e1", "type": "purchase", "member": "m1", "at": "2026-01-05T10:00:00Z", \
      "order": "o1", "amount": "USD 120.00"}
      {"id": "f1", "type": "redemption", "member": "m2", "at": "2026-03-01T12:00:00Z", \
      "points": 5}
      """;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void replaysTheIssuesExampleAndAccountsForEveryLine() throws IOException {
    Path p = write("p.json", PROGRAMME);
    Path e = write("e.jsonl", EVENTS);
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "rewards",
            "replay",
            "--programme",
            p.toString(),
            "--events",
            e.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    JsonNode m1 = j.path("members").get(0);
    assertThat(m1.path("member").asText()).isEqualTo("m1");
    assertThat(m1.path("available").asLong()).isEqualTo(90);
    assertThat(m1.path("earned").asLong()).isEqualTo(120);
    assertThat(m1.path("returned").asLong()).isEqualTo(20);
    assertThat(m1.path("redeemed").asLong()).isZero();
    assertThat(m1.path("tier").asText()).isEqualTo("base");
    assertThat(m1.path("nextExpiry").path("at").asText()).isEqualTo("2027-01-05T10:00:00Z");
    JsonNode ev = j.path("events");
    assertThat(ev.path("received").asLong()).isEqualTo(7);
    assertThat(ev.path("applied").asLong()).isEqualTo(5);
    assertThat(ev.path("duplicates").asLong()).isEqualTo(1);
    assertThat(ev.path("rejected").asLong()).isEqualTo(1);
    JsonNode rej = j.path("rejections").get(0);
    assertThat(rej.path("line").asLong()).isEqualTo(7);
    assertThat(rej.path("id").asText()).isEqualTo("f1");
    assertThat(rej.path("reason").asText()).isEqualTo("insufficient-points");
    CrmkitCliTest.Result csv =
        CrmkitCliTest.run(
            "rewards",
            "replay",
            "--programme",
            p.toString(),
            "--events",
            e.toString(),
            "--format",
            "csv",
            "--as-of",
            "2027-02-01T00:00:00Z");
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out().lines().findFirst())
        .contains(
            "member,available,pending,debt,earned,redeemed,expired,returned,adjusted,tier,"
                + "qualifying,next_expiry_points,next_expiry_at");
    // A year after the purchase its points have expired.
    assertThat(csv.out()).contains("m1,0,0,0,120,0,90,20,-10,base,0,,");
  }

  @Test
  void brokenInputIsAnErrorWithItsFileAndLine() throws IOException {
    Path p = write("p.json", PROGRAMME);
    Path e = write("e.jsonl", EVENTS.replace("\"points\": 50}", "\"points\": 50, \"coupon\": 1}"));
    CrmkitCliTest.Result r =
        CrmkitCliTest.run(
            "rewards", "replay", "--programme", p.toString(), "--events", e.toString());
    assertThat(r.code()).isEqualTo(Crmkit.DATA_ERROR);
    assertThat(r.err()).contains("e.jsonl:3", "$.coupon");
    Path blank = write("b.jsonl", "\n" + EVENTS);
    assertThat(
            CrmkitCliTest.run(
                    "rewards", "replay", "--programme", p.toString(), "--events", blank.toString())
                .err())
        .contains("b.jsonl:1", "empty line");
    Path badProgramme = write("bad.json", PROGRAMME.replace("\"P14D\"", "\"two weeks\""));
    CrmkitCliTest.Result bp =
        CrmkitCliTest.run(
            "rewards", "replay", "--programme", badProgramme.toString(), "--events", e.toString());
    assertThat(bp.code()).isEqualTo(Crmkit.DATA_ERROR);
    assertThat(bp.err()).contains("bad.json", "$.pending");
    CrmkitCliTest.Result asOf =
        CrmkitCliTest.run(
            "rewards",
            "replay",
            "--programme",
            p.toString(),
            "--events",
            write("ok.jsonl", EVENTS).toString(),
            "--as-of",
            "tomorrow");
    assertThat(asOf.code()).isEqualTo(2);
    assertThat(asOf.err()).contains("--as-of");
  }
}
