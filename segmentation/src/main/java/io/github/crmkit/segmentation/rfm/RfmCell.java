package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A customer's three scores. {@link #code()} prints them as {@code "545"} (or {@code "10-3-7"} when
 * a score has two digits), which {@link #parse(String)} reads back. Immutable and thread-safe.
 *
 * @param r the recency score, 1 to 10
 * @param f the frequency score, 1 to 10
 * @param m the monetary score, 1 to 10
 * @since 0.1
 */
public record RfmCell(int r, int f, int m) {
  /**
   * Checks the scores.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @throws IllegalArgumentException if a score is outside 1 to 10
   */
  public RfmCell {
    checkArgument(r >= 1 && r <= 10, "r must be between 1 and 10, but was %s", r);
    checkArgument(f >= 1 && f <= 10, "f must be between 1 and 10, but was %s", f);
    checkArgument(m >= 1 && m <= 10, "m must be between 1 and 10, but was %s", m);
  }

  private static final RfmCell[] CACHE = new RfmCell[1000];

  static {
    for (int r = 1; r <= 10; r++) {
      for (int f = 1; f <= 10; f++) {
        for (int m = 1; m <= 10; m++) {
          CACHE[((r - 1) * 10 + (f - 1)) * 10 + (m - 1)] = new RfmCell(r, f, m);
        }
      }
    }
  }

  /**
   * Returns the cell with the given scores; every cell is a shared instance, so this allocates
   * nothing.
   *
   * @param r the recency score, 1 to 10
   * @param f the frequency score, 1 to 10
   * @param m the monetary score, 1 to 10
   * @return the cell
   * @throws IllegalArgumentException if a score is outside 1 to 10
   */
  public static RfmCell of(int r, int f, int m) {
    if (r < 1 || r > 10 || f < 1 || f > 10 || m < 1 || m > 10) {
      return new RfmCell(r, f, m); // throws, naming the bad score
    }
    return CACHE[((r - 1) * 10 + (f - 1)) * 10 + (m - 1)];
  }

  /**
   * Reads a cell code: three digits such as {@code "545"}, or three numbers joined by hyphens such
   * as {@code "10-3-7"}.
   *
   * @param code the code, not null
   * @return the cell
   * @throws IllegalArgumentException if the code is malformed or a score is out of range
   */
  public static RfmCell parse(String code) {
    checkNotNull(code, "code must not be null");
    try {
      if (code.length() == 3 && code.chars().allMatch(ch -> ch >= '1' && ch <= '9')) {
        return of(code.charAt(0) - '0', code.charAt(1) - '0', code.charAt(2) - '0');
      }
      String[] parts = code.split("-", -1);
      if (parts.length == 3) {
        return of(
            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "code must look like '545' or '10-3-7', but was '" + code + "'", e);
    }
    throw new IllegalArgumentException(
        "code must look like '545' or '10-3-7', but was '" + code + "'");
  }

  /**
   * Returns the mean of the frequency and monetary scores, {@code (f + m) / 2}, which some segment
   * maps score against recency.
   *
   * @return the FM score, from 1 to 10 in steps of 0.5
   */
  public double fm() {
    return (f + m) / 2.0;
  }

  /**
   * Returns the cell code: {@code "545"}, or {@code "10-3-7"} when a score has two digits.
   *
   * @return the code
   */
  public String code() {
    return r < 10 && f < 10 && m < 10 ? "" + r + f + m : r + "-" + f + "-" + m;
  }

  /** Returns {@link #code()}. */
  @Override
  public String toString() {
    return code();
  }
}
