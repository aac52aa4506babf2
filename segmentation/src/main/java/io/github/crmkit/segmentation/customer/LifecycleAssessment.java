package io.github.crmkit.segmentation.customer;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.LifecycleStage;
import io.github.crmkit.core.internal.Wording;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's lifecycle status with the facts it rests on. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LifecycleAssessment implements Explained {
  private final LifecycleClassifier classifier;
  private final CustomerSnapshot snapshot;
  private final CustomerStatus status;
  private final @Nullable CustomerStatus previous;
  private final @Nullable Duration elapsed;
  private final @Nullable Duration typicalGap;
  private final Duration atRiskAfter;
  private final Duration lapsedAfter;
  private final boolean relative;

  LifecycleAssessment(
      LifecycleClassifier classifier,
      CustomerSnapshot snapshot,
      CustomerStatus status,
      @Nullable CustomerStatus previous,
      @Nullable Duration elapsed,
      @Nullable Duration typicalGap,
      Duration atRiskAfter,
      Duration lapsedAfter,
      boolean relative) {
    this.classifier = classifier;
    this.snapshot = snapshot;
    this.status = status;
    this.previous = previous;
    this.elapsed = elapsed;
    this.typicalGap = typicalGap;
    this.atRiskAfter = atRiskAfter;
    this.lapsedAfter = lapsedAfter;
    this.relative = relative;
  }

  /**
   * Returns the customer.
   *
   * @return the customer id
   */
  public CustomerId customerId() {
    return snapshot.customerId();
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public CustomerStatus status() {
    return status;
  }

  /**
   * Returns the lifecycle stage of the status.
   *
   * @return the stage
   */
  public LifecycleStage stage() {
    return status.stage();
  }

  /**
   * Returns the time since the last purchase.
   *
   * @return the elapsed time, or empty for a prospect
   */
  public Optional<Duration> sinceLastPurchase() {
    return Optional.ofNullable(elapsed);
  }

  /**
   * Returns the customer's typical gap between purchases.
   *
   * @return the gap, or empty with fewer than two purchases
   */
  public Optional<Duration> typicalGap() {
    return Optional.ofNullable(typicalGap);
  }

  /**
   * Returns the at-risk threshold applied to this customer.
   *
   * @return the threshold
   */
  public Duration atRiskAfter() {
    return atRiskAfter;
  }

  /**
   * Returns the lapsed threshold applied to this customer.
   *
   * @return the threshold
   */
  public Duration lapsedAfter() {
    return lapsedAfter;
  }

  /**
   * Tells whether the thresholds were relative to the customer's typical gap.
   *
   * @return true if relative
   */
  public boolean relativeThresholds() {
    return relative;
  }

  /**
   * Explains the status.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    long count = snapshot.purchases().map(p -> p.count()).orElse(0L);
    Explanation.Builder b =
        Explanation.builder(LifecycleAssessment.class, "lifecycle.subject", snapshot.customerId())
            .input("purchases", count)
            .input("since last purchase", elapsed == null ? "none" : Wording.duration(elapsed))
            .input("typical gap", typicalGap == null ? "none" : Wording.duration(typicalGap))
            .input("previous status", previous == null ? "unknown" : previous.code())
            .threshold("settings", classifier.describe())
            .threshold(
                "at risk after", Wording.duration(atRiskAfter) + (relative ? " (relative)" : ""))
            .threshold(
                "lapsed after", Wording.duration(lapsedAfter) + (relative ? " (relative)" : ""));
    if (elapsed == null) {
      b.checkTemplate("prospect", true, "lifecycle.noPurchase");
    } else {
      boolean lapsed = elapsed.compareTo(lapsedAfter) > 0;
      boolean atRisk = !lapsed && elapsed.compareTo(atRiskAfter) > 0;
      b.check(
          "lapsed",
          lapsed,
          Wording.duration(elapsed) + (lapsed ? " > " : " <= ") + Wording.duration(lapsedAfter));
      b.check(
          "at risk",
          atRisk,
          Wording.duration(elapsed)
              + (elapsed.compareTo(atRiskAfter) > 0 ? " > " : " <= ")
              + Wording.duration(atRiskAfter));
      if (previous == CustomerStatus.LAPSED || previous == CustomerStatus.WON_BACK) {
        b.checkTemplate(
            "won back", status == CustomerStatus.WON_BACK, "lifecycle.wonBack", previous);
      } else {
        b.checkTemplate("won back", status == CustomerStatus.WON_BACK, "lifecycle.notLapsed");
      }
      b.checkTemplate(
          "visits",
          !lapsed && !atRisk && status != CustomerStatus.WON_BACK,
          "lifecycle.visits",
          count,
          classifier.confirmationFrom(),
          classifier.bondedFrom(),
          classifier.activeFrom());
    }
    return b.buildTemplate("lifecycle.outcome", status, status.stage());
  }

  @Override
  public String toString() {
    return "LifecycleAssessment{" + snapshot.customerId() + ": " + status.code() + "}";
  }
}
