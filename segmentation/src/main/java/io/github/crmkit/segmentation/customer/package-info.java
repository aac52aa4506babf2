/**
 * What kind of customer this is and where the relationship stands: Stone's customer types ({@link
 * io.github.crmkit.segmentation.customer.StoneClassifier}), lifecycle stage and status ({@link
 * io.github.crmkit.segmentation.customer.LifecycleClassifier}) and the customer profile that joins
 * them with the loyalty ladder of {@code segmentation.loyalty}, and what to do next: cross-selling,
 * up-selling, demarketing ({@link io.github.crmkit.segmentation.customer.Opportunities}) and
 * conversion rates ({@link io.github.crmkit.segmentation.customer.ConversionRate}).
 */
@NullMarked
package io.github.crmkit.segmentation.customer;

import org.jspecify.annotations.NullMarked;
