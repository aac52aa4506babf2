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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoringServiceTest {
  @LocalServerPort int port;

  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAndScoring() throws Exception {
    HttpResponse<String> health =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    HttpResponse<String> score =
        post(
            "/rfm/score",
            "{\"customerId\":\"c1\",\"recencyDays\":3,\"frequency\":12,\"monetary\":900.0}");
    assertThat(score.statusCode()).as(score.body()).isEqualTo(200);
    assertThat(score.body()).contains("\"r\":5", "\"segment\":\"Champions\"");
    HttpResponse<String> set =
        post(
            "/rfm/boundaries",
            "{\"recency\":[10,20,30,40],\"frequency\":[1,2,3,4],\"monetary\":[10,20,30,40]}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
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
    assertThat(invalid.body()).contains("recencyDays must not be negative");
    HttpResponse<String> missing = post("/recovery/plan", "{\"category\":\"1B\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("are required");
    HttpResponse<String> big =
        post("/incidents/code", "{\"id\":\"x\",\"narrative\":\"" + "a".repeat(100_000) + "\"}");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.body()).contains("Payload too large");
  }
}
