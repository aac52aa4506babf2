package io.github.crmkit.examples.quickstart;

import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.io.PurchaseRead;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Segments a customer base by RFM: a generated base of 100,000 customers, or a CSV file given as
 * the only argument with the header {@code customer_id,date,amount} (ISO dates, amounts in USD),
 * read by crmkit-io's strict CSV reader.
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
      // crmkit-io's strict reader: a broken line is an error naming the file, line and column.
      PurchaseRead read =
          CsvPurchases.read(
              Path.of(args[0]),
              CsvPurchases.Options.of(usd, zone).columns("customer_id", "date", "amount"));
      System.out.println(read);
      PurchaseColumns purchases = read.columns();
      long last = Long.MIN_VALUE;
      for (int i = 0; i < purchases.size(); i++) {
        last = Math.max(last, purchases.epochSecond(i));
      }
      LocalDate lastDay = LocalDate.ofInstant(Instant.ofEpochSecond(last), zone);
      base =
          RfmAggregator.of(lastDay.plusDays(1).atStartOfDay(zone).toInstant(), zone, usd)
              .aggregate(purchases);
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
