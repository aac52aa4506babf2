/**
 * Customer experience analysis over the journey vocabulary of {@code core.experience}: rating each
 * touchpoint +/0/- with the message and the emotion felt ({@link
 * io.github.crmkit.segmentation.experience.ExperienceAnalysis}), the emotional curve, pain points
 * and the overall assessment, and walk-through audits of a journey ({@link
 * io.github.crmkit.segmentation.experience.AuditChecklist}).
 */
@NullMarked
package io.github.crmkit.segmentation.experience;

import org.jspecify.annotations.NullMarked;
