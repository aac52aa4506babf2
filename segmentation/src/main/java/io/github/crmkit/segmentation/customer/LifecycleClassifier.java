package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseSummary;
import java.time.Duration;
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
  }

  /**
   * Returns the classifier with the defaults: visits 2, 3, 4; absolute thresholds 90 and 180 days;
   * the standard transitions.
   *
   * @return the classifier
   */
  public static LifecycleClassifier defaults() {
    return new LifecycleClassifier(
        2, 3, 4, Duration.ofDays(90), Duration.ofDays(180), 0, 0, StatusTransitions.standard());
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
    PurchaseSummary p = s.purchases().orElse(null);
    if (p == null) {
      return new LifecycleAssessment(
          this, s, CustomerStatus.PROSPECT, previous, null, null, atRiskAfter, lapsedAfter, false);
    }
    Duration elapsed = Duration.between(p.last(), s.asOf());
    Duration gap = null;
    Duration atRisk = atRiskAfter;
    Duration lapsed = lapsedAfter;
    boolean relative = false;
    if (p.count() >= 2) {
      gap = Duration.between(p.first(), p.last()).dividedBy(p.count() - 1);
      if (atRiskGaps > 0 && !gap.isZero()) {
        atRisk = scale(gap, atRiskGaps);
        lapsed = scale(gap, lapsedGaps);
        relative = true;
      }
    }
    CustomerStatus status;
    if (elapsed.compareTo(lapsed) > 0) {
      status = CustomerStatus.LAPSED;
    } else if (elapsed.compareTo(atRisk) > 0) {
      status = CustomerStatus.AT_RISK;
    } else if (previous == CustomerStatus.LAPSED || previous == CustomerStatus.WON_BACK) {
      status = CustomerStatus.WON_BACK;
    } else if (p.count() < confirmationFrom) {
      status = CustomerStatus.TRIAL;
    } else if (p.count() < bondedFrom) {
      status = CustomerStatus.CONFIRMATION;
    } else if (p.count() < activeFrom) {
      status = CustomerStatus.BONDED;
    } else {
      status = CustomerStatus.ACTIVE;
    }
    return new LifecycleAssessment(
        this, s, status, previous, elapsed, gap, atRisk, lapsed, relative);
  }

  private static Duration scale(Duration d, double factor) {
    double nanos = (double) d.toNanos() * factor;
    return nanos >= (double) Long.MAX_VALUE
        ? Duration.ofSeconds(Long.MAX_VALUE / 4)
        : Duration.ofNanos((long) nanos);
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
