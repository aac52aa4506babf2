package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Purchase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tracking plot of a transaction model (Fader, Hardie and Lee 2005, figures 3 and 4): repeat
 * purchases of the calibration cohort per period of the model's unit, actual against expected,
 * incremental and cumulative, over the calibration and holdout periods. Days are local dates in the
 * given zone; purchases on one day are one transaction and a customer's first day is not a repeat,
 * as in {@link ClvData#fromPurchases}. The expectation at the end of a period sums each cohort
 * customer's unconditional expected purchases since their first day. Immutable.
 *
 * @since 0.2
 */
public final class RepeatTracking {
  /**
   * One period.
   *
   * @param period the period's index from the cohort's first purchase day, 0 first
   * @param start the period's first day
   * @param actual the repeat purchases made in the period
   * @param expected the repeat purchases the model expects in the period
   * @param actualCumulative the repeat purchases up to the period's end
   * @param expectedCumulative the repeat purchases the model expects up to the period's end
   * @param holdout whether the period ends after the calibration end
   * @since 0.2
   */
  public record Period(
      int period,
      LocalDate start,
      long actual,
      double expected,
      long actualCumulative,
      double expectedCumulative,
      boolean holdout) {}

  private final List<Period> periods;

  private RepeatTracking(List<Period> periods) {
    this.periods = Collections.unmodifiableList(periods);
  }

  /**
   * Tracks a model against purchases.
   *
   * @param model the fitted model, not null
   * @param purchases the purchases, not null; null entries are not allowed
   * @param zone the zone whose local dates are days, not null
   * @param calibrationEnd the last day of calibration: the cohort bought first up to it
   * @param holdoutEnd the last day tracked, not before calibrationEnd
   * @return the tracking
   * @throws IllegalArgumentException if the holdout ends before calibration or no customer bought
   *     by the calibration end
   */
  public static RepeatTracking of(
      TransactionModel model,
      Iterable<Purchase> purchases,
      ZoneId zone,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd) {
    checkNotNull(model, "model must not be null");
    checkNotNull(purchases, "purchases must not be null");
    checkNotNull(zone, "zone must not be null");
    checkNotNull(calibrationEnd, "calibrationEnd must not be null");
    checkNotNull(holdoutEnd, "holdoutEnd must not be null");
    ClvData.checkPeriods(calibrationEnd, holdoutEnd);
    long calEnd = calibrationEnd.toEpochDay();
    long end = holdoutEnd.toEpochDay();
    Map<io.github.crmkit.core.CustomerId, TreeSet<Long>> days = new HashMap<>();
    for (Purchase p : purchases) {
      checkNotNull(p, "purchases must not hold null");
      long day = p.at().atZone(zone).toLocalDate().toEpochDay();
      if (day <= end) {
        days.computeIfAbsent(p.customer(), k -> new TreeSet<>()).add(day);
      }
    }
    TreeMap<Long, Long> cohortByFirstDay = new TreeMap<>();
    List<Long> repeats = new ArrayList<>();
    for (TreeSet<Long> d : days.values()) {
      long first = d.first();
      if (first > calEnd) {
        continue;
      }
      cohortByFirstDay.merge(first, 1L, Long::sum);
      for (long day : d.tailSet(first, false)) {
        repeats.add(day);
      }
    }
    return track(model, cohortByFirstDay, repeats, calibrationEnd, calEnd, end);
  }

  /**
   * Tracks repeat purchases from purchase columns, as {@link #of(TransactionModel, Iterable,
   * ZoneId, LocalDate, LocalDate)} does from purchase objects (the same days and periods), without
   * an object per purchase. Purchases whose customer entry is null are left out, as the data
   * rejects them.
   *
   * @param model the fitted model, not null
   * @param purchases the purchases, not null
   * @param zone the zone whose local dates are days, not null
   * @param calibrationEnd the last day of calibration, not null
   * @param holdoutEnd the last day of the holdout, not before the calibration end
   * @return the tracking
   * @throws IllegalArgumentException if no customer bought by the calibration end
   * @since 0.2
   */
  public static RepeatTracking of(
      TransactionModel model,
      io.github.crmkit.core.PurchaseColumns purchases,
      ZoneId zone,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd) {
    checkNotNull(model, "model must not be null");
    checkNotNull(purchases, "purchases must not be null");
    checkNotNull(zone, "zone must not be null");
    checkNotNull(calibrationEnd, "calibrationEnd must not be null");
    checkNotNull(holdoutEnd, "holdoutEnd must not be null");
    ClvData.checkPeriods(calibrationEnd, holdoutEnd);
    long calEnd = calibrationEnd.toEpochDay();
    long end = holdoutEnd.toEpochDay();
    java.time.zone.ZoneRules rules = zone.getRules();
    int n = purchases.size();
    // (customer, day) pairs in one long each, sorted: a customer's distinct days in order.
    java.util.Map<io.github.crmkit.core.CustomerId, Integer> canonical = new HashMap<>();
    long[] keys = new long[n];
    int kept = 0;
    long minDay = Long.MAX_VALUE;
    long[] dayOf = new long[n];
    int[] who = new int[n];
    for (int i = 0; i < n; i++) {
      io.github.crmkit.core.CustomerId id = purchases.customer(purchases.customerIndex(i));
      if (id == null) {
        continue;
      }
      long sec = purchases.epochSecond(i);
      long day = ClvData.localDay(rules, sec);
      if (day > end) {
        continue;
      }
      Integer c = canonical.get(id);
      if (c == null) {
        c = canonical.size();
        canonical.put(id, c);
      }
      dayOf[kept] = day;
      who[kept] = c;
      minDay = Math.min(minDay, day);
      kept++;
    }
    for (int i = 0; i < kept; i++) {
      keys[i] = ((long) who[i] << 32) | (dayOf[i] - minDay);
    }
    java.util.Arrays.sort(keys, 0, kept);
    TreeMap<Long, Long> cohortByFirstDay = new TreeMap<>();
    List<Long> repeats = new ArrayList<>();
    int i = 0;
    while (i < kept) {
      long customer = keys[i] >>> 32;
      long first = (keys[i] & 0xFFFFFFFFL) + minDay;
      boolean cohort = first <= calEnd;
      if (cohort) {
        cohortByFirstDay.merge(first, 1L, Long::sum);
      }
      long previous = first;
      i++;
      while (i < kept && keys[i] >>> 32 == customer) {
        long day = (keys[i] & 0xFFFFFFFFL) + minDay;
        if (cohort && day != previous) {
          repeats.add(day);
        }
        previous = day;
        i++;
      }
    }
    return track(model, cohortByFirstDay, repeats, calibrationEnd, calEnd, end);
  }

  private static RepeatTracking track(
      TransactionModel model,
      java.util.NavigableMap<Long, Long> cohortByFirstDay,
      List<Long> repeats,
      LocalDate calibrationEnd,
      long calEnd,
      long end) {
    if (cohortByFirstDay.isEmpty()) {
      throw new IllegalArgumentException(
          "no customer bought by the calibration end " + calibrationEnd);
    }
    long origin = cohortByFirstDay.firstKey();
    double length = model.unit().days();
    int count = (int) Math.ceil((end - origin + 1) / length);
    long[] actual = new long[count];
    for (long day : repeats) {
      actual[Math.min(count - 1, (int) Math.floor((day - origin) / length))]++;
    }
    List<Period> out = new ArrayList<>(count);
    long actualCumulative = 0;
    double previous = 0;
    for (int p = 0; p < count; p++) {
      long startDay = origin + (long) Math.ceil(p * length);
      long lastDay = Math.min(end, origin + (long) Math.ceil((p + 1) * length) - 1);
      double cumulative = 0;
      for (Map.Entry<Long, Long> e : cohortByFirstDay.headMap(lastDay, true).entrySet()) {
        cumulative += e.getValue() * model.expectedPurchases((lastDay - e.getKey()) / length);
      }
      actualCumulative += actual[p];
      out.add(
          new Period(
              p,
              LocalDate.ofEpochDay(startDay),
              actual[p],
              cumulative - previous,
              actualCumulative,
              cumulative,
              lastDay > calEnd));
      previous = cumulative;
    }
    return new RepeatTracking(out);
  }

  /**
   * Returns the periods in order.
   *
   * @return an unmodifiable list
   */
  public List<Period> periods() {
    return periods;
  }
}
