package io.github.crmkit.segmentation.rfm;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the RFM API rejects null for each parameter not marked
 * {@code @Nullable}, with a {@link NullPointerException}.
 */
class NullArgumentsTest {
  static final Currency USD = Currency.getInstance("USD");

  @Test
  void publicApiRejectsNulls() {
    RfmColumns columns = RfmScorerTest.tenCustomers();
    RfmBoundaries boundaries = RfmBinning.quantiles(5).fit(columns);
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Currency.class, USD)
            .setDefault(ZoneId.class, ZoneId.of("Asia/Seoul"))
            .setDefault(Instant.class, Instant.EPOCH)
            .setDefault(CustomerId.class, CustomerId.of("c"))
            .setDefault(RfmColumns.class, columns)
            .setDefault(RfmBoundaries.class, boundaries)
            .setDefault(SegmentMap.class, SegmentMaps.rf10())
            .setDefault(RfmCell.class, RfmCell.of(1, 1, 1))
            .setDefault(RfmSummary.class, columns.summary(0))
            .setDefault(RfmDimension.class, RfmDimension.RECENCY)
            .setDefault(RfmDistribution.class, RfmDistribution.of(columns))
            .setDefault(Breakpoints.class, boundaries.recency())
            .setDefault(SegmentRule.class, SegmentRule.builder("x").build());
    for (Class<?> type :
        new Class<?>[] {
          RfmAggregator.class,
          RfmBinning.class,
          RfmBoundaries.class,
          RfmColumns.class,
          RfmDistribution.class,
          RfmScorer.class,
          RfmSummary.class,
          RfmCell.class,
          Breakpoints.class,
          SegmentRule.class,
          SegmentMap.class,
          SegmentMapJson.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(RfmAggregator.of(Instant.EPOCH, ZoneId.of("Asia/Seoul"), USD));
    t.testAllPublicInstanceMethods(RfmBinning.quantiles(5));
    t.testAllPublicInstanceMethods(boundaries);
    t.testAllPublicInstanceMethods(RfmDistribution.of(columns));
    t.testAllPublicInstanceMethods(RfmScorer.of(boundaries, SegmentMaps.rf10()));
    t.testAllPublicInstanceMethods(SegmentMaps.rf10());
    t.testAllPublicInstanceMethods(SegmentMap.builder("m"));
    t.testAllPublicInstanceMethods(SegmentRule.builder("x"));
    t.testAllPublicInstanceMethods(Breakpoints.fixed(RfmDimension.MONETARY, 1, 2));
  }
}
