package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Business hours in a time zone: weekly windows, holidays and partial-day overrides, with business
 * time measured as real elapsed time inside the local windows. A window across a daylight-saving
 * change is therefore an hour shorter or longer; a start outside the windows starts counting at the
 * next window; nanosecond precision is kept.
 *
 * <p>A window whose end is not after its start crosses midnight and ends on the next day; an end of
 * 00:00 is the following midnight, so 00:00-00:00 is the whole day. A window belongs to the date it
 * starts on: if that date is a holiday, or has an override, the weekly window does not apply. Local
 * times that fall in a daylight-saving gap move forward by the gap; in an overlap the earlier
 * offset is used (as {@link ZonedDateTime#of} does). Searches look at most {@value #MAX_DAYS} days
 * ahead and then fail with {@link IllegalStateException}. The open intervals of the last 1,024
 * dates used are cached, so repeated work on the same weeks is fast; the holiday source must
 * therefore be pure. Immutable in behaviour and thread-safe.
 *
 * @since 0.1
 */
public final class BusinessCalendar {
  /** How many days a search looks ahead before giving up. */
  public static final int MAX_DAYS = 3_660;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final @Nullable ZoneOffset fixedOffset;
  private static final int FIRST_CACHED_YEAR = 1900;
  private final @Nullable YearOffsets[] years = new YearOffsets[300];
  private static final int CACHE_SIZE = 1024;
  private final @Nullable Day[] cache = new Day[CACHE_SIZE];
  // Read by BusinessCalendarJson, which writes a calendar back as its windows and dates.
  final Map<DayOfWeek, List<LocalTime[]>> weekly;
  final HolidaySource holidays;
  final Map<LocalDate, List<LocalTime[]>> overrides;

  private BusinessCalendar(Builder b) {
    this.zone = b.zone;
    this.rules = b.zone.getRules();
    this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    EnumMap<DayOfWeek, List<LocalTime[]>> w = new EnumMap<>(DayOfWeek.class);
    b.weekly.forEach((d, l) -> w.put(d, List.copyOf(l)));
    this.weekly = w;
    this.holidays = b.holidays;
    Map<LocalDate, List<LocalTime[]>> o = new HashMap<>();
    b.overrides.forEach((d, l) -> o.put(d, List.copyOf(l)));
    this.overrides = o;
  }

  /**
   * Starts a calendar in a zone.
   *
   * @param zone the zone the windows are in, not null
   * @return a builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(checkNotNull(zone, "zone must not be null"));
  }

  /**
   * Returns a builder holding this calendar's windows, holidays and overrides, to derive a calendar
   * (in the same zone or another).
   *
   * @param zone the zone, not null
   * @return a new builder
   */
  public Builder toBuilder(ZoneId zone) {
    Builder b = builder(zone);
    weekly.forEach((d, w) -> b.weekly.put(d, new java.util.ArrayList<>(w)));
    b.holidays = holidays;
    overrides.forEach((d, w) -> b.overrides.put(d, new java.util.ArrayList<>(w)));
    return b;
  }

  /**
   * Returns the zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /** The open intervals of windows starting on a local date, in order, as instants. */
  private List<Instant[]> intervals(LocalDate date) {
    long day = date.toEpochDay();
    int slot = (int) (day & (CACHE_SIZE - 1));
    Day cached = cache[slot];
    if (cached != null && cached.epochDay == day) {
      return cached.intervals;
    }
    List<Instant[]> computed = compute(date);
    // Racy but safe: Day is immutable with final fields, so any thread sees it whole.
    cache[slot] = new Day(day, computed);
    return computed;
  }

  /** A date's intervals, cached; holidays and windows are fixed, so entries never go stale. */
  private static final class Day {
    final long epochDay;
    final List<Instant[]> intervals;

    Day(long epochDay, List<Instant[]> intervals) {
      this.epochDay = epochDay;
      this.intervals = intervals;
    }
  }

  private List<Instant[]> compute(LocalDate date) {
    List<LocalTime[]> windows = overrides.get(date);
    if (windows == null) {
      if (holidays.isHoliday(date)) {
        return List.of();
      }
      windows = weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }
    List<Instant[]> out = new ArrayList<>(windows.size());
    for (LocalTime[] w : windows) {
      Instant s = instant(date, w[0]);
      LocalDate endDate = w[1].isAfter(w[0]) ? date : date.plusDays(1);
      Instant e = instant(endDate, w[1]);
      if (e.isAfter(s)) {
        out.add(new Instant[] {s, e});
      }
    }
    return List.copyOf(out);
  }

  /**
   * The instant of a local date and time, as {@link ZonedDateTime#of} resolves it (a time in a gap
   * moves forward by the gap, a time in an overlap takes the earlier offset), without building a
   * ZonedDateTime.
   */
  Instant instant(LocalDate date, LocalTime time) {
    long nanoOfDay = time.toNanoOfDay();
    long local = date.toEpochDay() * 86_400L + nanoOfDay / 1_000_000_000L;
    long nano = nanoOfDay % 1_000_000_000L;
    if (fixedOffset != null) {
      return Instant.ofEpochSecond(local - fixedOffset.getTotalSeconds(), nano);
    }
    int index = date.getYear() - FIRST_CACHED_YEAR;
    if (index < 0 || index >= years.length) {
      return slowInstant(date, time);
    }
    YearOffsets y = years[index];
    if (y == null) {
      y = YearOffsets.of(rules, date.getYear());
      // Racy but safe: YearOffsets is immutable with final fields.
      years[index] = y;
    }
    return Instant.ofEpochSecond(local - y.offsetSeconds(local), nano);
  }

  private Instant slowInstant(LocalDate date, LocalTime time) {
    LocalDateTime ldt = LocalDateTime.of(date, time);
    ZoneOffsetTransition t = rules.getTransition(ldt);
    if (t == null) {
      return ldt.toInstant(rules.getOffset(ldt));
    }
    if (t.isGap()) {
      return ldt.plus(t.getDuration()).toInstant(t.getOffsetAfter());
    }
    return ldt.toInstant(t.getOffsetBefore());
  }

  /**
   * The transitions of one year (with two days' margin either side), reduced to what resolving a
   * local time needs: a local time before {@code threshold[i]} (the later of the local times just
   * before and just after transition i) and after the earlier thresholds takes the offset before
   * transition i. In a gap this moves the time forward by the gap, in an overlap it takes the
   * earlier offset: the same answers as {@link ZonedDateTime#of}.
   */
  private static final class YearOffsets {
    final long[] threshold;
    final int[] before;
    final int last;

    private YearOffsets(long[] threshold, int[] before, int last) {
      this.threshold = threshold;
      this.before = before;
      this.last = last;
    }

    static YearOffsets of(ZoneRules rules, int year) {
      long from = LocalDate.of(year, 1, 1).toEpochDay() * 86_400L - 2 * 86_400L;
      long to = LocalDate.of(year + 1, 1, 1).toEpochDay() * 86_400L + 2 * 86_400L;
      List<ZoneOffsetTransition> ts = new ArrayList<>();
      ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from));
      while (t != null && t.toEpochSecond() < to) {
        ts.add(t);
        t = rules.nextTransition(t.getInstant());
      }
      long[] threshold = new long[ts.size()];
      int[] before = new int[ts.size()];
      for (int i = 0; i < ts.size(); i++) {
        ZoneOffsetTransition x = ts.get(i);
        int b = x.getOffsetBefore().getTotalSeconds();
        int a = x.getOffsetAfter().getTotalSeconds();
        threshold[i] = x.toEpochSecond() + Math.max(a, b);
        before[i] = b;
      }
      int last =
          ts.isEmpty()
              ? rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds()
              : ts.get(ts.size() - 1).getOffsetAfter().getTotalSeconds();
      return new YearOffsets(threshold, before, last);
    }

    int offsetSeconds(long local) {
      for (int i = 0; i < threshold.length; i++) {
        if (local < threshold[i]) {
          return before[i];
        }
      }
      return last;
    }
  }

  /** Calls back with open intervals in order, from the one containing or following t. */
  private interface Visitor {
    /** Returns true to stop. */
    boolean visit(Instant start, Instant end);
  }

  private void walk(Instant t, Visitor v) {
    LocalDate date = t.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
      for (Instant[] iv : intervals(date)) {
        if (iv[1].isAfter(t) && v.visit(iv[0].isBefore(t) ? t : iv[0], iv[1])) {
          return;
        }
      }
    }
    throw new IllegalStateException(
        "no business time within " + MAX_DAYS + " days after " + t + " in " + zone);
  }

  /**
   * Tells whether an instant is inside business hours (window starts inclusive, ends exclusive).
   *
   * @param t the instant, not null
   * @return true if inside a window
   */
  public boolean isWithin(Instant t) {
    checkNotNull(t, "t must not be null");
    LocalDate date = t.atZone(zone).toLocalDate();
    for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
      for (Instant[] iv : intervals(d)) {
        if (!t.isBefore(iv[0]) && t.isBefore(iv[1])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns when business time next runs: {@code t} itself inside a window, otherwise the start of
   * the next window.
   *
   * @param t the instant, not null
   * @return the instant
   * @throws IllegalStateException if no window opens within {@value #MAX_DAYS} days
   */
  public Instant nextStart(Instant t) {
    checkNotNull(t, "t must not be null");
    Instant[] found = new Instant[1];
    walk(
        t,
        (s, e) -> {
          found[0] = s;
          return true;
        });
    return found[0];
  }

  /**
   * Adds business time.
   *
   * @param start the instant to count from, not null; outside the windows counting starts at the
   *     next window
   * @param duration the business time to add, not negative
   * @return the instant when that much business time has elapsed; for zero, {@link
   *     #nextStart(Instant)}
   * @throws IllegalArgumentException if the duration is negative
   * @throws IllegalStateException if the search passes {@value #MAX_DAYS} days
   */
  public Instant add(Instant start, Duration duration) {
    checkNotNull(start, "start must not be null");
    checkNotNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, but was " + duration);
    }
    Instant[] result = new Instant[1];
    Duration[] left = {duration};
    walk(
        start,
        (s, e) -> {
          Duration available = Duration.between(s, e);
          if (available.compareTo(left[0]) >= 0) {
            result[0] = s.plus(left[0]);
            return true;
          }
          left[0] = left[0].minus(available);
          return false;
        });
    return result[0];
  }

  /**
   * Returns the business time between two instants: the real time in {@code [a, b)} that lies
   * inside the windows; negative when {@code b} is before {@code a}.
   *
   * @param a one instant, not null
   * @param b the other, not null
   * @return the business time
   */
  public Duration between(Instant a, Instant b) {
    checkNotNull(a, "a must not be null");
    checkNotNull(b, "b must not be null");
    if (b.isBefore(a)) {
      return between(b, a).negated();
    }
    LocalDate firstDate = a.atZone(zone).toLocalDate().minusDays(1);
    LocalDate lastDate = b.atZone(zone).toLocalDate();
    // Days whose windows (which may run into the next day) lie wholly inside [a, b] count their
    // full length: a plain weekday (no holiday, override or offset change near it) from a table,
    // the rest from their intervals. Only the days at the ends are clipped. The cost is a holiday
    // check per day and real work per special day, not instants per day.
    LocalDate middleFrom = firstDate.plusDays(3);
    LocalDate middleTo = lastDate.minusDays(2);
    long seconds = 0;
    long nanos = 0;
    if (middleTo.isBefore(middleFrom)) {
      for (LocalDate d = firstDate; !d.isAfter(lastDate); d = d.plusDays(1)) {
        long[] c = clipped(d, a, b);
        seconds += c[0];
        nanos += c[1];
      }
    } else {
      for (LocalDate d = firstDate; d.isBefore(middleFrom); d = d.plusDays(1)) {
        long[] c = clipped(d, a, b);
        seconds += c[0];
        nanos += c[1];
      }
      for (LocalDate d = middleTo.plusDays(1); !d.isAfter(lastDate); d = d.plusDays(1)) {
        long[] c = clipped(d, a, b);
        seconds += c[0];
        nanos += c[1];
      }
      java.util.Set<Long> nearTransition = transitionDays(middleFrom, middleTo);
      long[][] plain = plainLengths();
      long to = middleTo.toEpochDay();
      for (long day = middleFrom.toEpochDay(); day <= to; day++) {
        LocalDate d = LocalDate.ofEpochDay(day);
        if (!overrides.containsKey(d) && !nearTransition.contains(day) && !holidays.isHoliday(d)) {
          long[] p = plain[d.getDayOfWeek().getValue() - 1];
          seconds += p[0];
          nanos += p[1];
        } else {
          for (Instant[] iv : intervals(d)) {
            Duration len = Duration.between(iv[0], iv[1]);
            seconds += len.getSeconds();
            nanos += len.getNano();
          }
        }
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /** The business time of a date's windows inside [a, b], as seconds and nanoseconds. */
  private long[] clipped(LocalDate date, Instant a, Instant b) {
    long seconds = 0;
    long nanos = 0;
    for (Instant[] iv : intervals(date)) {
      Instant s = iv[0].isBefore(a) ? a : iv[0];
      Instant e = iv[1].isAfter(b) ? b : iv[1];
      if (e.isAfter(s)) {
        Duration len = Duration.between(s, e);
        seconds += len.getSeconds();
        nanos += len.getNano();
      }
    }
    return new long[] {seconds, nanos};
  }

  /** Each weekday's windows' length on a day without an offset change, seconds and nanos. */
  private long[][] plainLengths() {
    long[][] out = new long[7][2];
    for (DayOfWeek dow : DayOfWeek.values()) {
      for (LocalTime[] w : weekly.getOrDefault(dow, List.of())) {
        long len = w[1].toNanoOfDay() - w[0].toNanoOfDay();
        if (!w[1].isAfter(w[0])) {
          len += 86_400_000_000_000L;
        }
        out[dow.getValue() - 1][0] += len / 1_000_000_000L;
        out[dow.getValue() - 1][1] += len % 1_000_000_000L;
      }
    }
    return out;
  }

  /**
   * The epoch days whose windows an offset change can touch: the local date of each transition
   * between the two dates, and the day before (its windows may run past midnight).
   */
  private java.util.Set<Long> transitionDays(LocalDate from, LocalDate to) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    if (fixedOffset != null) {
      return out;
    }
    Instant t = from.minusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    while (true) {
      java.time.zone.ZoneOffsetTransition next = rules.nextTransition(t);
      if (next == null || next.getInstant().isAfter(end)) {
        break;
      }
      long day = next.getDateTimeBefore().toLocalDate().toEpochDay();
      for (long k = day - 1; k <= day + 1; k++) {
        out.add(k);
      }
      t = next.getInstant();
    }
    return out;
  }

  @Override
  public String toString() {
    return "BusinessCalendar{"
        + zone
        + ", "
        + weekly.size()
        + " weekdays with windows, "
        + overrides.size()
        + " overrides}";
  }

  /**
   * Collects a calendar. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<LocalTime[]>> weekly = new EnumMap<>(DayOfWeek.class);
    private HolidaySource holidays = HolidaySource.none();
    private final Map<LocalDate, List<LocalTime[]>> overrides = new HashMap<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Adds a weekly window.
     *
     * @param day the day it starts on, not null
     * @param start the local start, not null
     * @param end the local end, not null; at or before {@code start} it ends the next day
     * @return this builder
     */
    public Builder window(DayOfWeek day, LocalTime start, LocalTime end) {
      checkNotNull(day, "day must not be null");
      checkNotNull(start, "start must not be null");
      checkNotNull(end, "end must not be null");
      weekly.computeIfAbsent(day, d -> new ArrayList<>()).add(new LocalTime[] {start, end});
      return this;
    }

    /**
     * Adds the same window Monday to Friday.
     *
     * @param start the local start
     * @param end the local end
     * @return this builder
     */
    public Builder weekdays(LocalTime start, LocalTime end) {
      for (DayOfWeek d :
          List.of(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY)) {
        window(d, start, end);
      }
      return this;
    }

    /**
     * Sets the holidays.
     *
     * @param source the source, not null
     * @return this builder
     */
    public Builder holidays(HolidaySource source) {
      this.holidays = checkNotNull(source, "source must not be null");
      return this;
    }

    /**
     * Replaces the windows of one date (a partial day such as Christmas Eve, or extra opening on a
     * holiday); with no window given, the date is closed.
     *
     * @param date the date, not null
     * @param startEndPairs local start and end times in pairs
     * @return this builder
     * @throws IllegalArgumentException if the times do not come in pairs
     */
    public Builder override(LocalDate date, LocalTime... startEndPairs) {
      checkNotNull(date, "date must not be null");
      checkNotNull(startEndPairs, "startEndPairs must not be null");
      if (startEndPairs.length % 2 != 0) {
        throw new IllegalArgumentException(
            "startEndPairs must hold start and end pairs, but had "
                + startEndPairs.length
                + " times");
      }
      List<LocalTime[]> l = new ArrayList<>();
      for (int i = 0; i < startEndPairs.length; i += 2) {
        l.add(
            new LocalTime[] {
              checkNotNull(startEndPairs[i], "times must not be null"),
              checkNotNull(startEndPairs[i + 1], "times must not be null")
            });
      }
      overrides.put(date, l);
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws IllegalArgumentException if there is no weekly window, or weekly windows overlap
     */
    public BusinessCalendar build() {
      if (weekly.isEmpty()) {
        throw new IllegalArgumentException("a business calendar needs at least one weekly window");
      }
      // Minutes of the week, wrapping around Sunday night.
      List<long[]> spans = new ArrayList<>();
      weekly.forEach(
          (day, list) -> {
            for (LocalTime[] w : list) {
              long s = (day.getValue() - 1) * 86_400L + w[0].toSecondOfDay();
              long len =
                  w[1].isAfter(w[0])
                      ? w[1].toSecondOfDay() - w[0].toSecondOfDay()
                      : 86_400L - w[0].toSecondOfDay() + w[1].toSecondOfDay();
              spans.add(new long[] {s, s + len, day.getValue(), w[0].toSecondOfDay()});
            }
          });
      long week = 7 * 86_400L;
      for (int i = 0; i < spans.size(); i++) {
        for (int j = i + 1; j < spans.size(); j++) {
          long[] a = spans.get(i);
          long[] b = spans.get(j);
          for (long shift : new long[] {-week, 0, week}) {
            if (a[0] < b[1] + shift && b[0] + shift < a[1]) {
              throw new IllegalArgumentException(
                  "weekly windows overlap: " + window(a) + " and " + window(b));
            }
          }
        }
      }
      return new BusinessCalendar(this);
    }

    private String window(long[] span) {
      LocalTime start = LocalTime.ofSecondOfDay(span[3]);
      LocalTime end = LocalTime.ofSecondOfDay((span[3] + span[1] - span[0]) % 86_400L);
      return DayOfWeek.of((int) span[2]) + " " + start + "-" + end;
    }
  }
}
