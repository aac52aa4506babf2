package io.github.crmkit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service on a random port, called with a real HTTP client. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "crmkit.admin-token=test-token")
class ScoringServiceTest {
  @LocalServerPort int port;

  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return post(path, json, null);
  }

  HttpResponse<String> post(String path, String json, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertProblem(HttpResponse<String> r, int status, String... contains) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .as(r.body())
        .contains("application/problem+json");
    assertThat(r.body()).contains("\"status\":" + status);
    for (String c : contains) {
      assertThat(r.body()).contains(c);
    }
  }

  HttpResponse<String> postCsv(String path, String csv) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  @Test
  void aPostedCsvBatchIsSegmentedWithEveryRowAccountedFor() throws Exception {
    String csv =
        """
        customer_id,timestamp,amount
        alice,2026-01-05,12.50
        alice,2026-03-01T10:00:00,40.00
        bob,2025-11-20,5.00
        bob,2025-11-21,-5.00
        carol,2026-02-14,99.999
        """;
    HttpResponse<String> ok = postCsv("/rfm/segment?zone=Asia/Seoul", csv);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"asOf\":\"2026-03-02\"")
        .contains("\"received\":5,\"processed\":3")
        .contains("\"negative-amount\":1", "\"finer-than-minor-unit\":1")
        .contains("\"customerId\":\"alice\",\"recencyDays\":1,\"frequency\":2,\"monetary\":52.50")
        .contains("\"customerId\":\"bob\"")
        .doesNotContain("carol");
    assertProblem(
        postCsv("/rfm/segment", "customer_id,timestamp,amount\nalice,2026-02-30,1.00\n"),
        422,
        "request body:2, column timestamp");
    assertProblem(
        postCsv("/rfm/segment", "who,timestamp,amount\nalice,2026-01-05,1.00\n"),
        422,
        "no column 'customer_id'");
    assertProblem(postCsv("/rfm/segment?currency=XYZ", csv), 400, "currency");
    assertProblem(postCsv("/rfm/segment?zone=Mars/Base", csv), 400, "zone");
    assertProblem(postCsv("/rfm/segment?asOf=yesterday", csv), 400, "asOf");
    assertProblem(postCsv("/rfm/segment?boundaries=nope", csv), 404, "nope", "known: [default");
    assertProblem(postCsv("/rfm/segment", "customer_id,timestamp,amount\n"), 400, "no purchases");
  }

  @Test
  void boundarySetsAreNamedImmutableAndAdministrative() throws Exception {
    String customer =
        "{\"customerId\":\"c1\",\"recencyDays\":3,\"frequency\":12,\"monetary\":900.0";
    HttpResponse<String> before = post("/rfm/score", customer + "}");
    assertThat(before.body()).contains("\"boundaries\":\"default\"");
    String set =
        "{\"name\":\"%s\",\"recency\":[1,2,3,4],\"frequency\":[50,60,70,80],"
            + "\"monetary\":[5000,6000,7000,8000]}";
    // Regression: anyone could replace every caller's boundaries.
    assertProblem(post("/rfm/boundaries", String.format(set, "mine")), 401, "token");
    assertProblem(
        post("/rfm/boundaries", String.format(set, "mine"), "Bearer wrong"), 401, "token");
    HttpResponse<String> created =
        post("/rfm/boundaries", String.format(set, "strict"), "Bearer test-token");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertProblem(
        post("/rfm/boundaries", String.format(set, "strict"), "Bearer test-token"),
        409,
        "immutable");
    // Other callers' scores are unchanged; the set is used only when named, and named back.
    assertThat(post("/rfm/score", customer + "}").body()).isEqualTo(before.body());
    HttpResponse<String> strict = post("/rfm/score", customer + ",\"boundaries\":\"strict\"}");
    assertThat(strict.body()).contains("\"boundaries\":\"strict\"", "\"f\":1");
    assertProblem(post("/rfm/score", customer + ",\"boundaries\":\"nope\"}"), 404, "nope");
    assertThat(get("/rfm/boundaries").body())
        .contains("\"default\":\"testkit-42\"", "\"retail\":\"2026-11\"", "\"strict\":\"runtime\"");
    // A set loaded from its file at start-up scores with its version: 3 days < 30 (R 5), 12 >= 10
    // (F 5), 900 in [250, 1000) (M 4).
    assertThat(post("/rfm/score", customer + ",\"boundaries\":\"retail\"}").body())
        .contains("\"boundariesVersion\":\"2026-11\"", "\"cell\":\"554\"");
  }

  @Test
  void everyClientErrorIsAProblemNeverA500() throws Exception {
    String ok = "{\"customerId\":\"c1\",\"recencyDays\":3,\"frequency\":12,\"monetary\":900.0";
    assertProblem(post("/rfm/score", ok + ",\"extra\":1}"), 400, "$.extra");
    assertProblem(
        post("/rfm/score", ok.replace("\"recencyDays\":3", "\"recencyDays\":\"3\"") + "}"),
        400,
        "$.recencyDays");
    assertProblem(
        post("/rfm/score", ok.replace("\"recencyDays\":3", "\"recencyDays\":2.9") + "}"),
        400,
        "$.recencyDays");
    assertProblem(post("/rfm/score", ok + ",\"frequency\":3}"), 400, "Duplicate field");
    assertProblem(
        post("/rfm/score", ok.replace("900.0", "-5") + "}"),
        400,
        "monetary must be greater than or equal to 0, but was -5");
    String plan =
        "{\"category\":\"1B\",\"severity\":2,\"failureType\":\"outcome\","
            + "\"orderValue\":\"USD 80.00\"";
    // Regression: a missing occurredAt silently became 1970-01-01.
    assertProblem(post("/recovery/plan", plan + "}"), 400, "occurredAt must not be null");
    assertProblem(
        post("/recovery/plan", plan + ",\"occurredAt\":\"yesterday\"}"), 400, "occurredAt");
    assertProblem(
        post("/recovery/plan", plan + ",\"occurredAt\":\"+1000000000-01-01T00:00:00Z\"}"),
        422,
        "occurredAt");
    assertProblem(
        post(
            "/recovery/plan",
            plan.replace("USD 80.00", "KRW 8000") + ",\"occurredAt\":\"2026-05-15T15:00:00Z\"}"),
        422,
        "KRW");
    assertProblem(
        post(
            "/recovery/plan",
            plan.replace("outcome", "OUTCOME") + ",\"occurredAt\":\"2026-05-15T15:00:00Z\"}"),
        400,
        "failureType must match \\\"outcome|process\\\"");
    assertProblem(
        post(
            "/recovery/plan",
            plan + ",\"dishonesty\":\"yes\",\"occurredAt\":\"2026-05-15T15:00:00Z\"}"),
        400,
        "$.dishonesty");
    assertProblem(
        post(
            "/recovery/plan",
            plan.replace("USD 80.00", "USD -1") + ",\"occurredAt\":\"2026-05-15T15:00:00Z\"}"),
        400,
        "orderValue");
    String base = "http://localhost:" + port;
    assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/nowhere"))), 404);
    assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/rfm/score"))), 405);
    assertProblem(
        send(
            HttpRequest.newBuilder(URI.create(base + "/rfm/score"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(ok + "}"))),
        415);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
  }

  @Test
  void healthAndScoring() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"", "\"recoveryPolicy\":\"2026-11\"", "\"cdnow\"");
    HttpResponse<String> score =
        post(
            "/rfm/score",
            "{\"customerId\":\"c1\",\"recencyDays\":3,\"frequency\":12,\"monetary\":900.0}");
    assertThat(score.statusCode()).as(score.body()).isEqualTo(200);
    assertThat(score.body()).contains("\"r\":5", "\"segment\":\"Champions\"");
    HttpResponse<String> set =
        post(
            "/rfm/boundaries",
            "{\"name\":\"tight\",\"recency\":[10,20,30,40],\"frequency\":[1,2,3,4],"
                + "\"monetary\":[10,20,30,40]}",
            "Bearer test-token");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    HttpResponse<String> code =
        post(
            "/incidents/code",
            "{\"id\":\"I-1\",\"narrative\":\"We waited two hours for our table\"}");
    assertThat(code.statusCode()).as(code.body()).isEqualTo(200);
    assertThat(code.body()).contains("\"code\":\"1B\"");
    HttpResponse<String> plan =
        post(
            "/recovery/plan",
            "{\"category\":\"1B\",\"severity\":2,\"failureType\":\"outcome\",\"valueTier\":\"silver\","
                + "\"orderValue\":\"USD 80.00\",\"occurredAt\":\"2026-05-15T15:00:00Z\"}");
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
    // 24 business hours from Friday 16:00 London: three working days later, Wednesday 16:00.
    assertThat(plan.body())
        .contains("\"due\":\"2026-05-20T15:00:00Z\"", "\"compensation\":\"USD 8.00\"");
  }

  @Test
  void replaysOneMembersLoyaltyEvents() throws Exception {
    String body =
        """
        {"programme": {"currency": "USD", "pending": "P14D", "expiry": {"after": "P365D"},
          "tiers": [{"name": "base", "threshold": 0}, {"name": "silver", "threshold": 100}]},
         "events": [
          {"id": "e1", "type": "purchase", "member": "m1", "at": "2026-01-05T10:00:00Z",
           "order": "o1", "amount": "USD 120.00"},
          {"id": "e2", "type": "return", "member": "m1", "at": "2026-01-07T09:00:00Z",
           "order": "o1", "amount": "USD 20.00"},
          {"id": "e3", "type": "redemption", "member": "m1", "at": "2026-01-08T12:00:00Z",
           "points": 50},
          {"id": "e1", "type": "purchase", "member": "m1", "at": "2026-01-05T10:00:00Z",
           "order": "o1", "amount": "USD 120.00"}],
         "asOf": "2026-02-01T00:00:00Z"}
        """;
    HttpResponse<String> r = post("/rewards/replay", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains(
            "\"available\":100",
            "\"returned\":20",
            "\"tier\":\"silver\"",
            "\"duplicates\":1",
            "\"reason\":\"insufficient-points\"");
    HttpResponse<String> bad =
        post("/rewards/replay", body.replace("\"points\": 50}", "\"points\": 50, \"x\": 1}"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("events[2]", "$.x");
  }

  @Test
  void badRequestsGetProblemDetails() throws Exception {
    HttpResponse<String> malformed = post("/rfm/score", "{\"customerId\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(malformed.body()).contains("\"title\":\"Malformed request\"");
    HttpResponse<String> invalid =
        post(
            "/rfm/score",
            "{\"customerId\":\"c1\",\"recencyDays\":-3,\"frequency\":1,\"monetary\":1}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("recencyDays must be greater than or equal to 0");
    HttpResponse<String> missing = post("/recovery/plan", "{\"category\":\"1B\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains(
            "failureType must not be null",
            "occurredAt must not be null",
            "orderValue must not be null",
            "severity must not be null");
    HttpResponse<String> big =
        post("/incidents/code", "{\"id\":\"x\",\"narrative\":\"" + "a".repeat(100_000) + "\"}");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.body()).contains("Payload too large");
  }
}
