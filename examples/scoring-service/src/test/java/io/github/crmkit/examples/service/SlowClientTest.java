package io.github.crmkit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow or partial bodies cannot exhaust the worker pool: with four workers, twelve clients that
 * send half a body and stall are disconnected by the read timeout, and a normal request is served.
 * Loopback only, a bounded number of connections, every wait bounded.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.tomcat.threads.max=4", "server.tomcat.connection-timeout=1s"})
class SlowClientTest {
  @LocalServerPort int port;

  @Test
  void stalledBodiesAreCutOffAndOthersAreServed() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(30_000);
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST /rfm/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n{\"customerId\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      for (Socket s : slow) {
        InputStream in = s.getInputStream();
        byte[] buf = new byte[4096];
        try {
          // The server answers with an error or closes: either way the read ends.
          while (in.read(buf) >= 0) {
            // drain
          }
        } catch (SocketTimeoutException e) {
          throw new AssertionError("a stalled connection was kept open for 30 s", e);
        } catch (java.net.SocketException e) {
          // reset by the server: cut off, as wanted
        }
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }
}
