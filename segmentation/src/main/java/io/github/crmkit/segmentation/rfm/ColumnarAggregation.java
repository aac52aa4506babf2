package io.github.crmkit.segmentation.rfm;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.internal.PurchaseArrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one aggregation kernel behind every input form of {@link RfmAggregator}. Work is split by
 * ranges of the customer dictionary: each task scans the customer index column and handles only its
 * own customers, so no two tasks write the same slot and the result does not depend on the number
 * of tasks.
 *
 * <p>Memory beyond the input: 20 bytes per dictionary entry while aggregating (last purchase,
 * count, revenue), then the output columns; counting distinct days or orders adds 8 bytes per
 * accepted purchase and 4 per dictionary entry.
 */
final class ColumnarAggregation {
  private final RfmAggregator config;
  private final @Nullable CustomerId[] ids;
  private final int[] index;
  private final long[] seconds;
  private final long[] amounts;
  private final long @Nullable [] orderIds;
  private final long @Nullable [] positions;
  private final int tasks;
  private final long asOfSecond;
  private final long oldestSecond;

  private final long[] last;
  private final int[] count;
  private final long[] revenue;

  ColumnarAggregation(
      RfmAggregator config, PurchaseArrays arrays, long @Nullable [] positions, int tasks) {
    this.config = config;
    this.ids = arrays.customers();
    this.index = arrays.customerIndex();
    this.seconds = arrays.epochSeconds();
    this.amounts = arrays.amountMinor();
    this.orderIds = arrays.orderIds();
    this.positions = positions;
    int customers = ids.length;
    this.tasks = Math.max(1, Math.min(tasks, customers));
    this.asOfSecond = config.asOf().getEpochSecond();
    this.oldestSecond = config.oldestAcceptedSecond();
    this.last = new long[customers];
    this.count = new int[customers];
    this.revenue = new long[customers];
  }

  RfmAggregation run(List<Rejection<Purchase>> earlier, long received) {
    int customers = ids.length;
    List<List<Rejection<Purchase>>> rejections = new ArrayList<>();
    for (int t = 0; t < tasks; t++) {
      rejections.add(new ArrayList<>());
    }
    long[] oldest = new long[tasks];
    Parallel.run(
        tasks,
        t -> {
          oldest[t] =
              accumulate(
                  Parallel.start(t, tasks, customers),
                  Parallel.start(t + 1, tasks, customers),
                  t == 0,
                  rejections.get(t));
        });
    List<Rejection<Purchase>> rejected = new ArrayList<>(earlier);
    long minSecond = asOfSecond;
    for (int t = 0; t < tasks; t++) {
      rejected.addAll(rejections.get(t));
      minSecond = Math.min(minSecond, oldest[t]);
    }
    if (rejected.size() > earlier.size()) {
      rejected.sort(Comparator.comparingLong(Rejection::position));
    }
    DayCounter days = new DayCounter(config.zone(), minSecond, asOfSecond);
    if (config.frequencyMode() != FrequencyMode.PURCHASES) {
      countDistinct(days, rejected, earlier.size());
    }
    return new RfmAggregation(columns(days), rejected, received);
  }

  /** Pass 1: revenue, count and last purchase of customers in [lo, hi); returns the oldest. */
  private long accumulate(int lo, int hi, boolean ownsUnknown, List<Rejection<Purchase>> out) {
    int customers = ids.length;
    long oldest = asOfSecond;
    for (int i = 0; i < index.length; i++) {
      int c = index[i];
      if (c < lo || c >= hi) {
        if (ownsUnknown && (c < 0 || c >= customers)) {
          out.add(
              reject(
                  i,
                  RfmAggregator.REJECTED_UNKNOWN_CUSTOMER,
                  "customer index " + c + " is outside the dictionary of " + customers));
        }
        continue;
      }
      if (ids[c] == null) {
        out.add(
            reject(
                i, RfmAggregator.REJECTED_NULL_CUSTOMER, "the dictionary has no id at index " + c));
        continue;
      }
      long s = seconds[i];
      if (s > asOfSecond) {
        out.add(
            reject(
                i, RfmAggregator.REJECTED_AFTER_AS_OF, config.afterAsOf(Instant.ofEpochSecond(s))));
        continue;
      }
      if (s < oldestSecond) {
        out.add(
            reject(
                i,
                RfmAggregator.REJECTED_TOO_OLD,
                "purchase at epoch second " + s + " is more than 2147483647 days before asOf"));
        continue;
      }
      long a = amounts[i];
      if (a < 0) {
        out.add(reject(i, RfmAggregator.REJECTED_NEGATIVE_AMOUNT, "amount " + a + " is negative"));
        continue;
      }
      long sum = revenue[c] + a;
      if (sum < 0) {
        out.add(
            reject(
                i,
                RfmAggregator.REJECTED_REVENUE_OVERFLOW,
                "adding " + a + " to revenue " + revenue[c] + " overflows a long"));
        continue;
      }
      revenue[c] = sum;
      if (count[c] == 0 || s > last[c]) {
        last[c] = s;
      }
      count[c]++;
      if (s < oldest) {
        oldest = s;
      }
    }
    return oldest;
  }

  private Rejection<Purchase> reject(int i, String reason, String detail) {
    long[] p = positions;
    return Rejection.of(p == null ? i : p[i], null, reason, detail);
  }

  /** Pass 2: replaces each customer's count by the number of distinct days or orders. */
  private void countDistinct(DayCounter days, List<Rejection<Purchase>> rejected, int skip) {
    int customers = ids.length;
    BitSet excluded = new BitSet();
    long[] p = positions;
    if (p == null) {
      for (int r = skip; r < rejected.size(); r++) {
        excluded.set((int) rejected.get(r).position());
      }
    } else {
      // Stream input: kernel rejections carry stream positions; map them back to batch rows.
      List<Long> streamPositions = new ArrayList<>();
      for (Rejection<Purchase> r : rejected) {
        streamPositions.add(r.position());
      }
      for (int i = 0; i < p.length; i++) {
        if (java.util.Collections.binarySearch(streamPositions, p[i]) >= 0) {
          excluded.set(i);
        }
      }
    }
    int[] offsets = new int[customers + 1];
    for (int c = 0; c < customers; c++) {
      offsets[c + 1] = offsets[c] + count[c];
    }
    long[] keys = new long[offsets[customers]];
    int[] cursor = Arrays.copyOf(offsets, customers);
    boolean byDay = config.frequencyMode() == FrequencyMode.DISTINCT_DAYS;
    long[] orders = orderIds;
    Parallel.run(
        tasks,
        t -> {
          int lo = Parallel.start(t, tasks, customers);
          int hi = Parallel.start(t + 1, tasks, customers);
          for (int i = 0; i < index.length; i++) {
            int c = index[i];
            if (c < lo || c >= hi || excluded.get(i)) {
              continue;
            }
            keys[cursor[c]++] = byDay ? days.epochDay(seconds[i]) : orders == null ? i : orders[i];
          }
          for (int c = lo; c < hi; c++) {
            int from = offsets[c];
            int to = offsets[c + 1];
            if (to - from > 1) {
              Arrays.sort(keys, from, to);
              int distinct = 1;
              for (int k = from + 1; k < to; k++) {
                if (keys[k] != keys[k - 1]) {
                  distinct++;
                }
              }
              count[c] = distinct;
            }
          }
        });
  }

  /** Pass 3: one row per customer with an accepted purchase, in dictionary order. */
  private RfmColumns columns(DayCounter days) {
    int customers = ids.length;
    int[] rowStart = new int[tasks + 1];
    Parallel.run(
        tasks,
        t -> {
          int rows = 0;
          for (int c = Parallel.start(t, tasks, customers);
              c < Parallel.start(t + 1, tasks, customers);
              c++) {
            if (count[c] > 0) {
              rows++;
            }
          }
          rowStart[t + 1] = rows;
        });
    for (int t = 0; t < tasks; t++) {
      rowStart[t + 1] += rowStart[t];
    }
    int n = rowStart[tasks];
    boolean dense = n == customers;
    CustomerId[] outIds = new CustomerId[n];
    int[] recency = new int[n];
    int[] frequency = dense ? count : new int[n];
    double[] monetary = new double[n];
    long[] revenueOut = dense ? revenue : new long[n];
    long asOfDay = LocalDate.ofInstant(config.asOf(), config.zone()).toEpochDay();
    double scale = Math.pow(10, config.currency().getDefaultFractionDigits());
    boolean mean = config.monetaryMode() == MonetaryMode.MEAN;
    Parallel.run(
        tasks,
        t -> {
          int row = rowStart[t];
          for (int c = Parallel.start(t, tasks, customers);
              c < Parallel.start(t + 1, tasks, customers);
              c++) {
            int f = count[c];
            if (f == 0) {
              continue;
            }
            CustomerId id = ids[c];
            if (id == null) {
              throw new AssertionError("customer " + c + " has purchases but no id");
            }
            long sum = revenue[c];
            outIds[row] = id;
            recency[row] = (int) (asOfDay - days.epochDay(last[c]));
            frequency[row] = f;
            revenueOut[row] = sum;
            double major = sum / scale;
            monetary[row] = mean ? major / f : major;
            row++;
          }
        });
    return new RfmColumns(outIds, recency, frequency, monetary, revenueOut, config.currency());
  }
}
