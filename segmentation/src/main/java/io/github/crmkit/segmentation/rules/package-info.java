/**
 * Declarative segment definitions and points plans over customer snapshots: {@link
 * io.github.crmkit.segmentation.rules.Condition}s (AND, OR, NOT, comparisons, time windows relative
 * to the snapshot's {@code asOf}) combined into an ordered {@link
 * io.github.crmkit.segmentation.rules.RuleSet} with a fallback, validated before use and explained
 * rule by rule, and {@link io.github.crmkit.segmentation.rules.PointsPlan}s that award points with
 * per-customer multipliers and decay. Both are built in code or read from JSON ({@link
 * io.github.crmkit.segmentation.rules.RuleJson}).
 *
 * <p>Attributes are named paths into {@link io.github.crmkit.core.CustomerSnapshot} (see {@link
 * io.github.crmkit.segmentation.rules.AttributeType}): {@code purchases.count}, {@code
 * purchases.total} (major units), {@code purchases.first}, {@code purchases.last}, {@code
 * recommendScore}, {@code signals.NAME}, {@code survey.NAME}, {@code scores.NAME} (scores the host
 * passes in, for example an RFM score), {@code flags.NAME} and {@code categories.NAME}.
 */
@NullMarked
package io.github.crmkit.segmentation.rules;

import org.jspecify.annotations.NullMarked;
