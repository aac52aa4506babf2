/**
 * RFM segmentation: from purchases to per-customer recency, frequency and monetary value, scored
 * into bins and mapped to named segments, with an explanation for every customer.
 *
 * <p>The steps, each usable on its own:
 *
 * <ol>
 *   <li>{@link io.github.crmkit.segmentation.rfm.RfmAggregator} turns purchases (a stream, an
 *       iterator or {@link io.github.crmkit.core.PurchaseColumns}) into {@link
 *       io.github.crmkit.segmentation.rfm.RfmColumns}, accounting for every rejected record;
 *   <li>{@link io.github.crmkit.segmentation.rfm.RfmBinning} fits {@link
 *       io.github.crmkit.segmentation.rfm.RfmBoundaries}: R {@code rfm} 0.3.0 compatible quantile
 *       breakpoints, NTILE, or fixed thresholds; {@link
 *       io.github.crmkit.segmentation.rfm.RfmDistribution} fits the same breakpoints from parts
 *       merged across partitions;
 *   <li>{@link io.github.crmkit.segmentation.rfm.RfmScorer} scores one customer ({@code score}) or
 *       a whole base over columns ({@code scoreAll}) with the same logic, and maps the cell to a
 *       segment of a {@link io.github.crmkit.segmentation.rfm.SegmentMap}.
 * </ol>
 *
 * <p>Recency is counted in whole calendar days in an explicit {@link java.time.ZoneId} between the
 * local date of the last purchase and the local date of the analysis instant; the most recent
 * customers score highest.
 */
@NullMarked
package io.github.crmkit.segmentation.rfm;

import org.jspecify.annotations.NullMarked;
