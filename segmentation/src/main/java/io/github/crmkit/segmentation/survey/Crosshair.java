package io.github.crmkit.segmentation.survey;

/**
 * Where importance-performance analysis draws the lines that split the grid into quadrants.
 *
 * @since 0.1
 */
public enum Crosshair {
  /** The mean of the attributes' mean importance and mean performance (data-centred). */
  MEANS,
  /** The median of the attributes' mean importance and mean performance. */
  MEDIANS,
  /** The midpoint of the rating scale (scale-centred), as in Martilla and James (1977). */
  SCALE_MIDPOINT
}
