package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.DiscountRate;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.HoldoutEvaluation;
import io.github.crmkit.segmentation.clv.Horizon;
import io.github.crmkit.segmentation.clv.LifetimeValue;
import io.github.crmkit.segmentation.clv.ModelFit;
import io.github.crmkit.segmentation.clv.ShiftedBetaGeometric;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.testkit.RepeatBuyerBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
