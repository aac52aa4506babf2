package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.io.PurchaseRead;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of docs/segment-a-customer-base.md, run. */
class SegmentGuideTest {
  @TempDir Path dir;

  @Test
  void segmentsAGeneratedBase() {
    // tag::generated[]
    ZoneId zone = ZoneId.of("Asia/Seoul");
    Currency usd = Currency.getInstance("USD");
    CustomerBaseGenerator generated = CustomerBaseGenerator.withSeed(42).customers(10_000);
    RfmAggregation base =
        RfmAggregator.of(generated.end(), zone, usd).aggregate(generated.columns());
    RfmBoundaries boundaries = RfmBinning.quantiles(5).fit(base.columns());
    RfmScorer scorer = RfmScorer.of(boundaries, SegmentMaps.putler11());
    RfmSegmentation segments = scorer.scoreAll(base, 2); // on two threads
    // end::generated[]
    assertThat(segments.size()).isEqualTo(base.columns().size());
    assertThat(segments.received()).isEqualTo(segments.processed() + segments.rejected());
    assertThat(segments.result(0).explanation().render(Locale.KOREAN)).isNotBlank();
  }

  @Test
  void segmentsACsvFile() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("purchases.csv"),
            """
            customer_id,purchased_at,amount
            c-1,2026-03-01T10:15:00,19.99
            c-2,2026-03-02T11:00:00,5.00
            c-1,2026-03-20T09:30:00,42.50
            c-3,2026-03-21T16:45:00,-3.00
            """);
    // tag::csv[]
    Currency usd = Currency.getInstance("USD");
    ZoneId zone = ZoneId.of("America/New_York");
    PurchaseRead read =
        CsvPurchases.read(
            file,
            CsvPurchases.Options.of(usd, zone).columns("customer_id", "purchased_at", "amount"));
    // Every row is accounted for: received = processed + rejected, by reason.
    System.out.println(read.received() + " rows, rejected by reason: " + read.rejections());
    Instant asOf = Instant.parse("2026-04-01T00:00:00Z");
    RfmAggregation base = RfmAggregator.of(asOf, zone, usd).aggregate(read.columns());
    RfmSegmentation segments =
        RfmScorer.of(RfmBinning.quantiles(5).fit(base.columns()), SegmentMaps.putler11())
            .scoreAll(base, 1);
    // end::csv[]
    assertThat(read.received()).isEqualTo(4);
    assertThat(read.rejected()).isEqualTo(1);
    assertThat(segments.size()).isEqualTo(2);
  }
}
