/**
 * Inter-coder reliability of coding studies: percent agreement, Cohen's kappa (unweighted, linear
 * and quadratic weights), Scott's pi, Bennett's S, Fleiss' kappa with per-category kappas,
 * Krippendorff's alpha (nominal, ordinal, interval, ratio; any number of coders; missing values),
 * Perreault and Leigh's Ir and Gwet's AC1, over a {@link
 * io.github.crmkit.recovery.reliability.RatingTable} built in wide or long form. Every statistic
 * returns an {@link io.github.crmkit.recovery.reliability.Estimate}, which says so explicitly when
 * the statistic is undefined (for example 0/0 when every rating falls into one category).
 */
@NullMarked
package io.github.crmkit.recovery.reliability;

import org.jspecify.annotations.NullMarked;
