package io.github.crmkit.segmentation.rfm;

import io.github.crmkit.core.Money;

/**
 * One segment's share of a scored base.
 *
 * @param segment the segment's name
 * @param customers how many customers it holds
 * @param revenue their total spend
 * @param customerShare its share of the customers, 0 to 1
 * @param revenueShare its share of the revenue, 0 to 1 (0 when the base has no revenue)
 * @since 0.1
 */
public record SegmentSummary(
    String segment, long customers, Money revenue, double customerShare, double revenueShare) {}
