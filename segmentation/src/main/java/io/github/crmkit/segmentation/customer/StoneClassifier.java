package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.StoneType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a customer into Stone's (1954) shopping orientations ("City shoppers and urban
 * identification", American Journal of Sociology 60(1)): economic, ethical, personalizing and
 * convenience (Stone's apathetic shopper), from evidence in {@link CustomerSnapshot#signals()}.
 *
 * <p><b>The mapping of signals to types is crmkit's proposal, not Stone's</b>; Stone described the
 * orientations from interviews. Each type's score is {@code sum(weight x strength) / sum(weight)}
 * over all its evidence, where a signal the snapshot lacks counts as no evidence (strength 0), so
 * untracked signals lower a score rather than being ignored. The dominant type is the top score
 * unless the top score is below {@code minScore} (weak evidence) or leads the second by less than
 * {@code minMargin} (a tie): then the result is undetermined. The confidence is {@code (top -
 * second) / top}. Defaults: minScore 0.2, minMargin 0.05, and the evidence in {@link
 * #defaultEvidence()}; signal names are the constants of this class. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StoneClassifier {
  /** Share of spend on promotions or coupons, 0-1 (economic). */
  public static final String PROMOTION_SPEND_SHARE = "promotionSpendShare";

  /** Number of price-comparison events in the window (economic). */
  public static final String PRICE_COMPARISONS = "priceComparisons";

  /** Share of baskets bought only at a discount, 0-1 (economic). */
  public static final String DISCOUNT_ONLY_BASKET_SHARE = "discountOnlyBasketShare";

  /** Share of spend on sustainability- or locally-labelled products, 0-1 (ethical). */
  public static final String SUSTAINABLE_PURCHASE_SHARE = "sustainablePurchaseShare";

  /** Number of donations or community-programme participations (ethical). */
  public static final String COMMUNITY_PARTICIPATIONS = "communityParticipations";

  /** Share of purchases at a premium price without promotion, 0-1 (ethical). */
  public static final String PREMIUM_WITHOUT_PROMOTION_SHARE = "premiumWithoutPromotionShare";

  /** Share of visits to the same staff member or store, 0-1 (personalizing). */
  public static final String SAME_STAFF_VISIT_SHARE = "sameStaffVisitShare";

  /** Number of requests for a named representative (personalizing). */
  public static final String NAMED_REPRESENTATIVE_REQUESTS = "namedRepresentativeRequests";

  /** Share of contacts by phone or chat with staff, 0-1 (personalizing). */
  public static final String ASSISTED_CONTACT_SHARE = "assistedContactShare";

  /** Number of feedback responses (personalizing). */
  public static final String FEEDBACK_RESPONSES = "feedbackResponses";

  /** Share of orders delivered or collected (click and collect), 0-1 (convenience). */
  public static final String DELIVERY_SHARE = "deliveryShare";

  /** Share of store visits to the nearest store, 0-1 (convenience). */
  public static final String NEAREST_STORE_SHARE = "nearestStoreShare";

  /** Share of baskets that repeat an earlier basket, 0-1 (convenience). */
  public static final String REPEAT_BASKET_SHARE = "repeatBasketShare";

  private static final StoneType[] TYPES = {
    StoneType.ECONOMIC, StoneType.ETHICAL, StoneType.PERSONALIZING, StoneType.CONVENIENCE
  };

  private final StoneEvidence[] evidence;
  private final int[] typeOf;
  private final double[] totalWeight = new double[TYPES.length];
  private final double minScore;
  private final double minMargin;

  private StoneClassifier(List<StoneEvidence> evidence, double minScore, double minMargin) {
    this.evidence = evidence.toArray(new StoneEvidence[0]);
    this.typeOf = new int[this.evidence.length];
    for (int i = 0; i < this.evidence.length; i++) {
      typeOf[i] = slot(this.evidence[i].type());
      totalWeight[typeOf[i]] += this.evidence[i].weight();
    }
    this.minScore = minScore;
    this.minMargin = minMargin;
  }

  static int slot(StoneType t) {
    return switch (t) {
      case ECONOMIC -> 0;
      case ETHICAL -> 1;
      case PERSONALIZING -> 2;
      case CONVENIENCE -> 3;
    };
  }

  static StoneType type(int slot) {
    return TYPES[slot];
  }

  /**
   * Returns the classifier with the default evidence and thresholds.
   *
   * @return the classifier
   */
  public static StoneClassifier defaults() {
    return new StoneClassifier(defaultEvidence(), 0.2, 0.05);
  }

  /**
   * Returns crmkit's default evidence: three or four signals per type, weights 1 to 2.
   *
   * @return an unmodifiable list
   */
  public static List<StoneEvidence> defaultEvidence() {
    return List.of(
        StoneEvidence.share(StoneType.ECONOMIC, PROMOTION_SPEND_SHARE, 2),
        StoneEvidence.count(StoneType.ECONOMIC, PRICE_COMPARISONS, 1, 5),
        StoneEvidence.share(StoneType.ECONOMIC, DISCOUNT_ONLY_BASKET_SHARE, 1.5),
        StoneEvidence.share(StoneType.ETHICAL, SUSTAINABLE_PURCHASE_SHARE, 2),
        StoneEvidence.count(StoneType.ETHICAL, COMMUNITY_PARTICIPATIONS, 1, 3),
        StoneEvidence.share(StoneType.ETHICAL, PREMIUM_WITHOUT_PROMOTION_SHARE, 1),
        StoneEvidence.share(StoneType.PERSONALIZING, SAME_STAFF_VISIT_SHARE, 2),
        StoneEvidence.count(StoneType.PERSONALIZING, NAMED_REPRESENTATIVE_REQUESTS, 1.5, 3),
        StoneEvidence.share(StoneType.PERSONALIZING, ASSISTED_CONTACT_SHARE, 1),
        StoneEvidence.count(StoneType.PERSONALIZING, FEEDBACK_RESPONSES, 1, 5),
        StoneEvidence.share(StoneType.CONVENIENCE, DELIVERY_SHARE, 2),
        StoneEvidence.share(StoneType.CONVENIENCE, NEAREST_STORE_SHARE, 1),
        StoneEvidence.share(StoneType.CONVENIENCE, REPEAT_BASKET_SHARE, 1),
        StoneEvidence.inverseShare(StoneType.CONVENIENCE, PROMOTION_SPEND_SHARE, 1));
  }

  /**
   * Returns a copy with other evidence.
   *
   * @param evidence the evidence, every type covered at least once
   * @return the new classifier
   * @throws IllegalArgumentException if a type has no evidence
   */
  public StoneClassifier withEvidence(List<StoneEvidence> evidence) {
    checkNotNull(evidence, "evidence must not be null");
    List<StoneEvidence> copy = new ArrayList<>();
    boolean[] covered = new boolean[TYPES.length];
    for (StoneEvidence e : evidence) {
      copy.add(checkNotNull(e, "evidence must not hold null"));
      covered[slot(e.type())] = true;
    }
    for (int i = 0; i < TYPES.length; i++) {
      if (!covered[i]) {
        throw new IllegalArgumentException(
            "evidence must cover every type, but has none for " + TYPES[i].code());
      }
    }
    return new StoneClassifier(copy, minScore, minMargin);
  }

  /**
   * Returns a copy with other thresholds.
   *
   * @param minScore the lowest top score that determines a type, 0 to 1
   * @param minMargin the lowest lead over the second type that determines it, 0 to 1
   * @return the new classifier
   * @throws IllegalArgumentException if a threshold is outside 0 to 1
   */
  public StoneClassifier withThresholds(double minScore, double minMargin) {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be 0 to 1, but was " + minScore);
    }
    if (!(minMargin >= 0 && minMargin <= 1)) {
      throw new IllegalArgumentException("minMargin must be 0 to 1, but was " + minMargin);
    }
    return new StoneClassifier(List.of(evidence), minScore, minMargin);
  }

  /**
   * Classifies one customer.
   *
   * @param snapshot the customer, not null
   * @return the classification; its explanation is built on demand
   * @throws IllegalArgumentException if a share signal is outside 0 to 1 or a count is negative,
   *     naming the signal
   */
  public StoneClassification classify(CustomerSnapshot snapshot) {
    checkNotNull(snapshot, "snapshot must not be null");
    double[] scores = new double[TYPES.length];
    int top = score(snapshot, scores);
    double best = scores[top];
    double second = second(scores, top);
    boolean determined = best >= minScore && best - second >= minMargin;
    double confidence = best == 0 ? 0 : (best - second) / best;
    return new StoneClassification(this, snapshot, scores, determined ? top : -1, confidence);
  }

  /** Fills the four scores and returns the slot of the top one. */
  private int score(CustomerSnapshot snapshot, double[] scores) {
    Map<String, Double> signals = snapshot.signals();
    for (int i = 0; i < evidence.length; i++) {
      StoneEvidence e = evidence[i];
      Double v = signals.get(e.signal());
      if (v != null) {
        scores[typeOf[i]] += e.weight() * e.strength(v);
      }
    }
    int top = 0;
    for (int t = 0; t < TYPES.length; t++) {
      scores[t] /= totalWeight[t];
      if (scores[t] > scores[top]) {
        top = t;
      }
    }
    return top;
  }

  private static double second(double[] scores, int top) {
    double second = -1;
    for (int t = 0; t < scores.length; t++) {
      if (t != top && scores[t] > second) {
        second = scores[t];
      }
    }
    return second;
  }

  /**
   * Returns only the dominant type, for batches.
   *
   * @return the dominant type, or null when undetermined
   */
  @Nullable StoneType dominant(CustomerSnapshot snapshot) {
    double[] scores = new double[TYPES.length];
    int top = score(snapshot, scores);
    double best = scores[top];
    return best >= minScore && best - second(scores, top) >= minMargin ? TYPES[top] : null;
  }

  /**
   * Returns the service approaches the textbook recommends for a type.
   *
   * @param type the type, not null
   * @return the approaches, in the textbook's order
   */
  public static List<ServiceApproach> serviceApproach(StoneType type) {
    checkNotNull(type, "type must not be null");
    return ServiceApproach.of(type);
  }

  StoneEvidence[] evidence() {
    return evidence;
  }

  double minScore() {
    return minScore;
  }

  double minMargin() {
    return minMargin;
  }

  @Override
  public String toString() {
    return "StoneClassifier{"
        + evidence.length
        + " pieces of evidence, minScore "
        + minScore
        + ", minMargin "
        + minMargin
        + "}";
  }
}
