package io.github.crmkit.segmentation.loyalty;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One customer's composite loyalty score with its behavioural and attitudinal parts. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyScore implements Explained {
  private final CompositeLoyalty weights;
  private final LoyaltyEvidence evidence;
  private final double score;
  private final double behaviour;
  private final double attitude;

  LoyaltyScore(
      CompositeLoyalty weights,
      LoyaltyEvidence evidence,
      double score,
      double behaviour,
      double attitude) {
    this.weights = weights;
    this.evidence = evidence;
    this.score = score;
    this.behaviour = behaviour;
    this.attitude = attitude;
  }

  /**
   * Returns the score.
   *
   * @return 0 to 100
   */
  public double score() {
    return score;
  }

  /**
   * Returns the behavioural part, 0 to 1.
   *
   * @return the part, or empty when no behavioural evidence was used
   */
  public OptionalDouble behaviour() {
    return Double.isNaN(behaviour) ? OptionalDouble.empty() : OptionalDouble.of(behaviour);
  }

  /**
   * Returns the attitudinal part, 0 to 1.
   *
   * @return the part, or empty when no attitudinal evidence was used
   */
  public OptionalDouble attitude() {
    return Double.isNaN(attitude) ? OptionalDouble.empty() : OptionalDouble.of(attitude);
  }

  /**
   * Tells whether both behaviour and attitude contributed.
   *
   * @return true if the score rests on both sides
   */
  public boolean complete() {
    return !Double.isNaN(behaviour) && !Double.isNaN(attitude);
  }

  /**
   * Returns the evidence scored.
   *
   * @return the evidence
   */
  public LoyaltyEvidence evidence() {
    return evidence;
  }

  /**
   * Explains the score: every part, its weight and whether it was used.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(LoyaltyScore.class, "composite.subject")
            .threshold("behaviour weight", weights.behaviourWeight)
            .threshold("attitude weight", weights.attitudeWeight)
            .threshold("repeat weight within behaviour", weights.repeatWeight)
            .threshold("RFM weight within behaviour", weights.rfmWeight)
            .threshold("recommend weight within attitude", weights.recommendWeight)
            .threshold("satisfaction weight within attitude", weights.satisfactionWeight);
    part(b, "repeat purchase rate", evidence.repeatOrNaN(), "", weights.repeatWeight);
    part(b, "RFM", evidence.rfmOrNaN(), evidence.rfmText(), weights.rfmWeight);
    part(b, "recommend", evidence.recommendOrNaN(), "", weights.recommendWeight);
    part(
        b,
        "satisfaction",
        evidence.satisfactionOrNaN(),
        evidence.satisfactionText(),
        weights.satisfactionWeight);
    b.input("behaviour", Double.isNaN(behaviour) ? "missing" : fmt(behaviour))
        .input("attitude", Double.isNaN(attitude) ? "missing" : fmt(attitude));
    String points = String.format(Locale.ROOT, "%.1f", score);
    return complete()
        ? b.buildTemplate("composite.outcome", points)
        : b.buildTemplate(
            Double.isNaN(behaviour) ? "composite.attitudeOnly" : "composite.behaviourOnly", points);
  }

  private static void part(
      Explanation.Builder b, String name, double value, String text, double weight) {
    boolean used = !Double.isNaN(value) && weight > 0;
    String reason =
        Double.isNaN(value)
            ? "missing"
            : weight > 0
                ? fmt(value) + (text.isEmpty() ? "" : " (" + text + ")") + ", weight " + weight
                : "weight 0";
    b.check(name, used, reason);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LoyaltyScore{%.1f%s}", score, complete() ? "" : ", partial");
  }
}
