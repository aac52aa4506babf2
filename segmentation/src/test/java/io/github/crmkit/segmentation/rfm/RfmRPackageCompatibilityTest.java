package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.CustomerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reproduces the scores of R package rfm 0.3.0 (quantile cut points, R type 7, plus 1, half-open
 * bins, ties never split, recency reversed) on 997 customers, for 3, 5 and 10 bins. The expected
 * scores and breakpoints were computed by R 4.2.2 with src/test/r/r-rfm-reference.R; the 10-bin
 * frequency breakpoints repeat (2 3 3 4 4 5 5 6 10), so the test also covers scores that R leaves
 * unused.
 */
class RfmRPackageCompatibilityTest {
  static final Currency USD = Currency.getInstance("USD");

  record Reference(
      RfmColumns columns, Map<Integer, int[][]> scores, Map<String, double[]> breaks) {}

  static Reference load() throws IOException {
    List<CustomerId> ids = new ArrayList<>();
    List<int[]> rf = new ArrayList<>();
    List<Double> amounts = new ArrayList<>();
    List<Long> revenue = new ArrayList<>();
    List<int[]> expected = new ArrayList<>();
    Map<String, double[]> breaks = new HashMap<>();
    try (InputStream in =
            RfmRPackageCompatibilityTest.class.getResourceAsStream("r-rfm-0.3.0-reference.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      assertThat(header).startsWith("customer_id,recency_days,transaction_count,amount,r3");
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("# breaks ")) {
          String[] p = line.substring(9).split(" ", -1);
          double[] cuts = new double[p.length - 2];
          for (int i = 2; i < p.length; i++) {
            cuts[i - 2] = Double.parseDouble(p[i]);
          }
          breaks.put(p[0] + p[1], cuts);
          continue;
        }
        String[] f = line.split(",", -1);
        ids.add(CustomerId.of(f[0]));
        rf.add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        amounts.add(Double.parseDouble(f[3]));
        revenue.add(new BigDecimal(f[3]).movePointRight(2).longValueExact());
        int[] s = new int[9];
        for (int i = 0; i < 9; i++) {
          s[i] = Integer.parseInt(f[4 + i]);
        }
        expected.add(s);
      }
    }
    int n = ids.size();
    int[] rec = new int[n];
    int[] freq = new int[n];
    double[] mon = new double[n];
    long[] rev = new long[n];
    for (int i = 0; i < n; i++) {
      rec[i] = rf.get(i)[0];
      freq[i] = rf.get(i)[1];
      mon[i] = amounts.get(i);
      rev[i] = revenue.get(i);
    }
    Map<Integer, int[][]> scores = new HashMap<>();
    int[] binsOrder = {3, 5, 10};
    for (int b = 0; b < 3; b++) {
      int[][] s = new int[n][3];
      for (int i = 0; i < n; i++) {
        s[i][0] = expected.get(i)[3 * b];
        s[i][1] = expected.get(i)[3 * b + 1];
        s[i][2] = expected.get(i)[3 * b + 2];
      }
      scores.put(binsOrder[b], s);
    }
    return new Reference(
        RfmColumns.of(ids.toArray(new CustomerId[0]), rec, freq, mon, rev, USD), scores, breaks);
  }

  @ParameterizedTest(name = "R rfm 0.3.0 breakpoints, {0} bins")
  @ValueSource(ints = {3, 5, 10})
  void breakpointsEqualRsToTheLastBit(int bins) throws IOException {
    Reference ref = load();
    RfmBoundaries b = RfmBinning.quantiles(bins).fit(ref.columns());
    assertThat(b.recency().cuts()).containsExactly(boxed(ref.breaks().get(bins + "r")));
    assertThat(b.frequency().cuts()).containsExactly(boxed(ref.breaks().get(bins + "f")));
    assertThat(b.monetary().cuts()).containsExactly(boxed(ref.breaks().get(bins + "m")));
    assertThat(RfmBinning.quantiles(bins).fit(RfmDistribution.of(ref.columns()))).isEqualTo(b);
    assertThat(RfmBinning.quantiles(bins).fit(ref.columns(), 2)).isEqualTo(b);
  }

  @ParameterizedTest(name = "R rfm 0.3.0 scores, {0} bins")
  @ValueSource(ints = {3, 5, 10})
  void scoresEqualRsForEveryCustomer(int bins) throws IOException {
    Reference ref = load();
    RfmColumns c = ref.columns();
    // Scores only: R applies its 5-score default segments to any bin count, crmkit refuses that
    // (RfmScorer.of), so the segments here are one box over every cell.
    SegmentMap any =
        SegmentMap.builder("any").rule(SegmentRule.builder("any").build()).fallback("none").build();
    RfmScorer scorer = RfmScorer.of(RfmBinning.quantiles(bins).fit(c), any);
    RfmSegmentation all = scorer.scoreAll(c);
    int[][] expected = ref.scores().get(bins);
    for (int i = 0; i < c.size(); i++) {
      RfmResult one = scorer.score(c.summary(i));
      assertThat(new int[] {one.r(), one.f(), one.m()})
          .as("customer %s", c.customer(i))
          .containsExactly(expected[i]);
      assertThat(all.cell(i)).isEqualTo(one.cell());
    }
  }

  private static Double[] boxed(double[] values) {
    Double[] out = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
