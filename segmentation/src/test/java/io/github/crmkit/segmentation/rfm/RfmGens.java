package io.github.crmkit.segmentation.rfm;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.testkit.DomainGenerators;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/** QuickTheories generators of RFM values, built on testkit's RandomGenerator-based ones. */
final class RfmGens {
  static final Currency USD = Currency.getInstance("USD");

  private RfmGens() {}

  /** Columns of 1 to 400 customers with heavily tied values, as real bases have. */
  static RfmColumns columns(RandomGenerator rng) {
    int n = 1 + rng.nextInt(400);
    int recencyRange = 1 + rng.nextInt(800);
    int frequencyRange = 1 + rng.nextInt(20);
    Set<CustomerId> seen = new HashSet<>();
    List<CustomerId> ids = new ArrayList<>();
    while (ids.size() < n) {
      CustomerId id = DomainGenerators.customerId(rng);
      if (seen.add(id)) {
        ids.add(id);
      }
    }
    int[] r = new int[n];
    int[] f = new int[n];
    double[] m = new double[n];
    long[] rev = new long[n];
    for (int i = 0; i < n; i++) {
      r[i] = rng.nextInt(recencyRange);
      f[i] = 1 + rng.nextInt(frequencyRange);
      rev[i] = rng.nextInt(4) == 0 ? 1000L * rng.nextInt(5) : rng.nextLong(0, 1_000_000);
      m[i] = rev[i] / 100.0;
    }
    return RfmColumns.of(ids.toArray(new CustomerId[0]), r, f, m, rev, USD);
  }

  static Gen<RfmColumns> columns() {
    return CrmGen.of(RfmGens::columns);
  }

  static Gen<Integer> bins() {
    return CrmGen.of(rng -> 2 + rng.nextInt(9));
  }

  static Gen<RfmBinning> binnings() {
    return CrmGen.of(
        rng -> {
          int r = 2 + rng.nextInt(9);
          int f = 2 + rng.nextInt(9);
          int m = 2 + rng.nextInt(9);
          return rng.nextBoolean() ? RfmBinning.quantiles(r, f, m) : RfmBinning.ntile(r, f, m);
        });
  }

  static Gen<SegmentMap> maps() {
    return CrmGen.of(
        rng -> {
          return switch (rng.nextInt(5)) {
            case 0 -> SegmentMaps.rRfmDefaults();
            case 1 -> SegmentMaps.rf10();
            case 2 -> SegmentMaps.putler11();
            case 3 -> SegmentMaps.putler11TableOrder();
            default -> randomMap(rng);
          };
        });
  }

  private static SegmentMap randomMap(java.util.random.RandomGenerator rng) {
    SegmentMap.Builder b = SegmentMap.builder("random");
    int rules = 1 + rng.nextInt(6);
    for (int i = 0; i < rules; i++) {
      int lo = 1 + rng.nextInt(10);
      int hi = lo + rng.nextInt(11 - lo);
      SegmentRule.Builder rule = SegmentRule.builder("s" + i).recency(lo, hi);
      if (rng.nextBoolean()) {
        rule.fm(1 + rng.nextInt(3), 4 + rng.nextInt(7));
      } else {
        rule.frequency(1, 1 + rng.nextInt(10));
      }
      b.rule(rule.build());
    }
    return b.fallback("rest").build();
  }

  /** A binning and a segment map that fits its bins (RfmScorer.of refuses maps that do not). */
  record Setup(RfmBinning binning, SegmentMap map) {}

  static Gen<Setup> setups() {
    return CrmGen.of(
        rng -> {
          int kind = rng.nextInt(4);
          if (kind < 3) {
            RfmBinning five = rng.nextBoolean() ? RfmBinning.quantiles(5) : RfmBinning.ntile(5);
            SegmentMap map =
                switch (kind) {
                  case 0 -> SegmentMaps.rRfmDefaults();
                  case 1 -> SegmentMaps.rf10();
                  default -> SegmentMaps.putler11();
                };
            return new Setup(five, map);
          }
          int r = 2 + rng.nextInt(9);
          int f = 2 + rng.nextInt(9);
          int m = 2 + rng.nextInt(9);
          RfmBinning binning =
              rng.nextBoolean() ? RfmBinning.quantiles(r, f, m) : RfmBinning.ntile(r, f, m);
          return new Setup(binning, fittingMap(rng, r, f, m));
        });
  }

  private static SegmentMap fittingMap(RandomGenerator rng, int rBins, int fBins, int mBins) {
    List<SegmentRule> rules = new ArrayList<>();
    int count = 1 + rng.nextInt(6);
    for (int i = 0; i < count; i++) {
      int lo = 1 + rng.nextInt(rBins);
      int hi = rng.nextInt(4) == 0 ? 10 : lo + rng.nextInt(rBins - lo + 1);
      SegmentRule.Builder rule = SegmentRule.builder("s" + i).recency(lo, hi);
      if (rng.nextBoolean()) {
        int top = Math.min(fBins, mBins);
        int fmLo = 1 + rng.nextInt(top);
        rule.fm(fmLo, rng.nextBoolean() ? 10 : fmLo + rng.nextInt(top - fmLo + 1));
      } else {
        rule.frequency(1, rng.nextBoolean() ? 10 : 1 + rng.nextInt(fBins));
      }
      rules.add(rule.build());
    }
    SegmentMap all = build(rules);
    List<String> unreachable = all.validate(rBins, fBins, mBins).unreachableRules();
    rules.removeIf(rule -> unreachable.contains(rule.name()));
    return build(rules);
  }

  private static SegmentMap build(List<SegmentRule> rules) {
    SegmentMap.Builder b = SegmentMap.builder("random");
    rules.forEach(b::rule);
    if (rules.isEmpty()) {
      b.rule(SegmentRule.builder("any").build());
    }
    return b.fallback("rest").build();
  }
}
