package io.github.crmkit.examples.quickstart;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Segments a customer base by RFM: a generated base of 100,000 customers, or a CSV file given as
 * the only argument with the header {@code customer_id,date,amount} (ISO dates, amounts in USD).
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args nothing, or the path of a CSV file of purchases
   * @throws IOException if the CSV file cannot be read
   */
  public static void main(String[] args) throws IOException {
    // README:start (the README shows the lines up to README:end; a test keeps them equal)
    ZoneId zone = ZoneId.of("Asia/Seoul");
    Currency usd = Currency.getInstance("USD");
    RfmAggregation base;
    if (args.length == 0) {
      CustomerBaseGenerator generated = CustomerBaseGenerator.withSeed(42).customers(100_000);
      base = RfmAggregator.of(generated.end(), zone, usd).aggregate(generated.columns());
    } else {
      List<Purchase> purchases =
          Files.readAllLines(Path.of(args[0])).stream()
              .skip(1)
              .map(line -> line.split(",", -1))
              .map(
                  f ->
                      Purchase.of(
                          CustomerId.of(f[0]),
                          LocalDate.parse(f[1]).atStartOfDay(zone).toInstant(),
                          Money.of(new BigDecimal(f[2]), usd),
                          Channel.WEB))
              .collect(Collectors.toList());
      LocalDate last =
          purchases.stream()
              .map(p -> LocalDate.ofInstant(p.at(), zone))
              .max(LocalDate::compareTo)
              .orElseThrow();
      base =
          RfmAggregator.of(last.plusDays(1).atStartOfDay(zone).toInstant(), zone, usd)
              .aggregate(purchases.stream());
    }
    RfmScorer scorer =
        RfmScorer.of(RfmBinning.quantiles(5).fit(base.columns()), SegmentMaps.putler11());
    RfmSegmentation segments = scorer.scoreAll(base, 1);
    System.out.println(segments);
    System.out.println(segments.boundaries());
    for (int row = 0; row < Math.min(3, segments.size()); row++) {
      System.out.println(segments.result(row).explanation());
    }
    // README:end
  }
}
