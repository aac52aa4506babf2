package io.github.crmkit.segmentation.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A composite loyalty score from 0 to 100 combining behaviour and attitude, the two faces of
 * loyalty in Dick and Basu (1994) and Oliver (1999, "Whence consumer loyalty?", Journal of
 * Marketing 63).
 *
 * <p>Behaviour is the weighted mean of the repeat purchase rate and the normalised RFM cell;
 * attitude the weighted mean of likelihood to recommend and satisfaction, each normalised to 0-1
 * ({@link LoyaltyEvidence}). The score is {@code 100 (wB B + wA A) / (wB + wA)}. A missing part
 * drops out and its weight is shared among the parts present; the {@link LoyaltyScore} says which
 * parts were used, and is {@linkplain LoyaltyScore#complete() incomplete} when a whole side is
 * missing. Defaults: behaviour and attitude weigh 0.5 each, and so do the two parts of each side.
 * The weights are crmkit's defaults, not a published standard. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CompositeLoyalty {
  final double behaviourWeight;
  final double attitudeWeight;
  final double repeatWeight;
  final double rfmWeight;
  final double recommendWeight;
  final double satisfactionWeight;

  private CompositeLoyalty(
      double behaviourWeight,
      double attitudeWeight,
      double repeatWeight,
      double rfmWeight,
      double recommendWeight,
      double satisfactionWeight) {
    this.behaviourWeight = behaviourWeight;
    this.attitudeWeight = attitudeWeight;
    this.repeatWeight = repeatWeight;
    this.rfmWeight = rfmWeight;
    this.recommendWeight = recommendWeight;
    this.satisfactionWeight = satisfactionWeight;
  }

  /**
   * Returns the score with equal weights everywhere.
   *
   * @return the composite
   */
  public static CompositeLoyalty defaults() {
    return new CompositeLoyalty(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
  }

  /**
   * Returns a copy with other weights for the two sides.
   *
   * @param behaviour the weight of behaviour, not negative
   * @param attitude the weight of attitude, not negative; the two must not both be 0
   * @return the new composite
   * @throws IllegalArgumentException if a weight is negative or not finite, or both are 0
   */
  public CompositeLoyalty withSideWeights(double behaviour, double attitude) {
    checkPair("behaviour", behaviour, "attitude", attitude);
    return new CompositeLoyalty(
        behaviour, attitude, repeatWeight, rfmWeight, recommendWeight, satisfactionWeight);
  }

  /**
   * Returns a copy with other weights inside behaviour.
   *
   * @param repeat the weight of the repeat purchase rate, not negative
   * @param rfm the weight of the RFM cell, not negative; not both 0
   * @return the new composite
   * @throws IllegalArgumentException if a weight is negative or not finite, or both are 0
   */
  public CompositeLoyalty withBehaviourWeights(double repeat, double rfm) {
    checkPair("repeat", repeat, "rfm", rfm);
    return new CompositeLoyalty(
        behaviourWeight, attitudeWeight, repeat, rfm, recommendWeight, satisfactionWeight);
  }

  /**
   * Returns a copy with other weights inside attitude.
   *
   * @param recommend the weight of likelihood to recommend, not negative
   * @param satisfaction the weight of satisfaction, not negative; not both 0
   * @return the new composite
   * @throws IllegalArgumentException if a weight is negative or not finite, or both are 0
   */
  public CompositeLoyalty withAttitudeWeights(double recommend, double satisfaction) {
    checkPair("recommend", recommend, "satisfaction", satisfaction);
    return new CompositeLoyalty(
        behaviourWeight, attitudeWeight, repeatWeight, rfmWeight, recommend, satisfaction);
  }

  private static void checkPair(String n1, double w1, String n2, double w2) {
    for (int i = 0; i < 2; i++) {
      String n = i == 0 ? n1 : n2;
      double w = i == 0 ? w1 : w2;
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException(n + " must be finite and not negative, but was " + w);
      }
    }
    if (w1 + w2 == 0) {
      throw new IllegalArgumentException(n1 + " and " + n2 + " must not both be 0");
    }
  }

  /**
   * Scores one customer.
   *
   * @param evidence the evidence, not null
   * @return the score with its parts; its explanation is built on demand
   * @throws IllegalArgumentException if the evidence holds no part with a positive weight
   */
  public LoyaltyScore score(LoyaltyEvidence evidence) {
    checkNotNull(evidence, "evidence must not be null");
    double b = mean(evidence.repeatOrNaN(), repeatWeight, evidence.rfmOrNaN(), rfmWeight);
    double a =
        mean(
            evidence.recommendOrNaN(),
            recommendWeight,
            evidence.satisfactionOrNaN(),
            satisfactionWeight);
    double total = mean(b, behaviourWeight, a, attitudeWeight);
    if (Double.isNaN(total)) {
      throw new IllegalArgumentException(
          "evidence must hold at least one part with a positive weight, but was " + evidence);
    }
    return new LoyaltyScore(this, evidence, 100 * total, b, a);
  }

  /** Weighted mean of the present values with positive weight; NaN if none. */
  private static double mean(double x, double wx, double y, double wy) {
    boolean hx = !Double.isNaN(x) && wx > 0;
    boolean hy = !Double.isNaN(y) && wy > 0;
    if (hx && hy) {
      return (wx * x + wy * y) / (wx + wy);
    }
    return hx ? x : hy ? y : Double.NaN;
  }

  @Override
  public String toString() {
    return "CompositeLoyalty{behaviour "
        + behaviourWeight
        + " (repeat "
        + repeatWeight
        + ", rfm "
        + rfmWeight
        + "), attitude "
        + attitudeWeight
        + " (recommend "
        + recommendWeight
        + ", satisfaction "
        + satisfactionWeight
        + ")}";
  }
}
