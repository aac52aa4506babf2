package io.github.crmkit.examples.spark;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmColumns;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * One partition's customers, summarised: per customer the RFM values and the repeat-purchase
 * summary (x, t_x, T, mean repeat spend in weeks), in columns; and every input row it did not use,
 * with the reason. Every customer's purchases are in one partition (the input is partitioned by
 * customer id), so the summaries of all partitions are the summaries of the base.
 */
final class PartitionSummary implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  final String[] ids;
  final int[] recencyDays;
  final int[] frequency;
  final double[] monetary;
  final long[] revenueMinor;
  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] meanSpend;
  final long received;
  final long processed;
  final List<String[]> rejected; // reason, detail, record

  private PartitionSummary(int n, long received, long processed, List<String[]> rejected) {
    this.ids = new String[n];
    this.recencyDays = new int[n];
    this.frequency = new int[n];
    this.monetary = new double[n];
    this.revenueMinor = new long[n];
    this.x = new int[n];
    this.tx = new double[n];
    this.age = new double[n];
    this.meanSpend = new double[n];
    this.received = received;
    this.processed = processed;
    this.rejected = rejected;
  }

  /**
   * Summarises one partition's rows: parses them, aggregates RFM values as of {@code asOf}, and the
   * lifetime-value summaries with calibration ending on the as-of day.
   */
  static PartitionSummary of(Iterator<Row> rows, JobSettings settings) {
    LocalDate asOfDay = settings.asOf();
    if (asOfDay == null) {
      throw new IllegalStateException("asOf must be known before summarising partitions");
    }
    Instant asOf = asOfDay.atStartOfDay(settings.zoneId()).toInstant();
    PurchaseReader reader = new PurchaseReader(settings);
    List<Purchase> purchases = new ArrayList<>();
    List<Row> sources = new ArrayList<>();
    List<String[]> rejected = new ArrayList<>();
    long received = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      received++;
      Purchase p = reader.read(row);
      if (p == null) {
        rejected.add(new String[] {reader.reason(), reader.detail(), text(row)});
      } else {
        purchases.add(p);
        sources.add(row);
      }
    }
    RfmAggregation rfm =
        RfmAggregator.of(asOf, settings.zoneId(), settings.currencyOf())
            .aggregate(purchases.iterator());
    boolean[] refused = new boolean[purchases.size()];
    for (Rejection<Purchase> r : rfm.rejectedRecords()) {
      refused[(int) r.position()] = true;
      rejected.add(
          new String[] {r.reason().code(), r.detail(), text(sources.get((int) r.position()))});
    }
    List<Purchase> kept = new ArrayList<>(purchases.size() - (int) rfm.rejected());
    for (int i = 0; i < purchases.size(); i++) {
      if (!refused[i]) {
        kept.add(purchases.get(i));
      }
    }
    ClvData clv =
        ClvData.fromPurchases(
            kept, asOfDay, settings.zoneId(), TimeScale.WEEK, settings.currencyOf());
    if (clv.rejected() != 0 || clv.size() != rfm.columns().size()) {
      throw new IllegalStateException(
          "the lifetime-value summaries disagree with the RFM aggregation: "
              + clv.size()
              + " customers and "
              + clv.rejected()
              + " rejected purchases against "
              + rfm.columns().size()
              + " customers; first: "
              + clv.rejectedRecords().stream().findFirst().map(Rejection::toString).orElse("none"));
    }
    Map<CustomerId, Integer> clvRow = new HashMap<>(clv.size() * 2);
    for (int i = 0; i < clv.size(); i++) {
      clvRow.put(clv.customer(i), i);
    }
    RfmColumns c = rfm.columns();
    PartitionSummary s = new PartitionSummary(c.size(), received, rfm.processed(), rejected);
    for (int i = 0; i < c.size(); i++) {
      CustomerId id = c.customer(i);
      int j = clvRow.get(id);
      s.ids[i] = id.value();
      s.recencyDays[i] = c.recencyDays(i);
      s.frequency[i] = c.frequency(i);
      s.monetary[i] = c.monetary(i);
      s.revenueMinor[i] = c.revenue(i).minorUnits();
      s.x[i] = clv.x(j);
      s.tx[i] = clv.tx(j);
      s.age[i] = clv.age(j);
      s.meanSpend[i] = clv.meanSpend(j);
    }
    return s;
  }

  int size() {
    return ids.length;
  }

  CustomerId[] customerIds() {
    CustomerId[] out = new CustomerId[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = CustomerId.of(ids[i]);
    }
    return out;
  }

  RfmColumns rfmColumns(JobSettings settings, CustomerId[] customers) {
    return RfmColumns.of(
        customers, recencyDays, frequency, monetary, revenueMinor, settings.currencyOf());
  }

  ClvData clvData(CustomerId[] customers) {
    return ClvData.fromColumns(TimeScale.WEEK, List.of(customers), x, tx, age, meanSpend);
  }

  /** The row as the input gave it, fields joined by commas, for the rejection report. */
  static String text(Row row) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.length(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object v = row.get(i);
      sb.append(v == null ? "" : v.toString());
    }
    return sb.toString();
  }
}
