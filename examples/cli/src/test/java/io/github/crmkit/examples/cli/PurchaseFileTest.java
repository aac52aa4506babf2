package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level reader of purchase files gives the instants java.time gives, whatever shortcut it
 * takes: local date-times on ordinary days, on days whose offset changes (gaps and overlaps), with
 * and without seconds, and UTC date-times ending in Z.
 */
class PurchaseFileTest {
  @TempDir Path dir;

  @Test
  void dateTimesAreTheInstantsJavaTimeReads() throws IOException {
    ZoneId london = ZoneId.of("Europe/London");
    SplittableRandom rng = new SplittableRandom(2026);
    List<String> texts = new ArrayList<>();
    // Both 2025 offset changes in London, every quarter hour through them, and random times.
    for (LocalDate day : List.of(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 10, 26))) {
      for (int q = 0; q < 96; q++) {
        LocalDateTime t = day.atStartOfDay().plusMinutes(15L * q);
        texts.add(t.toString()); // yyyy-MM-ddTHH:mm
        texts.add(t.plusSeconds(7).toString()); // with seconds
      }
    }
    for (int i = 0; i < 5_000; i++) {
      LocalDateTime t =
          LocalDate.of(2024, 1, 1)
              .plusDays(rng.nextInt(800))
              .atStartOfDay()
              .plusSeconds(rng.nextInt(86_400));
      String text = t.toString();
      texts.add(rng.nextBoolean() ? text : text + "Z");
    }
    texts.add("2025-06-01T10:15:30.250"); // fractions: the full parser
    texts.add("2025-06-01T10:15:30+02:00");
    texts.add("2025-06-01");

    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    for (int i = 0; i < texts.size(); i++) {
      sb.append('c').append(i).append(',').append(texts.get(i)).append(",1.00\n");
    }
    Path file = dir.resolve("times.csv");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    Inputs o = inputs(london.getId());

    PurchaseFile read = PurchaseFile.read(file, o, "order_id", false);

    assertThat(read.rows).isEqualTo(texts.size());
    assertThat(read.rejected).isZero();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(read.columns.epochSecond(i))
          .as("%s", texts.get(i))
          .isEqualTo(expected(texts.get(i), london));
    }
  }

  /**
   * A file of about 12 MB: parsed in parts on a multi-core machine, read in 1 MiB chunks with lines
   * across every chunk boundary, and one line longer than a chunk (2 MiB of padding in a field).
   * Every purchase arrives once, with its customer, day and amount.
   */
  @Test
  void largeFilesLoseNothingAcrossChunksAndParts() throws IOException {
    int customers = 120_000;
    StringBuilder sb = new StringBuilder(13 << 20).append("customer_id,timestamp,amount\n");
    long sum = 0;
    for (int c = 0; c < customers; c++) {
      for (int k = 0; k < 3; k++) {
        long minor = 100L * k + c % 997;
        sum += minor;
        sb.append("cust-")
            .append(c)
            .append(',')
            .append(LocalDate.of(2025, 1, 1).plusDays((c + k) % 365))
            .append(',')
            .append(minor / 100)
            .append('.')
            .append(String.format(java.util.Locale.ROOT, "%02d", minor % 100))
            .append('\n');
        if (c == customers / 2 && k == 0) {
          sb.append("long-one,").append(" ".repeat(2 << 20)).append("2025-06-01,1.00\n");
          sum += 100;
        }
      }
    }
    Path file = dir.resolve("large.csv");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    Inputs o = inputs("UTC");

    PurchaseFile read = PurchaseFile.readInParts(file, o, 3);

    assertThat(read.rows).isEqualTo(3L * customers + 1);
    assertThat(read.columns.size()).isEqualTo(3 * customers + 1);
    long total = 0;
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < read.columns.size(); i++) {
      total += read.columns.amountMinor(i);
      ids.add(read.columns.customer(read.columns.customerIndex(i)).value());
    }
    assertThat(total).isEqualTo(sum);
    assertThat(ids).hasSize(customers + 1).contains("long-one", "cust-0", "cust-119999");
    assertThat(read.columns.customerCount()).isEqualTo(customers + 1);
  }

  /**
   * Files sorted by customer take the short way (no hash table; parts concatenated), including a
   * customer whose lines the cut between the parts splits: every purchase keeps its customer.
   */
  @Test
  void sortedFilesKeepEveryCustomerWholeAcrossTheCut() throws IOException {
    for (int middleRows : new int[] {1, 40_000}) {
      int customers = 100_000;
      StringBuilder sb = new StringBuilder(6 << 20).append("customer_id,timestamp,amount\n");
      for (int c = 0; c < customers; c++) {
        int rows = c == customers / 2 ? middleRows : 1;
        for (int k = 0; k < rows; k++) {
          sb.append(String.format(java.util.Locale.ROOT, "c%07d", c))
              .append(",2025-03-0")
              .append(1 + k % 9)
              .append("T10:00:00,1.00\n");
        }
      }
      Path file = dir.resolve("sorted-" + middleRows + ".csv");
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
      Inputs o = inputs("UTC");

      PurchaseFile read = PurchaseFile.readInParts(file, o, 2);

      int expectedRows = customers - 1 + middleRows;
      assertThat(read.columns.size()).isEqualTo(expectedRows);
      java.util.Map<String, Integer> perCustomer = new java.util.HashMap<>();
      for (int i = 0; i < read.columns.size(); i++) {
        perCustomer.merge(
            read.columns.customer(read.columns.customerIndex(i)).value(), 1, Integer::sum);
      }
      assertThat(perCustomer).hasSize(customers);
      assertThat(perCustomer.get(String.format(java.util.Locale.ROOT, "c%07d", customers / 2)))
          .isEqualTo(middleRows);
      // One index per customer: no id was registered twice.
      assertThat(read.columns.customerCount()).isEqualTo(customers);
    }
  }

  /** The default columns, comma-separated, in USD, with local times in {@code zone}. */
  private static Inputs inputs(String zone) {
    return CliFixtures.inputs(zone);
  }

  private static long expected(String text, ZoneId zone) {
    Instant at;
    if (text.length() == 10) {
      at = LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } else if (text.endsWith("Z") || text.contains("+")) {
      at = OffsetDateTime.parse(text).toInstant();
    } else {
      at = LocalDateTime.parse(text).atZone(zone).toInstant();
    }
    return at.getEpochSecond();
  }
}
