package io.github.crmkit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scoring functions a calling service needs, each good and bad, every POST endpoint with an
 * oversized body, the timers Actuator keeps per endpoint, and the OpenAPI document against the one
 * checked into the project.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoringFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode ok(HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void profilesACustomer() throws Exception {
    JsonNode p =
        ok(
            post(
                "/customers/profile",
                """
                {"customerId": "c-9", "asOf": "2026-06-30T00:00:00Z",
                 "purchases": {"first": "2026-01-10T10:00:00Z", "last": "2026-06-20T10:00:00Z",
                               "count": 7, "total": "USD 310.00"},
                 "recommendScore": 10, "signals": {"deliveryShare": 0.9}}
                """));
    assertThat(p.get("customerId").asText()).isEqualTo("c-9");
    assertThat(p.get("lifecycleStatus").asText()).isNotBlank();
    assertThat(p.get("lifecycleStage").asText()).isNotBlank();
    assertThat(p.get("rung").asText()).isNotBlank();
    assertThat(p.get("explanation").asText()).contains("c-9");
    HttpResponse<String> bad =
        post(
            "/customers/profile",
            "{\"customerId\": \"\", \"asOf\": \"2026-06-30T00:00:00Z\", \"recommendScore\": 11}");
    ScoringServiceTest.assertProblem(
        bad,
        400,
        "customerId must not be blank",
        "recommendScore must be less than or equal to 10");
  }

  @Test
  void classifiesLoyalty() throws Exception {
    JsonNode l =
        ok(
            post(
                "/customers/loyalty",
                "{\"satisfaction\": 5, \"loyalty\": 5, \"recommend\": 10, \"repeatPurchaseRate\": 0.8}"));
    assertThat(l.get("quadrant").asText()).isEqualTo("apostle");
    assertThat(l.get("compositeScore").asDouble()).isBetween(50.0, 100.0);
    assertThat(l.get("complete").asBoolean()).isTrue();
    ScoringServiceTest.assertProblem(
        post("/customers/loyalty", "{\"satisfaction\": 6, \"loyalty\": 0}"),
        400,
        "loyalty must be greater than or equal to 1",
        "satisfaction must be less than or equal to 5");
  }

  @Test
  void scoresAPostedNpsBatch() throws Exception {
    // 200 promoters, 120 passives, 80 detractors of 400: NPS 30, adjusted Wald [22.15, 37.40].
    StringBuilder answers = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      answers.append(i > 0 ? "," : "").append(i < 200 ? 10 : i < 320 ? 7 : 3);
    }
    JsonNode n = ok(post("/surveys/nps", "{\"answers\": [" + answers + "]}"));
    assertThat(n.get("score").asDouble()).isCloseTo(30.0, Offset.offset(1e-9));
    assertThat(n.get("lower").asDouble()).isCloseTo(22.15, Offset.offset(0.01));
    assertThat(n.get("upper").asDouble()).isCloseTo(37.40, Offset.offset(0.01));
    assertThat(n.get("n").asLong()).isEqualTo(400);
    ScoringServiceTest.assertProblem(post("/surveys/nps", "{\"answers\": []}"), 400, "answers");
    ScoringServiceTest.assertProblem(
        post("/surveys/nps", "{\"answers\": [10, 11]}"), 400, "less than or equal to 10");
  }

  @Test
  void predictsWithANamedFittedModel() throws Exception {
    assertThat(ok(get("/clv/models")).get("cdnow").asText()).isEqualTo("fader-hardie-lee-2005");
    // Fader, Hardie and Lee (2005): x = 2, tx = 30.43, T = 38.86 weeks; 39 weeks ahead: 1.226.
    JsonNode p =
        ok(
            post(
                "/clv/cdnow/predict",
                "{\"x\": 2, \"tx\": 30.43, \"age\": 38.86, \"meanSpend\": 35.0, \"horizon\": 39}"));
    assertThat(p.get("expectedPurchases").asDouble()).isCloseTo(1.226, Offset.offset(0.001));
    assertThat(p.get("probabilityAlive").asDouble()).isBetween(0.0, 1.0);
    assertThat(p.get("lifetimeValue").asDouble()).isPositive();
    assertThat(p.get("modelVersion").asText()).isEqualTo("fader-hardie-lee-2005");
    // The horizon in another unit: 9 months is 39.1 weeks.
    JsonNode months =
        ok(
            post(
                "/clv/cdnow/predict",
                "{\"x\": 2, \"tx\": 30.43, \"age\": 38.86, \"horizon\": 9, \"horizonUnit\": \"MONTH\"}"));
    assertThat(months.get("expectedPurchases").asDouble()).isCloseTo(1.23, Offset.offset(0.01));
    assertThat(months.get("lifetimeValue").isNull()).isTrue();
    ScoringServiceTest.assertProblem(
        post("/clv/nope/predict", "{\"x\": 2, \"tx\": 3, \"age\": 4, \"horizon\": 1}"),
        404,
        "no model named 'nope'",
        "cdnow");
    ScoringServiceTest.assertProblem(
        post("/clv/cdnow/predict", "{\"x\": 2, \"tx\": 30, \"age\": 20, \"horizon\": 1}"),
        400,
        "tx must not exceed age");
    ScoringServiceTest.assertProblem(
        post("/clv/cdnow/predict", "{\"x\": -1, \"tx\": 0, \"age\": 0, \"horizon\": 1}"),
        400,
        "x must be greater than or equal to 0",
        "age must be greater than 0");
  }

  @Test
  void codesAnIncidentAndRefusesABadOne() throws Exception {
    JsonNode c =
        ok(
            post(
                "/incidents/code",
                "{\"id\": \"I-2\", \"narrative\": \"We waited two hours for a table\","
                    + " \"channel\": \"in-person\"}"));
    assertThat(c.get("code").asText()).isEqualTo("1B");
    assertThat(c.get("matches")).isNotEmpty();
    ScoringServiceTest.assertProblem(
        post("/incidents/code", "{\"id\": \"I-3\", \"narrative\": \" \"}"),
        400,
        "narrative must not be blank");
    ScoringServiceTest.assertProblem(
        post(
            "/incidents/code", "{\"id\": \"I-4\", \"narrative\": \"late\", \"channel\": \"mars\"}"),
        400,
        "mars");
  }

  @Test
  void everyPostEndpointRefusesAnOversizedBody() throws Exception {
    String big = "{\"pad\": \"" + "a".repeat(70_000) + "\"}";
    for (String path :
        List.of(
            "/rfm/score",
            "/rfm/boundaries",
            "/customers/profile",
            "/customers/loyalty",
            "/surveys/nps",
            "/clv/cdnow/predict",
            "/incidents/code",
            "/recovery/plan",
            "/rewards/replay")) {
      ScoringServiceTest.assertProblem(post(path, big), 413, "Payload too large");
    }
  }

  @Test
  void everyEndpointIsTimed() throws Exception {
    ok(post("/customers/loyalty", "{\"satisfaction\": 4, \"loyalty\": 4}"));
    JsonNode m = ok(get("/actuator/metrics/http.server.requests?tag=uri:/customers/loyalty"));
    assertThat(m.get("measurements").get(0).get("statistic").asText()).isEqualTo("COUNT");
    assertThat(m.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theOpenApiDocumentIsTheOneInTheProject() throws Exception {
    JsonNode served = ok(get("/v3/api-docs"));
    // The server's URL is the random port's: not part of the contract.
    ((com.fasterxml.jackson.databind.node.ObjectNode) served).remove("servers");
    Path checkedIn = Path.of("openapi.json");
    String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/openapi.json"), pretty);
    assertThat(Files.exists(checkedIn))
        .as("examples/scoring-service/openapi.json (target/openapi.json is the served one)")
        .isTrue();
    assertThat(JSON.readTree(Files.readString(checkedIn)))
        .as(
            "the served OpenAPI document differs from openapi.json; if the change is intended,"
                + " copy target/openapi.json over it")
        .isEqualTo(served);
    for (String path :
        List.of(
            "/rfm/score",
            "/rfm/segment",
            "/rfm/boundaries",
            "/customers/profile",
            "/customers/loyalty",
            "/surveys/nps",
            "/clv/models",
            "/clv/{name}/predict",
            "/incidents/code",
            "/recovery/plan",
            "/rewards/replay")) {
      assertThat(served.get("paths").has(path)).as(path).isTrue();
    }
  }
}
