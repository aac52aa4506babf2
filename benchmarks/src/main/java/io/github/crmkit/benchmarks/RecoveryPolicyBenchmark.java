package io.github.crmkit.benchmarks;

import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.policy.CompensationKind;
import io.github.crmkit.recovery.policy.CompensationRule;
import io.github.crmkit.recovery.policy.FailureType;
import io.github.crmkit.recovery.policy.RecoveryContext;
import io.github.crmkit.recovery.policy.RecoveryPlan;
import io.github.crmkit.recovery.policy.RecoveryPolicy;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deciding one recovery plan (a severe outcome failure with dishonesty, a repeat failure and a gold
 * customer: every rule fires). Target from issue 7: at most 1 microsecond.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RecoveryPolicyBenchmark}. On the
 * project's machine (2-core AMD EPYC, JDK 17, 5 x 1 s after 5 x 1 s warm-up): 804 +- 267 ns per
 * plan, most of it building the texts of the eight fired rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecoveryPolicyBenchmark {
  final RecoveryPolicy policy =
      new RecoveryPolicy(
          "bench",
          List.of(
              Duration.ofDays(2),
              Duration.ofDays(1),
              Duration.ofHours(8),
              Duration.ofHours(4),
              Duration.ofHours(1)),
          List.of(
              new CompensationRule(
                  FailureType.OUTCOME, 1, CompensationKind.CREDIT, 10, krw(1000), krw(20000)),
              new CompensationRule(
                  FailureType.OUTCOME, 3, CompensationKind.REFUND, 50, krw(5000), krw(100000)),
              new CompensationRule(
                  FailureType.PROCESS, 1, CompensationKind.NONE, 0, krw(0), krw(0))),
          30,
          2,
          Set.of("gold"),
          RoundingMode.HALF_UP);
  final RecoveryContext context =
      RecoveryContext.builder()
          .category("1C")
          .severity(3)
          .failureType(FailureType.OUTCOME)
          .dishonesty(true)
          .detectedByFirm(true)
          .daysSincePreviousFailure(12)
          .valueTier("gold")
          .orderValue(krw(48_900))
          .build();

  static Money krw(long v) {
    return Money.ofMinor(v, java.util.Currency.getInstance("KRW"));
  }

  /** One decision. */
  @Benchmark
  public RecoveryPlan decide() {
    return policy.decide(context);
  }
}
