package io.github.crmkit.examples.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run against a running service: for each endpoint a service calls per customer, a
 * fixed number of requests from a fixed number of client threads on loopback, after a warm-up of a
 * fifth as many; prints requests per second and latency percentiles per endpoint, as a Markdown
 * table.
 */
public final class LoadRun {
  private LoadRun() {}

  /** One endpoint's request. */
  private record Call(String name, String path, String body) {}

  private static final List<Call> CALLS =
      List.of(
          new Call(
              "POST /rfm/score",
              "/rfm/score",
              "{\"customerId\":\"c1\",\"recencyDays\":30,\"frequency\":4,\"monetary\":250.0}"),
          new Call(
              "POST /customers/profile",
              "/customers/profile",
              "{\"customerId\":\"c1\",\"asOf\":\"2026-06-30T00:00:00Z\",\"purchases\":{\"first\":"
                  + "\"2026-01-10T10:00:00Z\",\"last\":\"2026-06-20T10:00:00Z\",\"count\":7,"
                  + "\"total\":\"USD 310.00\"},\"recommendScore\":9}"),
          new Call(
              "POST /customers/loyalty",
              "/customers/loyalty",
              "{\"satisfaction\":5,\"loyalty\":4,\"recommend\":9,\"repeatPurchaseRate\":0.5}"),
          new Call(
              "POST /clv/cdnow/predict",
              "/clv/cdnow/predict",
              "{\"x\":2,\"tx\":30.43,\"age\":38.86,\"meanSpend\":35.0,\"horizon\":39}"),
          new Call(
              "POST /incidents/code",
              "/incidents/code",
              "{\"id\":\"I-1\",\"narrative\":\"We waited two hours for our table\"}"),
          new Call(
              "POST /recovery/plan",
              "/recovery/plan",
              "{\"category\":\"1B\",\"severity\":2,\"failureType\":\"outcome\","
                  + "\"valueTier\":\"silver\",\"orderValue\":\"USD 80.00\","
                  + "\"occurredAt\":\"2026-05-15T15:00:00Z\"}"),
          new Call("POST /surveys/nps", "/surveys/nps", nps()));

  private static String nps() {
    StringBuilder sb = new StringBuilder("{\"answers\":[");
    for (int i = 0; i < 100; i++) {
      sb.append(i > 0 ? "," : "").append(i % 11);
    }
    return sb.append("]}").toString();
  }

  /**
   * Runs the load.
   *
   * @param args base URL (default http://localhost:8080), requests per endpoint (default 20000),
   *     threads (default 8)
   * @throws Exception if the service cannot be reached
   */
  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    System.out.println(
        "| endpoint ("
            + requests
            + " requests, "
            + threads
            + " threads) | requests/s | p50 | p99 |");
    System.out.println("|---|---|---|---|");
    for (Call c : CALLS) {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(base + c.path()))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(c.body()))
              .build();
      run(client, req, requests / 5, threads);
      long[] latency = run(client, req, requests, threads);
      System.out.println(
          String.format(
              Locale.ROOT,
              "| `%s` | %.0f | %.2f ms | %.2f ms |",
              c.name(),
              requests / (latency[requests] / 1e9),
              latency[requests / 2] / 1e6,
              latency[(int) (requests * 0.99)] / 1e6));
    }
  }

  /** Returns sorted latencies (ns) and, at index n, the wall time of the run. */
  private static long[] run(HttpClient client, HttpRequest req, int n, int threads)
      throws InterruptedException {
    long[] out = new long[n + 1];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      pool.execute(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < n) {
              long t0 = System.nanoTime();
              try {
                HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                  failures.incrementAndGet();
                }
              } catch (Exception e) {
                failures.incrementAndGet();
              }
              out[i] = System.nanoTime() - t0;
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    long wall = System.nanoTime() - start;
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " requests failed");
    }
    Arrays.sort(out, 0, n);
    out[n] = wall;
    return out;
  }
}
