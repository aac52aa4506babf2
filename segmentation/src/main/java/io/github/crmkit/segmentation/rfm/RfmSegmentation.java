package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkElementIndex;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scored customer base: per customer the R, F and M scores and the segment, per segment the
 * number of customers and their revenue, and the records the aggregation rejected. {@link
 * #processed()} plus {@code rejected().size()} equals {@link #received()}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class RfmSegmentation implements Accounted {
  private final RfmScorer scorer;
  private final RfmColumns columns;
  private final byte[] r;
  private final byte[] f;
  private final byte[] m;
  private final byte[] segment;
  private final List<SegmentSummary> summaries;
  private final List<Rejection<Purchase>> rejected;
  private final long received;

  RfmSegmentation(
      RfmScorer scorer,
      RfmColumns columns,
      byte[] r,
      byte[] f,
      byte[] m,
      byte[] segment,
      long[] counts,
      long[] revenue,
      List<Rejection<Purchase>> rejected,
      long received) {
    this.scorer = scorer;
    this.columns = columns;
    this.r = r;
    this.f = f;
    this.m = m;
    this.segment = segment;
    this.rejected = List.copyOf(rejected);
    this.received = received;
    long totalRevenue = 0;
    for (long v : revenue) {
      totalRevenue = Math.addExact(totalRevenue, v);
    }
    List<String> names = scorer.segmentMap().segments();
    List<SegmentSummary> list = new ArrayList<>(names.size());
    int n = columns.size();
    for (int s = 0; s < names.size(); s++) {
      list.add(
          new SegmentSummary(
              names.get(s),
              counts[s],
              Money.ofMinor(revenue[s], columns.currency()),
              n == 0 ? 0 : (double) counts[s] / n,
              totalRevenue == 0 ? 0 : (double) revenue[s] / totalRevenue));
    }
    this.summaries = List.copyOf(list);
  }

  /**
   * Returns the number of customers scored.
   *
   * @return the number of customers
   */
  public int size() {
    return columns.size();
  }

  /**
   * Returns the scored columns.
   *
   * @return the columns
   */
  public RfmColumns columns() {
    return columns;
  }

  /**
   * Returns the boundaries used.
   *
   * @return the boundaries
   */
  public RfmBoundaries boundaries() {
    return scorer.boundaries();
  }

  /**
   * Returns the segment map used.
   *
   * @return the map
   */
  public SegmentMap segmentMap() {
    return scorer.segmentMap();
  }

  /**
   * Returns the id of the customer in a row.
   *
   * @param row the row
   * @return the customer id
   */
  public CustomerId customer(int row) {
    return columns.customer(row);
  }

  /**
   * Returns the cell of a row.
   *
   * @param row the row
   * @return the R, F and M scores
   */
  public RfmCell cell(int row) {
    checkElementIndex(row, r.length, "row");
    return RfmCell.of(r[row], f[row], m[row]);
  }

  /**
   * Returns the segment of a row.
   *
   * @param row the row
   * @return the segment's name
   */
  public String segment(int row) {
    checkElementIndex(row, r.length, "row");
    return scorer.segmentName(segment[row]);
  }

  /**
   * Returns the full result of a row, with its explanation on request.
   *
   * @param row the row
   * @return the result, equal in every score to {@link RfmScorer#score(RfmSummary)} of the row
   */
  public RfmResult result(int row) {
    checkElementIndex(row, r.length, "row");
    return new RfmResult(
        scorer,
        columns.ids[row],
        columns.recencyDays[row],
        columns.frequency[row],
        columns.monetary[row],
        r[row],
        f[row],
        m[row]);
  }

  /**
   * Returns one summary per segment of the map, in the map's order, the fallback last.
   *
   * @return an unmodifiable list
   */
  public List<SegmentSummary> segments() {
    return summaries;
  }

  /**
   * Returns the records the aggregation rejected (empty when scoring columns directly).
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
   * Returns the number of records received: purchases for an aggregation, customers for columns.
   *
   * @return the number received
   */
  @Override
  public long received() {
    return received;
  }

  /**
   * Returns the number of records processed.
   *
   * @return received minus rejected
   */
  @Override
  public long processed() {
    return received - rejected.size();
  }

  /** Prints a table of segments with customers, revenue and shares. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "RFM segmentation of %d customers (%d records received, %d rejected)%n",
                size(),
                received,
                rejected.size()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%-22s %10s %7s %20s %7s%n",
            "segment",
            "customers",
            "share",
            "revenue",
            "share"));
    for (SegmentSummary s : summaries) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-22s %10d %6.1f%% %20s %6.1f%%%n",
              s.segment(),
              s.customers(),
              100 * s.customerShare(),
              s.revenue(),
              100 * s.revenueShare()));
    }
    return sb.toString();
  }
}
