package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.segmentation.loyalty.LoyaltyLadder;
import io.github.crmkit.segmentation.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Runs every customer classifier at once: Stone, lifecycle, loyalty ladder and optionally a rule
 * set, for one customer or a batch. A batch accounts for every snapshot: profiled plus rejected
 * (null, or a signal out of range) equals received. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CustomerProfiler {

  private final StoneClassifier stone;
  private final LifecycleClassifier lifecycle;
  private final LoyaltyLadder ladder;
  private final @Nullable RuleSet rules;

  private CustomerProfiler(
      StoneClassifier stone,
      LifecycleClassifier lifecycle,
      LoyaltyLadder ladder,
      @Nullable RuleSet rules) {
    this.stone = stone;
    this.lifecycle = lifecycle;
    this.ladder = ladder;
    this.rules = rules;
  }

  /**
   * Returns the profiler with every classifier at its defaults and no rule set.
   *
   * @return the profiler
   */
  public static CustomerProfiler defaults() {
    return new CustomerProfiler(
        StoneClassifier.defaults(), LifecycleClassifier.defaults(), LoyaltyLadder.defaults(), null);
  }

  /**
   * Returns a copy with other classifiers.
   *
   * @param stone the Stone classifier, not null
   * @param lifecycle the lifecycle classifier, not null
   * @param ladder the ladder, not null
   * @return the new profiler
   */
  public CustomerProfiler with(
      StoneClassifier stone, LifecycleClassifier lifecycle, LoyaltyLadder ladder) {
    checkNotNull(stone, "stone must not be null");
    checkNotNull(lifecycle, "lifecycle must not be null");
    checkNotNull(ladder, "ladder must not be null");
    return new CustomerProfiler(stone, lifecycle, ladder, rules);
  }

  /**
   * Returns a copy that also assigns a rule-set segment.
   *
   * @param rules the rule set, not null
   * @return the new profiler
   */
  public CustomerProfiler withRuleSet(RuleSet rules) {
    checkNotNull(rules, "rules must not be null");
    return new CustomerProfiler(stone, lifecycle, ladder, rules);
  }

  /**
   * Profiles one customer.
   *
   * @param s the customer, not null
   * @return the profile
   * @throws IllegalArgumentException if a signal is out of range, naming it
   */
  public CustomerProfile profile(CustomerSnapshot s) {
    checkNotNull(s, "s must not be null");
    RuleSet r = rules;
    return new CustomerProfile(
        s.customerId(),
        stone.classify(s),
        lifecycle.classify(s),
        ladder.rung(s),
        r == null ? null : r.segmentOf(s, Map.of()));
  }

  /**
   * Profiles a batch on the common pool's threads.
   *
   * @param snapshots the customers, not null; nulls and snapshots with bad signals are rejected
   * @return the statuses, types, rungs and segments by input position, and the rejections
   */
  public ProfileBatch profileAll(List<@Nullable CustomerSnapshot> snapshots) {
    return profileAll(snapshots, ForkJoinPool.getCommonPoolParallelism());
  }

  /**
   * Profiles a batch with a given parallelism.
   *
   * @param snapshots the customers, not null; nulls and snapshots with bad signals are rejected
   * @param parallelism the number of threads, 1 or more; 1 runs on the caller's thread
   * @return the statuses, types, rungs and segments by input position, and the rejections
   * @throws IllegalArgumentException if parallelism is below 1
   */
  public ProfileBatch profileAll(List<@Nullable CustomerSnapshot> snapshots, int parallelism) {
    checkNotNull(snapshots, "snapshots must not be null");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, but was " + parallelism);
    }
    int n = snapshots.size();
    @Nullable StoneType[] stones = new StoneType[n];
    @Nullable CustomerStatus[] statuses = new CustomerStatus[n];
    @Nullable LoyaltyRung[] rungs = new LoyaltyRung[n];
    @Nullable String[] segments = new String[n];
    boolean[] ok = new boolean[n];
    @Nullable String[] errors = new String[n];
    RuleSet r = rules;
    IntStream range = IntStream.range(0, n);
    Runnable work =
        () ->
            (parallelism == 1 ? range : range.parallel())
                .forEach(
                    i -> {
                      CustomerSnapshot s = snapshots.get(i);
                      if (s == null) {
                        return;
                      }
                      try {
                        stones[i] = stone.dominant(s);
                        statuses[i] = lifecycle.status(s);
                        rungs[i] = ladder.rung(s);
                        segments[i] = r == null ? null : r.segmentOf(s, Map.of());
                        ok[i] = true;
                      } catch (IllegalArgumentException e) {
                        errors[i] = String.valueOf(e.getMessage());
                      }
                    });
    if (parallelism == 1) {
      work.run();
    } else {
      ForkJoinPool pool = new ForkJoinPool(parallelism);
      try {
        pool.submit(work).join();
      } finally {
        pool.shutdown();
      }
    }
    List<Rejection<CustomerSnapshot>> rejected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!ok[i]) {
        String e = errors[i];
        rejected.add(
            e == null
                ? Rejection.of(i, null, RejectionReason.NULL_RECORD, "the snapshot is null")
                : Rejection.of(i, snapshots.get(i), RejectionReason.BAD_SIGNAL, e));
      }
    }
    return new ProfileBatch(this, snapshots, stones, statuses, rungs, segments, ok, rejected);
  }

  @Override
  public String toString() {
    return "CustomerProfiler{" + stone + ", " + lifecycle + ", " + ladder + ", " + rules + "}";
  }
}
