package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The importance-performance grid: the crosshair and every attribute with its quadrant, in the
 * order the attributes first appeared. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IpaResult implements Explained, Accounted {
  private final Crosshair policy;
  private final int scaleMin;
  private final int scaleMax;
  private final double importanceCrosshair;
  private final double performanceCrosshair;
  private final List<IpaAttribute> attributes;
  private final List<Rejection<IpaRating>> rejected;

  IpaResult(
      Crosshair policy,
      int scaleMin,
      int scaleMax,
      double importanceCrosshair,
      double performanceCrosshair,
      List<IpaAttribute> attributes,
      List<Rejection<IpaRating>> rejected) {
    this.policy = policy;
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.importanceCrosshair = importanceCrosshair;
    this.performanceCrosshair = performanceCrosshair;
    this.attributes = List.copyOf(attributes);
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Returns the attributes with their means and quadrants.
   *
   * @return an unmodifiable list in order of first appearance
   */
  public List<IpaAttribute> attributes() {
    return attributes;
  }

  /**
   * Returns one attribute.
   *
   * @param name the attribute's name, not null
   * @return the attribute, or empty if it had no valid rating
   */
  public Optional<IpaAttribute> attribute(String name) {
    checkNotNull(name, "name must not be null");
    return attributes.stream().filter(a -> a.attribute().equals(name)).findFirst();
  }

  /**
   * Returns the attributes in one quadrant.
   *
   * @param quadrant the quadrant, not null
   * @return the attributes, in order of first appearance
   */
  public List<IpaAttribute> in(IpaQuadrant quadrant) {
    checkNotNull(quadrant, "quadrant must not be null");
    return attributes.stream().filter(a -> a.quadrant() == quadrant).toList();
  }

  /**
   * Returns the importance crosshair.
   *
   * @return the value, NaN when no attribute had a valid rating and the policy is data-centred
   */
  public double importanceCrosshair() {
    return importanceCrosshair;
  }

  /**
   * Returns the performance crosshair.
   *
   * @return the value, NaN when no attribute had a valid rating and the policy is data-centred
   */
  public double performanceCrosshair() {
    return performanceCrosshair;
  }

  /**
   * Places any point, for example one respondent's own ratings, against this grid's crosshair.
   *
   * @param importance the importance
   * @param performance the performance
   * @return the quadrant; ties count as high
   * @throws IllegalStateException if the crosshair is undefined (no valid rating)
   */
  public IpaQuadrant quadrantOf(double importance, double performance) {
    if (Double.isNaN(importanceCrosshair)) {
      throw new IllegalStateException("the crosshair is undefined: no valid rating");
    }
    return IpaQuadrant.of(importance, performance, importanceCrosshair, performanceCrosshair);
  }

  /**
   * Returns the number of valid ratings over all attributes.
   *
   * @return the count
   */
  public long n() {
    return attributes.stream().mapToLong(IpaAttribute::n).sum();
  }

  /**
   * Returns the number of ratings received: valid plus rejected.
   *
   * @return the number received
   */
  @Override
  public long received() {
    return n() + rejected.size();
  }

  /**
   * Returns the rejected ratings.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<IpaRating>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Explains the grid: the crosshair and every attribute's placement.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(IpaResult.class, "ipa.subject")
            .input("attributes", attributes.size())
            .input("ratings", n())
            .input("rejected", rejected.size())
            .threshold("scale", scaleMin + ".." + scaleMax)
            .threshold("crosshair policy", policy)
            .threshold(
                "crosshair",
                String.format(
                    Locale.ROOT,
                    "importance %.3f, performance %.3f (ties count as high)",
                    importanceCrosshair,
                    performanceCrosshair));
    for (IpaAttribute a : attributes) {
      b.checkTemplate(
          a.attribute(),
          a.quadrant() == IpaQuadrant.CONCENTRATE_HERE,
          "ipa.attribute",
          String.format(Locale.ROOT, "%.3f", a.meanImportance()),
          String.format(Locale.ROOT, "%.3f", a.meanPerformance()),
          a.quadrant());
    }
    return b.buildTemplate("ipa.outcome", in(IpaQuadrant.CONCENTRATE_HERE).size());
  }

  @Override
  public String toString() {
    return "IpaResult{" + attributes.size() + " attributes, " + policy + "}";
  }
}
