package io.github.crmkit.segmentation.survey;

/**
 * One customer's three-column answer about one service attribute (Parasuraman, Zeithaml and Berry
 * 1994): the minimum service level they would accept, the level they desire, and the level they
 * perceive. Scale and consistency are checked by {@link ZoneOfTolerance}. Immutable.
 *
 * @param adequate the adequate (minimum acceptable) level
 * @param desired the desired level
 * @param perceived the perceived level
 * @since 0.1
 */
public record ToleranceRating(int adequate, int desired, int perceived) {}
