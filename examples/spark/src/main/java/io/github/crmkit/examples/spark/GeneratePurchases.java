package io.github.crmkit.examples.spark;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes a synthetic purchase CSV ({@code customer_id,timestamp,amount}, ISO dates in UTC, USD)
 * from testkit's seeded customer base, to try the job without data of one's own: {@code
 * GeneratePurchases FILE CUSTOMERS [SEED]}.
 */
public final class GeneratePurchases {
  private GeneratePurchases() {}

  /**
   * Writes the file.
   *
   * @param args the file, the number of customers, optionally the seed (default 42)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GeneratePurchases FILE CUSTOMERS [SEED]");
      System.exit(2);
    }
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42;
    long rows = write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
    System.out.println(rows + " purchases written to " + args[0]);
  }

  /**
   * Writes the purchases of a generated base.
   *
   * @param file the CSV to write
   * @param customers how many customers
   * @param seed the generator's seed
   * @return the rows written
   * @throws IOException if the file cannot be written
   */
  static long write(Path file, int customers, long seed) throws IOException {
    return write(file, CustomerBaseGenerator.withSeed(seed).customers(customers).columns());
  }

  /**
   * Writes purchases given in columns (purchases of null customers are left out).
   *
   * @param file the CSV to write
   * @param c the purchases
   * @return the rows written
   * @throws IOException if the file cannot be written
   */
  static long write(Path file, PurchaseColumns c) throws IOException {
    long rows = 0;
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
      w.write("customer_id,timestamp,amount\n");
      StringBuilder sb = new StringBuilder(64);
      for (int i = 0; i < c.size(); i++) {
        CustomerId id = c.customer(c.customerIndex(i));
        if (id == null) {
          continue;
        }
        long minor = c.amountMinor(i);
        sb.setLength(0);
        sb.append(id.value())
            .append(',')
            .append(
                Instant.ofEpochSecond(c.epochSecond(i)).atOffset(ZoneOffset.UTC).toLocalDateTime())
            .append(',')
            .append(BigDecimal.valueOf(minor, 2).toPlainString())
            .append('\n');
        w.append(sb);
        rows++;
      }
    }
    return rows;
  }
}
