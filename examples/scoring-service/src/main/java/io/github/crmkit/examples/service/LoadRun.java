package io.github.crmkit.examples.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load run against a running service: a fixed number of {@code POST /rfm/score} requests
 * from a fixed number of client threads on loopback, after a warm-up; prints requests per second
 * and latency percentiles.
 */
public final class LoadRun {
  private LoadRun() {}

  /**
   * Runs the load.
   *
   * @param args base URL (default http://localhost:8080), requests (default 50000), threads
   *     (default 8)
   * @throws Exception if the service cannot be reached
   */
  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(base + "/rfm/score"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"customerId\":\"c1\",\"recencyDays\":30,\"frequency\":4,\"monetary\":250.0}"))
            .build();
    run(client, req, requests / 5, threads);
    long[] latency = run(client, req, requests, threads);
    System.out.println(
        String.format(
            Locale.ROOT,
            "%d requests, %d threads: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms",
            requests,
            threads,
            requests / (latency[requests] / 1e9),
            latency[requests / 2] / 1e6,
            latency[(int) (requests * 0.99)] / 1e6,
            latency[requests - 1] / 1e6));
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
