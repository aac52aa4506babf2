package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.segmentation.loyalty.LoyaltyLadder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Stage-to-stage conversion along the loyalty ladder: how many customers reached at least each
 * rung, and the share of those on one rung or above who reached the next. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ConversionFunnel {
  private final Map<LoyaltyRung, Long> reached;

  private ConversionFunnel(Map<LoyaltyRung, Long> reached) {
    this.reached = reached;
  }

  /**
   * Builds the funnel of a customer base.
   *
   * @param ladder the ladder, not null
   * @param customers the customers, not null, no nulls
   * @return the funnel
   */
  public static ConversionFunnel of(LoyaltyLadder ladder, Iterable<CustomerSnapshot> customers) {
    checkNotNull(ladder, "ladder must not be null");
    checkNotNull(customers, "customers must not be null");
    long[] at = new long[LoyaltyRung.values().length];
    for (CustomerSnapshot c : customers) {
      at[ladder.rung(checkNotNull(c, "customers must not hold null")).height()]++;
    }
    Map<LoyaltyRung, Long> reached = new EnumMap<>(LoyaltyRung.class);
    long above = 0;
    for (int h = at.length - 1; h >= 0; h--) {
      above += at[h];
      reached.put(rungOf(h), above);
    }
    return new ConversionFunnel(reached);
  }

  private static LoyaltyRung rungOf(int height) {
    for (LoyaltyRung r : LoyaltyRung.values()) {
      if (r.height() == height) {
        return r;
      }
    }
    throw new AssertionError(height);
  }

  /**
   * Returns how many customers reached at least a rung.
   *
   * @param rung the rung, not null
   * @return the count
   */
  public long reached(LoyaltyRung rung) {
    checkNotNull(rung, "rung must not be null");
    return reached.getOrDefault(rung, 0L);
  }

  /**
   * Returns the conversion from each rung to the next, bottom to top.
   *
   * @return five steps, prospect to customer first
   */
  public List<Step> steps() {
    List<Step> out = new ArrayList<>();
    for (int h = 0; h + 1 < LoyaltyRung.values().length; h++) {
      LoyaltyRung from = rungOf(h);
      LoyaltyRung to = rungOf(h + 1);
      out.add(new Step(from, to, new ConversionRate(reached(to), reached(from))));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "ConversionFunnel" + reached;
  }

  /**
   * One step of the funnel. Immutable.
   *
   * @param from the lower rung
   * @param to the next rung
   * @param rate customers at {@code to} or above over customers at {@code from} or above
   * @since 0.1
   */
  public record Step(LoyaltyRung from, LoyaltyRung to, ConversionRate rate) {
    /**
     * Checks the components.
     *
     * @param from not null
     * @param to not null
     * @param rate not null
     */
    public Step {
      checkNotNull(from, "from must not be null");
      checkNotNull(to, "to must not be null");
      checkNotNull(rate, "rate must not be null");
    }
  }
}
