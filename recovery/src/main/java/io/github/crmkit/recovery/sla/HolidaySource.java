package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which local dates are holidays. Implementations must be pure and thread-safe; compose them with
 * {@link #union}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface HolidaySource {
  /**
   * Tells whether a date is a holiday.
   *
   * @param date the local date
   * @return true for a holiday
   */
  boolean isHoliday(LocalDate date);

  /**
   * Returns no holidays.
   *
   * @return the source
   */
  static HolidaySource none() {
    return d -> false;
  }

  /**
   * Returns fixed dates.
   *
   * @param dates the dates, not null
   * @return the source
   */
  static HolidaySource dates(Set<LocalDate> dates) {
    checkNotNull(dates, "dates must not be null");
    Set<LocalDate> copy = Set.copyOf(dates);
    return copy::contains;
  }

  /**
   * Returns a date that recurs every year, such as 25 December.
   *
   * @param day the month and day, not null
   * @return the source
   */
  static HolidaySource yearly(MonthDay day) {
    checkNotNull(day, "day must not be null");
    return d -> MonthDay.from(d).equals(day);
  }

  /**
   * Returns the n-th weekday of a month every year, such as the last Monday of May (n = -1).
   *
   * @param month the month, not null
   * @param n 1 to 5 counting from the start of the month, or -1 for the last
   * @param day the weekday, not null
   * @return the source
   * @throws IllegalArgumentException if n is not 1 to 5 or -1
   */
  static HolidaySource nthWeekday(Month month, int n, DayOfWeek day) {
    checkNotNull(month, "month must not be null");
    checkNotNull(day, "day must not be null");
    if (!(n >= 1 && n <= 5) && n != -1) {
      throw new IllegalArgumentException("n must be 1 to 5 or -1, but was " + n);
    }
    return d -> {
      if (d.getMonth() != month) {
        return false;
      }
      LocalDate first = d.withDayOfMonth(1);
      LocalDate target =
          n == -1
              ? first.with(TemporalAdjusters.lastInMonth(day))
              : first.with(TemporalAdjusters.dayOfWeekInMonth(n, day));
      return target.getMonth() == month && target.equals(d);
    };
  }

  /**
   * Returns the union of sources.
   *
   * @param sources the sources, not null
   * @return a date is a holiday if any source says so
   */
  static HolidaySource union(HolidaySource... sources) {
    checkNotNull(sources, "sources must not be null");
    List<HolidaySource> list = List.of(sources);
    return d -> {
      for (HolidaySource s : list) {
        if (s.isHoliday(d)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Imports the all-day events of an iCalendar (RFC 5545) text: every VEVENT whose DTSTART is a
   * date ({@code DTSTART;VALUE=DATE:20260403}) makes that date a holiday, and so do the following
   * dates up to its exclusive DTEND when present. Events with a date-time start are not all-day and
   * are ignored; folded lines are unfolded.
   *
   * @param ics the iCalendar text, not null
   * @return the source
   * @throws IllegalArgumentException if an all-day date cannot be read, naming the line
   */
  static HolidaySource fromICalendar(String ics) {
    checkNotNull(ics, "ics must not be null");
    String unfolded = ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    Set<LocalDate> out = new HashSet<>();
    boolean inEvent = false;
    LocalDate start = null;
    LocalDate end = null;
    List<String> lines = new ArrayList<>(List.of(unfolded.split("\n", -1)));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.equals("BEGIN:VEVENT")) {
        inEvent = true;
        start = null;
        end = null;
      } else if (upper.equals("END:VEVENT")) {
        if (start != null) {
          LocalDate last = end == null ? start : end.minusDays(1);
          for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(1)) {
            out.add(d);
          }
        }
        inEvent = false;
      } else if (inEvent && (upper.startsWith("DTSTART") || upper.startsWith("DTEND"))) {
        int colon = line.lastIndexOf(':');
        String params = upper.substring(0, Math.max(0, colon));
        String value = line.substring(colon + 1).strip();
        boolean dateOnly =
            (params.contains("VALUE=DATE") && !params.contains("VALUE=DATE-TIME"))
                || value.length() == 8;
        if (!dateOnly) {
          continue;
        }
        try {
          LocalDate d = LocalDate.parse(value, basic);
          if (upper.startsWith("DTSTART")) {
            start = d;
          } else {
            end = d;
          }
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "iCalendar line " + (i + 1) + " has an unreadable date '" + value + "'");
        }
      }
    }
    return dates(out);
  }
}
