package io.github.crmkit.segmentation.rfm;

import java.util.List;

/**
 * What {@link SegmentMap#validate(int, int, int)} found: the cells that fall to the fallback, the
 * pairs of rules whose boxes overlap (the earlier one wins), and the rules that never win a cell.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SegmentMapReport {
  private final String map;
  private final int cells;
  private final List<RfmCell> uncoveredCells;
  private final List<Overlap> overlaps;
  private final List<String> unreachableRules;

  SegmentMapReport(
      String map,
      int cells,
      List<RfmCell> uncoveredCells,
      List<Overlap> overlaps,
      List<String> unreachableRules) {
    this.map = map;
    this.cells = cells;
    this.uncoveredCells = List.copyOf(uncoveredCells);
    this.overlaps = List.copyOf(overlaps);
    this.unreachableRules = List.copyOf(unreachableRules);
  }

  /**
   * Returns the number of cells checked.
   *
   * @return the grid size
   */
  public int cells() {
    return cells;
  }

  /**
   * Returns the cells no rule holds, in R, F, M order.
   *
   * @return an unmodifiable list
   */
  public List<RfmCell> uncoveredCells() {
    return uncoveredCells;
  }

  /**
   * Returns the overlapping pairs of rules, in precedence order.
   *
   * @return an unmodifiable list
   */
  public List<Overlap> overlaps() {
    return overlaps;
  }

  /**
   * Returns the rules that never win a cell, in precedence order.
   *
   * @return an unmodifiable list of rule names
   */
  public List<String> unreachableRules() {
    return unreachableRules;
  }

  /**
   * Tells whether every cell is covered and every rule reachable (overlaps are allowed: they are
   * what precedence is for).
   *
   * @return true when nothing falls to the fallback and no rule is dead
   */
  public boolean isComplete() {
    return uncoveredCells.isEmpty() && unreachableRules.isEmpty();
  }

  @Override
  public String toString() {
    return "SegmentMapReport{map="
        + map
        + ", cells="
        + cells
        + ", uncovered="
        + uncoveredCells
        + ", overlaps="
        + overlaps
        + ", unreachable="
        + unreachableRules
        + "}";
  }

  /**
   * Two rules whose boxes share cells; the earlier rule wins them.
   *
   * @param earlier the rule with precedence
   * @param later the rule that loses the shared cells
   * @param cells how many cells they share
   * @since 0.1
   */
  public record Overlap(String earlier, String later, int cells) {}
}
