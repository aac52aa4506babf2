package io.github.crmkit.segmentation.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.segmentation.rfm.RfmCell;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What is known about one customer's loyalty, each part normalised to 0 to 1: behaviour (repeat
 * purchase rate, RFM cell) and attitude (likelihood to recommend, satisfaction). Any part may be
 * missing; {@link CompositeLoyalty} uses what is there. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyEvidence {
  private final double repeat;
  private final double rfm;
  private final double recommend;
  private final double satisfaction;
  private final String rfmText;
  private final String satisfactionText;

  private LoyaltyEvidence(Builder b) {
    this.repeat = b.repeat;
    this.rfm = b.rfm;
    this.recommend = b.recommend;
    this.satisfaction = b.satisfaction;
    this.rfmText = b.rfmText;
    this.satisfactionText = b.satisfactionText;
  }

  /**
   * Starts evidence with nothing known.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this evidence, to derive changed evidence.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder();
    b.repeat = repeat;
    b.rfm = rfm;
    b.recommend = recommend;
    b.satisfaction = satisfaction;
    b.rfmText = rfmText;
    b.satisfactionText = satisfactionText;
    return b;
  }

  /**
   * Returns the repeat purchase rate, 0 to 1.
   *
   * @return the rate, or empty
   */
  public OptionalDouble repeatPurchaseRate() {
    return opt(repeat);
  }

  /**
   * Returns the RFM cell as a share of the best cell: {@code (R + F + M - 3) / (3 (bins - 1))}.
   *
   * @return the normalised RFM, 0 to 1, or empty
   */
  public OptionalDouble rfm() {
    return opt(rfm);
  }

  /**
   * Returns the likelihood to recommend over 10.
   *
   * @return the normalised answer, 0 to 1, or empty
   */
  public OptionalDouble recommend() {
    return opt(recommend);
  }

  /**
   * Returns the satisfaction as a share of its scale: {@code (answer - min) / (max - min)}.
   *
   * @return the normalised satisfaction, 0 to 1, or empty
   */
  public OptionalDouble satisfaction() {
    return opt(satisfaction);
  }

  double repeatOrNaN() {
    return repeat;
  }

  double rfmOrNaN() {
    return rfm;
  }

  double recommendOrNaN() {
    return recommend;
  }

  double satisfactionOrNaN() {
    return satisfaction;
  }

  String rfmText() {
    return rfmText;
  }

  String satisfactionText() {
    return satisfactionText;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "LoyaltyEvidence{repeat=%s, rfm=%s, recommend=%s, satisfaction=%s}",
        repeat,
        rfm,
        recommend,
        satisfaction);
  }

  /**
   * Collects evidence. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private double repeat = Double.NaN;
    private double rfm = Double.NaN;
    private double recommend = Double.NaN;
    private double satisfaction = Double.NaN;
    private String rfmText = "";
    private String satisfactionText = "";

    private Builder() {}

    /**
     * Sets the repeat purchase rate, for example the share of periods with a purchase or the share
     * of category purchases made here.
     *
     * @param rate the rate, 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if the rate is not in 0 to 1
     */
    public Builder repeatPurchaseRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate must be 0 to 1, but was " + rate);
      }
      this.repeat = rate;
      return this;
    }

    /**
     * Sets the RFM cell.
     *
     * @param cell the cell, not null
     * @param bins the number of bins the cell was scored with, 2 or more, at least every score
     * @return this builder
     * @throws IllegalArgumentException if a score exceeds {@code bins} or bins is below 2
     */
    public Builder rfm(RfmCell cell, int bins) {
      checkNotNull(cell, "cell must not be null");
      if (bins < 2 || cell.r() > bins || cell.f() > bins || cell.m() > bins) {
        throw new IllegalArgumentException(
            "bins must be at least 2 and at least every score of cell "
                + cell
                + ", but was "
                + bins);
      }
      this.rfm = (cell.r() + cell.f() + cell.m() - 3) / (3.0 * (bins - 1));
      this.rfmText = cell.code() + " of " + bins + " bins";
      return this;
    }

    /**
     * Sets the answer to "How likely are you to recommend us?".
     *
     * @param answer 0 to 10
     * @return this builder
     * @throws IllegalArgumentException if the answer is not 0 to 10
     */
    public Builder recommend(int answer) {
      if (answer < 0 || answer > 10) {
        throw new IllegalArgumentException("answer must be 0 to 10, but was " + answer);
      }
      this.recommend = answer / 10.0;
      return this;
    }

    /**
     * Sets a satisfaction answer on its scale.
     *
     * @param answer the answer, on the scale
     * @param scaleMin the lowest answer
     * @param scaleMax the highest answer, above {@code scaleMin}
     * @return this builder
     * @throws IllegalArgumentException if the scale is empty or the answer off it
     */
    public Builder satisfaction(int answer, int scaleMin, int scaleMax) {
      if (scaleMax <= scaleMin || answer < scaleMin || answer > scaleMax) {
        throw new IllegalArgumentException(
            "answer must be on a scale of at least two points, but was "
                + answer
                + " on "
                + scaleMin
                + ".."
                + scaleMax);
      }
      this.satisfaction = (double) (answer - scaleMin) / (scaleMax - scaleMin);
      this.satisfactionText = answer + " on " + scaleMin + ".." + scaleMax;
      return this;
    }

    /**
     * Finishes the evidence.
     *
     * @return the evidence
     */
    public LoyaltyEvidence build() {
      return new LoyaltyEvidence(this);
    }
  }
}
