package io.github.crmkit.segmentation.rfm;

/**
 * The three dimensions of RFM.
 *
 * @since 0.1
 */
public enum RfmDimension {
  /** Days since the last purchase; scored in reverse, so the most recent score highest. */
  RECENCY("R"),
  /** How often the customer bought. */
  FREQUENCY("F"),
  /** How much the customer spent. */
  MONETARY("M");

  private final String letter;

  RfmDimension(String letter) {
    this.letter = letter;
  }

  /**
   * Returns the dimension's letter: R, F or M.
   *
   * @return the letter
   */
  public String letter() {
    return letter;
  }
}
