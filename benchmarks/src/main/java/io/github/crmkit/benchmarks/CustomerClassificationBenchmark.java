package io.github.crmkit.benchmarks;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.segmentation.customer.CustomerProfile;
import io.github.crmkit.segmentation.customer.CustomerProfiler;
import io.github.crmkit.segmentation.customer.LifecycleAssessment;
import io.github.crmkit.segmentation.customer.LifecycleClassifier;
import io.github.crmkit.segmentation.customer.ProfileBatch;
import io.github.crmkit.segmentation.customer.StoneClassification;
import io.github.crmkit.segmentation.customer.StoneClassifier;
import io.github.crmkit.segmentation.loyalty.LoyaltyLadder;
import io.github.crmkit.segmentation.rules.Condition;
import io.github.crmkit.segmentation.rules.Op;
import io.github.crmkit.segmentation.rules.RuleSet;
import io.github.crmkit.testkit.DomainGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifying customers with every classifier of issue 3: Stone type, lifecycle status, ladder rung
 * and a four-rule segment definition. Snapshots come from testkit's {@code
 * DomainGenerators.snapshot} (seed 11) with all Stone signals drawn.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CustomerClassificationBenchmark -prof
 * gc}. Targets: one customer with all classifiers at most 1 microsecond, allocating nothing beyond
 * the result; 1,000,000 snapshots on both cores, reported in customers per second.
 *
 * <p>Figures on the project's machine (2-core AMD EPYC, JDK 17, G1, 5 x 1 s after 5 x 1 s warm-up,
 * {@code -prof gc}), cycling over 64 snapshots (cache-hot) / 4,096 snapshots (each call misses the
 * cache on the snapshot's maps): {@code profile} (all four) 288 +- 136 / 893 +- 180 ns/op and 252
 * B/op, which is the result (the profile, the Stone classification with its four scores, the
 * lifecycle assessment with its durations); {@code stone} 200 / 562 ns, 88 B/op (its result);
 * {@code lifecycle} 33 / 63 ns, 132 B/op (its result); {@code rung} 6 / 16 ns, 0 B/op; {@code
 * segment} 64 / 94 ns, 0 B/op. The Stone classifier's 14 signal lookups dominate once snapshots are
 * out of cache. Batch of 1,000,000 (200,000 distinct snapshots, each five times) into columns: 967
 * +- 365 ms on one thread (1.03 million customers per second), 643 +- 231 ms on two (1.56 million
 * per second, 1.5x), 69 bytes allocated per customer.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class CustomerClassificationBenchmark {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  static final List<String> SHARES =
      List.of(
          StoneClassifier.PROMOTION_SPEND_SHARE,
          StoneClassifier.DISCOUNT_ONLY_BASKET_SHARE,
          StoneClassifier.SUSTAINABLE_PURCHASE_SHARE,
          StoneClassifier.PREMIUM_WITHOUT_PROMOTION_SHARE,
          StoneClassifier.SAME_STAFF_VISIT_SHARE,
          StoneClassifier.ASSISTED_CONTACT_SHARE,
          StoneClassifier.DELIVERY_SHARE,
          StoneClassifier.NEAREST_STORE_SHARE,
          StoneClassifier.REPEAT_BASKET_SHARE);
  static final List<String> COUNTS =
      List.of(
          StoneClassifier.PRICE_COMPARISONS,
          StoneClassifier.COMMUNITY_PARTICIPATIONS,
          StoneClassifier.NAMED_REPRESENTATIVE_REQUESTS,
          StoneClassifier.FEEDBACK_RESPONSES,
          LoyaltyLadder.REFERRALS);

  static RuleSet rules() {
    return RuleSet.of(
        "bench",
        List.of(
            new RuleSet.Segment(
                "vip",
                Condition.all(
                    Condition.isTrue("flags.partner"),
                    Condition.compare("purchases.count", Op.GE, 10))),
            new RuleSet.Segment("recent", Condition.within("purchases.last", Duration.ofDays(30))),
            new RuleSet.Segment("promoter", Condition.compare("recommendScore", Op.GE, 9)),
            new RuleSet.Segment(
                "multi",
                Condition.all(Condition.isTrue("categories.a"), Condition.isTrue("categories.b")))),
        "other");
  }

  static List<CustomerSnapshot> draw(int n) {
    SplittableRandom rng = new SplittableRandom(11);
    List<CustomerSnapshot> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(DomainGenerators.snapshot(rng, AS_OF, SHARES, COUNTS, List.of("a", "b", "c")));
    }
    return out;
  }

  /** One customer at a time, cycling over 4,096 snapshots. */
  @State(Scope.Thread)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public static class One {
    /** How many distinct snapshots the calls cycle over: 64 stay in cache, 4,096 do not. */
    @Param({"64", "4096"})
    int distinct;

    final StoneClassifier stone = StoneClassifier.defaults();
    final LifecycleClassifier lifecycle = LifecycleClassifier.defaults();
    final LoyaltyLadder ladder = LoyaltyLadder.defaults();
    final RuleSet rules = rules();
    final CustomerProfiler profiler = CustomerProfiler.defaults().withRuleSet(rules);
    CustomerSnapshot[] snapshots;
    int next;

    /** Draws the snapshots. */
    @Setup(Level.Trial)
    public void setUp() {
      snapshots = draw(distinct).toArray(new CustomerSnapshot[0]);
    }

    CustomerSnapshot nextSnapshot() {
      CustomerSnapshot s = snapshots[next];
      next = (next + 1) % snapshots.length;
      return s;
    }
  }

  /** All four classifiers through {@link CustomerProfiler#profile}. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public CustomerProfile profile(One s) {
    return s.profiler.profile(s.nextSnapshot());
  }

  /** Stone type only. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public StoneClassification stone(One s) {
    return s.stone.classify(s.nextSnapshot());
  }

  /** Lifecycle status only. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public LifecycleAssessment lifecycle(One s) {
    return s.lifecycle.classify(s.nextSnapshot());
  }

  /** Ladder rung only. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public LoyaltyRung rung(One s) {
    return s.ladder.rung(s.nextSnapshot());
  }

  /** Rule-set segment only. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public String segment(One s) {
    return s.rules.segmentOf(s.nextSnapshot(), Map.of());
  }

  /** A batch of 1,000,000 snapshots (200,000 distinct, each five times). */
  @State(Scope.Benchmark)
  public static class Batch {
    @Param({"1", "2"})
    int parallelism;

    final CustomerProfiler profiler = CustomerProfiler.defaults().withRuleSet(rules());
    List<@Nullable CustomerSnapshot> snapshots;

    /** Draws the snapshots. */
    @Setup(Level.Trial)
    public void setUp() {
      List<CustomerSnapshot> distinct = draw(200_000);
      snapshots = new ArrayList<>(1_000_000);
      for (int i = 0; i < 1_000_000; i++) {
        snapshots.add(distinct.get(i % distinct.size()));
      }
    }
  }

  /** Profiles the whole batch. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ProfileBatch batch(Batch b) {
    return b.profiler.profileAll(b.snapshots, b.parallelism);
  }
}
