package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.io.CsvRecords;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.io.TableWriter;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.ClvModel;
import io.github.crmkit.segmentation.clv.ClvModelJson;
import io.github.crmkit.segmentation.clv.DiscountRate;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.HoldoutEvaluation;
import io.github.crmkit.segmentation.clv.Horizon;
import io.github.crmkit.segmentation.clv.LifetimeValue;
import io.github.crmkit.segmentation.clv.ModelFit;
import io.github.crmkit.segmentation.clv.ShiftedBetaGeometric;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.clv.TransactionModel;
import io.github.crmkit.testkit.RepeatBuyerBase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of docs/choose-a-lifetime-value-model.md, run. */
class LifetimeValueGuideTest {
  @Test
  void fitsJudgesAndValuesANonContractualBase() {
    Currency usd = Currency.getInstance("USD");
    List<Purchase> purchases =
        RepeatBuyerBase.withSeed(11)
            .customers(3_000)
            .cohort(
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-04-01T00:00:00Z"),
                Instant.parse("2026-07-01T00:00:00Z"))
            .medianSpend(Money.parse("USD 40.00"))
            .bgNbd(0.25, 4.0, 0.8, 2.4, Duration.ofDays(7));
    // tag::continuous[]
    // Calibrate to the end of 2025, hold out the first half of 2026: judge before you trust.
    ClvData data =
        ClvData.fromPurchases(
            purchases,
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 6, 30),
            ZoneOffset.UTC,
            TimeScale.WEEK,
            usd);
    ModelFit<BgNbd> fit = BgNbd.fit(data); // r, alpha, a, b with standard errors
    HoldoutEvaluation check = HoldoutEvaluation.of(fit.model(), data);
    System.out.println(check.explanation()); // MAE, RMSE, chi-square of the calibration histogram
    GammaGamma spend = GammaGamma.fit(data).model();
    double clv =
        LifetimeValue.of(
            fit.model(),
            spend,
            data.summary(0),
            Horizon.of(12, TimeScale.MONTH),
            DiscountRate.of(0.10, TimeScale.YEAR),
            0.3); // margin: 30% of spend is profit
    // end::continuous[]
    assertThat(fit.model().r()).isPositive();
    assertThat(check.meanAbsoluteError()).isFinite();
    assertThat(clv).isFinite().isNotNegative();
  }

  @Test
  void fitsAContractualCohort() {
    // tag::contractual[]
    // Survivors of a cohort of 1,000 customers over seven years (Fader and Hardie 2007).
    ShiftedBetaGeometric sbg =
        ShiftedBetaGeometric.fit(new long[] {1000, 631, 468, 382, 326, 289, 262, 241}).model();
    double retainedInYear8 = sbg.retention(8);
    // end::contractual[]
    assertThat(sbg.alpha()).isCloseTo(0.704, within(0.001));
    assertThat(sbg.beta()).isCloseTo(1.182, within(0.001));
    assertThat(retainedInYear8).isBetween(0.0, 1.0);
  }

  @Test
  void readsSummariesSavesTheModelAndWritesPredictions(@TempDir Path dir) throws IOException {
    ClvData simulated =
        ClvData.fromPurchases(
            RepeatBuyerBase.withSeed(12)
                .customers(2_000)
                .cohort(
                    Instant.parse("2025-01-01T00:00:00Z"),
                    Instant.parse("2025-04-01T00:00:00Z"),
                    Instant.parse("2026-01-01T00:00:00Z"))
                .medianSpend(Money.parse("USD 40.00"))
                .bgNbd(0.25, 4.0, 0.8, 2.4, Duration.ofDays(7)),
            LocalDate.of(2025, 12, 31),
            ZoneOffset.UTC,
            TimeScale.WEEK,
            Currency.getInstance("USD"));
    Path summaryCsv = dir.resolve("summary.csv");
    try (OutputStream out = Files.newOutputStream(summaryCsv)) {
      TableWriter.builder()
          .texts("customer_id", i -> simulated.customer(i).value())
          .integers("x", simulated::x)
          .decimals("t_x", simulated::tx)
          .decimals("T", simulated::age)
          .build()
          .write(out, TableWriter.Format.CSV, simulated.size());
    }
    Path modelJson = dir.resolve("model.json");
    Path predictionsCsv = dir.resolve("predictions.csv");
    // tag::files[]
    // Summaries in (one row per customer, strict: a bad value names its line and column) ...
    CsvTable summary =
        CsvTable.read(
            summaryCsv,
            CsvRecords.Options.defaults(),
            CsvTable.Schema.builder()
                .customerIds("customer_id")
                .integers("x")
                .decimals("t_x")
                .decimals("T")
                .build());
    ClvData data =
        ClvData.fromColumns(
            TimeScale.WEEK,
            summary.customerIds("customer_id"),
            summary.integers("x"),
            summary.decimals("t_x"),
            summary.decimals("T"),
            null);
    // ... a fitted model saved, to be loaded where predictions are made ...
    Files.writeString(modelJson, ClvModelJson.write(ClvModel.of(BgNbd.fit(data).model())));
    TransactionModel model = ClvModelJson.read(Files.readString(modelJson)).transactions();
    // ... and one row per customer out, formatted on every core.
    double[] alive = model.probabilityAlive(data);
    double[] next = model.conditionalExpectedPurchases(data, 52);
    try (OutputStream out = Files.newOutputStream(predictionsCsv)) {
      TableWriter.builder()
          .texts("customer_id", i -> data.customer(i).value())
          .decimals("p_alive", i -> alive[i], 6)
          .decimals("expected_purchases", i -> next[i], 6)
          .build()
          .write(out, TableWriter.Format.CSV, data.size());
    }
    // end::files[]
    assertThat(summary.rows()).isEqualTo(simulated.size());
    assertThat(data.x(7)).isEqualTo(simulated.x(7));
    assertThat(Files.readAllLines(predictionsCsv)).hasSize(data.size() + 1);
    assertThat(model).isInstanceOf(BgNbd.class);
  }
}
