package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.crmkit.core.Purchase;
import io.github.crmkit.testkit.RepeatBuyerBase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From purchases drawn by testkit with known parameters to fitted models and lifetime values. */
class ClvEndToEndTest {
  static final Currency USD = Currency.getInstance("USD");

  @Test
  void purchasesFromKnownParametersGiveThoseParametersBack() {
    List<Purchase> purchases =
        RepeatBuyerBase.withSeed(42)
            .customers(30_000)
            .bgNbd(0.25, 4.0, 0.8, 2.5, Duration.ofDays(7));
    ClvData data =
        ClvData.fromPurchases(
            purchases, LocalDate.of(2024, 12, 31), ZoneOffset.UTC, TimeScale.WEEK, USD);
    assertThat(data.size()).isEqualTo(30_000);
    assertThat(data.processed()).isEqualTo(purchases.size());
    // Purchase days instead of exact times: the fit is close to the truth, not exact.
    BgNbd m = BgNbd.fit(data).model();
    assertThat(m.r()).isCloseTo(0.25, withinPercentage(10));
    assertThat(m.alpha()).isCloseTo(4.0, withinPercentage(10));
    assertThat(m.a()).isCloseTo(0.8, withinPercentage(15));
    assertThat(m.b()).isCloseTo(2.5, withinPercentage(15));
    // The same purchases in days give the same model in days.
    ClvData days =
        ClvData.fromPurchases(
            purchases, LocalDate.of(2024, 12, 31), ZoneOffset.UTC, TimeScale.DAY, USD);
    BgNbd d = BgNbd.fit(days).model();
    assertThat(d.r()).isCloseTo(m.r(), withinPercentage(0.01));
    assertThat(d.alpha()).isCloseTo(m.alpha() * 7, withinPercentage(0.01));
    assertThat(d.conditionalExpectedPurchases(70, 3, 140, 200))
        .isCloseTo(m.conditionalExpectedPurchases(10, 3, 20, 200 / 7.0), within(1e-6));
    // Gamma-Gamma on the same base: median spend 30 USD, mean of a log-normal a bit above.
    GammaGamma g = GammaGamma.fit(data).model();
    assertThat(g.populationMean()).isBetween(25.0, 45.0);
  }

  @Test
  void lifetimeValueKeepsItsUnitsStraight() {
    BgNbd weekly = new BgNbd(0.243, 4.414, 0.793, 2.426, TimeScale.WEEK);
    BgNbd daily = new BgNbd(0.243, 4.414 * 7, 0.793, 2.426, TimeScale.DAY);
    GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
    RepeatSummary weeks =
        new RepeatSummary(io.github.crmkit.core.CustomerId.of("a"), 2, 30.43, 38.86, 22.35);
    RepeatSummary days =
        new RepeatSummary(io.github.crmkit.core.CustomerId.of("a"), 2, 30.43 * 7, 38.86 * 7, 22.35);
    Horizon year = Horizon.of(12, TimeScale.MONTH);
    DiscountRate tenPercent = DiscountRate.of(0.10, TimeScale.YEAR);
    double w = LifetimeValue.of(weekly, spend, weeks, year, tenPercent, 1);
    double d = LifetimeValue.of(daily, spend, days, year, tenPercent, 1);
    assertThat(d).isCloseTo(w, withinPercentage(1e-6));
    // Without discounting, the value is the expected spend times the purchases in 365.25 days.
    double undiscounted =
        LifetimeValue.of(weekly, spend, weeks, year, DiscountRate.of(0, TimeScale.YEAR), 1);
    assertThat(undiscounted)
        .isCloseTo(
            spend.expectedSpend(2, 22.35)
                * weekly.conditionalExpectedPurchases(365.25 / 7, 2, 30.43, 38.86),
            withinPercentage(1e-9));
    assertThat(w).isLessThan(undiscounted).isGreaterThan(undiscounted / 1.1);
    // 12 months are 52.18 weeks, not 12 x 30 days or 12 weeks.
    assertThat(year.in(TimeScale.WEEK)).isCloseTo(365.25 / 7, within(1e-12));
    assertThat(tenPercent.per(TimeScale.MONTH))
        .isCloseTo(Math.pow(1.1, 1.0 / 12) - 1, within(1e-15));
    // Batch equals one by one; margin scales.
    ClvData base = ClvData.fromSummaries(TimeScale.WEEK, List.of(weeks));
    assertThat(LifetimeValue.of(weekly, spend, base, year, tenPercent, 0.3)[0])
        .isCloseTo(0.3 * w, within(1e-9));
  }
}
