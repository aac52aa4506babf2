/**
 * The customer experience along a journey: a {@link io.github.crmkit.core.experience.JourneyMap} of
 * touchpoints (channel, contact level, front or back office, the clue the customer meets there,
 * perceived risks), the emotions felt at each ({@link io.github.crmkit.core.experience.Emotion}),
 * Customer Experience Analysis ({@link io.github.crmkit.core.experience.ExperienceAnalysis}:
 * rating, message and emotion per touchpoint, the overall assessment, ranked pain points and the
 * emotional curve) and the walk-through audit ({@link
 * io.github.crmkit.core.experience.AuditChecklist}).
 */
@NullMarked
package io.github.crmkit.core.experience;

import org.jspecify.annotations.NullMarked;
