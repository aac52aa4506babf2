package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.StoneType;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer's Stone classification: a score per type, the dominant type or undetermined, a
 * confidence, and an explanation listing every piece of evidence and its weight. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class StoneClassification implements Explained {
  private final StoneClassifier classifier;
  private final CustomerSnapshot snapshot;
  private final double[] scores;
  private final int dominant;
  private final double confidence;

  StoneClassification(
      StoneClassifier classifier,
      CustomerSnapshot snapshot,
      double[] scores,
      int dominant,
      double confidence) {
    this.classifier = classifier;
    this.snapshot = snapshot;
    this.scores = scores;
    this.dominant = dominant;
    this.confidence = confidence;
  }

  /**
   * Returns the score of a type.
   *
   * @param type the type, not null
   * @return 0 to 1
   */
  public double score(StoneType type) {
    checkNotNull(type, "type must not be null");
    return scores[StoneClassifier.slot(type)];
  }

  /**
   * Returns the dominant type, or empty when the evidence is weak or tied.
   *
   * @return the type or empty
   */
  public Optional<StoneType> dominant() {
    return dominant < 0 ? Optional.empty() : Optional.of(StoneClassifier.type(dominant));
  }

  /**
   * Tells whether a dominant type was determined.
   *
   * @return true if determined
   */
  public boolean isDetermined() {
    return dominant >= 0;
  }

  /**
   * Returns the confidence: the top score's lead over the second, relative to the top score.
   *
   * @return 0 (tie or no evidence) to 1 (only one type has evidence)
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Explains the classification: every piece of evidence with its value, strength and weight, each
   * type's score, and the thresholds.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(StoneClassification.class, "stone.subject", snapshot.customerId())
            .threshold("minScore", classifier.minScore())
            .threshold("minMargin", classifier.minMargin())
            .threshold("mapping", "crmkit's proposal, not Stone's");
    for (StoneEvidence e : classifier.evidence()) {
      Double v = snapshot.signals().get(e.signal());
      String key = e.type().code() + ": " + e.signal();
      if (v == null) {
        b.checkTemplate(key, false, "stone.missing", e.weight());
      } else {
        b.checkTemplate(
            key,
            e.strength(v) > 0,
            "stone.reading." + e.reading().name().toLowerCase(Locale.ROOT),
            v,
            String.format(Locale.ROOT, "%.3f", e.strength(v)),
            e.weight());
      }
    }
    for (int t = 0; t < 4; t++) {
      b.input(
          StoneClassifier.type(t).code() + " score", String.format(Locale.ROOT, "%.3f", scores[t]));
    }
    if (isDetermined()) {
      return b.buildTemplate(
          "stone.determined",
          StoneClassifier.type(dominant),
          String.format(Locale.ROOT, "%.2f", confidence));
    }
    return max() < classifier.minScore()
        ? b.buildTemplate("stone.weak", fmt(max()), classifier.minScore())
        : b.buildTemplate("stone.tie", fmt(confidence * max()), classifier.minMargin());
  }

  private double max() {
    double m = 0;
    for (double s : scores) {
      m = Math.max(m, s);
    }
    return m;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public String toString() {
    return "StoneClassification{"
        + dominant().map(StoneType::code).orElse("undetermined")
        + String.format(
            Locale.ROOT,
            ", scores e=%.2f eth=%.2f p=%.2f c=%.2f}",
            scores[0],
            scores[1],
            scores[2],
            scores[3]);
  }
}
