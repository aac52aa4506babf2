package io.github.crmkit.segmentation.loyalty;

/**
 * How many people each unhappy customer tells about a bad experience. The default, {@link
 * #defaults()}, is the 8 to 10 listeners service textbooks quote from TARP's studies for the White
 * House Office of Consumer Affairs (1986); it is an assumption to be replaced with the firm's own
 * figure where known. Immutable.
 *
 * @param listenersLow the low estimate of listeners per unhappy customer, 0 or more
 * @param listenersHigh the high estimate, at least the low one
 * @since 0.1
 */
public record WordOfMouthAssumption(long listenersLow, long listenersHigh) {
  /**
   * Checks the range.
   *
   * @param listenersLow the low estimate
   * @param listenersHigh the high estimate
   * @throws IllegalArgumentException if the range is negative or reversed
   */
  public WordOfMouthAssumption {
    if (listenersLow < 0 || listenersHigh < listenersLow) {
      throw new IllegalArgumentException(
          "listeners must satisfy 0 <= low <= high, but were "
              + listenersLow
              + ".."
              + listenersHigh);
    }
  }

  /**
   * Returns the textbook assumption: 8 to 10 listeners.
   *
   * @return the assumption
   */
  public static WordOfMouthAssumption defaults() {
    return new WordOfMouthAssumption(8, 10);
  }
}
