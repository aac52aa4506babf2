package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;

/**
 * One customer's purchase history as the lifetime-value models read it, in the unit of the {@link
 * ClvData} it belongs to: repeat purchases {@code x} (the first purchase is not a repeat; several
 * purchases on one day are one), the time {@code tx} from the first to the last purchase, the age
 * {@code T} from the first purchase to the end of the calibration period, and the mean spend of the
 * repeat purchases.
 *
 * @param customer the customer
 * @param x repeat purchases, not negative
 * @param tx recency: time of the last purchase after the first, 0 when x is 0, positive otherwise
 * @param T age: time from the first purchase to the end of calibration, at least tx
 * @param meanSpend mean spend of the repeat purchases in major units, not negative (0 when x is 0)
 * @since 0.1
 */
@SuppressWarnings("ParameterName") // T is the literature's name
public record RepeatSummary(CustomerId customer, int x, double tx, double T, double meanSpend) {
  /**
   * Checks the components.
   *
   * @param customer not null
   * @param x not negative
   * @param tx finite, 0 when x is 0 and positive otherwise
   * @param T finite, at least tx
   * @param meanSpend finite, not negative
   * @throws IllegalArgumentException if the values are inconsistent, naming them
   */
  public RepeatSummary {
    checkNotNull(customer, "customer must not be null");
    String problem = problem(x, tx, T, meanSpend);
    if (problem != null) {
      throw new IllegalArgumentException(problem + " for customer " + customer);
    }
  }

  /** Returns what is wrong with a summary, or null. */
  static @org.jspecify.annotations.Nullable String problem(
      int x, double tx, double T, double meanSpend) {
    if (x < 0) {
      return "x must not be negative, but was " + x;
    }
    if (!Double.isFinite(tx) || !Double.isFinite(T) || !Double.isFinite(meanSpend)) {
      return "tx, T and meanSpend must be finite, but were " + tx + ", " + T + ", " + meanSpend;
    }
    if (tx < 0) {
      return "tx must not be negative, but was " + tx;
    }
    if (tx > T) {
      return "tx must not exceed T, but tx = " + tx + " > T = " + T;
    }
    if (x == 0 && tx != 0) {
      return "tx must be 0 when x is 0, but was " + tx;
    }
    if (x > 0 && tx == 0) {
      return "tx must be positive when x = " + x + " (repeat purchases come after the first)";
    }
    if (meanSpend < 0) {
      return "meanSpend must not be negative, but was " + meanSpend;
    }
    return null;
  }
}
