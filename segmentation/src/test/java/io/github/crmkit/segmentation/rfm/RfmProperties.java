package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.testkit.quicktheories.CrmGen;
import org.junit.jupiter.api.Test;

/** Invariants of RFM scoring, checked over generated bases, binnings and segment maps. */
class RfmProperties {

  @Test
  void theSelectedTiedIdIsTheOneSortingWouldGive() {
    qt().withExamples(300)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, 5000))
                .ofSizeBetween(1, 400),
            org.quicktheories.generators.SourceDSL.integers().between(0, 2),
            org.quicktheories.generators.SourceDSL.integers().allPositive())
        .checkAssert(
            (values, shape, pick) -> {
              java.util.List<io.github.crmkit.core.CustomerId> ids =
                  values.stream()
                      .distinct()
                      .map(v -> io.github.crmkit.core.CustomerId.of("c" + v))
                      .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
              if (shape == 1) {
                java.util.Collections.sort(ids); // sorted and reversed: a pivot's worst cases
              } else if (shape == 2) {
                ids.sort(java.util.Comparator.reverseOrder());
              }
              io.github.crmkit.core.CustomerId[] a =
                  ids.toArray(new io.github.crmkit.core.CustomerId[0]);
              java.util.List<io.github.crmkit.core.CustomerId> sorted =
                  ids.stream().sorted().collect(java.util.stream.Collectors.toList());
              int k = pick % a.length;
              assertThat(RfmBinning.kthSmallest(a, a.length, k)).isEqualTo(sorted.get(k));
              // Selections on an array already partly ordered by one (consecutive NTILE cuts).
              int k2 = (pick / 7) % a.length;
              assertThat(RfmBinning.kthSmallest(a, a.length, k2)).isEqualTo(sorted.get(k2));
            });
  }

  @Test
  void scoresStayWithinOneToBins() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.binnings())
        .checkAssert(
            (c, binning) -> {
              RfmBoundaries b = binning.fit(c);
              for (int i = 0; i < c.size(); i++) {
                RfmCell cell = b.score(c.summary(i));
                assertThat(cell.r()).isBetween(1, binning.bins(RfmDimension.RECENCY));
                assertThat(cell.f()).isBetween(1, binning.bins(RfmDimension.FREQUENCY));
                assertThat(cell.m()).isBetween(1, binning.bins(RfmDimension.MONETARY));
              }
            });
  }

  @Test
  void aMoreRecentCustomerNeverScoresLowerOnRecency() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.bins())
        .checkAssert(
            (c, bins) -> {
              Breakpoints r = RfmBinning.quantiles(bins).fit(c).recency();
              for (int i = 0; i < c.size(); i++) {
                for (int j = 0; j < c.size(); j++) {
                  if (c.recencyDays(i) < c.recencyDays(j)) {
                    assertThat(r.score(c.recencyDays(i)))
                        .isGreaterThanOrEqualTo(r.score(c.recencyDays(j)));
                  }
                }
              }
            });
  }

  @Test
  void higherFrequencyAndSpendNeverScoreLower() {
    qt().withExamples(100)
        .forAll(RfmGens.columns(), RfmGens.bins())
        .checkAssert(
            (c, bins) -> {
              RfmBoundaries b = RfmBinning.quantiles(bins).fit(c);
              for (int i = 0; i < c.size(); i++) {
                for (int j = 0; j < c.size(); j++) {
                  if (c.frequency(i) > c.frequency(j)) {
                    assertThat(b.frequency().score(c.frequency(i)))
                        .isGreaterThanOrEqualTo(b.frequency().score(c.frequency(j)));
                  }
                  if (c.monetary(i) > c.monetary(j)) {
                    assertThat(b.monetary().score(c.monetary(i)))
                        .isGreaterThanOrEqualTo(b.monetary().score(c.monetary(j)));
                  }
                }
              }
            });
  }

  @Test
  void mergingPartitionDistributionsEqualsFittingTheWhole() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.bins(), CrmGen.of(rng -> rng.nextInt(1_000_000)))
        .checkAssert(
            (c, bins, cut) -> {
              int n = c.size();
              int a = cut % (n + 1);
              int b = a + (cut / 7) % (n - a + 1);
              RfmDistribution parts =
                  RfmDistribution.of(c.slice(0, a))
                      .merge(RfmDistribution.of(c.slice(a, b)))
                      .merge(RfmDistribution.of(c.slice(b, n)));
              assertThat(parts.customers()).isEqualTo(n);
              RfmBinning binning = RfmBinning.quantiles(bins);
              assertThat(binning.fit(parts)).isEqualTo(binning.fit(c));
            });
  }

  @Test
  void everyCustomerGetsExactlyOneSegmentOfTheMap() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.setups())
        .checkAssert(
            (c, setup) -> {
              SegmentMap map = setup.map();
              RfmSegmentation all = RfmScorer.of(setup.binning().fit(c), map).scoreAll(c);
              long total = 0;
              for (SegmentSummary s : all.segments()) {
                total += s.customers();
              }
              assertThat(total).isEqualTo(c.size());
              for (int i = 0; i < c.size(); i++) {
                String segment = all.segment(i);
                assertThat(map.segments()).contains(segment);
                assertThat(segment).isEqualTo(map.classify(all.cell(i)));
              }
            });
  }

  @Test
  void batchEqualsPerCustomerScoring() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.setups())
        .checkAssert(
            (c, setup) -> {
              RfmScorer scorer = RfmScorer.of(setup.binning().fit(c), setup.map());
              RfmSegmentation one = scorer.scoreAll(c);
              RfmSegmentation two = scorer.scoreAll(c, 2);
              for (int i = 0; i < c.size(); i++) {
                RfmResult single = scorer.score(c.summary(i));
                assertThat(one.cell(i)).isEqualTo(single.cell());
                assertThat(one.segment(i)).isEqualTo(single.segment());
                assertThat(two.cell(i)).isEqualTo(single.cell());
                assertThat(one.result(i).cellCode()).isEqualTo(single.cellCode());
                RfmCell cell = scorer.cell(c.summary(i));
                assertThat(cell).isSameAs(single.cell());
                assertThat(scorer.segment(cell)).isEqualTo(single.segment());
              }
              assertThat(two.segments()).isEqualTo(one.segments());
            });
  }

  @Test
  void ntileBinSizesDifferByAtMostOne() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.bins())
        .checkAssert(
            (c, bins) -> {
              RfmBoundaries b = RfmBinning.ntile(bins).fit(c);
              long[] sizes = new long[bins + 1];
              for (int i = 0; i < c.size(); i++) {
                sizes[b.score(c.summary(i)).m()]++;
              }
              long min = Long.MAX_VALUE;
              long max = 0;
              for (int s = 1; s <= bins; s++) {
                min = Math.min(min, sizes[s]);
                max = Math.max(max, sizes[s]);
              }
              assertThat(max - min).isLessThanOrEqualTo(1);
            });
  }

  /**
   * NTILE scores are the definition: customers ordered by (value, id), bin sizes n / bins with one
   * more for the first n % bins bins, in every dimension (the integer ones are cut by counting, the
   * monetary one by selection), on one task or three.
   */
  @Test
  void ntileScoresAreTheOrderByValueThenId() {
    qt().withExamples(200)
        .forAll(RfmGens.columns(), RfmGens.bins(), RfmGens.bins())
        .checkAssert(
            (c, bins, parallel) -> {
              RfmBoundaries one = RfmBinning.ntile(bins).fit(c, 1);
              RfmBoundaries three = RfmBinning.ntile(bins).fit(c, 1 + parallel % 3);
              int n = c.size();
              for (RfmDimension dim : RfmDimension.values()) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                  order[i] = i;
                }
                java.util.Arrays.sort(
                    order,
                    (a, b) -> {
                      int byValue = Double.compare(value(c, dim, a), value(c, dim, b));
                      return byValue != 0 ? byValue : c.customer(a).compareTo(c.customer(b));
                    });
                int base = n / bins;
                int extra = n % bins;
                int position = 0;
                for (int bin = 0; bin < bins; bin++) {
                  int size = base + (bin < extra ? 1 : 0);
                  for (int k = 0; k < size; k++, position++) {
                    int i = order[position];
                    int expected =
                        dim == RfmDimension.RECENCY ? bins - bin : bin + 1; // recent is best
                    assertThat(score(one, dim, c.summary(i)))
                        .as("%s of customer %s at position %s", dim, c.customer(i), position)
                        .isEqualTo(expected);
                    assertThat(score(three, dim, c.summary(i))).isEqualTo(expected);
                  }
                }
              }
            });
  }

  private static double value(RfmColumns c, RfmDimension dim, int i) {
    return switch (dim) {
      case RECENCY -> c.recencyDays(i);
      case FREQUENCY -> c.frequency(i);
      case MONETARY -> c.summary(i).monetary();
    };
  }

  private static int score(RfmBoundaries b, RfmDimension dim, RfmSummary s) {
    RfmCell cell = b.score(s);
    return switch (dim) {
      case RECENCY -> cell.r();
      case FREQUENCY -> cell.f();
      case MONETARY -> cell.m();
    };
  }
}
