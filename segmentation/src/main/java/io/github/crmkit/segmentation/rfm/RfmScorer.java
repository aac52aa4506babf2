package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Scores customers against fitted {@link RfmBoundaries} and maps their cells to the segments of a
 * {@link SegmentMap}. One logic, two speeds: {@link #score(RfmSummary)} for one customer allocates
 * nothing but its result, and {@link #scoreAll(RfmColumns)} scores a whole base over columns; both
 * give identical scores and segments.
 *
 * <pre>{@code
 * RfmScorer scorer = RfmScorer.of(RfmBinning.quantiles(5).fit(columns), SegmentMaps.putler11());
 * RfmResult one = scorer.score(new RfmSummary(id, 12, 4, 310.0));
 * RfmSegmentation all = scorer.scoreAll(columns);
 * }</pre>
 *
 * <p>The segment of every cell is computed once, when the scorer is made. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class RfmScorer {
  private final RfmBoundaries boundaries;
  private final SegmentMap map;
  private final int fBins;
  private final int mBins;
  private final byte[] segmentOfCell;
  private final String[] codeOfCell;
  private final String[] segmentNames;

  private RfmScorer(RfmBoundaries boundaries, SegmentMap map) {
    this.boundaries = boundaries;
    this.map = map;
    int rBins = boundaries.recency().bins();
    this.fBins = boundaries.frequency().bins();
    this.mBins = boundaries.monetary().bins();
    this.segmentOfCell = new byte[rBins * fBins * mBins];
    this.codeOfCell = new String[segmentOfCell.length];
    for (int r = 1; r <= rBins; r++) {
      for (int f = 1; f <= fBins; f++) {
        for (int m = 1; m <= mBins; m++) {
          int cell = cellIndex(r, f, m);
          segmentOfCell[cell] = (byte) map.classifyIndex(r, f, m);
          codeOfCell[cell] = RfmCell.of(r, f, m).code();
        }
      }
    }
    this.segmentNames = map.segments().toArray(new String[0]);
  }

  /**
   * Returns a scorer.
   *
   * @param boundaries the fitted or fixed boundaries, not null
   * @param map the segment map, not null; it must fit the boundaries' bins ({@link
   *     SegmentMap#requireFits})
   * @return the scorer
   * @throws io.github.crmkit.core.PolicyValidationException if a rule of the map uses scores the
   *     boundaries do not have, or can hold no cell
   */
  public static RfmScorer of(RfmBoundaries boundaries, SegmentMap map) {
    checkNotNull(boundaries, "boundaries must not be null");
    checkNotNull(map, "map must not be null");
    map.requireFits(
        boundaries.recency().bins(), boundaries.frequency().bins(), boundaries.monetary().bins());
    return new RfmScorer(boundaries, map);
  }

  int cellIndex(int r, int f, int m) {
    return ((r - 1) * fBins + (f - 1)) * mBins + (m - 1);
  }

  /**
   * Returns the boundaries.
   *
   * @return the boundaries
   */
  public RfmBoundaries boundaries() {
    return boundaries;
  }

  /**
   * Returns the segment map.
   *
   * @return the map
   */
  public SegmentMap segmentMap() {
    return map;
  }

  /**
   * Scores one customer.
   *
   * @param summary the customer's values, not null
   * @return the scores, cell, segment and, on request, the explanation
   */
  public RfmResult score(RfmSummary summary) {
    checkNotNull(summary, "summary must not be null");
    return scoreUnchecked(
        summary.customer(), summary.recencyDays(), summary.frequency(), summary.monetary());
  }

  /**
   * Scores one customer from raw values, without making a summary first.
   *
   * @param customer the customer, not null
   * @param recencyDays days since the last purchase, not negative
   * @param frequency the frequency measure, at least 1
   * @param monetary the monetary value in major units, finite
   * @return the scores, cell, segment and, on request, the explanation
   * @throws IllegalArgumentException if a value is out of range
   */
  public RfmResult score(CustomerId customer, int recencyDays, int frequency, double monetary) {
    checkNotNull(customer, "customer must not be null");
    checkArgument(recencyDays >= 0, "recencyDays must not be negative, but was %s", recencyDays);
    checkArgument(frequency >= 1, "frequency must be at least 1, but was %s", frequency);
    checkArgument(Double.isFinite(monetary), "monetary must be finite, but was %s", monetary);
    return scoreUnchecked(customer, recencyDays, frequency, monetary);
  }

  /**
   * Returns one customer's cell without building a result: the zero-allocation path for services
   * that need only the scores (cells are shared instances).
   *
   * @param summary the customer's values, not null
   * @return the cell
   */
  public RfmCell cell(RfmSummary summary) {
    checkNotNull(summary, "summary must not be null");
    CustomerId customer = summary.customer();
    return RfmCell.of(
        boundaries.recency().scoreOf(summary.recencyDays(), customer),
        boundaries.frequency().scoreOf(summary.frequency(), customer),
        boundaries.monetary().scoreOf(summary.monetary(), customer));
  }

  /**
   * Returns the segment of a cell under this scorer's map, by table lookup.
   *
   * @param cell a cell within this scorer's bins, not null
   * @return the segment's name
   * @throws IllegalArgumentException if a score exceeds this scorer's number of bins
   */
  public String segment(RfmCell cell) {
    checkNotNull(cell, "cell must not be null");
    checkArgument(
        cell.r() <= boundaries.recency().bins() && cell.f() <= fBins && cell.m() <= mBins,
        "cell must be within %s/%s/%s bins, but was %s",
        boundaries.recency().bins(),
        fBins,
        mBins,
        cell);
    return segmentNames[segmentIndex(cell.r(), cell.f(), cell.m())];
  }

  private RfmResult scoreUnchecked(
      CustomerId customer, int recencyDays, int frequency, double monetary) {
    int r = boundaries.recency().scoreOf(recencyDays, customer);
    int f = boundaries.frequency().scoreOf(frequency, customer);
    int m = boundaries.monetary().scoreOf(monetary, customer);
    return new RfmResult(this, customer, recencyDays, frequency, monetary, r, f, m);
  }

  int segmentIndex(int r, int f, int m) {
    return segmentOfCell[cellIndex(r, f, m)];
  }

  String segmentName(int index) {
    return segmentNames[index];
  }

  String code(int r, int f, int m) {
    return codeOfCell[cellIndex(r, f, m)];
  }

  /**
   * Scores a whole base on the calling thread.
   *
   * @param columns the base, not null
   * @return per-customer scores and segments, and per-segment counts and revenue
   */
  public RfmSegmentation scoreAll(RfmColumns columns) {
    return scoreAll(columns, 1);
  }

  /**
   * Scores a whole base with up to {@code parallelism} tasks on the common fork-join pool; the
   * result does not depend on the parallelism.
   *
   * @param columns the base, not null
   * @param parallelism the number of tasks, 1 to 256
   * @return per-customer scores and segments, and per-segment counts and revenue
   */
  public RfmSegmentation scoreAll(RfmColumns columns, int parallelism) {
    checkNotNull(columns, "columns must not be null");
    return scoreAll(columns, List.of(), columns.size(), parallelism);
  }

  /**
   * Scores the columns of an aggregation and carries its rejected records into the result.
   *
   * @param aggregation the aggregation, not null
   * @param parallelism the number of tasks, 1 to 256
   * @return the segmentation, accounting for every record the aggregation received
   */
  public RfmSegmentation scoreAll(RfmAggregation aggregation, int parallelism) {
    checkNotNull(aggregation, "aggregation must not be null");
    return scoreAll(
        aggregation.columns(), aggregation.rejectedRecords(), aggregation.received(), parallelism);
  }

  private RfmSegmentation scoreAll(
      RfmColumns c, List<Rejection<Purchase>> rejected, long received, int parallelism) {
    Parallel.checkParallelism(parallelism);
    int n = c.size();
    int tasks = Math.max(1, Math.min(parallelism, n / 4096 + 1));
    byte[] rs = new byte[n];
    byte[] fs = new byte[n];
    byte[] ms = new byte[n];
    byte[] segs = new byte[n];
    int segments = segmentNames.length;
    long[][] counts = new long[tasks][];
    long[][] revenue = new long[tasks][];
    Breakpoints rb = boundaries.recency();
    Breakpoints fb = boundaries.frequency();
    Breakpoints mb = boundaries.monetary();
    Parallel.run(
        tasks,
        t -> {
          // Allocated by the task itself, so two tasks' counters never share a cache line.
          long[] count = new long[segments];
          long[] rev = new long[segments];
          counts[t] = count;
          revenue[t] = rev;
          CustomerId[] ids = c.ids;
          int[] recency = c.recencyDays;
          int[] frequency = c.frequency;
          double[] monetary = c.monetary;
          long[] revenueMinor = c.revenueMinor;
          byte[] table = segmentOfCell;
          for (int i = Parallel.start(t, tasks, n), end = Parallel.start(t + 1, tasks, n);
              i < end;
              i++) {
            CustomerId id = ids[i];
            int r = rb.scoreOf(recency[i], id);
            int f = fb.scoreOf(frequency[i], id);
            int m = mb.scoreOf(monetary[i], id);
            int s = table[cellIndex(r, f, m)];
            rs[i] = (byte) r;
            fs[i] = (byte) f;
            ms[i] = (byte) m;
            segs[i] = (byte) s;
            count[s]++;
            rev[s] = Math.addExact(rev[s], revenueMinor[i]);
          }
        });
    for (int t = 1; t < tasks; t++) {
      for (int s = 0; s < segments; s++) {
        counts[0][s] += counts[t][s];
        revenue[0][s] = Math.addExact(revenue[0][s], revenue[t][s]);
      }
    }
    return new RfmSegmentation(
        this, c, rs, fs, ms, segs, counts[0], revenue[0], rejected, received);
  }

  /** Builds the explanation of a result; only called when a host asks for it. */
  Explanation explain(RfmResult result) {
    Explanation.Builder b =
        Explanation.builder(RfmScorer.class, "rfm.subject", result.customer())
            .input("recencyDays", result.recencyDays())
            .input("frequency", result.frequency())
            .input("monetary", result.monetary())
            .threshold("method", boundaries.method())
            .threshold("R", boundaries.recency())
            .threshold("F", boundaries.frequency())
            .threshold("M", boundaries.monetary())
            .threshold("R score " + result.r(), boundaries.recency().rangeOf(result.r()) + " days")
            .threshold("F score " + result.f(), boundaries.frequency().rangeOf(result.f()))
            .threshold("M score " + result.m(), boundaries.monetary().rangeOf(result.m()));
    int r = result.r();
    int f = result.f();
    int m = result.m();
    List<SegmentRule> rules = map.rules();
    for (SegmentRule rule : rules) {
      boolean matched = rule.matches(r, f, m);
      Function<Locale, String> reason = locale -> rule.reason(r, f, m, locale);
      b.checkTemplate(rule.name(), matched, "rfm.reason", reason);
      if (matched) {
        b.matched(rule.name());
        return b.buildTemplate("rfm.outcome", result.cellCode(), rule.name());
      }
    }
    b.checkTemplate(map.fallback(), true, "rfm.fallback", result.cellCode());
    return b.buildTemplate("rfm.outcome", result.cellCode(), map.fallback());
  }

  @Override
  public String toString() {
    return "RfmScorer{map=" + map.name() + ", boundaries=" + boundaries.method() + "}";
  }
}
