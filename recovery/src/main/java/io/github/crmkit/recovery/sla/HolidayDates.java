package io.github.crmkit.recovery.sla;

import java.time.LocalDate;
import java.util.Set;

/**
 * Holidays that are a set of dates ({@link HolidaySource#dates}, {@link HolidaySource#none}): a
 * class of its own, not a lambda, so that {@link BusinessCalendarJson} can write them back.
 */
final class HolidayDates implements HolidaySource {
  static final HolidayDates NONE = new HolidayDates(Set.of());

  final Set<LocalDate> dates;

  HolidayDates(Set<LocalDate> dates) {
    this.dates = dates;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return dates.contains(date);
  }
}
