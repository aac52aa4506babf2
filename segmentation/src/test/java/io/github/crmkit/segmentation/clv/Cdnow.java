package io.github.crmkit.segmentation.clv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The CDNOW data beside the project (../shared/data/cdnow from the project root); tests skip when
 * it is absent, as in a bare clone.
 */
final class Cdnow {
  private Cdnow() {}

  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  static Path folder() {
    for (Path p : List.of(Path.of("../../shared/data/cdnow"), Path.of("../shared/data/cdnow"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    assumeTrue(false, "CDNOW data not found beside the project (../shared/data/cdnow)");
    throw new AssertionError("unreachable");
  }

  /** The 2,357-customer sample's transactions. */
  static List<Purchase> samplePurchases() {
    Path file = folder().resolve("CDNOW_sample.txt");
    List<Purchase> out = new ArrayList<>();
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        String[] t = line.trim().split("\\s+", -1);
        if (t.length < 5) {
          continue;
        }
        LocalDate day = LocalDate.parse(t[2], f);
        out.add(
            Purchase.of(
                CustomerId.of(t[1]),
                day.atTime(12, 0).toInstant(ZoneOffset.UTC),
                Money.of(new BigDecimal(t[4]), USD),
                Channel.WEB));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The published summary: ID, x, t_x, T, zbar (weeks, 2 dp). */
  static ClvData summary() {
    Path file = folder().resolve("cdnow_customers_summary_with_transactions.csv");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      int n = lines.size() - 1;
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] age = new double[n];
      double[] z = new double[n];
      for (int i = 0; i < n; i++) {
        String[] t = lines.get(i + 1).split(",", -1);
        x[i] = Integer.parseInt(t[1]);
        tx[i] = Double.parseDouble(t[2]);
        age[i] = Double.parseDouble(t[3]);
        z[i] = Double.parseDouble(t[4]);
      }
      return ClvData.fromColumns(TimeScale.WEEK, x, tx, age, z);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
