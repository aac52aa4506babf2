package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
    return HolidayDates.NONE;
  }

  /**
   * Returns fixed dates.
   *
   * @param dates the dates, not null
   * @return the source
   */
  static HolidaySource dates(Set<LocalDate> dates) {
    checkNotNull(dates, "dates must not be null");
    return new HolidayDates(Set.copyOf(dates));
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
   * dates up to its exclusive DTEND (or its DURATION in days); yearly recurrence rules (RRULE with
   * FREQ=YEARLY and INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, or BYDAY with an ordinal such as
   * 4TH or -1MO), RDATE and EXDATE are honoured, and cancelled events dropped. Events with a
   * date-time start are not all-day and are not holidays. Any other recurrence construct (other
   * frequencies, BYSETPOS, several BYDAY values, EXRULE, RECURRENCE-ID) is refused, never ignored.
   *
   * @param ics the iCalendar text, not null
   * @return the source
   * @throws IllegalArgumentException naming the line, if a date cannot be read or a construct is
   *     not supported
   */
  static HolidaySource fromICalendar(String ics) {
    checkNotNull(ics, "ics must not be null");
    return ICalendarHolidays.parse(ics);
  }
}
