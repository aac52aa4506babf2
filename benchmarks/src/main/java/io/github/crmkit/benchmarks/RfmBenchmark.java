package io.github.crmkit.benchmarks;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmColumns;
import io.github.crmkit.segmentation.rfm.RfmResult;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.RfmSummary;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFM on 1,000,000 customers and about 5,000,000 purchases from testkit (seed 20261122, zone
 * Asia/Seoul, which has no daylight saving; see {@link #zone} for the London variant).
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar RfmBenchmark -prof gc}.
 *
 * <p>Figures on the project's 2-core machine (JDK 17, 1 fork, 3 x 2 s warm-up, 5 x 2 s
 * measurement), see the CHANGELOG entry of 0.1.0 for the run they come from:
 *
 * <ul>
 *   <li>{@code pipeline} (aggregate + fit boundaries + score and segment, one thread): see README;
 *       target at most 150 ms;
 *   <li>{@code pipelineParallel} on both cores: target at least 1.6x faster;
 *   <li>{@code scoreOne}: target at most 50 ns and 0 B/op beyond the result;
 *   <li>{@code memorySweep}: one pass over the input columns, the bandwidth floor.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RfmBenchmark {
  /** The zone in which days are counted. */
  @org.openjdk.jmh.annotations.Param({"Asia/Seoul"})
  public String zone;

  PurchaseColumns purchases;
  RfmAggregator aggregator;
  RfmColumns columns;
  RfmBoundaries boundaries;
  RfmScorer scorer;
  RfmSummary one;
  int[] customerIndex;
  long[] epochSeconds;
  long[] amounts;

  /** Generates the base once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    CustomerBaseGenerator gen = CustomerBaseGenerator.withSeed(20261122).customers(1_000_000);
    purchases = gen.columns();
    aggregator = RfmAggregator.of(gen.end(), ZoneId.of(zone), gen.currency());
    RfmAggregation agg = aggregator.aggregate(purchases);
    columns = agg.columns();
    boundaries = RfmBinning.quantiles(5).fit(columns);
    scorer = RfmScorer.of(boundaries, SegmentMaps.putler11());
    one = columns.summary(columns.size() / 2);
    int n = purchases.size();
    customerIndex = new int[n];
    epochSeconds = new long[n];
    amounts = new long[n];
    for (int i = 0; i < n; i++) {
      customerIndex[i] = purchases.customerIndex(i);
      epochSeconds[i] = purchases.epochSecond(i);
      amounts[i] = purchases.amountMinor(i);
    }
    System.out.printf(
        "%n%d purchases, %d customers, %d rejected%n", n, columns.size(), agg.rejected().size());
  }

  /** Purchases to per-customer R, F and M, one thread. */
  @Benchmark
  public RfmAggregation aggregate() {
    return aggregator.aggregate(purchases);
  }

  /** R rfm 0.3.0 quantile breakpoints of the three dimensions, one thread. */
  @Benchmark
  public RfmBoundaries fitBoundaries() {
    return RfmBinning.quantiles(5).fit(columns);
  }

  /** Scores and segments the whole base, one thread. */
  @Benchmark
  public RfmSegmentation scoreAndSegment() {
    return scorer.scoreAll(columns);
  }

  /** Aggregate + fit + score and segment, one thread. */
  @Benchmark
  public RfmSegmentation pipeline() {
    RfmAggregation agg = aggregator.aggregate(purchases);
    RfmBoundaries b = RfmBinning.quantiles(5).fit(agg.columns());
    return RfmScorer.of(b, SegmentMaps.putler11()).scoreAll(agg, 1);
  }

  /** Aggregate + fit + score and segment on two tasks. */
  @Benchmark
  public RfmSegmentation pipelineParallel() {
    RfmAggregation agg = aggregator.aggregate(purchases, 2);
    RfmBoundaries b = RfmBinning.quantiles(5).fit(agg.columns(), 2);
    return RfmScorer.of(b, SegmentMaps.putler11()).scoreAll(agg, 2);
  }

  /** Aggregation on two tasks. */
  @Benchmark
  public RfmAggregation aggregateParallel() {
    return aggregator.aggregate(purchases, 2);
  }

  /** Boundary fitting on two tasks. */
  @Benchmark
  public RfmBoundaries fitBoundariesParallel() {
    return RfmBinning.quantiles(5).fit(columns, 2);
  }

  /** Scoring and segmenting on two tasks. */
  @Benchmark
  public RfmSegmentation scoreAndSegmentParallel() {
    return scorer.scoreAll(columns, 2);
  }

  /** One pass over the input columns: the memory-bandwidth floor of any aggregation. */
  @Benchmark
  public long memorySweep() {
    long acc = 0;
    for (int i = 0; i < customerIndex.length; i++) {
      acc += customerIndex[i] ^ epochSeconds[i] ^ amounts[i];
    }
    return acc;
  }

  /** Scores one customer, as a service would. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public RfmResult scoreOne() {
    return scorer.score(one);
  }

  /** One customer's cell and segment: the zero-allocation path. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String cellOne() {
    return scorer.segment(scorer.cell(one));
  }

  /** Scores one customer from raw values. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public RfmResult scoreOneRaw() {
    return scorer.score(CUSTOMER, 41, 3, 72.5);
  }

  private static final CustomerId CUSTOMER = CustomerId.of("c00000001");
}
