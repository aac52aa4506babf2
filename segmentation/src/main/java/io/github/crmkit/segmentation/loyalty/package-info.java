/**
 * Loyalty as attitude and behaviour: the loyalty ladder from prospect to partner ({@link
 * io.github.crmkit.segmentation.loyalty.LoyaltyLadder}), the satisfaction x loyalty types of Jones
 * and Sasser ({@link io.github.crmkit.segmentation.loyalty.JonesSasser}), the loyalty conditions of
 * Dick and Basu ({@link io.github.crmkit.segmentation.loyalty.DickBasu}), a composite loyalty score
 * ({@link io.github.crmkit.segmentation.loyalty.CompositeLoyalty}) and the economics of retention
 * ({@link io.github.crmkit.segmentation.loyalty.RetentionEconomics}).
 */
@NullMarked
package io.github.crmkit.segmentation.loyalty;

import org.jspecify.annotations.NullMarked;
