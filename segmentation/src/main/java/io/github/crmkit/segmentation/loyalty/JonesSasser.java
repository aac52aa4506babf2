package io.github.crmkit.segmentation.loyalty;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.LoyaltyQuadrant;
import java.util.Locale;

/**
 * Classifies customers by satisfaction x loyalty after Jones and Sasser (1995), "Why satisfied
 * customers defect", Harvard Business Review 73(6): loyalist (high, high), mercenary (satisfied,
 * not loyal), hostage (loyal, not satisfied), defector (neither).
 *
 * <p>Jones and Sasser's point is that only the completely satisfied are truly loyal, so by default
 * only the top box (5 on 1-5) counts as high on either scale. The extremes need a third answer,
 * likelihood to recommend on 0-10: an apostle is a loyalist with top satisfaction who recommends at
 * 9 or more; a terrorist is a defector with the lowest satisfaction who recommends at 2 or less.
 * These extreme cut-offs are crmkit's operationalisation and can be changed with {@link
 * #withExtremes}. Classification allocates nothing; {@link #explain} builds the explanation.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class JonesSasser {
  private final int satisfactionMin;
  private final int satisfactionMax;
  private final int satisfactionHighFrom;
  private final int loyaltyMin;
  private final int loyaltyMax;
  private final int loyaltyHighFrom;
  private final int apostleRecommendFrom;
  private final int terroristRecommendAtMost;

  private JonesSasser(
      int satisfactionMin,
      int satisfactionMax,
      int satisfactionHighFrom,
      int loyaltyMin,
      int loyaltyMax,
      int loyaltyHighFrom,
      int apostleRecommendFrom,
      int terroristRecommendAtMost) {
    this.satisfactionMin = satisfactionMin;
    this.satisfactionMax = satisfactionMax;
    this.satisfactionHighFrom = satisfactionHighFrom;
    this.loyaltyMin = loyaltyMin;
    this.loyaltyMax = loyaltyMax;
    this.loyaltyHighFrom = loyaltyHighFrom;
    this.apostleRecommendFrom = apostleRecommendFrom;
    this.terroristRecommendAtMost = terroristRecommendAtMost;
  }

  /**
   * Returns the classifier for satisfaction and loyalty (repurchase intention) on 1-5 where only 5
   * counts as high.
   *
   * @return the classifier
   */
  public static JonesSasser topBoxFivePoint() {
    return of(1, 5, 5, 1, 5, 5);
  }

  /**
   * Returns a classifier for other scales and cut-offs.
   *
   * @param satisfactionMin the lowest satisfaction answer
   * @param satisfactionMax the highest satisfaction answer, above the lowest
   * @param satisfactionHighFrom the lowest satisfaction that counts as high, on the scale
   * @param loyaltyMin the lowest loyalty answer
   * @param loyaltyMax the highest loyalty answer, above the lowest
   * @param loyaltyHighFrom the lowest loyalty that counts as high, on the scale
   * @return the classifier, with the default extremes (recommend 9+ and 2-)
   * @throws IllegalArgumentException if a scale is empty or a cut-off is off its scale
   */
  public static JonesSasser of(
      int satisfactionMin,
      int satisfactionMax,
      int satisfactionHighFrom,
      int loyaltyMin,
      int loyaltyMax,
      int loyaltyHighFrom) {
    checkScale("satisfaction", satisfactionMin, satisfactionMax, satisfactionHighFrom);
    checkScale("loyalty", loyaltyMin, loyaltyMax, loyaltyHighFrom);
    return new JonesSasser(
        satisfactionMin,
        satisfactionMax,
        satisfactionHighFrom,
        loyaltyMin,
        loyaltyMax,
        loyaltyHighFrom,
        9,
        2);
  }

  private static void checkScale(String name, int min, int max, int highFrom) {
    if (max <= min) {
      throw new IllegalArgumentException(
          name + " scale must have at least two points, but was " + min + ".." + max);
    }
    if (highFrom <= min || highFrom > max) {
      throw new IllegalArgumentException(
          name + "HighFrom must be above " + min + " and at most " + max + ", but was " + highFrom);
    }
  }

  /**
   * Returns a copy with other cut-offs for the extremes on the 0-10 recommendation scale.
   *
   * @param apostleRecommendFrom the lowest recommendation that makes a top-satisfied loyalist an
   *     apostle, 0 to 10
   * @param terroristRecommendAtMost the highest recommendation that makes a bottom-satisfied
   *     defector a terrorist, 0 to 10
   * @return the new classifier
   * @throws IllegalArgumentException if a cut-off is outside 0 to 10
   */
  public JonesSasser withExtremes(int apostleRecommendFrom, int terroristRecommendAtMost) {
    checkArgument(
        apostleRecommendFrom >= 0 && apostleRecommendFrom <= 10,
        "apostleRecommendFrom must be 0 to 10, but was %s",
        apostleRecommendFrom);
    checkArgument(
        terroristRecommendAtMost >= 0 && terroristRecommendAtMost <= 10,
        "terroristRecommendAtMost must be 0 to 10, but was %s",
        terroristRecommendAtMost);
    return new JonesSasser(
        satisfactionMin,
        satisfactionMax,
        satisfactionHighFrom,
        loyaltyMin,
        loyaltyMax,
        loyaltyHighFrom,
        apostleRecommendFrom,
        terroristRecommendAtMost);
  }

  /**
   * Classifies into the four basic types (never an extreme).
   *
   * @param satisfaction the satisfaction answer, on its scale
   * @param loyalty the loyalty answer, on its scale
   * @return loyalist, mercenary, hostage or defector
   * @throws IllegalArgumentException if an answer is off its scale
   */
  public LoyaltyQuadrant classify(int satisfaction, int loyalty) {
    checkAnswers(satisfaction, loyalty);
    return basic(satisfaction, loyalty);
  }

  /**
   * Classifies into the four types and their extremes.
   *
   * @param satisfaction the satisfaction answer, on its scale
   * @param loyalty the loyalty answer, on its scale
   * @param recommend the likelihood to recommend, 0 to 10
   * @return the type, apostle or terrorist included
   * @throws IllegalArgumentException if an answer is off its scale
   */
  public LoyaltyQuadrant classify(int satisfaction, int loyalty, int recommend) {
    checkAnswers(satisfaction, loyalty);
    checkRecommend(recommend);
    LoyaltyQuadrant q = basic(satisfaction, loyalty);
    if (q == LoyaltyQuadrant.LOYALIST
        && satisfaction == satisfactionMax
        && recommend >= apostleRecommendFrom) {
      return LoyaltyQuadrant.APOSTLE;
    }
    if (q == LoyaltyQuadrant.DEFECTOR
        && satisfaction == satisfactionMin
        && recommend <= terroristRecommendAtMost) {
      return LoyaltyQuadrant.TERRORIST;
    }
    return q;
  }

  private LoyaltyQuadrant basic(int satisfaction, int loyalty) {
    boolean satisfied = satisfaction >= satisfactionHighFrom;
    boolean loyal = loyalty >= loyaltyHighFrom;
    if (satisfied) {
      return loyal ? LoyaltyQuadrant.LOYALIST : LoyaltyQuadrant.MERCENARY;
    }
    return loyal ? LoyaltyQuadrant.HOSTAGE : LoyaltyQuadrant.DEFECTOR;
  }

  private void checkAnswers(int satisfaction, int loyalty) {
    if (satisfaction < satisfactionMin || satisfaction > satisfactionMax) {
      throw new IllegalArgumentException(
          "satisfaction must be "
              + satisfactionMin
              + " to "
              + satisfactionMax
              + ", but was "
              + satisfaction);
    }
    if (loyalty < loyaltyMin || loyalty > loyaltyMax) {
      throw new IllegalArgumentException(
          "loyalty must be " + loyaltyMin + " to " + loyaltyMax + ", but was " + loyalty);
    }
  }

  private static void checkRecommend(int recommend) {
    if (recommend < 0 || recommend > 10) {
      throw new IllegalArgumentException("recommend must be 0 to 10, but was " + recommend);
    }
  }

  /**
   * Explains a classification with the extremes.
   *
   * @param satisfaction the satisfaction answer
   * @param loyalty the loyalty answer
   * @param recommend the likelihood to recommend, 0 to 10
   * @return the explanation
   * @throws IllegalArgumentException if an answer is off its scale
   */
  public Explanation explain(int satisfaction, int loyalty, int recommend) {
    LoyaltyQuadrant q = classify(satisfaction, loyalty, recommend);
    boolean satisfied = satisfaction >= satisfactionHighFrom;
    boolean loyal = loyalty >= loyaltyHighFrom;
    Explanation.Builder b =
        Explanation.builder(JonesSasser.class, "jonesSasser.subject")
            .input("satisfaction", satisfaction)
            .input("loyalty", loyalty)
            .input("recommend", recommend)
            .threshold(
                "satisfaction high", satisfactionHighFrom + ".." + satisfactionMax + " (inclusive)")
            .threshold("loyalty high", loyaltyHighFrom + ".." + loyaltyMax + " (inclusive)")
            .threshold(
                "apostle",
                "loyalist, satisfaction "
                    + satisfactionMax
                    + ", recommend >= "
                    + apostleRecommendFrom)
            .threshold(
                "terrorist",
                "defector, satisfaction "
                    + satisfactionMin
                    + ", recommend <= "
                    + terroristRecommendAtMost)
            .check(
                "satisfied",
                satisfied,
                satisfaction + (satisfied ? " >= " : " < ") + satisfactionHighFrom)
            .check("loyal", loyal, loyalty + (loyal ? " >= " : " < ") + loyaltyHighFrom)
            .checkTemplate(
                q.displayName(Locale.ENGLISH),
                true,
                "jonesSasser."
                    + (satisfied ? "satisfied" : "dissatisfied")
                    + (loyal ? "Loyal" : "Disloyal")
                    + (q == LoyaltyQuadrant.APOSTLE || q == LoyaltyQuadrant.TERRORIST
                        ? "Extreme"
                        : ""),
                recommend)
            .matched(q.displayName(Locale.ENGLISH));
    return b.buildTemplate("named", q);
  }

  @Override
  public String toString() {
    return "JonesSasser{satisfaction high "
        + satisfactionHighFrom
        + ".."
        + satisfactionMax
        + ", loyalty high "
        + loyaltyHighFrom
        + ".."
        + loyaltyMax
        + "}";
  }
}
