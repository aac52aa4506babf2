package io.github.crmkit.benchmarks;

import io.github.crmkit.core.Channel;
import io.github.crmkit.recovery.incident.CodingResult;
import io.github.crmkit.recovery.incident.Incident;
import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.incident.Outcome;
import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.FleissKappa;
import io.github.crmkit.recovery.reliability.Metric;
import io.github.crmkit.recovery.reliability.RatingTable;
import io.github.crmkit.recovery.reliability.Reliability;
import io.github.crmkit.testkit.DomainGenerators;
import java.time.Instant;
import java.util.List;
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
 * Issue 6 targets: Krippendorff's alpha for 100,000 units x 5 coders (10% missing, 6 categories) at
 * most 100 ms; Fleiss' kappa for 1,000,000 units x 5 coders at most 100 ms; the lexicon coder at
 * least 200,000 narratives per second per core (one thread, mixed English and Korean narratives of
 * 60 to 120 characters). Data from testkit's {@code DomainGenerators.ratings} (seed 5).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IncidentBenchmark}. On the project's
 * machine (2-core AMD EPYC, JDK 17, G1, 5 x 1 s after 5 x 1 s warm-up): alpha 7.4 +- 1.2 ms; Fleiss
 * 35 +- 14 ms; coder 1.40 +- 0.45 us per narrative, about 715,000 narratives per second on one
 * core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IncidentBenchmark {
  static final List<String> CATS = List.of("1A", "1B", "1C", "2A", "3A", "3B");
  static final String[] NARRATIVES = {
    "We waited over an hour for our food and nobody explained the delay to us at all.",
    "The receptionist remembered my name and greeted me with a smile when I came back.",
    "직원이 제 이름을 기억하고 반갑게 맞아 주어서 정말 감동했습니다.",
    "주문한 음식이 한참 동안 나오지 않아 오래 기다렸고 아무도 설명하지 않았어요.",
    "Our table was overbooked, so they gave us a free upgrade to the terrace instead.",
    "The room was dirty and the shower was broken, and the manager was rude about it.",
    "휠체어를 타는 어머니를 위해 엘리베이터까지 직접 안내해 주었습니다.",
    "A drunk guest started shouting at the bar and the staff stayed calm throughout."
  };

  RatingTable alphaTable;
  RatingTable fleissTable;
  LexiconCoder coder;
  Incident[] incidents;
  int next;

  /** Draws the data once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(5);
    alphaTable =
        RatingTable.fromRows(DomainGenerators.ratings(rng, 100_000, 5, CATS, 0.7, 0.1), CATS);
    fleissTable =
        RatingTable.fromRows(DomainGenerators.ratings(rng, 1_000_000, 5, CATS, 0.7, 0), CATS);
    coder = LexiconCoder.of(Lexicon.bitnerStarter());
    incidents = new Incident[NARRATIVES.length];
    for (int i = 0; i < NARRATIVES.length; i++) {
      incidents[i] =
          Incident.of(
              "n" + i, NARRATIVES[i], Channel.IN_PERSON, Outcome.DISSATISFACTORY, Instant.EPOCH);
    }
  }

  /** Krippendorff's nominal alpha, 100,000 x 5. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Estimate alpha() {
    return Reliability.krippendorffAlpha(alphaTable, Metric.NOMINAL);
  }

  /** Fleiss' kappa with per-category kappas and SE, 1,000,000 x 5. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public FleissKappa fleiss() {
    return Reliability.fleissKappa(fleissTable);
  }

  /** One narrative through the lexicon coder. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public CodingResult coder() {
    Incident i = incidents[next];
    next = (next + 1) % incidents.length;
    return coder.code(i);
  }
}
