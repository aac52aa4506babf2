/**
 * Critical incidents: the {@link io.github.crmkit.recovery.incident.Incident} a customer or
 * employee reports, published {@link io.github.crmkit.recovery.incident.Taxonomy taxonomies}
 * shipped as data (Bitner, Booms and Tetreault 1990 with Bitner, Booms and Mohr 1994; Keaveney
 * 1995; Meuter et al. 2000) or defined by the host, the pluggable {@link
 * io.github.crmkit.recovery.incident.IncidentCoder} with a transparent built-in {@link
 * io.github.crmkit.recovery.incident.LexiconCoder}, coding studies with their reliability and
 * methods paragraph ({@link io.github.crmkit.recovery.incident.CodingStudy}), and the evaluation of
 * any coder against human codes ({@link io.github.crmkit.recovery.incident.CoderEvaluation}).
 */
@NullMarked
package io.github.crmkit.recovery.incident;

import org.jspecify.annotations.NullMarked;
