package io.github.crmkit.segmentation.rfm;

/**
 * Preset segment maps for five scores per dimension, each citing its source.
 *
 * @since 0.1
 */
public final class SegmentMaps {
  private SegmentMaps() {}

  private static SegmentRule rfm(
      String name, int rLo, int rHi, int fLo, int fHi, int mLo, int mHi) {
    return SegmentRule.builder(name)
        .recency(rLo, rHi)
        .frequency(fLo, fHi)
        .monetary(mLo, mHi)
        .build();
  }

  private static SegmentRule rf(String name, int rLo, int rHi, int fLo, int fHi) {
    return SegmentRule.builder(name).recency(rLo, rHi).frequency(fLo, fHi).build();
  }

  private static SegmentRule rFm(String name, int rLo, int rHi, double fmLo, double fmHi) {
    return SegmentRule.builder(name).recency(rLo, rHi).fm(fmLo, fmHi).build();
  }

  /**
   * The default segments of the R package {@code rfm} 0.3.0 ({@code rfm_segment}), first match
   * wins, unmatched cells go to "Others". On the 5 x 5 x 5 grid, 10 of the 125 cells fall to
   * "Others".
   *
   * @return the map
   */
  public static SegmentMap rRfmDefaults() {
    return SegmentMap.builder("r-rfm-0.3.0")
        .source("R package rfm 0.3.0 (Hebbali), rfm_segment() default segments")
        .rule(rfm("Champions", 5, 5, 5, 5, 5, 5))
        .rule(rfm("Potential Loyalist", 3, 5, 3, 5, 2, 5))
        .rule(rfm("Loyal Customers", 2, 4, 2, 4, 2, 4))
        .rule(rfm("Promising", 3, 4, 1, 3, 3, 5))
        .rule(rfm("New Customers", 4, 5, 1, 3, 1, 5))
        .rule(rfm("Can't Lose Them", 1, 2, 3, 4, 4, 5))
        .rule(rfm("At Risk", 1, 2, 2, 5, 4, 5))
        .rule(rfm("Need Attention", 1, 3, 3, 5, 3, 5))
        .rule(rfm("About To Sleep", 2, 3, 1, 3, 1, 4))
        .rule(rfm("Lost", 1, 1, 1, 5, 1, 5))
        .fallback("Others")
        .build();
  }

  /**
   * The widely copied 10-segment map over recency and frequency only (a 5 x 5 R x F grid, the
   * monetary score ignored), as popularised by RFM tutorials in Python: Hibernating, At Risk, Can't
   * Lose, About To Sleep, Need Attention, Loyal Customers, Promising, New Customers, Potential
   * Loyalists, Champions. It covers all 25 R x F cells without overlap.
   *
   * @return the map
   */
  public static SegmentMap rf10() {
    return SegmentMap.builder("rf-10")
        .source("RF-only 10-segment grid common in Python RFM tutorials (R, F scores 1-5)")
        .rule(rf("Hibernating", 1, 2, 1, 2))
        .rule(rf("At Risk", 1, 2, 3, 4))
        .rule(rf("Can't Lose", 1, 2, 5, 5))
        .rule(rf("About To Sleep", 3, 3, 1, 2))
        .rule(rf("Need Attention", 3, 3, 3, 3))
        .rule(rf("Loyal Customers", 3, 4, 4, 5))
        .rule(rf("Promising", 4, 4, 1, 1))
        .rule(rf("New Customers", 5, 5, 1, 1))
        .rule(rf("Potential Loyalists", 4, 5, 2, 3))
        .rule(rf("Champions", 5, 5, 4, 5))
        .fallback("Others")
        .build();
  }

  /**
   * The 11-segment map of Putler's RFM guide, R against FM = (F + M) / 2, in the published table
   * order. Its boxes overlap, so in this order New Customers, Promising, Can't Lose Them and Lost
   * can never be reached; kept to show what {@link SegmentMap#validate} finds. Use {@link
   * #putler11()} instead.
   *
   * @return the map in table order
   */
  public static SegmentMap putler11TableOrder() {
    return SegmentMap.builder("putler-11-table-order")
        .source("Putler, 'RFM Analysis for Successful Customer Segmentation', segment table")
        .rule(rFm("Champions", 4, 5, 4, 5))
        .rule(rFm("Loyal Customers", 2, 5, 3, 5))
        .rule(rFm("Potential Loyalist", 3, 5, 1, 3))
        .rule(rFm("New Customers", 4, 5, 1, 1))
        .rule(rFm("Promising", 3, 4, 1, 1))
        .rule(rFm("Need Attention", 2, 3, 2, 3))
        .rule(rFm("About To Sleep", 2, 3, 1, 2))
        .rule(rFm("At Risk", 1, 2, 2, 5))
        .rule(rFm("Can't Lose Them", 1, 1, 4, 5))
        .rule(rFm("Hibernating", 1, 2, 1, 2))
        .rule(rFm("Lost", 1, 2, 1, 2))
        .fallback("Others")
        .build();
  }

  /**
   * Putler's 11 segments with an explicit precedence that makes every one reachable.
   *
   * <p>Changes from the published table (crmkit's decision, recorded here): the narrow boxes come
   * before the wide ones that swallow them (Can't Lose Them before At Risk; New Customers and
   * Promising before Potential Loyalist). Precedence alone cannot separate Hibernating (R 1-2, FM
   * 1-2) from Lost (R 0-2, FM 0-2): on scores from 1 they are the same box. crmkit narrows Lost to
   * its extreme, R = 1 and FM = 1 (one small, long-ago purchase), ahead of Hibernating. On the 5 x
   * 5 x 5 grid every cell is covered and all 11 segments are reachable.
   *
   * @return the map
   */
  public static SegmentMap putler11() {
    return SegmentMap.builder("putler-11")
        .source(
            "Putler, 'RFM Analysis for Successful Customer Segmentation', with crmkit's"
                + " precedence (see SegmentMaps.putler11)")
        .rule(rFm("Champions", 4, 5, 4, 5))
        .rule(rFm("Loyal Customers", 2, 5, 3, 5))
        .rule(rFm("Can't Lose Them", 1, 1, 4, 5))
        .rule(rFm("New Customers", 4, 5, 1, 1))
        .rule(rFm("Promising", 3, 4, 1, 1))
        .rule(rFm("Potential Loyalist", 3, 5, 1, 3))
        .rule(rFm("Need Attention", 2, 3, 2, 3))
        .rule(rFm("About To Sleep", 2, 3, 1, 2))
        .rule(rFm("At Risk", 1, 2, 2, 5))
        .rule(rFm("Lost", 1, 1, 1, 1))
        .rule(rFm("Hibernating", 1, 2, 1, 2))
        .fallback("Others")
        .build();
  }
}
