/**
 * Survey measures with the statistics a careful analyst expects: the Net Promoter Score with its
 * standard error, Wald and adjusted-Wald intervals and a two-survey comparison, CSAT top-box shares
 * and means, and an ACSI-style weighted satisfaction index. Answers outside the scale are rejected
 * with a reason and counted, never dropped silently; every result carries its n and an explanation.
 */
@NullMarked
package io.github.crmkit.segmentation.survey;

import org.jspecify.annotations.NullMarked;
