package io.github.crmkit.segmentation.rfm;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;

/**
 * One customer's RFM scores, cell and segment. The explanation is built when asked for, so scoring
 * allocates nothing but this object. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RfmResult implements Explained {
  private final RfmScorer scorer;
  private final CustomerId customer;
  private final int recencyDays;
  private final int frequency;
  private final double monetary;
  private final int r;
  private final int f;
  private final int m;

  RfmResult(
      RfmScorer scorer,
      CustomerId customer,
      int recencyDays,
      int frequency,
      double monetary,
      int r,
      int f,
      int m) {
    this.scorer = scorer;
    this.customer = customer;
    this.recencyDays = recencyDays;
    this.frequency = frequency;
    this.monetary = monetary;
    this.r = r;
    this.f = f;
    this.m = m;
  }

  /**
   * Returns the customer.
   *
   * @return the customer id
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * Returns the recency that was scored.
   *
   * @return days since the last purchase
   */
  public int recencyDays() {
    return recencyDays;
  }

  /**
   * Returns the frequency that was scored.
   *
   * @return the frequency measure
   */
  public int frequency() {
    return frequency;
  }

  /**
   * Returns the monetary value that was scored.
   *
   * @return the monetary value in major units
   */
  public double monetary() {
    return monetary;
  }

  /**
   * Returns the recency score; the most recent customers score highest.
   *
   * @return the R score
   */
  public int r() {
    return r;
  }

  /**
   * Returns the frequency score.
   *
   * @return the F score
   */
  public int f() {
    return f;
  }

  /**
   * Returns the monetary score.
   *
   * @return the M score
   */
  public int m() {
    return m;
  }

  /**
   * Returns the three scores as a cell.
   *
   * @return the cell
   */
  public RfmCell cell() {
    return RfmCell.of(r, f, m);
  }

  /**
   * Returns the cell code, for example {@code "545"}.
   *
   * @return the code
   */
  public String cellCode() {
    return scorer.code(r, f, m);
  }

  /**
   * Returns the segment's name.
   *
   * @return the segment
   */
  public String segment() {
    return scorer.segmentName(scorer.segmentIndex(r, f, m));
  }

  /**
   * Explains the result: the values, the cut points, the range of each score, and every rule
   * checked up to the one that matched.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    return scorer.explain(this);
  }

  @Override
  public String toString() {
    return customer + " " + cellCode() + " " + segment();
  }
}
