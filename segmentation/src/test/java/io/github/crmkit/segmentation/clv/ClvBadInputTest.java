package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The issue-18/20 entry points refuse null, inconsistent and out-of-range input by name. */
class ClvBadInputTest {
  private static final BgNbd M = new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK);

  @Test
  void covariateModelRefusesNonFiniteEffectsAndMissingReferences() {
    assertThatThrownBy(() -> new CovariateModel(null, Map.of(), Map.of(), Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("baseline");
    assertThatThrownBy(
            () -> new CovariateModel(M, Map.of("u", Double.NaN), Map.of(), Map.of("u", 0.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purchaseEffects")
        .hasMessageContaining("'u'");
    assertThatThrownBy(() -> new CovariateModel(M, Map.of(), Map.of("v", 0.1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'v'");
    CovariateModel c = new CovariateModel(M, Map.of("u", 0.1), Map.of(), Map.of("u", 0.0));
    assertThatThrownBy(() -> c.forCustomer(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'u'");
    assertThatThrownBy(() -> c.forCustomer(Map.of("u", 1e9)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void columnsPathsRefuseNullsAndAHoldoutBeforeCalibration() {
    PurchaseColumns p =
        PurchaseColumns.of(
            new CustomerId[] {CustomerId.of("a")},
            new int[] {0},
            new long[] {0},
            new long[] {100},
            Currency.getInstance("USD"));
    LocalDate cal = LocalDate.of(1970, 1, 31);
    assertThatThrownBy(
            () -> ClvData.fromPurchases(p, cal, cal.minusDays(1), ZoneOffset.UTC, TimeScale.WEEK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holdoutEnd");
    assertThatThrownBy(() -> ClvData.fromPurchases(p, cal, cal, null, TimeScale.WEEK))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> RepeatTracking.of(M, p, ZoneOffset.UTC, cal, cal.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holdoutEnd");
    assertThatThrownBy(
            () -> RepeatTracking.of(M, p, ZoneOffset.UTC, LocalDate.of(1969, 12, 1), cal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no customer bought");
  }

  @Test
  void lifetimeValueOfACovariateModelNeedsSpendAndRows() {
    ClvData noSpend =
        ClvData.fromColumns(
            TimeScale.WEEK, new int[] {1}, new double[] {2}, new double[] {10}, null);
    CovariateModel c = new CovariateModel(M, Map.of("u", 0.1), Map.of(), Map.of("u", 0.0));
    Covariates z =
        Covariates.builder(List.of(noSpend.customer(0))).numeric("u", new double[] {1}).build();
    assertThatThrownBy(
            () ->
                LifetimeValue.of(
                    c,
                    z,
                    new GammaGamma(6, 4, 15),
                    noSpend,
                    Horizon.of(10, TimeScale.WEEK),
                    DiscountRate.of(0.1, TimeScale.YEAR),
                    1))
        .isInstanceOf(MissingSpendException.class);
    ClvData spend =
        ClvData.fromColumns(
            TimeScale.WEEK, new int[] {1}, new double[] {2}, new double[] {10}, new double[] {5});
    Covariates other =
        Covariates.builder(List.of(CustomerId.of("zz"))).numeric("u", new double[] {1}).build();
    assertThatThrownBy(
            () ->
                LifetimeValue.of(
                    c,
                    other,
                    new GammaGamma(6, 4, 15),
                    spend,
                    Horizon.of(10, TimeScale.WEEK),
                    DiscountRate.of(0.1, TimeScale.YEAR),
                    1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no row");
    assertThatThrownBy(() -> Covariates.builder(List.of(CustomerId.of("a"), CustomerId.of("a"))))
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () -> Covariates.builder(List.of(CustomerId.of("a"))).numeric("u", new double[2]))
        .hasMessageContaining("one value per customer");
    assertThatThrownBy(() -> Covariates.builder(List.of(CustomerId.of("a"))).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
