package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CurrencyMismatchException;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RfmScorerTest {
  static final Currency USD = Currency.getInstance("USD");

  static RfmColumns tenCustomers() {
    CustomerId[] ids = new CustomerId[10];
    int[] r = new int[10];
    int[] f = new int[10];
    double[] m = new double[10];
    long[] rev = new long[10];
    for (int i = 0; i < 10; i++) {
      ids[i] = CustomerId.of("c" + i);
      r[i] = 10 * i;
      f[i] = 1 + i;
      m[i] = 10.0 * (i + 1);
      rev[i] = 1000L * (i + 1);
    }
    return RfmColumns.of(ids, r, f, m, rev, USD);
  }

  @Test
  void explainsTheScoresThresholdsAndRulesChecked() {
    RfmColumns c = tenCustomers();
    RfmScorer scorer = RfmScorer.of(RfmBinning.quantiles(5).fit(c), SegmentMaps.rRfmDefaults());
    RfmResult best = scorer.score(c.summary(0)); // most recent but least frequent and spending
    assertThat(best.cellCode()).isEqualTo("511");
    assertThat(best.segment()).isEqualTo("New Customers");
    Explanation e = best.explanation();
    assertThat(e.subject()).isEqualTo("RFM segment of customer c0");
    assertThat(e.inputs()).containsEntry("recencyDays", "0").containsEntry("frequency", "1");
    assertThat(e.thresholds()).containsKeys("R", "F", "M", "R score 5", "F score 1", "M score 1");
    assertThat(e.matchedRule()).contains("New Customers");
    assertThat(e.checks())
        .extracting(Explanation.Check::rule)
        .containsExactly(
            "Champions", "Potential Loyalist", "Loyal Customers", "Promising", "New Customers");
    assertThat(e.checks().get(0).reason())
        .isEqualTo("R=5 in 5..5, F=1 not in 5..5, M=1 not in 5..5");
    assertThat(e.toString()).contains("[x] New Customers", "[ ] Champions");
    assertThat(best.toString()).isEqualTo("c0 511 New Customers");
    assertThat(best.customer()).isEqualTo(CustomerId.of("c0"));
    assertThat(best.recencyDays()).isZero();
    assertThat(best.frequency()).isEqualTo(1);
    assertThat(best.monetary()).isEqualTo(10.0);
  }

  @Test
  void fallbackIsExplainedToo() {
    RfmBoundaries fixed =
        RfmBoundaries.of(
            Breakpoints.fixed(RfmDimension.RECENCY, 30, 60, 90, 180),
            Breakpoints.fixed(RfmDimension.FREQUENCY, 2, 3, 5, 8),
            Breakpoints.fixed(RfmDimension.MONETARY, 50, 100, 200, 500));
    RfmScorer scorer = RfmScorer.of(fixed, SegmentMaps.rRfmDefaults());
    SegmentMapReport report = SegmentMaps.rRfmDefaults().validate(5, 5, 5);
    RfmCell others = report.uncoveredCells().get(0);
    int recency = new int[] {0, 200, 100, 70, 40, 0}[others.r()];
    int frequency = new int[] {0, 1, 2, 3, 5, 8}[others.f()];
    double monetary = new double[] {0, 10, 50, 100, 200, 500}[others.m()];
    RfmResult r = scorer.score(CustomerId.of("x"), recency, frequency, monetary);
    assertThat(r.cell()).isEqualTo(others);
    assertThat(r.segment()).isEqualTo("Others");
    assertThat(r.explanation().matchedRule()).isEmpty();
    assertThat(r.explanation().checks()).hasSize(11);
    assertThat(r.explanation().outcome()).endsWith("segment Others");
  }

  @Test
  void fixedThresholdsPutValuesAtACutInTheBinAbove() {
    Breakpoints r = Breakpoints.fixed(RfmDimension.RECENCY, 30, 60);
    assertThat(r.score(0)).isEqualTo(3);
    assertThat(r.score(29)).isEqualTo(3);
    assertThat(r.score(30)).isEqualTo(2);
    assertThat(r.score(60)).isEqualTo(1);
    assertThat(r.rangeOf(3)).isEqualTo("[-inf, 30.0)");
    assertThat(r.rangeOf(1)).isEqualTo("[60.0, +inf)");
    Breakpoints m = Breakpoints.fixed(RfmDimension.MONETARY, 10.5, 20.25);
    assertThat(m.score(10.49)).isEqualTo(1);
    assertThat(m.score(10.5)).isEqualTo(2);
    assertThat(m.rangeOf(2)).isEqualTo("[10.5, 20.25)");
    assertThat(m.bins()).isEqualTo(3);
    assertThat(m).hasToString("M cuts [10.5, 20.25]");
    RfmBoundaries b = RfmBoundaries.of(r, Breakpoints.fixed(RfmDimension.FREQUENCY, 2), m);
    assertThat(RfmBinning.fixed(b).fit(tenCustomers())).isSameAs(b);
    assertThat(b.method()).isEqualTo(BinningMethod.FIXED);
    assertThat(b.of(RfmDimension.MONETARY)).isSameAs(m);
    assertThat(b.toString()).contains("FIXED", "R cuts [30.0, 60.0]");
  }

  @Test
  void ntileBreaksTiesByCustomerId() {
    CustomerId[] ids = new CustomerId[4];
    for (int i = 0; i < 4; i++) {
      ids[i] = CustomerId.of("c" + (3 - i));
    }
    RfmColumns c =
        RfmColumns.of(
            ids,
            new int[] {5, 5, 5, 5},
            new int[] {1, 1, 1, 1},
            new double[] {1, 1, 1, 1},
            new long[] {100, 100, 100, 100},
            USD);
    RfmBoundaries b = RfmBinning.ntile(2).fit(c);
    assertThat(b.monetary().breaksTiesById()).isTrue();
    assertThat(b.score(c.summary(0)).m()).isEqualTo(2); // c3
    assertThat(b.score(c.summary(3)).m()).isEqualTo(1); // c0
    assertThat(b.score(c.summary(0)).r()).isEqualTo(1);
    assertThatThrownBy(() -> b.monetary().score(1.0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("customer id");
    assertThat(b.monetary().score(1.0, CustomerId.of("c2"))).isEqualTo(2);
    assertThat(b.monetary().toString()).contains("@c2");
    assertThatThrownBy(() -> RfmBinning.ntile(2).fit(RfmDistribution.of(c)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NTILE");
    RfmBoundaries tiny = RfmBinning.ntile(5).fit(c.slice(0, 2));
    assertThat(tiny.monetary().cuts()).contains(Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> RfmBoundaries.of(b.recency(), b.frequency(), b.monetary()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not NTILE");
  }

  @Test
  void segmentationSummarisesCountsAndRevenue() {
    RfmColumns c = tenCustomers();
    RfmSegmentation s =
        RfmScorer.of(RfmBinning.quantiles(5).fit(c), SegmentMaps.putler11()).scoreAll(c);
    assertThat(s.size()).isEqualTo(10);
    assertThat(s.received()).isEqualTo(10);
    assertThat(s.processed()).isEqualTo(10);
    assertThat(s.rejectedRecords()).isEmpty();
    long customers = 0;
    long revenue = 0;
    double share = 0;
    for (SegmentSummary seg : s.segments()) {
      customers += seg.customers();
      revenue += seg.revenue().minorUnits();
      share += seg.revenueShare();
    }
    assertThat(customers).isEqualTo(10);
    assertThat(revenue).isEqualTo(55_000);
    assertThat(share).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(s.segments())
        .extracting(SegmentSummary::segment)
        .containsExactlyElementsOf(SegmentMaps.putler11().segments());
    assertThat(s.toString()).contains("RFM segmentation of 10 customers", "Champions");
    assertThat(s.customer(3)).isEqualTo(CustomerId.of("c3"));
    assertThat(s.boundaries()).isEqualTo(RfmBinning.quantiles(5).fit(c));
    assertThat(s.segmentMap()).isEqualTo(SegmentMaps.putler11());
    assertThat(s.columns()).isSameAs(c);
    assertThat(c.revenue(2)).isEqualTo(Money.ofMinor(3000, USD));
  }

  @Test
  void rejectsCallerMistakes() {
    RfmColumns c = tenCustomers();
    RfmScorer scorer = RfmScorer.of(RfmBinning.quantiles(5).fit(c), SegmentMaps.rf10());
    assertThatThrownBy(() -> RfmScorer.of(null, SegmentMaps.rf10()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("boundaries");
    assertThatThrownBy(() -> scorer.score((RfmSummary) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scorer.score(CustomerId.of("x"), -1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recencyDays must not be negative, but was -1");
    assertThatThrownBy(() -> scorer.score(CustomerId.of("x"), 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frequency must be at least 1, but was 0");
    assertThatThrownBy(() -> scorer.score(CustomerId.of("x"), 1, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monetary must be finite, but was NaN");
    assertThatThrownBy(() -> new RfmSummary(CustomerId.of("x"), 1, 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scorer.cell(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scorer.segment(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scorer.segment(RfmCell.of(6, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell must be within 5/5/5 bins, but was 611");
    assertThatThrownBy(() -> RfmCell.of(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r must be between 1 and 10, but was 0");
    assertThat(RfmCell.of(5, 4, 5)).isSameAs(RfmCell.parse("545"));
    assertThatThrownBy(() -> scorer.scoreAll(c, 300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("300");
    assertThatThrownBy(() -> RfmBinning.quantiles(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recencyBins must be between 2 and 10, but was 11");
    assertThatThrownBy(() -> RfmBinning.ntile(5, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frequencyBins must be between 2 and 10, but was 1");
    assertThatThrownBy(() -> RfmBinning.quantiles(5).fit(c.slice(0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> RfmBinning.quantiles(5).fit(RfmDistribution.of(c.slice(0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> Breakpoints.fixed(RfmDimension.RECENCY, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> Breakpoints.fixed(RfmDimension.RECENCY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 9");
    assertThatThrownBy(() -> Breakpoints.fixed(RfmDimension.RECENCY, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Breakpoints.fixed(RfmDimension.RECENCY, 1).rangeOf(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 3");
    Breakpoints f = Breakpoints.fixed(RfmDimension.FREQUENCY, 2);
    assertThatThrownBy(() -> RfmBoundaries.of(f, f, f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recency must be breakpoints of RECENCY, but were of FREQUENCY");
    RfmColumns eur =
        RfmColumns.of(
            new CustomerId[] {CustomerId.of("e")},
            new int[] {1},
            new int[] {1},
            new double[] {1},
            new long[] {100},
            Currency.getInstance("EUR"));
    assertThatThrownBy(() -> RfmDistribution.of(c).merge(RfmDistribution.of(eur)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void columnsRejectBadRowsNamingThem() {
    CustomerId[] ids = {CustomerId.of("a")};
    assertThatThrownBy(
            () ->
                RfmColumns.of(
                    ids, new int[] {-1}, new int[] {1}, new double[] {1}, new long[] {1}, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recencyDays[0] must not be negative, but was -1");
    assertThatThrownBy(
            () ->
                RfmColumns.of(
                    ids, new int[] {1}, new int[] {0}, new double[] {1}, new long[] {1}, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frequency[0]");
    assertThatThrownBy(
            () ->
                RfmColumns.of(
                    ids,
                    new int[] {1},
                    new int[] {1},
                    new double[] {Double.NaN},
                    new long[] {1},
                    USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monetary[0]");
    assertThatThrownBy(
            () ->
                RfmColumns.of(
                    ids, new int[] {1}, new int[] {1}, new double[] {1}, new long[] {-1}, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("revenueMinor[0]");
    assertThatThrownBy(
            () ->
                RfmColumns.of(
                    new CustomerId[] {null},
                    new int[] {1},
                    new int[] {1},
                    new double[] {1},
                    new long[] {1},
                    USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ids[0]");
    assertThatThrownBy(
            () ->
                RfmColumns.of(
                    ids, new int[2], new int[] {1}, new double[] {1}, new long[] {1}, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recencyDays must have the length of ids (1), but had 2");
    RfmColumns c = tenCustomers();
    assertThatThrownBy(() -> c.customer(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.slice(5, 11)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(c.toString()).contains("customers=10");
    assertThat(RfmDistribution.of(c).distinctValues(RfmDimension.FREQUENCY)).isEqualTo(10);
    assertThat(RfmDistribution.of(c).toString()).contains("customers=10");
    assertThat(RfmBinning.quantiles(3, 4, 5).toString()).isEqualTo("QUANTILES 3/4/5");
  }

  @Test
  void aSegmentMapMustFitTheBoundariesBins() {
    // Regression: a 5-bin map (Putler 11) on 3-bin boundaries put nobody in Champions, silently.
    RfmBoundaries three =
        RfmBoundaries.of(
            Breakpoints.fixed(RfmDimension.RECENCY, 30, 90),
            Breakpoints.fixed(RfmDimension.FREQUENCY, 2, 5),
            Breakpoints.fixed(RfmDimension.MONETARY, 100, 500));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RfmScorer.of(three, SegmentMaps.putler11()))
        .isInstanceOfSatisfying(
            io.github.crmkit.core.PolicyValidationException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.problems())
                    .anyMatch(p -> p.startsWith("rule 'Champions' uses recency scores 4..5"))
                    .anyMatch(p -> p.contains("3 recency bins")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RfmScorer.of(three, SegmentMaps.rf10()))
        .isInstanceOf(io.github.crmkit.core.PolicyValidationException.class);
    // A map whose boxes fit is accepted; unreachable rules are refused.
    SegmentMap small =
        SegmentMap.builder("three")
            .rule(SegmentRule.builder("Best").recency(3, 3).frequency(3, 3).build())
            .rule(SegmentRule.builder("Recent").recency(3, 3).build())
            .fallback("Others")
            .build();
    org.assertj.core.api.Assertions.assertThat(RfmScorer.of(three, small).segmentMap())
        .isEqualTo(small);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RfmScorer.of(three, SegmentMaps.putler11TableOrder()))
        .hasMessageContaining("holds no cell");
  }
}
