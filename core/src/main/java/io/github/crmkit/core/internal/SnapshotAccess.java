package io.github.crmkit.core.internal;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseSummary;
import org.jspecify.annotations.Nullable;

/**
 * Allocation-free reads of a {@link CustomerSnapshot}'s optional facts for the other crmkit
 * modules, whose per-customer classifiers must not allocate {@code Optional}s.
 */
public interface SnapshotAccess {
  /**
   * Returns the purchase summary.
   *
   * @param s the snapshot
   * @return the summary, or null for a prospect
   */
  @Nullable PurchaseSummary purchases(CustomerSnapshot s);

  /**
   * Returns the recommendation score.
   *
   * @param s the snapshot
   * @return 0 to 10, or -1 when absent
   */
  int recommendScore(CustomerSnapshot s);
}
