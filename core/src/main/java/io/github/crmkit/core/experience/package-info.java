/**
 * The vocabulary of the customer experience along a journey: a {@link
 * io.github.crmkit.core.experience.JourneyMap} of touchpoints (channel, contact level, front or
 * back office, the clue the customer meets there, perceived risks), the emotions felt at each
 * ({@link io.github.crmkit.core.experience.Emotion}) and the observation of one touchpoint ({@link
 * io.github.crmkit.core.experience.Observation}). The analysis of these observations is in the
 * segmentation module's {@code experience} package.
 */
@NullMarked
package io.github.crmkit.core.experience;

import org.jspecify.annotations.NullMarked;
