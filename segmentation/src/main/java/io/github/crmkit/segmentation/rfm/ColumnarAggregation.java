package io.github.crmkit.segmentation.rfm;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
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

  /** The number of purchases: the first {@code size} entries of the per-purchase arrays. */
  private final int size;

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
    this.size = arrays.size();
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
    int[] slices = tasks > 1 ? groupedSlices() : null;
    Parallel.run(
        tasks,
        t -> {
          List<Rejection<Purchase>> out = rejections.get(t);
          if (slices != null) {
            // Purchases grouped by customer: each task takes a run of whole customers.
            oldest[t] =
                accumulate(
                    slices[t], slices[t + 1], Integer.MIN_VALUE, Integer.MAX_VALUE, true, out);
          } else {
            oldest[t] =
                accumulate(
                    0,
                    size,
                    Parallel.start(t, tasks, customers),
                    Parallel.start(t + 1, tasks, customers) - 1,
                    t == 0,
                    out);
          }
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

  /**
   * When the customer index column never decreases (purchases grouped by customer, the usual export
   * order), returns purchase slices that start at customer changes, one per task, so that no
   * customer spans two tasks; otherwise null.
   */
  private int @Nullable [] groupedSlices() {
    int n = size;
    boolean[] sorted = new boolean[tasks];
    Parallel.run(
        tasks,
        t -> {
          int from = Math.max(1, Parallel.start(t, tasks, n));
          int to = Parallel.start(t + 1, tasks, n);
          boolean ok = true;
          for (int i = from; i < to && ok; i++) {
            ok = index[i - 1] <= index[i];
          }
          sorted[t] = ok;
        });
    for (boolean ok : sorted) {
      if (!ok) {
        return null;
      }
    }
    int[] slices = new int[tasks + 1];
    for (int t = 1; t < tasks; t++) {
      int i = Math.max(slices[t - 1], Parallel.start(t, tasks, n));
      while (i > 0 && i < n && index[i] == index[i - 1]) {
        i++;
      }
      slices[t] = i;
    }
    slices[tasks] = n;
    return slices;
  }

  /**
   * Pass 1 over purchases [from, to): revenue, count and last purchase of the customers in [lo,
   * hi], both inclusive; returns the oldest accepted second. Records whose index lies outside the
   * dictionary are rejected only when {@code ownsUnknown}, so that exactly one task reports each.
   */
  private long accumulate(
      int from, int to, int lo, int hi, boolean ownsUnknown, List<Rejection<Purchase>> out) {
    final int[] index = this.index;
    final long[] seconds = this.seconds;
    final long[] amounts = this.amounts;
    final long[] revenue = this.revenue;
    final int[] count = this.count;
    final long[] last = this.last;
    final @Nullable CustomerId[] ids = this.ids;
    final int customers = ids.length;
    final long newest = asOfSecond;
    final long earliest = oldestSecond;
    long oldest = newest;
    for (int i = from; i < to; i++) {
      int c = index[i];
      if (c < 0 || c >= customers) {
        if (ownsUnknown) {
          out.add(
              reject(
                  i,
                  RejectionReason.UNKNOWN_CUSTOMER,
                  "customer index " + c + " is outside the dictionary of " + customers));
        }
        continue;
      }
      if (c < lo || c > hi) {
        continue;
      }
      long s = seconds[i];
      long a = amounts[i];
      int k = count[c];
      long sum = revenue[c] + a;
      if (s > newest || s < earliest || a < 0 || sum < 0 || (k == 0 && ids[c] == null)) {
        out.add(classify(i, c, s, a));
        continue;
      }
      revenue[c] = sum;
      if (k == 0 || s > last[c]) {
        last[c] = s;
      }
      count[c] = k + 1;
      if (s < oldest) {
        oldest = s;
      }
    }
    return oldest;
  }

  /** Says why purchase i was rejected; off the hot path. */
  private Rejection<Purchase> classify(int i, int c, long s, long a) {
    if (ids[c] == null) {
      return reject(i, RejectionReason.MISSING_CUSTOMER, "the dictionary has no id at index " + c);
    }
    if (s > asOfSecond) {
      return reject(i, RejectionReason.AFTER_AS_OF, config.afterAsOf(Instant.ofEpochSecond(s)));
    }
    if (s < oldestSecond) {
      return reject(
          i,
          RejectionReason.TOO_OLD,
          "purchase at epoch second " + s + " is more than 2147483647 days before asOf");
    }
    if (a < 0) {
      return reject(i, RejectionReason.NEGATIVE_AMOUNT, "amount " + a + " is negative");
    }
    return reject(
        i,
        RejectionReason.REVENUE_OVERFLOW,
        "adding " + a + " to revenue " + revenue[c] + " overflows a long");
  }

  private Rejection<Purchase> reject(int i, RejectionReason reason, String detail) {
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
      long[] streamPositions = new long[rejected.size()];
      for (int r = 0; r < streamPositions.length; r++) {
        streamPositions[r] = rejected.get(r).position();
      }
      for (int i = 0; i < p.length; i++) {
        if (Arrays.binarySearch(streamPositions, p[i]) >= 0) {
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
          for (int i = 0; i < size; i++) {
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
          for (int c = Parallel.start(t, tasks, customers),
                  end = Parallel.start(t + 1, tasks, customers);
              c < end;
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
    // Dense: every dictionary entry bought, so every id is non-null and the dictionary (immutable
    // like the whole batch) serves as the id column.
    @Nullable CustomerId[] outIds = dense ? ids : new CustomerId[n];
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
          for (int c = Parallel.start(t, tasks, customers),
                  end = Parallel.start(t + 1, tasks, customers);
              c < end;
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
            if (!dense) {
              outIds[row] = id;
            }
            recency[row] = (int) (asOfDay - days.epochDay(last[c]));
            frequency[row] = f;
            revenueOut[row] = sum;
            double major = sum / scale;
            monetary[row] = mean ? major / f : major;
            row++;
          }
        });
    @SuppressWarnings("NullAway") // every row got a non-null id above
    CustomerId[] rowIds = outIds;
    return new RfmColumns(rowIds, recency, frequency, monetary, revenueOut, config.currency());
  }
}
