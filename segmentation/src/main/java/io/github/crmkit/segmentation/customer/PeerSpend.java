package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CurrencyMismatchException;
import io.github.crmkit.core.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The spend of a customer's peers as quartiles (R type 7 quantiles of the peers' totals), the tiers
 * for up-selling. Immutable.
 *
 * @param lowerQuartile the 25th percentile
 * @param median the 50th percentile
 * @param upperQuartile the 75th percentile
 * @since 0.1
 */
public record PeerSpend(Money lowerQuartile, Money median, Money upperQuartile) {
  /**
   * Checks the components.
   *
   * @param lowerQuartile not null
   * @param median not null, not below the lower quartile
   * @param upperQuartile not null, not below the median
   * @throws IllegalArgumentException if the quartiles are not ordered
   * @throws CurrencyMismatchException if the currencies differ
   */
  public PeerSpend {
    checkNotNull(lowerQuartile, "lowerQuartile must not be null");
    checkNotNull(median, "median must not be null");
    checkNotNull(upperQuartile, "upperQuartile must not be null");
    if (lowerQuartile.compareTo(median) > 0 || median.compareTo(upperQuartile) > 0) {
      throw new IllegalArgumentException(
          "quartiles must be ordered, but were "
              + lowerQuartile
              + ", "
              + median
              + ", "
              + upperQuartile);
    }
  }

  /**
   * Computes the quartiles of the peers' totals, rounding each to the minor unit (half up).
   *
   * @param totals the peers' totals, at least one, all in one currency
   * @return the peer spend
   * @throws IllegalArgumentException if there is no total
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static PeerSpend of(Collection<Money> totals) {
    checkNotNull(totals, "totals must not be null");
    if (totals.isEmpty()) {
      throw new IllegalArgumentException("totals must not be empty");
    }
    List<Money> sorted = new ArrayList<>(totals.size());
    for (Money m : totals) {
      sorted.add(checkNotNull(m, "totals must not hold null"));
    }
    sorted.sort(Money::compareTo);
    return new PeerSpend(q(sorted, 0.25), q(sorted, 0.5), q(sorted, 0.75));
  }

  private static Money q(List<Money> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    long a = sorted.get(lo).minorUnits();
    long b = sorted.get(hi).minorUnits();
    long v = Math.round(a + (h - lo) * (double) (b - a));
    return Money.ofMinor(v, sorted.get(0).currency());
  }
}
