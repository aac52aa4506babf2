package io.github.crmkit.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the quick start the way the README does, so the README cannot drift from the code. */
class QuickStartTest {

  static String run(String... args) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void segmentsTheGeneratedBase() throws IOException {
    String out = run();
    assertThat(out)
        .contains("RFM segmentation of 100000 customers")
        .contains("Champions", "Hibernating", "Lost")
        .contains("QUANTILES fitted on 100000 customers")
        .contains("RFM segment of customer c00000000 ->");
  }

  @Test
  void segmentsACsvFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("purchases.csv");
    Files.writeString(
        csv,
        """
        customer_id,date,amount
        alice,2026-01-05,12.50
        alice,2026-03-01,40.00
        bob,2025-11-20,5.00
        carol,2026-02-14,99.99
        carol,2026-02-28,10.00
        carol,2026-03-02,25.00
        dave,2026-03-02,-3.00
        """);
    String out = run(csv.toString());
    assertThat(out)
        .contains("PurchaseRead[received 7, processed 6, rejected {negative-amount=1}]")
        .contains("RFM segmentation of 3 customers (6 records received, 0 rejected)")
        .contains("RFM segment of customer alice", "RFM segment of customer carol");
  }

  @Test
  void aBrokenLineIsAnErrorNamingItsFileLineAndColumn(@TempDir Path dir) throws IOException {
    // Regression: the quick start split lines on commas; a quoted amount failed without a line.
    Path csv = dir.resolve("broken.csv");
    Files.writeString(csv, "customer_id,date,amount\nalice,2026-01-05,\"12,50\"\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(csv.toString()))
        .hasMessageContaining("broken.csv:2, column amount: amount '12,50' is not a number");
  }

  @Test
  void theReadmeShowsTheQuickStartCode() throws IOException {
    String source =
        Files.readString(
            Path.of("src/main/java/io/github/crmkit/examples/quickstart/QuickStart.java"));
    String body =
        source.substring(
            source.indexOf('\n', source.indexOf("// README:start")) + 1,
            source.indexOf("    // README:end"));
    String expected =
        body.lines()
            .map(l -> l.startsWith("    ") ? l.substring(4) : l)
            .collect(java.util.stream.Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../../README.md"));
    assertThat(readme).contains("```java\n" + expected + "\n```");
  }
}
