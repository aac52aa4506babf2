package io.github.crmkit.benchmarks;

import io.github.crmkit.core.DickBasuLoyalty;
import io.github.crmkit.core.LoyaltyQuadrant;
import io.github.crmkit.segmentation.loyalty.CompositeLoyalty;
import io.github.crmkit.segmentation.loyalty.DickBasu;
import io.github.crmkit.segmentation.loyalty.JonesSasser;
import io.github.crmkit.segmentation.loyalty.LoyaltyEvidence;
import io.github.crmkit.segmentation.rfm.RfmCell;
import java.util.SplittableRandom;
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
 * Per-customer loyalty classification: Jones and Sasser (with extremes), Dick and Basu, and the
 * composite score including building its evidence. Each operation classifies one customer taken in
 * turn from 4,096 pre-drawn answer sets (seed 7), so branches are not predictable from one call to
 * the next.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LoyaltyBenchmark}. Target from issue 4:
 * each at most 200 ns. On the project's machine (2-core AMD EPYC, JDK 17, G1), 5 x 1 s measurement
 * after 5 x 1 s warm-up: Jones and Sasser 3.5 ns, Dick and Basu 3.1 ns, composite score with its
 * evidence 21 ns per customer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoyaltyBenchmark {
  private static final int N = 4096;
  private final JonesSasser jonesSasser = JonesSasser.topBoxFivePoint();
  private final DickBasu dickBasu = DickBasu.defaults();
  private final CompositeLoyalty composite = CompositeLoyalty.defaults();
  int[] satisfaction;
  int[] loyalty;
  int[] recommend;
  double[] attitude;
  double[] patronage;
  RfmCell[] cells;
  int next;

  /** Draws the answers once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(7);
    satisfaction = new int[N];
    loyalty = new int[N];
    recommend = new int[N];
    attitude = new double[N];
    patronage = new double[N];
    cells = new RfmCell[N];
    for (int i = 0; i < N; i++) {
      satisfaction[i] = 1 + rng.nextInt(5);
      loyalty[i] = 1 + rng.nextInt(5);
      recommend[i] = rng.nextInt(11);
      attitude[i] = rng.nextDouble();
      patronage[i] = rng.nextDouble();
      cells[i] = RfmCell.of(1 + rng.nextInt(5), 1 + rng.nextInt(5), 1 + rng.nextInt(5));
    }
  }

  private int index() {
    int i = next;
    next = (i + 1) & (N - 1);
    return i;
  }

  /** Jones and Sasser with the extremes. */
  @Benchmark
  public LoyaltyQuadrant jonesSasser() {
    int i = index();
    return jonesSasser.classify(satisfaction[i], loyalty[i], recommend[i]);
  }

  /** Dick and Basu. */
  @Benchmark
  public DickBasuLoyalty dickBasu() {
    int i = index();
    return dickBasu.classify(attitude[i], patronage[i]);
  }

  /** The composite score, building the evidence for the customer. */
  @Benchmark
  public double composite() {
    int i = index();
    LoyaltyEvidence e =
        LoyaltyEvidence.builder()
            .repeatPurchaseRate(patronage[i])
            .rfm(cells[i], 5)
            .recommend(recommend[i])
            .satisfaction(satisfaction[i], 1, 5)
            .build();
    return composite.score(e).score();
  }
}
