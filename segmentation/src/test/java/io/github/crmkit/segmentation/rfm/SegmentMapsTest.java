package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.PolicyValidationException;
import org.junit.jupiter.api.Test;

class SegmentMapsTest {

  /** REFERENCES.md: with R rfm 0.3.0's default segments, 10 of the 125 cells fall to "Others". */
  @Test
  void rRfmDefaultsLeaveTenOfTheCellsToOthers() {
    SegmentMap map = SegmentMaps.rRfmDefaults();
    SegmentMapReport report = map.validate(5, 5, 5);
    assertThat(report.cells()).isEqualTo(125);
    assertThat(report.uncoveredCells()).hasSize(10);
    for (RfmCell cell : report.uncoveredCells()) {
      assertThat(map.classify(cell)).isEqualTo("Others");
    }
    assertThat(map.classify(RfmCell.parse("555"))).isEqualTo("Champions");
    assertThat(map.classify(RfmCell.parse("111"))).isEqualTo("Lost");
    assertThat(map.segments()).hasSize(11).endsWith("Others");
    assertThat(map.source()).contains("rfm 0.3.0");
  }

  /**
   * REFERENCES.md: Putler's 11-segment map in table order can never reach New, Promising, Can't
   * Lose Them and Lost.
   */
  @Test
  void putlerTableOrderHasFourUnreachableSegmentsInTableOrder() {
    SegmentMapReport report = SegmentMaps.putler11TableOrder().validate(5, 5, 5);
    assertThat(report.unreachableRules())
        .containsExactly("New Customers", "Promising", "Can't Lose Them", "Lost");
    assertThat(report.overlaps()).isNotEmpty();
    assertThat(report.isComplete()).isFalse();
    assertThatThrownBy(() -> SegmentMaps.putler11TableOrder().requireReachable(5, 5, 5))
        .isInstanceOf(PolicyValidationException.class)
        .hasMessageContaining("'New Customers' is unreachable")
        .hasMessageContaining("'Lost' is unreachable");
  }

  @Test
  void putlerPresetReachesAllElevenAndCoversEveryCell() {
    SegmentMap map = SegmentMaps.putler11();
    SegmentMapReport report = map.validate(5, 5, 5);
    assertThat(report.unreachableRules()).isEmpty();
    assertThat(report.uncoveredCells()).isEmpty();
    assertThat(report.isComplete()).isTrue();
    assertThat(map.rules()).hasSize(11).allMatch(SegmentRule::usesFm);
    assertThat(map.requireReachable(5, 5, 5)).isSameAs(map);
    assertThat(map.classify(RfmCell.parse("111"))).isEqualTo("Lost");
    assertThat(map.classify(RfmCell.parse("112"))).isEqualTo("Hibernating");
    assertThat(map.classify(RfmCell.parse("511"))).isEqualTo("New Customers");
    assertThat(map.classify(RfmCell.parse("311"))).isEqualTo("Promising");
    assertThat(map.classify(RfmCell.parse("155"))).isEqualTo("Can't Lose Them");
  }

  @Test
  void rf10CoversTheRfGridWithoutOverlap() {
    SegmentMapReport report = SegmentMaps.rf10().validate(5, 5, 5);
    assertThat(report.isComplete()).isTrue();
    assertThat(report.overlaps()).isEmpty();
    assertThat(SegmentMaps.rf10().classify(RfmCell.parse("551"))).isEqualTo("Champions");
    assertThat(SegmentMaps.rf10().classify(RfmCell.parse("511"))).isEqualTo("New Customers");
  }

  @Test
  void validatorReportsOverlapsAndGaps() {
    SegmentMap map =
        SegmentMap.builder("custom")
            .rule(SegmentRule.builder("Top").recency(4, 5).build())
            .rule(SegmentRule.builder("Recent").recency(5, 5).build())
            .rule(SegmentRule.builder("Mid").recency(3, 4).frequency(1, 5).monetary(1, 5).build())
            .fallback("Rest")
            .build();
    SegmentMapReport report = map.validate(5, 5, 5);
    assertThat(report.unreachableRules()).containsExactly("Recent");
    assertThat(report.overlaps())
        .containsExactly(
            new SegmentMapReport.Overlap("Top", "Recent", 25),
            new SegmentMapReport.Overlap("Top", "Mid", 25));
    assertThat(report.uncoveredCells()).hasSize(50);
    assertThat(report.toString()).contains("custom", "Recent");
    assertThat(map.toString()).contains("1. Top: R 4..5", "otherwise: Rest");
  }

  @Test
  void rulesExplainEachRange() {
    SegmentRule rule = SegmentRule.builder("Champions").recency(4, 5).fm(4, 5).build();
    assertThat(rule.matches(5, 4, 5)).isTrue();
    assertThat(rule.matches(5, 3, 4)).isFalse();
    assertThat(rule.reason(5, 3, 4)).isEqualTo("R=5 in 4..5, FM=3.5 not in 4..5");
    SegmentRule rfm = SegmentRule.builder("X").recency(1, 2).frequency(3, 3).monetary(1, 5).build();
    assertThat(rfm.reason(3, 3, 1)).isEqualTo("R=3 not in 1..2, F=3 in 3..3, M=1 in 1..5");
    assertThat(rule).isEqualTo(SegmentRule.builder("Champions").recency(4, 5).fm(4, 5).build());
    assertThat(rule).hasToString("Champions: R 4..5, FM 4..5");
  }

  @Test
  void rejectsBadMapsAndRules() {
    assertThatThrownBy(() -> SegmentRule.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> SegmentRule.builder("x").recency(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.0..3.0");
    assertThatThrownBy(() -> SegmentRule.builder("x").frequency(4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4.0..3.0");
    assertThatThrownBy(() -> SegmentRule.builder("x").fm(1, 11))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SegmentRule.builder("x").fm(1, 2).frequency(1, 2).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("either an FM range");
    SegmentRule a = SegmentRule.builder("A").build();
    assertThatThrownBy(() -> SegmentMap.builder("m").rule(a).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fallback");
    assertThatThrownBy(() -> SegmentMap.builder("m").fallback("F").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one rule");
    assertThatThrownBy(() -> SegmentMap.builder("m").rule(a).rule(a).fallback("F").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two segments named 'A'");
    assertThatThrownBy(() -> SegmentMap.builder("m").rule(a).fallback("A").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fallback's name");
    assertThatThrownBy(() -> SegmentMap.builder("m").fallback(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SegmentMap.builder("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SegmentMaps.rf10().validate(1, 5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recencyBins must be between 2 and 10, but was 1");
    assertThatThrownBy(() -> SegmentMaps.rf10().classify(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void cellsPrintAndParse() {
    assertThat(RfmCell.parse("545")).isEqualTo(new RfmCell(5, 4, 5));
    assertThat(new RfmCell(5, 4, 5).code()).isEqualTo("545");
    assertThat(new RfmCell(10, 3, 7)).hasToString("10-3-7");
    assertThat(RfmCell.parse("10-3-7")).isEqualTo(new RfmCell(10, 3, 7));
    assertThat(new RfmCell(3, 4, 5).fm()).isEqualTo(4.5);
    assertThatThrownBy(() -> RfmCell.parse("505"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'505'");
    assertThatThrownBy(() -> RfmCell.parse("a-b-c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a-b-c'");
    assertThatThrownBy(() -> RfmCell.parse("11-1-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r must be between 1 and 10, but was 11");
    assertThatThrownBy(() -> RfmCell.parse("12")).isInstanceOf(IllegalArgumentException.class);
  }
}
