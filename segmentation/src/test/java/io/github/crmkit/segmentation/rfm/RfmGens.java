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
      SegmentRule.Builder rule = SegmentRule.named("s" + i).recency(lo, hi);
      if (rng.nextBoolean()) {
        rule.fm(1 + rng.nextInt(3), 4 + rng.nextInt(7));
      } else {
        rule.frequency(1, 1 + rng.nextInt(10));
      }
      b.rule(rule.build());
    }
    return b.fallback("rest").build();
  }
}
