package io.github.crmkit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The job's reading of one row, without a Spark session. */
class PurchaseReaderTest {
  static JobSettings withPattern(String pattern) {
    JobSettings d = JobSettings.defaults();
    return new JobSettings(
        d.idColumn(),
        d.dateColumn(),
        d.amountColumn(),
        pattern,
        "Asia/Seoul",
        d.currency(),
        d.asOf(),
        d.bins(),
        d.segments(),
        d.horizonWeeks(),
        d.annualDiscountRate(),
        d.clvSample(),
        d.seed());
  }

  @Test
  void anImpossibleDateInTheGivenPatternIsRejectedNotMovedToTheMonthsEnd() {
    // Regression: with --date-pattern, java.time's default SMART resolver read 2026-02-30 as
    // 2026-02-28, a plausible wrong recency; crmkit-io's strict dates refuse it.
    PurchaseReader reader = new PurchaseReader(withPattern("yyyy-MM-dd"));
    assertThat(reader.read(RowFactory.create("c1", "2026-02-30", "10.00"))).isNull();
    assertThat(reader.reason()).isEqualTo(PurchaseReader.BAD_TIMESTAMP);
    assertThat(reader.detail()).contains("2026-02-30");
    var ok = reader.read(RowFactory.create("c1", "2026-02-28", "10.00"));
    assertThat(ok).isNotNull();
    assertThat(ok.at()).isEqualTo(Instant.parse("2026-02-27T15:00:00Z"));
  }

  @Test
  void aPatternWithADateAndTimeIsReadInTheJobsZone() {
    PurchaseReader reader = new PurchaseReader(withPattern("dd/MM/yyyy HH:mm"));
    var p = reader.read(RowFactory.create("c1", "30/01/2026 09:15", "1.50"));
    assertThat(p).isNotNull();
    assertThat(p.at()).isEqualTo(Instant.parse("2026-01-30T00:15:00Z"));
    assertThat(reader.read(RowFactory.create("c1", "31/04/2026 09:15", "1.50"))).isNull();
  }
}
