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
 * RFM on 1,000,000 customers and 4,601,749 purchases from testkit (seed 20261122, grouped by
 * customer as exports usually are), days counted in Asia/Seoul.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar RfmBenchmark -wi 8 -w 2 -i 5 -r 2 -prof gc}.
 *
 * <p>Figures on the project's 2-core machine (AMD EPYC, JDK 17.0.15, G1, -Xmx4g, 1 fork, 8 x 2 s
 * warm-up, 5 x 2 s measurement; mean +- 99.9% error), 2026-11-22:
 *
 * <table>
 *   <caption>RfmBenchmark</caption>
 *   <tr><th>benchmark</th><th>1 thread</th><th>2 tasks</th><th>allocated</th></tr>
 *   <tr><td>aggregate</td><td>34.3 +- 3.9 ms</td><td>22.8 +- 2.7 ms</td><td>32.0 B/customer</td></tr>
 *   <tr><td>fitBoundaries</td><td>30.6 +- 29.0 ms</td><td>22.4 +- 13.0 ms</td><td>3.1 B/customer</td></tr>
 *   <tr><td>scoreAndSegment</td><td>24.6 +- 19.4 ms</td><td>19.4 +- 31.8 ms</td><td>4.0 B/customer</td></tr>
 *   <tr><td>pipeline (all three; target at most 150 ms)</td><td>83.2 +- 9.5 ms</td>
 *       <td>51.8 +- 4.8 ms (1.61x; target 1.6x)</td><td>39.1 B/customer</td></tr>
 *   <tr><td>memorySweep (one pass over the input columns)</td><td>4.7 +- 0.5 ms</td><td></td><td>0</td></tr>
 *   <tr><td>scoreOne (full result with lazy explanation)</td><td>30.0 +- 19.1 ns</td><td></td><td>48 B/op</td></tr>
 *   <tr><td>cellOne (cell + segment; target at most 50 ns, 0 B/op)</td><td>31.4 +- 5.4 ns</td><td></td><td>0 B/op</td></tr>
 * </table>
 *
 * <p>The whole pipeline costs about 18 times the memory-bandwidth floor. Memory beyond the input
 * arrays: 39.1 bytes per customer allocated over the whole single-threaded pipeline (aggregation
 * 32: last purchase, count and revenue, recency and monetary columns; quantile fitting 3; scores
 * 4), of which 28 stay referenced by the result; the target was at most 48.
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
        "%n%d purchases, %d customers, %d rejected%n", n, columns.size(), agg.rejected());
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
