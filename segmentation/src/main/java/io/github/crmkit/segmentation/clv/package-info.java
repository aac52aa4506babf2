/**
 * Customer lifetime value: per-customer summaries in an explicit time unit ({@link
 * io.github.crmkit.segmentation.clv.ClvData}), the BG/NBD, MBG/NBD and Pareto/NBD transaction
 * models and the Gamma-Gamma spend model fitted by maximum likelihood with analytic gradients,
 * standard errors and intervals, their predictions, and discounted lifetime value with typed
 * horizons and rates.
 */
@NullMarked
package io.github.crmkit.segmentation.clv;

import org.jspecify.annotations.NullMarked;
