package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.SnapshotAccess;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Assigns a {@link CustomerStatus} (and with it a {@link io.github.crmkit.core.LifecycleStage})
 * from a customer's purchase summary.
 *
 * <p>Visits: no purchase is a prospect; fewer than {@code confirmationFrom} purchases (default 2) a
 * trial; fewer than {@code bondedFrom} (3) confirmation; fewer than {@code activeFrom} (4) bonded;
 * otherwise active. The three-visit rule is industry practice, not theory, so all three are
 * configurable. Recency overrides the visit status: a customer quiet for strictly longer than the
 * at-risk threshold is at risk, strictly longer than the lapsed threshold lapsed. Thresholds are
 * absolute (default 90 and 180 days) or relative to the customer's own typical gap between
 * purchases ({@code (last - first) / (count - 1)}), in which case a customer with a single purchase
 * falls back to the absolute thresholds. With the previous status given, a lapsed customer who is
 * no longer at risk or lapsed is won back, and stays won back until at risk or lapsed again; every
 * move is checked against the {@link StatusTransitions}. Elapsed time is exact ({@code asOf - last}
 * between instants); no zone or clock is read. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LifecycleClassifier {
  private final int confirmationFrom;
  private final int bondedFrom;
  private final int activeFrom;
  private final Duration atRiskAfter;
  private final Duration lapsedAfter;
  private final double atRiskGaps;
  private final double lapsedGaps;
  private final StatusTransitions transitions;
  private final long atRiskNanos;
  private final long lapsedNanos;

  private static final SnapshotAccess SNAP = CoreAccess.snapshots();
  private static final long MAX_SECONDS = 9_000_000_000L;

  private LifecycleClassifier(
      int confirmationFrom,
      int bondedFrom,
      int activeFrom,
      Duration atRiskAfter,
      Duration lapsedAfter,
      double atRiskGaps,
      double lapsedGaps,
      StatusTransitions transitions) {
    this.confirmationFrom = confirmationFrom;
    this.bondedFrom = bondedFrom;
    this.activeFrom = activeFrom;
    this.atRiskAfter = atRiskAfter;
    this.lapsedAfter = lapsedAfter;
    this.atRiskGaps = atRiskGaps;
    this.lapsedGaps = lapsedGaps;
    this.transitions = transitions;
    this.atRiskNanos = nanos(atRiskAfter);
    this.lapsedNanos = nanos(lapsedAfter);
  }

  /**
   * Returns the classifier with the defaults: visits 2, 3, 4; absolute thresholds 90 and 180 days;
   * the standard transitions.
   *
   * @return the classifier
   */
  public static LifecycleClassifier defaults() {
    return new LifecycleClassifier(
        2, 3, 4, Duration.ofDays(90), Duration.ofDays(180), 0, 0, StatusTransitions.defaults());
  }

  /**
   * Returns a copy with other visit thresholds.
   *
   * @param confirmationFrom purchases from which a customer is in confirmation, at least 2
   * @param bondedFrom purchases from which bonded, above {@code confirmationFrom}
   * @param activeFrom purchases from which active, above {@code bondedFrom}
   * @return the new classifier
   * @throws IllegalArgumentException if the thresholds are not increasing from 2
   */
  public LifecycleClassifier withVisits(int confirmationFrom, int bondedFrom, int activeFrom) {
    if (confirmationFrom < 2 || bondedFrom <= confirmationFrom || activeFrom <= bondedFrom) {
      throw new IllegalArgumentException(
          "visits must satisfy 2 <= confirmationFrom < bondedFrom < activeFrom, but were "
              + confirmationFrom
              + ", "
              + bondedFrom
              + ", "
              + activeFrom);
    }
    return new LifecycleClassifier(
        confirmationFrom,
        bondedFrom,
        activeFrom,
        atRiskAfter,
        lapsedAfter,
        atRiskGaps,
        lapsedGaps,
        transitions);
  }

  /**
   * Returns a copy with absolute recency thresholds (and no relative ones).
   *
   * @param atRiskAfter quiet time after which a customer is at risk, positive
   * @param lapsedAfter quiet time after which lapsed, longer than {@code atRiskAfter}
   * @return the new classifier
   * @throws IllegalArgumentException if the durations are not positive and increasing
   */
  public LifecycleClassifier withAbsoluteRecency(Duration atRiskAfter, Duration lapsedAfter) {
    checkDurations(atRiskAfter, lapsedAfter);
    return new LifecycleClassifier(
        confirmationFrom, bondedFrom, activeFrom, atRiskAfter, lapsedAfter, 0, 0, transitions);
  }

  /**
   * Returns a copy with thresholds relative to each customer's typical gap between purchases; the
   * current absolute thresholds remain the fallback for customers with one purchase.
   *
   * @param atRiskGaps typical gaps of quiet after which at risk, above 0
   * @param lapsedGaps typical gaps after which lapsed, above {@code atRiskGaps}
   * @return the new classifier
   * @throws IllegalArgumentException if the multiples are not positive and increasing
   */
  public LifecycleClassifier withRelativeRecency(double atRiskGaps, double lapsedGaps) {
    if (!(atRiskGaps > 0) || !(lapsedGaps > atRiskGaps) || !Double.isFinite(lapsedGaps)) {
      throw new IllegalArgumentException(
          "gaps must satisfy 0 < atRiskGaps < lapsedGaps, finite, but were "
              + atRiskGaps
              + " and "
              + lapsedGaps);
    }
    return new LifecycleClassifier(
        confirmationFrom,
        bondedFrom,
        activeFrom,
        atRiskAfter,
        lapsedAfter,
        atRiskGaps,
        lapsedGaps,
        transitions);
  }

  /**
   * Returns a copy with other legal transitions.
   *
   * @param transitions the transitions, not null
   * @return the new classifier
   */
  public LifecycleClassifier withTransitions(StatusTransitions transitions) {
    checkNotNull(transitions, "transitions must not be null");
    return new LifecycleClassifier(
        confirmationFrom,
        bondedFrom,
        activeFrom,
        atRiskAfter,
        lapsedAfter,
        atRiskGaps,
        lapsedGaps,
        transitions);
  }

  private static void checkDurations(Duration atRisk, Duration lapsed) {
    checkNotNull(atRisk, "atRiskAfter must not be null");
    checkNotNull(lapsed, "lapsedAfter must not be null");
    if (atRisk.isNegative() || atRisk.isZero() || lapsed.compareTo(atRisk) <= 0) {
      throw new IllegalArgumentException(
          "durations must satisfy 0 < atRiskAfter < lapsedAfter, but were "
              + atRisk
              + " and "
              + lapsed);
    }
  }

  /**
   * Returns the transitions checked.
   *
   * @return the transitions
   */
  public StatusTransitions transitions() {
    return transitions;
  }

  /**
   * Classifies a customer without history.
   *
   * @param snapshot the customer, not null
   * @return the assessment
   */
  public LifecycleAssessment classify(CustomerSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot must not be null");
    return assess(snapshot, null);
  }

  /**
   * Classifies a customer whose previous status is known, and checks the move.
   *
   * @param snapshot the customer, not null
   * @param previous the status at the previous classification, not null
   * @return the assessment
   * @throws IllegalStageTransitionException if the move from {@code previous} is illegal
   */
  public LifecycleAssessment classify(CustomerSnapshot snapshot, CustomerStatus previous) {
    checkNotNull(snapshot, "snapshot must not be null");
    checkNotNull(previous, "previous must not be null");
    LifecycleAssessment a = assess(snapshot, previous);
    transitions.check(snapshot.customerId(), previous, a.status());
    return a;
  }

  private LifecycleAssessment assess(CustomerSnapshot s, @Nullable CustomerStatus previous) {
    PurchaseSummary p = SNAP.purchases(s);
    if (p == null) {
      return new LifecycleAssessment(
          this, s, CustomerStatus.PROSPECT, previous, null, null, atRiskAfter, lapsedAfter, false);
    }
    long[] t = thresholds(p);
    CustomerStatus status = status(p, s, previous, t);
    return new LifecycleAssessment(
        this,
        s,
        status,
        previous,
        Duration.ofNanos(nanosBetween(p.last(), s.asOf())),
        p.count() >= 2 ? Duration.ofNanos(t[2]) : null,
        Duration.ofNanos(t[0]),
        Duration.ofNanos(t[1]),
        t[3] == 1);
  }

  /**
   * Returns only the status, for batches.
   *
   * @param s the customer
   * @return the status
   */
  CustomerStatus status(CustomerSnapshot s) {
    PurchaseSummary p = SNAP.purchases(s);
    return p == null ? CustomerStatus.PROSPECT : status(p, s, null, thresholds(p));
  }

  /** At-risk and lapsed thresholds, typical gap (nanos) and whether relative (1) or not (0). */
  private long[] thresholds(PurchaseSummary p) {
    long atRisk = atRiskNanos;
    long lapsed = lapsedNanos;
    long gap = 0;
    long relative = 0;
    if (p.count() >= 2) {
      gap = nanosBetween(p.first(), p.last()) / (p.count() - 1);
      if (atRiskGaps > 0 && gap > 0) {
        atRisk = scale(gap, atRiskGaps);
        lapsed = scale(gap, lapsedGaps);
        relative = 1;
      }
    }
    return new long[] {atRisk, lapsed, gap, relative};
  }

  private CustomerStatus status(
      PurchaseSummary p, CustomerSnapshot s, @Nullable CustomerStatus previous, long[] t) {
    long elapsed = nanosBetween(p.last(), s.asOf());
    if (elapsed > t[1]) {
      return CustomerStatus.LAPSED;
    }
    if (elapsed > t[0]) {
      return CustomerStatus.AT_RISK;
    }
    if (previous == CustomerStatus.LAPSED || previous == CustomerStatus.WON_BACK) {
      return CustomerStatus.WON_BACK;
    }
    if (p.count() < confirmationFrom) {
      return CustomerStatus.TRIAL;
    }
    if (p.count() < bondedFrom) {
      return CustomerStatus.CONFIRMATION;
    }
    return p.count() < activeFrom ? CustomerStatus.BONDED : CustomerStatus.ACTIVE;
  }

  /** Nanoseconds from a to b, saturated at about 292 years either way. */
  static long nanosBetween(Instant a, Instant b) {
    long secs = b.getEpochSecond() - a.getEpochSecond();
    if (secs > MAX_SECONDS) {
      return Long.MAX_VALUE;
    }
    if (secs < -MAX_SECONDS) {
      return Long.MIN_VALUE;
    }
    return secs * 1_000_000_000L + (b.getNano() - a.getNano());
  }

  private static long nanos(Duration d) {
    return d.toSeconds() > MAX_SECONDS ? Long.MAX_VALUE : d.toNanos();
  }

  private static long scale(long nanos, double factor) {
    double v = (double) nanos * factor;
    return v >= (double) Long.MAX_VALUE ? Long.MAX_VALUE : (long) v;
  }

  String describe() {
    return "visits "
        + confirmationFrom
        + "/"
        + bondedFrom
        + "/"
        + activeFrom
        + (atRiskGaps > 0 ? ", relative " + atRiskGaps + "x / " + lapsedGaps + "x typical gap" : "")
        + ", absolute "
        + atRiskAfter.toDays()
        + " / "
        + lapsedAfter.toDays()
        + " days";
  }

  int confirmationFrom() {
    return confirmationFrom;
  }

  int bondedFrom() {
    return bondedFrom;
  }

  int activeFrom() {
    return activeFrom;
  }

  @Override
  public String toString() {
    return "LifecycleClassifier{" + describe() + "}";
  }
}
