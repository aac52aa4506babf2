package io.github.crmkit.segmentation.rfm;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome of {@link RfmAggregator#aggregate}: per-customer columns and every rejected record.
 * {@link #processed()} plus {@code rejected().size()} always equals {@link #received()}. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class RfmAggregation implements Accounted {
  private final RfmColumns columns;
  private final List<Rejection<Purchase>> rejected;
  private final long received;

  RfmAggregation(RfmColumns columns, List<Rejection<Purchase>> rejected, long received) {
    this.columns = columns;
    this.rejected = List.copyOf(rejected);
    this.received = received;
    if (!this.rejected.isEmpty() && LOG.isDebugEnabled()) {
      LOG.debug(
          "RFM aggregation rejected {} of {} purchases: {}; first: {}",
          this.rejected.size(),
          received,
          rejections(),
          this.rejected.get(0));
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(RfmAggregation.class);

  /**
   * Returns one row per customer with at least one accepted purchase, in the order customers first
   * appeared (for a {@link io.github.crmkit.core.PurchaseColumns} batch: dictionary order).
   *
   * @return the columns
   */
  public RfmColumns columns() {
    return columns;
  }

  /**
   * Returns the rejected records in input order, each with its position and reason. Reason codes
   * are the {@code REJECTED_*} constants of {@link RfmAggregator}.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<Purchase>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Returns the number of records received, including nulls.
   *
   * @return the number received
   */
  @Override
  public long received() {
    return received;
  }

  /**
   * Returns the number of records that went into the columns.
   *
   * @return received minus rejected
   */
  @Override
  public long processed() {
    return received - rejected.size();
  }

  @Override
  public String toString() {
    return "RfmAggregation{received="
        + received
        + ", processed="
        + processed()
        + ", rejected="
        + rejected.size()
        + ", customers="
        + columns.size()
        + "}";
  }
}
