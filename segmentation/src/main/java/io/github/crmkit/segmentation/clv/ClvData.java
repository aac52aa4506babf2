package io.github.crmkit.segmentation.clv;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-customer summaries a lifetime-value model is fitted on, in one explicit {@link
 * TimeScale}, with the holdout-period counts when a holdout was given, and an account of every
 * input record: {@link #processed()} plus {@code rejected().size()} equals {@link #received()}.
 *
 * <p>From purchases: each purchase's day is its local date in the given zone; several purchases on
 * one day are one transaction (their amounts summed); the first day is the customer's first
 * purchase and not a repeat; {@code tx} and {@code T} are the days from the first purchase to the
 * last purchase and to the end of calibration, divided by the unit's length in days. Purchases
 * after the calibration end and up to the holdout end count as holdout transactions (days again).
 * The mean spend is that of the repeat transactions.
 *
 * <p>Fitting reads the distinct {@code (x, tx, T)} combinations with their counts, so a base of a
 * million customers costs what its distinct summaries cost. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ClvData implements Accounted {

  private final TimeScale unit;
  private final List<CustomerId> ids;
  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final double[] spend;
  private final boolean hasSpend;
  private final int @Nullable [] holdout;
  private final double @Nullable [] holdoutSpend;
  private final double holdoutLength;
  private final long received;
  private final List<Rejection<?>> rejected;
  private volatile @Nullable Distinct distinct;

  private ClvData(
      TimeScale unit,
      List<CustomerId> ids,
      int[] x,
      double[] tx,
      double[] age,
      double[] spend,
      boolean hasSpend,
      int @Nullable [] holdout,
      double @Nullable [] holdoutSpend,
      double holdoutLength,
      long received,
      List<Rejection<?>> rejected) {
    this.unit = unit;
    this.holdoutSpend = holdoutSpend;
    this.hasSpend = hasSpend;
    this.ids = List.copyOf(ids);
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.spend = spend;
    this.holdout = holdout;
    this.holdoutLength = holdoutLength;
    this.received = received;
    this.rejected = List.copyOf(rejected);
    if (!this.rejected.isEmpty() && LOG.isDebugEnabled()) {
      LOG.debug(
          "lifetime-value data rejected {} of {} records: {}; first: {}",
          this.rejected.size(),
          received,
          rejections(),
          this.rejected.get(0));
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(ClvData.class);

  /**
   * Builds the data from customer summaries already in a unit.
   *
   * @param unit the unit of tx and T, not null
   * @param summaries the summaries, not null; null entries and repeated customers are rejected
   * @return the data
   */
  public static ClvData fromSummaries(TimeScale unit, Iterable<RepeatSummary> summaries) {
    checkNotNull(unit, "unit must not be null");
    checkNotNull(summaries, "summaries must not be null");
    Columns c = new Columns();
    List<Rejection<?>> rejected = new ArrayList<>();
    Set<CustomerId> seen = new HashSet<>();
    long position = 0;
    for (RepeatSummary s : summaries) {
      if (s == null) {
        rejected.add(Rejection.of(position, null, RejectionReason.NULL_RECORD, "null summary"));
      } else if (!seen.add(s.customer())) {
        rejected.add(
            Rejection.of(
                position,
                s,
                RejectionReason.DUPLICATE_CUSTOMER,
                "customer " + s.customer() + " repeated"));
      } else {
        c.add(s.customer(), s.x(), s.tx(), s.T(), s.meanSpend(), 0, 0);
      }
      position++;
    }
    return c.build(unit, true, false, 0, position, rejected);
  }

  /**
   * Builds the data from columns, numbering customers from 1 in input order (ids "1", "2", ...).
   * Rows whose values are inconsistent are rejected with {@link RejectionReason#INVALID_SUMMARY};
   * the rejected record is the row as text.
   *
   * @param unit the unit of tx and T, not null
   * @param x repeat purchases
   * @param tx recency, same length
   * @param age age T, same length
   * @param meanSpend mean repeat spend, same length, or null when unknown: the data then has no
   *     spend ({@link #hasSpend()} is false) and every monetary use of it throws {@link
   *     MissingSpendException}
   * @return the data
   * @throws IllegalArgumentException if the columns differ in length
   */
  public static ClvData fromColumns(
      TimeScale unit, int[] x, double[] tx, double[] age, double @Nullable [] meanSpend) {
    checkNotNull(x, "x must not be null");
    List<CustomerId> ids = new ArrayList<>(x.length);
    for (int i = 0; i < x.length; i++) {
      ids.add(CustomerId.of(Integer.toString(i + 1)));
    }
    return fromColumns(unit, ids, x, tx, age, meanSpend);
  }

  /**
   * Builds the data from columns with customer ids. Rows whose values are inconsistent are rejected
   * with {@link RejectionReason#INVALID_SUMMARY}, repeated ids with {@link
   * RejectionReason#DUPLICATE_CUSTOMER}; the rejected record is the row as text.
   *
   * @param unit the unit of tx and T, not null
   * @param ids the customers, same length as x
   * @param x repeat purchases
   * @param tx recency, same length
   * @param age age T, same length
   * @param meanSpend mean repeat spend, same length, or null when unknown: the data then has no
   *     spend ({@link #hasSpend()} is false) and every monetary use of it throws {@link
   *     MissingSpendException}
   * @return the data
   * @throws IllegalArgumentException if the columns differ in length
   */
  public static ClvData fromColumns(
      TimeScale unit,
      List<CustomerId> ids,
      int[] x,
      double[] tx,
      double[] age,
      double @Nullable [] meanSpend) {
    checkNotNull(unit, "unit must not be null");
    checkNotNull(ids, "ids must not be null");
    checkNotNull(x, "x must not be null");
    checkNotNull(tx, "tx must not be null");
    checkNotNull(age, "age must not be null");
    if (ids.size() != x.length
        || tx.length != x.length
        || age.length != x.length
        || (meanSpend != null && meanSpend.length != x.length)) {
      throw new IllegalArgumentException(
          "columns must have the same length, but ids has "
              + ids.size()
              + ", x "
              + x.length
              + ", tx "
              + tx.length
              + ", age "
              + age.length
              + (meanSpend == null ? "" : ", meanSpend " + meanSpend.length));
    }
    // One pass finds the rows to reject; a valid row allocates nothing. When every row is valid,
    // as in a clean file, the columns are copied once and the ids listed once.
    int n = x.length;
    IdSet seen = new IdSet(ids);
    List<Rejection<?>> rejected = new ArrayList<>();
    boolean[] keep = null;
    for (int i = 0; i < n; i++) {
      double m = meanSpend == null ? 0 : meanSpend[i];
      CustomerId id = checkNotNull(ids.get(i), "ids must not hold null");
      String problem = RepeatSummary.problem(x[i], tx[i], age[i], m);
      Rejection<?> r = null;
      if (problem != null) {
        r =
            Rejection.of(
                i, rowText(id, x[i], tx[i], age[i], m), RejectionReason.INVALID_SUMMARY, problem);
      } else if (!seen.add(i, id)) {
        r =
            Rejection.of(
                i,
                rowText(id, x[i], tx[i], age[i], m),
                RejectionReason.DUPLICATE_CUSTOMER,
                "customer " + id + " repeated");
      }
      if (r != null) {
        rejected.add(r);
        if (keep == null) {
          keep = new boolean[n];
          Arrays.fill(keep, 0, n, true);
        }
        keep[i] = false;
      }
    }
    if (keep == null) {
      return new ClvData(
          unit,
          ids,
          Arrays.copyOf(x, n),
          Arrays.copyOf(tx, n),
          Arrays.copyOf(age, n),
          meanSpend == null ? new double[n] : Arrays.copyOf(meanSpend, n),
          meanSpend != null,
          null,
          null,
          0,
          n,
          rejected);
    }
    Columns c = new Columns(n - rejected.size());
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        c.add(ids.get(i), x[i], tx[i], age[i], meanSpend == null ? 0 : meanSpend[i], 0, 0);
      }
    }
    return c.build(unit, meanSpend != null, false, 0, n, rejected);
  }

  private static String rowText(CustomerId id, int x, double tx, double age, double meanSpend) {
    return id + ": x=" + x + ", tx=" + tx + ", T=" + age + ", meanSpend=" + meanSpend;
  }

  /**
   * Builds the data from purchases, without a holdout period.
   *
   * @param purchases the purchases in any order, not null
   * @param calibrationEnd the last day of calibration (inclusive), not null
   * @param zone the zone whose local dates are days, not null
   * @param unit the unit of tx and T, not null
   * @param currency the currency of the amounts, not null
   * @return the data
   */
  public static ClvData fromPurchases(
      Iterable<Purchase> purchases,
      LocalDate calibrationEnd,
      ZoneId zone,
      TimeScale unit,
      Currency currency) {
    return fromPurchases(purchases, calibrationEnd, calibrationEnd, zone, unit, currency);
  }

  /**
   * Builds the data from purchases with a holdout period after calibration.
   *
   * @param purchases the purchases in any order, not null
   * @param calibrationEnd the last day of calibration (inclusive), not null
   * @param holdoutEnd the last day of the holdout (inclusive), not before {@code calibrationEnd};
   *     equal to it for no holdout
   * @param zone the zone whose local dates are days, not null
   * @param unit the unit of tx and T, not null
   * @param currency the currency of the amounts, not null
   * @return the data
   * @throws IllegalArgumentException if the holdout ends before calibration
   */
  public static ClvData fromPurchases(
      Iterable<Purchase> purchases,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd,
      ZoneId zone,
      TimeScale unit,
      Currency currency) {
    checkNotNull(purchases, "purchases must not be null");
    checkNotNull(calibrationEnd, "calibrationEnd must not be null");
    checkNotNull(holdoutEnd, "holdoutEnd must not be null");
    checkNotNull(zone, "zone must not be null");
    checkNotNull(unit, "unit must not be null");
    checkNotNull(currency, "currency must not be null");
    checkPeriods(calibrationEnd, holdoutEnd);
    long calEnd = calibrationEnd.toEpochDay();
    long end = holdoutEnd.toEpochDay();
    // Insertion order: customers in order of their first appearance.
    Map<CustomerId, TreeMap<Long, Long>> days = new LinkedHashMap<>();
    List<Rejection<?>> rejected = new ArrayList<>();
    // The accepted purchases and their input positions, to reject those of late customers after.
    List<Purchase> kept = new ArrayList<>();
    long[] keptAt = new long[16];
    long position = 0;
    for (Purchase p : purchases) {
      if (p == null) {
        rejected.add(Rejection.of(position, null, RejectionReason.NULL_RECORD, "null purchase"));
      } else if (!p.amount().currency().equals(currency)) {
        rejected.add(
            Rejection.of(
                position,
                p,
                RejectionReason.CURRENCY_MISMATCH,
                "amount in " + p.amount().currency() + ", expected " + currency));
      } else {
        long day = p.at().atZone(zone).toLocalDate().toEpochDay();
        if (day > end) {
          rejected.add(
              Rejection.of(position, p, RejectionReason.AFTER_END, "purchase after " + holdoutEnd));
        } else {
          days.computeIfAbsent(p.customer(), k -> new TreeMap<>())
              .merge(day, p.amount().minorUnits(), Long::sum);
          if (kept.size() == keptAt.length) {
            keptAt = Arrays.copyOf(keptAt, keptAt.length * 2);
          }
          keptAt[kept.size()] = position;
          kept.add(p);
        }
      }
      position++;
    }
    // Customers whose first purchase falls after calibration are not in the cohort.
    Set<CustomerId> late = new HashSet<>();
    days.forEach(
        (c, d) -> {
          if (d.firstKey() > calEnd) {
            late.add(c);
          }
        });
    if (!late.isEmpty()) {
      for (int i = 0; i < kept.size(); i++) {
        Purchase p = kept.get(i);
        if (late.contains(p.customer())) {
          rejected.add(
              Rejection.of(
                  keptAt[i],
                  p,
                  RejectionReason.FIRST_PURCHASE_AFTER_CALIBRATION,
                  "customer " + p.customer() + " first bought after " + calibrationEnd));
        }
      }
      rejected.sort((a, b) -> Long.compare(a.position(), b.position()));
    }
    double scale = 1 / unit.days();
    double minorPerMajor = Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
    Columns c = new Columns();
    for (Map.Entry<CustomerId, TreeMap<Long, Long>> entry : days.entrySet()) {
      CustomerId id = entry.getKey();
      if (late.contains(id)) {
        continue;
      }
      TreeMap<Long, Long> d = entry.getValue();
      long first = d.firstKey();
      int repeats = 0;
      long last = first;
      long repeatSpend = 0;
      int held = 0;
      long heldSpend = 0;
      for (Map.Entry<Long, Long> e : d.entrySet()) {
        long day = e.getKey();
        if (day == first) {
          continue;
        }
        if (day <= calEnd) {
          repeats++;
          last = day;
          repeatSpend += e.getValue();
        } else {
          held++;
          heldSpend += e.getValue();
        }
      }
      double mean = repeats == 0 ? 0 : repeatSpend / minorPerMajor / repeats;
      c.add(
          id,
          repeats,
          (last - first) * scale,
          (calEnd - first) * scale,
          mean,
          held,
          heldSpend / minorPerMajor);
    }
    return c.build(unit, true, end > calEnd, (end - calEnd) * scale, position, rejected);
  }

  /**
   * Builds the data from purchase columns with a holdout period, as {@link #fromPurchases(Iterable,
   * LocalDate, LocalDate, ZoneId, TimeScale, Currency)} does from purchase objects (the same days,
   * summaries, rejections and positions), without an object per purchase: the rows are grouped by
   * customer with a counting sort, and a customer's days are sorted on their own. A purchase whose
   * customer entry is null is rejected with {@link RejectionReason#NULL_RECORD}; rejected records
   * are the rows described as text.
   *
   * @param purchases the purchases, not null; all in its one currency
   * @param calibrationEnd the last day of calibration (inclusive), not null
   * @param holdoutEnd the last day of the holdout (inclusive), not before {@code calibrationEnd};
   *     equal to it for no holdout
   * @param zone the zone whose local dates are days, not null
   * @param unit the unit of tx, T and the holdout, not null
   * @return the data
   * @throws IllegalArgumentException if the holdout ends before calibration
   * @since 0.2
   */
  public static ClvData fromPurchases(
      io.github.crmkit.core.PurchaseColumns purchases,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd,
      ZoneId zone,
      TimeScale unit) {
    checkNotNull(purchases, "purchases must not be null");
    checkNotNull(calibrationEnd, "calibrationEnd must not be null");
    checkNotNull(holdoutEnd, "holdoutEnd must not be null");
    checkNotNull(zone, "zone must not be null");
    checkNotNull(unit, "unit must not be null");
    checkPeriods(calibrationEnd, holdoutEnd);
    long calEnd = calibrationEnd.toEpochDay();
    long end = holdoutEnd.toEpochDay();
    int n = purchases.size();
    // One canonical index per distinct customer, numbered in order of first appearance.
    int dictionary = purchases.customerCount();
    int[] canonical = new int[dictionary];
    Arrays.fill(canonical, -1);
    Map<CustomerId, Integer> byId = new HashMap<>();
    List<CustomerId> order = new ArrayList<>();
    int[] row = new int[n];
    long[] day = new long[n];
    List<Rejection<?>> rejected = new ArrayList<>();
    java.time.zone.ZoneRules rules = zone.getRules();
    for (int i = 0; i < n; i++) {
      int k = purchases.customerIndex(i);
      long s = purchases.epochSecond(i);
      long d = localDay(rules, s);
      day[i] = d;
      CustomerId id = purchases.customer(k);
      if (id == null) {
        row[i] = -1;
        rejected.add(
            Rejection.of(i, rowText(purchases, i), RejectionReason.NULL_RECORD, "no customer"));
      } else if (d > end) {
        row[i] = -1;
        rejected.add(
            Rejection.of(
                i,
                rowText(purchases, i),
                RejectionReason.AFTER_END,
                "purchase after " + holdoutEnd));
      } else {
        int c = canonical[k];
        if (c < 0) {
          // The first kept purchase of this entry: its id may have come in under another entry.
          Integer known = byId.get(id);
          if (known != null) {
            c = known;
          } else {
            c = order.size();
            byId.put(id, c);
            order.add(id);
          }
          canonical[k] = c;
        }
        row[i] = c;
      }
    }
    int customers = order.size();
    // Counting sort of the kept rows by customer, stable in row order.
    int[] start = new int[customers + 1];
    for (int i = 0; i < n; i++) {
      if (row[i] >= 0) {
        start[row[i] + 1]++;
      }
    }
    for (int c = 0; c < customers; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = Arrays.copyOf(start, customers);
    int[] rows = new int[start[customers]];
    for (int i = 0; i < n; i++) {
      if (row[i] >= 0) {
        rows[fill[row[i]]++] = i;
      }
    }
    double scale = 1 / unit.days();
    double minorPerMajor =
        Math.pow(10, Math.max(0, purchases.currency().getDefaultFractionDigits()));
    boolean[] late = new boolean[customers];
    Columns cols = new Columns();
    long[] scratch = new long[16];
    for (int c = 0; c < customers; c++) {
      int from = start[c];
      int to = start[c + 1];
      int m = to - from;
      if (scratch.length < m) {
        scratch = new long[Math.max(m, scratch.length * 2)];
      }
      long first = Long.MAX_VALUE;
      for (int j = 0; j < m; j++) {
        scratch[j] = day[rows[from + j]];
        first = Math.min(first, scratch[j]);
      }
      if (first > calEnd) {
        late[c] = true;
        continue;
      }
      // Days in order; a day's purchases are one transaction whose amount is their sum.
      int[] byDay = new int[m];
      for (int j = 0; j < m; j++) {
        byDay[j] = from + j;
      }
      sortByDay(byDay, rows, day);
      int repeats = 0;
      long last = first;
      long repeatSpend = 0;
      int held = 0;
      long heldSpend = 0;
      int j = 0;
      while (j < m) {
        long d = day[rows[byDay[j]]];
        long amount = 0;
        while (j < m && day[rows[byDay[j]]] == d) {
          amount += purchases.amountMinor(rows[byDay[j]]);
          j++;
        }
        if (d == first) {
          continue;
        }
        if (d <= calEnd) {
          repeats++;
          last = d;
          repeatSpend += amount;
        } else {
          held++;
          heldSpend += amount;
        }
      }
      double mean = repeats == 0 ? 0 : repeatSpend / minorPerMajor / repeats;
      cols.add(
          order.get(c),
          repeats,
          (last - first) * scale,
          (calEnd - first) * scale,
          mean,
          held,
          heldSpend / minorPerMajor);
    }
    boolean anyLate = false;
    for (boolean b : late) {
      anyLate |= b;
    }
    if (anyLate) {
      for (int i = 0; i < n; i++) {
        if (row[i] >= 0 && late[row[i]]) {
          rejected.add(
              Rejection.of(
                  i,
                  rowText(purchases, i),
                  RejectionReason.FIRST_PURCHASE_AFTER_CALIBRATION,
                  "customer " + order.get(row[i]) + " first bought after " + calibrationEnd));
        }
      }
      rejected.sort((a, b) -> Long.compare(a.position(), b.position()));
    }
    return cols.build(unit, true, end > calEnd, (end - calEnd) * scale, n, rejected);
  }

  /** Sorts a customer's row positions by day (insertion sort for the usual few, else a merge). */
  private static void sortByDay(int[] byDay, int[] rows, long[] day) {
    if (byDay.length < 32) {
      for (int a = 1; a < byDay.length; a++) {
        int v = byDay[a];
        long dv = day[rows[v]];
        int b = a - 1;
        while (b >= 0 && day[rows[byDay[b]]] > dv) {
          byDay[b + 1] = byDay[b];
          b--;
        }
        byDay[b + 1] = v;
      }
      return;
    }
    Integer[] boxed = new Integer[byDay.length];
    for (int a = 0; a < boxed.length; a++) {
      boxed[a] = byDay[a];
    }
    Arrays.sort(boxed, (u, v) -> Long.compare(day[rows[u]], day[rows[v]]));
    for (int a = 0; a < boxed.length; a++) {
      byDay[a] = boxed[a];
    }
  }

  /** Refuses a holdout that ends before calibration (the rule of every calibration split). */
  static void checkPeriods(LocalDate calibrationEnd, LocalDate holdoutEnd) {
    if (holdoutEnd.isBefore(calibrationEnd)) {
      throw new IllegalArgumentException(
          "holdoutEnd " + holdoutEnd + " must not be before calibrationEnd " + calibrationEnd);
    }
  }

  /** The local day (epoch day) of an instant given in epoch seconds, under a zone's rules. */
  static long localDay(java.time.zone.ZoneRules rules, long epochSecond) {
    int offset = rules.getOffset(java.time.Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return Math.floorDiv(epochSecond + offset, 86_400);
  }

  private static String rowText(io.github.crmkit.core.PurchaseColumns p, int i) {
    return "row "
        + i
        + ": customer "
        + p.customer(p.customerIndex(i))
        + " at "
        + java.time.Instant.ofEpochSecond(p.epochSecond(i))
        + ", "
        + p.amountMinor(i)
        + " minor units of "
        + p.currency();
  }

  /** Growable columns. */
  /**
   * The ids of a list seen so far, as positions in it: open addressing with linear probing, a slot
   * holding a position + 1 (0 empty). A million customers cost one int array, not a million hash
   * set entries for the collector to copy.
   */
  private static final class IdSet {
    private final List<CustomerId> ids;
    private final long[] slot;
    private final int mask;

    IdSet(List<CustomerId> ids) {
      this.ids = ids;
      int capacity = Integer.highestOneBit(Math.max(16, ids.size()) * 2 - 1) * 2;
      slot = new long[capacity];
      mask = capacity - 1;
    }

    /** Adds the id at position i; false if an equal id was added before. */
    boolean add(int i, CustomerId id) {
      int hash = id.hashCode();
      int h = hash * 0x9E3779B9;
      int s = (h ^ (h >>> 15)) & mask;
      // A slot holds the id's hash in its high half and its position + 1 in its low half, so that
      // a probe compares hashes before it follows a reference.
      long entry = ((long) hash << 32) | (i + 1L);
      while (true) {
        long e = slot[s];
        if (e == 0) {
          slot[s] = entry;
          return true;
        }
        if ((int) (e >>> 32) == hash && ids.get((int) e - 1).equals(id)) {
          return false;
        }
        s = (s + 1) & mask;
      }
    }
  }

  private static final class Columns {
    final List<CustomerId> ids;
    int[] x;
    double[] tx;
    double[] age;
    double[] spend;
    int[] holdout;
    double[] holdoutSpend;
    int n;

    Columns() {
      this(16);
    }

    /** Sized for {@code capacity} customers, so that a known count needs no growing copies. */
    Columns(int capacity) {
      int c = Math.max(16, capacity);
      ids = new ArrayList<>(c);
      x = new int[c];
      tx = new double[c];
      age = new double[c];
      spend = new double[c];
      holdout = new int[c];
      holdoutSpend = new double[c];
    }

    void add(CustomerId id, int xi, double txi, double ti, double mi, int hi, double hsi) {
      if (n == x.length) {
        int m = n * 2;
        x = Arrays.copyOf(x, m);
        tx = Arrays.copyOf(tx, m);
        age = Arrays.copyOf(age, m);
        spend = Arrays.copyOf(spend, m);
        holdout = Arrays.copyOf(holdout, m);
        holdoutSpend = Arrays.copyOf(holdoutSpend, m);
      }
      ids.add(id);
      x[n] = xi;
      tx[n] = txi;
      age[n] = ti;
      spend[n] = mi;
      holdout[n] = hi;
      holdoutSpend[n] = hsi;
      n++;
    }

    ClvData build(
        TimeScale unit,
        boolean withSpend,
        boolean withHoldout,
        double holdoutLength,
        long received,
        List<Rejection<?>> rejected) {
      return new ClvData(
          unit,
          ids,
          Arrays.copyOf(x, n),
          Arrays.copyOf(tx, n),
          Arrays.copyOf(age, n),
          Arrays.copyOf(spend, n),
          withSpend,
          withHoldout ? Arrays.copyOf(holdout, n) : null,
          withHoldout ? Arrays.copyOf(holdoutSpend, n) : null,
          holdoutLength,
          received,
          rejected);
    }
  }

  /**
   * Returns the unit of tx, T and the holdout length.
   *
   * @return the unit
   */
  public TimeScale unit() {
    return unit;
  }

  /**
   * Returns the number of customers.
   *
   * @return the count
   */
  public int size() {
    return x.length;
  }

  /**
   * Returns a customer's id.
   *
   * @param i the index, 0 to size - 1
   * @return the id
   */
  public CustomerId customer(int i) {
    return ids.get(i);
  }

  /**
   * Returns a customer's repeat purchases in calibration.
   *
   * @param i the index
   * @return x
   */
  public int x(int i) {
    return x[i];
  }

  /**
   * Returns a customer's recency.
   *
   * @param i the index
   * @return tx
   */
  public double tx(int i) {
    return tx[i];
  }

  /**
   * Returns a customer's age at the end of calibration.
   *
   * @param i the index
   * @return T
   */
  public double age(int i) {
    return age[i];
  }

  /**
   * Tells whether the data knows each customer's mean repeat spend: true when built from purchases
   * or summaries, or from columns with a spend column.
   *
   * @return whether the data has spend
   */
  public boolean hasSpend() {
    return hasSpend;
  }

  /**
   * Returns a customer's mean repeat spend (0 without repeat purchases).
   *
   * @param i the index
   * @return the mean spend in major units
   * @throws MissingSpendException if the data has no spend ({@link #hasSpend()})
   */
  public double meanSpend(int i) {
    if (!hasSpend) {
      throw new MissingSpendException("meanSpend(" + i + ")");
    }
    return spend[i];
  }

  /**
   * Returns a customer's summary.
   *
   * @param i the index
   * @return the summary
   * @throws MissingSpendException if the data has no spend ({@link #hasSpend()}): a summary always
   *     carries a spend; read {@link #x}, {@link #tx} and {@link #age} instead
   */
  public RepeatSummary summary(int i) {
    if (!hasSpend) {
      throw new MissingSpendException("summary(" + i + ")");
    }
    return new RepeatSummary(ids.get(i), x[i], tx[i], age[i], spend[i]);
  }

  /**
   * Tells whether the data has a holdout period.
   *
   * @return true if built with a holdout end after the calibration end
   */
  public boolean hasHoldout() {
    return holdout != null;
  }

  /**
   * Returns the holdout period's length.
   *
   * @return the length in the data's unit
   * @throws IllegalStateException without a holdout
   */
  public double holdoutLength() {
    if (holdout == null) {
      throw new IllegalStateException("the data has no holdout period");
    }
    return holdoutLength;
  }

  /**
   * Returns a customer's transactions (days) in the holdout period.
   *
   * @param i the index
   * @return the count
   * @throws IllegalStateException without a holdout
   */
  public int holdoutPurchases(int i) {
    int[] h = holdout;
    if (h == null) {
      throw new IllegalStateException("the data has no holdout period");
    }
    return h[i];
  }

  /**
   * Returns a customer's total spend in the holdout period, in the currency's major unit (the same
   * unit as {@link #meanSpend(int)}).
   *
   * @param i the index
   * @return the spend, not negative
   * @throws IllegalStateException without a holdout
   * @since 0.2
   */
  public double holdoutSpend(int i) {
    double[] h = holdoutSpend;
    if (h == null) {
      throw new IllegalStateException("the data has no holdout period");
    }
    return h[i];
  }

  /**
   * Returns how many records the input held.
   *
   * @return the count
   */
  @Override
  public long received() {
    return received;
  }

  /**
   * Returns how many records went into the summaries: received minus rejected.
   *
   * @return the count
   */
  @Override
  public long processed() {
    return received - rejected.size();
  }

  /**
   * Returns the rejected records in input order with their reasons.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<?>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Returns the number of distinct {@code (x, tx, T)} combinations, what a fit's cost depends on.
   *
   * @return the count
   */
  public int distinctSummaries() {
    return distinct().size;
  }

  /** The distinct combinations with their counts, sorted by x. */
  Distinct distinct() {
    Distinct d = distinct;
    if (d == null) {
      d = Distinct.of(x, tx, age);
      distinct = d;
    }
    return d;
  }

  /** Raw columns for the models' batch predictions; never modified. */
  int[] xs() {
    return x;
  }

  double[] txs() {
    return tx;
  }

  double[] ages() {
    return age;
  }

  @Override
  public String toString() {
    return "ClvData{"
        + x.length
        + " customers in "
        + unit.name().toLowerCase(java.util.Locale.ROOT)
        + "s, received="
        + received
        + ", rejected="
        + rejected.size()
        + "}";
  }

  /** Distinct (x, tx, T) with weights, sorted by x. */
  /**
   * The hash of a summary (x and the bits of t_x and T) for open-addressing tables. MurmurHash3's
   * finaliser: every input bit reaches the low bits a table uses (recency and age in whole days
   * divided by 7 share their low mantissa bits, and a weaker mix made long probe chains).
   */
  static int summaryHash(int x, long txBits, long ageBits) {
    long h =
        (x * 0x9E3779B97F4A7C15L)
            ^ (txBits * 0xC2B2AE3D27D4EB4FL)
            ^ (ageBits * 0x165667B19E3779F9L);
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (int) h;
  }

  static final class Distinct {
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;
    final int size;
    final double total;

    private Distinct(int[] x, double[] tx, double[] age, double[] weight) {
      this.x = x;
      this.tx = tx;
      this.age = age;
      this.weight = weight;
      this.size = x.length;
      double t = 0;
      for (double w : weight) {
        t += w;
      }
      this.total = t;
    }

    static Distinct of(int[] x, double[] tx, double[] age) {
      int n = x.length;
      int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) * 2;
      int mask = cap - 1;
      int[] slot = new int[cap];
      Arrays.fill(slot, -1);
      int[] gx = new int[Math.max(1, n)];
      long[] gtx = new long[Math.max(1, n)];
      long[] gt = new long[Math.max(1, n)];
      double[] gw = new double[Math.max(1, n)];
      int groups = 0;
      for (int i = 0; i < n; i++) {
        long a = Double.doubleToLongBits(tx[i]);
        long b = Double.doubleToLongBits(age[i]);
        int s = summaryHash(x[i], a, b) & mask;
        while (true) {
          int g = slot[s];
          if (g < 0) {
            slot[s] = groups;
            gx[groups] = x[i];
            gtx[groups] = a;
            gt[groups] = b;
            gw[groups] = 1;
            groups++;
            break;
          }
          if (gx[g] == x[i] && gtx[g] == a && gt[g] == b) {
            gw[g]++;
            break;
          }
          s = (s + 1) & mask;
        }
      }
      long[] order = new long[groups];
      for (int g = 0; g < groups; g++) {
        order[g] = ((long) gx[g] << 32) | g;
      }
      Arrays.sort(order);
      int[] ox = new int[groups];
      double[] otx = new double[groups];
      double[] ot = new double[groups];
      double[] ow = new double[groups];
      for (int k = 0; k < groups; k++) {
        int g = (int) order[k];
        ox[k] = gx[g];
        otx[k] = Double.longBitsToDouble(gtx[g]);
        ot[k] = Double.longBitsToDouble(gt[g]);
        ow[k] = gw[g];
      }
      return new Distinct(ox, otx, ot, ow);
    }
  }
}
