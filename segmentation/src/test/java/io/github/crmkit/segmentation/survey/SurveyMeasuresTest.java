package io.github.crmkit.segmentation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Normal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyMeasuresTest {

  /**
   * REFERENCES.md: n = 400 with 200 promoters, 120 passives, 80 detractors -> NPS 30.0,
   * per-response variance 0.61, standard error 3.905 points, 95% margin 7.65 points.
   */
  @Test
  void reproducesThePublishedNpsExample() {
    NetPromoterScore nps = NetPromoterScore.fromCounts(200, 120, 80);
    assertThat(nps.n()).isEqualTo(400);
    assertThat(nps.score()).isCloseTo(30.0, within(1e-12));
    assertThat(nps.variance()).isCloseTo(0.61, within(1e-12));
    assertThat(nps.standardError()).isCloseTo(3.905, within(5e-4));
    assertThat(nps.marginOfError(0.95)).isCloseTo(7.65, within(5e-3));
    ConfidenceInterval wald = nps.waldInterval(0.95);
    assertThat(wald.lower()).isCloseTo(22.35, within(5e-3));
    assertThat(wald.upper()).isCloseTo(37.65, within(5e-3));
    assertThat(wald.halfWidth()).isCloseTo(nps.marginOfError(0.95), within(1e-9));
    assertThat(wald.toString()).isEqualTo("[22.35, 37.65] (95%)");
    assertThat(nps.explanation().outcome()).contains("NPS = 100 (200 - 80) / 400 = 30.00");
  }

  @Test
  void adjustedWaldFollowsRocks2016() {
    NetPromoterScore nps = NetPromoterScore.fromCounts(200, 120, 80);
    ConfidenceInterval adj = nps.adjustedWaldInterval(0.95);
    double n = 403;
    double p = 200.75 / n;
    double d = 80.75 / n;
    double centre = 100 * (p - d);
    double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    assertThat((adj.lower() + adj.upper()) / 2).isCloseTo(centre, within(1e-9));
    assertThat(adj.halfWidth()).isCloseTo(1.959963985 * se, within(1e-6));
    // All promoters: Wald collapses to a point, adjusted-Wald still has width.
    NetPromoterScore all = NetPromoterScore.fromCounts(10, 0, 0);
    assertThat(all.waldInterval(0.95).halfWidth()).isZero();
    assertThat(all.adjustedWaldInterval(0.95).lower()).isLessThan(100);
  }

  @Test
  void countsAnswersIntoBandsAndRejectsOffScaleOnes() {
    int[] answers = {10, 9, 8, 7, 6, 0, 11, -1, 9};
    NetPromoterScore nps = NetPromoterScore.of(answers);
    assertThat(nps.promoters()).isEqualTo(3);
    assertThat(nps.passives()).isEqualTo(2);
    assertThat(nps.detractors()).isEqualTo(2);
    assertThat(nps.rejectedRecords()).extracting(Rejection::position).containsExactly(6L, 7L);
    assertThat(nps.rejectedRecords().get(0).detail()).contains("11");
    assertThat(nps.received()).isEqualTo(answers.length);
    NetPromoterScore strict = NetPromoterScore.of(answers, new NpsBands(7, 10));
    assertThat(strict.promoters()).isEqualTo(1);
    assertThat(strict.detractors()).isEqualTo(3);
    NetPromoterScore streamed =
        NetPromoterScore.of(Arrays.asList(10, null, 3, 12).iterator(), NpsBands.defaults());
    assertThat(streamed.n()).isEqualTo(2);
    assertThat(streamed.rejectedRecords())
        .extracting(Rejection::reason)
        .containsExactly(RejectionReason.NULL_RECORD, RejectionReason.OUT_OF_SCALE);
    assertThat(streamed.score()).isZero();
    assertThat(nps.toString()).startsWith("NPS 14.29 (n = 7");
  }

  @Test
  void comparesTwoSurveys() {
    NetPromoterScore a = NetPromoterScore.fromCounts(200, 120, 80);
    NetPromoterScore b = NetPromoterScore.fromCounts(150, 150, 100);
    NpsComparison c = a.compareTo(b);
    assertThat(c.difference()).isCloseTo(17.5, within(1e-9));
    assertThat(c.standardError())
        .isCloseTo(Math.hypot(a.standardError(), b.standardError()), within(1e-12));
    assertThat(c.z()).isCloseTo(c.difference() / c.standardError(), within(1e-12));
    assertThat(c.pValue()).isBetween(0.0, 0.01);
    assertThat(c.isSignificant(0.05)).isTrue();
    NpsComparison same = a.compareTo(a);
    assertThat(same.z()).isZero();
    assertThat(same.pValue()).isCloseTo(1.0, within(1e-6));
    assertThat(same.isSignificant(0.05)).isFalse();
  }

  @Test
  void normalDistributionIsAccurate() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963985, within(1e-8));
    assertThat(Normal.quantile(0.5)).isCloseTo(0.0, within(1e-9));
    assertThat(Normal.quantile(0.005)).isCloseTo(-2.575829304, within(1e-7));
    assertThat(Normal.cdf(1.959963985)).isCloseTo(0.975, within(1e-7));
    assertThat(Normal.cdf(-3)).isCloseTo(0.001349898, within(1e-8));
    assertThat(Normal.twoSidedZ(0.99)).isCloseTo(2.575829304, within(1e-7));
  }

  /** REFERENCES.md: means 8.2, 7.6, 7.4 with weights 0.40, 0.35, 0.25 give 75.4. */
  @Test
  void reproducesThePublishedSatisfactionIndex() {
    SatisfactionIndex index =
        SatisfactionIndex.of(new double[] {8.2, 7.6, 7.4}, new double[] {0.40, 0.35, 0.25});
    assertThat(index.value()).isCloseTo(75.4, within(0.05));
    assertThat(index.toString()).isEqualTo("satisfaction index 75.44");
    assertThat(SatisfactionIndex.of(10, 10).value()).isCloseTo(100, within(1e-9));
    assertThat(SatisfactionIndex.of(1.0).value()).isZero();
    assertThat(index.explanation().inputs()).containsKey("item 3");
  }

  @Test
  void csatTopBoxMeanAndErrors() {
    Csat csat = Csat.of(new int[] {5, 4, 3, 5, 2, 1, 4, 5, 0, 6});
    assertThat(csat.n()).isEqualTo(8);
    assertThat(csat.rejectedRecords()).hasSize(2);
    assertThat(csat.topBoxShare()).isCloseTo(5 / 8.0, within(1e-12));
    assertThat(csat.topBoxStandardError()).isCloseTo(Math.sqrt(0.625 * 0.375 / 8), within(1e-12));
    assertThat(csat.mean()).isCloseTo(29 / 8.0, within(1e-12));
    double m = 29 / 8.0;
    double ss = 0;
    for (int a : new int[] {5, 4, 3, 5, 2, 1, 4, 5}) {
      ss += (a - m) * (a - m);
    }
    assertThat(csat.meanStandardError()).isCloseTo(Math.sqrt(ss / 7 / 8), within(1e-12));
    Csat topOne = Csat.of(new int[] {7, 7, 6, 1}, 1, 7, 1);
    assertThat(topOne.topBoxShare()).isEqualTo(0.5);
    assertThat(topOne.explanation().thresholds()).containsEntry("top box", "7..7");
    assertThat(Csat.of(new int[] {3}).meanStandardError()).isZero();
    assertThat(csat.toString()).contains("62.5%");
  }

  @Test
  void rejectsBadInputAndUndefinedResults() {
    assertThatThrownBy(() -> new NpsBands(7, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7 and 7");
    assertThatThrownBy(() -> NetPromoterScore.fromCounts(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    NetPromoterScore empty = NetPromoterScore.of(new int[] {42});
    assertThatThrownBy(empty::score)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("n = 0");
    assertThat(empty.explanation().outcome()).contains("undefined");
    assertThat(empty.toString()).contains("undefined");
    assertThatThrownBy(() -> NetPromoterScore.fromCounts(1, 0, 0).marginOfError(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> Csat.of(new int[] {1}, 5, 5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5..5");
    assertThatThrownBy(() -> Csat.of(new int[] {1}, 1, 5, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("box must be between 1 and 5, but was 6");
    assertThatThrownBy(() -> Csat.of(new int[0]).mean()).isInstanceOf(IllegalStateException.class);
    assertThat(Csat.of(new int[0]).toString()).contains("undefined");
    assertThat(Csat.of(new int[0]).explanation().outcome()).contains("undefined");
    assertThatThrownBy(() -> SatisfactionIndex.of(new double[] {11}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itemMeans[0] must be between 1 and 10, but was 11.0");
    assertThatThrownBy(() -> SatisfactionIndex.of(new double[] {5, 5}, new double[] {0.5, 0.6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> SatisfactionIndex.of(new double[] {5}, new double[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one entry per item");
    assertThatThrownBy(() -> SatisfactionIndex.of(new double[] {5, 5}, new double[] {-1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights[0]");
    assertThatThrownBy(() -> SatisfactionIndex.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConfidenceInterval(2, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(NetPromoterScore.of(new int[] {9}, NpsBands.defaults()).bands()))
        .containsExactly(NpsBands.defaults());
  }
}
