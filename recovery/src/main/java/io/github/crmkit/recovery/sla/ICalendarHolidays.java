package io.github.crmkit.recovery.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The all-day events of an iCalendar (RFC 5545) text as holidays, with the recurrence rules real
 * holiday calendars use and a clear refusal of anything else.
 *
 * <p>Supported in a VEVENT: DTSTART as a date, DTEND as a date or DURATION in days or weeks,
 * STATUS:CANCELLED (the event is dropped), RDATE and EXDATE as dates, and RRULE with FREQ=YEARLY
 * and the parts INTERVAL, COUNT, UNTIL, BYMONTH (one month), BYMONTHDAY (one day, negative from the
 * end of the month) and BYDAY (one weekday with an ordinal, such as 4TH or -1MO, with BYMONTH),
 * WKST being ignored. An event whose DTSTART has a time is not all-day and is not a holiday (its
 * TZID does not matter). Every other rule part, EXRULE, RECURRENCE-ID and a DTEND or RDATE or
 * EXDATE with a time on an all-day event are refused naming the line, never ignored. Folded lines
 * are unfolded; lines end in CRLF, LF or CR.
 */
final class ICalendarHolidays implements HolidaySource {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  /** One all-day event. */
  private static final class Event {
    @Nullable LocalDate start;
    long days = 1;
    @Nullable Rule rule;
    final Set<LocalDate> exdates = new HashSet<>();
    final List<LocalDate> rdates = new ArrayList<>();
    boolean cancelled;
    boolean timed;
  }

  /** A yearly rule. */
  private static final class Rule {
    int interval = 1;
    int count = -1;
    @Nullable LocalDate until;
    @Nullable Month month;
    int monthDay;
    int ordinal;
    @Nullable DayOfWeek weekday;
  }

  /** The longest all-day event read, in days. */
  static final long MAX_DAYS = 366;

  private final List<Event> events;
  private final Set<LocalDate> fixed;

  private ICalendarHolidays(List<Event> events, Set<LocalDate> fixed) {
    this.events = events;
    this.fixed = fixed;
  }

  static ICalendarHolidays parse(String ics) {
    String text = ics.replace("\r\n", "\n").replace('\r', '\n');
    List<String> physical = List.of(text.split("\n", -1));
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < physical.size(); i++) {
      String l = physical.get(i);
      if ((l.startsWith(" ") || l.startsWith("\t")) && !lines.isEmpty()) {
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + l.substring(1));
      } else {
        lines.add(l);
        numbers.add(i + 1);
      }
    }
    List<Event> events = new ArrayList<>();
    Event e = null;
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).strip();
      int n = numbers.get(k);
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.equals("BEGIN:VEVENT")) {
        e = new Event();
        continue;
      }
      if (upper.equals("END:VEVENT")) {
        if (e != null && (e.days < 1 || e.days > MAX_DAYS)) {
          throw error(
              n, "an all-day event of " + e.days + " days; at most " + MAX_DAYS + " are read");
        }
        if (e != null && !e.cancelled && !e.timed && e.start != null) {
          events.add(e);
        } else if (e != null && !e.timed && e.start == null && !e.cancelled) {
          throw error(n, "an event without DTSTART");
        }
        e = null;
        continue;
      }
      if (e == null) {
        continue;
      }
      int colon = colon(line);
      if (colon < 0) {
        continue;
      }
      String head = upper.substring(0, colon);
      String name = head.contains(";") ? head.substring(0, head.indexOf(';')) : head;
      String params = head.substring(name.length());
      String value = line.substring(colon + 1).strip();
      switch (name) {
        case "DTSTART" -> {
          if (isDateTime(params, value)) {
            e.timed = true;
          } else {
            e.start = date(value, n);
          }
        }
        case "DTEND" -> {
          if (e.timed) {
            break;
          }
          if (isDateTime(params, value)) {
            throw error(n, "an all-day event's DTEND must be a date, but was '" + value + "'");
          }
          LocalDate start = e.start;
          if (start == null) {
            throw error(n, "DTEND before DTSTART");
          }
          e.days = date(value, n).toEpochDay() - start.toEpochDay();
        }
        case "DURATION" -> e.days = durationDays(value, n);
        case "STATUS" -> e.cancelled = value.equalsIgnoreCase("CANCELLED");
        case "RRULE" -> e.rule = rule(value, n);
        case "EXDATE" -> {
          for (String v : value.split(",", -1)) {
            if (isDateTime(params, v)) {
              throw error(n, "EXDATE with a time on an all-day event: '" + v + "'");
            }
            e.exdates.add(date(v, n));
          }
        }
        case "RDATE" -> {
          for (String v : value.split(",", -1)) {
            if (isDateTime(params, v) || v.contains("/")) {
              throw error(n, "RDATE must list dates on an all-day event, but held '" + v + "'");
            }
            e.rdates.add(date(v, n));
          }
        }
        case "EXRULE", "RECURRENCE-ID" ->
            throw error(n, name + " is not supported (crmkit refuses it rather than ignore it)");
        default -> {
          // SUMMARY, UID, DTSTAMP, DESCRIPTION, CATEGORIES, TRANSP and the like carry no dates.
        }
      }
    }
    Set<LocalDate> fixed = new HashSet<>();
    List<Event> recurring = new ArrayList<>();
    for (Event ev : events) {
      if (ev.rule == null) {
        LocalDate s = ev.start;
        if (s != null && !ev.exdates.contains(s)) {
          add(fixed, s, ev.days);
        }
      } else {
        recurring.add(ev);
      }
      for (LocalDate r : ev.rdates) {
        if (!ev.exdates.contains(r)) {
          add(fixed, r, ev.days);
        }
      }
    }
    return new ICalendarHolidays(List.copyOf(recurring), Set.copyOf(fixed));
  }

  private static void add(Set<LocalDate> out, LocalDate start, long days) {
    for (long d = 0; d < days; d++) {
      out.add(start.plusDays(d));
    }
  }

  /** The colon ending the name and parameters, outside quoted parameter values. */
  private static int colon(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDateTime(String params, String value) {
    if (params.contains("VALUE=DATE") && !params.contains("VALUE=DATE-TIME")) {
      return false;
    }
    return value.length() != 8;
  }

  private static LocalDate date(String value, int line) {
    try {
      return LocalDate.parse(value.strip(), BASIC);
    } catch (DateTimeParseException ex) {
      throw error(line, "an unreadable date '" + value + "'");
    }
  }

  private static long durationDays(String value, int line) {
    String v = value.toUpperCase(Locale.ROOT);
    try {
      if (v.matches("P\\d+D")) {
        return Long.parseLong(v.substring(1, v.length() - 1));
      }
      if (v.matches("P\\d+W")) {
        return 7 * Long.parseLong(v.substring(1, v.length() - 1));
      }
    } catch (NumberFormatException ex) {
      // fall through to the refusal
    }
    throw error(line, "DURATION '" + value + "' is not a whole number of days or weeks");
  }

  private static Rule rule(String value, int line) {
    Rule r = new Rule();
    boolean yearly = false;
    for (String part : value.toUpperCase(Locale.ROOT).split(";", -1)) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw error(line, "RRULE part '" + part + "' is not NAME=VALUE");
      }
      String k = part.substring(0, eq);
      String v = part.substring(eq + 1);
      try {
        switch (k) {
          case "FREQ" -> {
            if (!v.equals("YEARLY")) {
              throw error(line, "RRULE FREQ=" + v + " is not supported; " + SUPPORTED);
            }
            yearly = true;
          }
          case "INTERVAL" -> r.interval = positive(Integer.parseInt(v), k, line);
          case "COUNT" -> r.count = positive(Integer.parseInt(v), k, line);
          case "UNTIL" -> r.until = date(v.length() >= 8 ? v.substring(0, 8) : v, line);
          case "BYMONTH" -> r.month = Month.of(Integer.parseInt(v));
          case "BYMONTHDAY" -> {
            int d = Integer.parseInt(v);
            if (d == 0 || d < -31 || d > 31) {
              throw error(line, "RRULE BYMONTHDAY=" + v + " is out of range");
            }
            r.monthDay = d;
          }
          case "BYDAY" -> byDay(r, v, line);
          case "WKST" -> {
            // Only matters for weekly rules.
          }
          default -> throw error(line, "RRULE part " + k + " is not supported; " + SUPPORTED);
        }
      } catch (NumberFormatException | java.time.DateTimeException ex) {
        throw error(line, "RRULE part '" + part + "' has an unreadable value");
      }
    }
    if (!yearly) {
      throw error(line, "RRULE without FREQ; " + SUPPORTED);
    }
    if (r.weekday != null && r.month == null) {
      throw error(line, "RRULE BYDAY needs BYMONTH in a yearly rule; " + SUPPORTED);
    }
    if (r.weekday != null && r.monthDay != 0) {
      throw error(line, "RRULE with both BYDAY and BYMONTHDAY is not supported; " + SUPPORTED);
    }
    return r;
  }

  private static final String SUPPORTED =
      "crmkit supports FREQ=YEARLY with INTERVAL, COUNT, UNTIL, one BYMONTH, one BYMONTHDAY, or"
          + " one BYDAY with an ordinal (4TH, -1MO)";

  private static int positive(int v, String k, int line) {
    if (v < 1) {
      throw error(line, "RRULE " + k + " must be positive, but was " + v);
    }
    return v;
  }

  private static void byDay(Rule r, String v, int line) {
    if (v.contains(",")) {
      throw error(line, "RRULE BYDAY with several days is not supported; " + SUPPORTED);
    }
    if (v.length() < 3) {
      throw error(line, "RRULE BYDAY=" + v + " is unreadable");
    }
    String day = v.substring(v.length() - 2);
    String ord = v.substring(0, v.length() - 2);
    if (ord.isEmpty() || ord.equals("+")) {
      throw error(line, "RRULE BYDAY=" + v + " without an ordinal is not supported; " + SUPPORTED);
    }
    int n = Integer.parseInt(ord.startsWith("+") ? ord.substring(1) : ord);
    if (!(n >= 1 && n <= 5) && !(n <= -1 && n >= -5)) {
      throw error(line, "RRULE BYDAY ordinal " + n + " is out of range");
    }
    r.ordinal = n;
    r.weekday =
        switch (day) {
          case "MO" -> DayOfWeek.MONDAY;
          case "TU" -> DayOfWeek.TUESDAY;
          case "WE" -> DayOfWeek.WEDNESDAY;
          case "TH" -> DayOfWeek.THURSDAY;
          case "FR" -> DayOfWeek.FRIDAY;
          case "SA" -> DayOfWeek.SATURDAY;
          case "SU" -> DayOfWeek.SUNDAY;
          default -> throw error(line, "RRULE BYDAY=" + v + " names no weekday");
        };
  }

  private static IllegalArgumentException error(int line, String problem) {
    return new IllegalArgumentException("iCalendar line " + line + ": " + problem);
  }

  /** The occurrence of a yearly rule in a year, or null when the year has none. */
  private static @Nullable LocalDate occurrence(Event e, Rule r, int year) {
    LocalDate start = e.start;
    if (start == null) {
      return null;
    }
    Month month = r.month != null ? r.month : start.getMonth();
    LocalDate first = LocalDate.of(year, month, 1);
    DayOfWeek weekday = r.weekday;
    if (weekday != null) {
      LocalDate d =
          r.ordinal > 0
              ? first.with(TemporalAdjusters.dayOfWeekInMonth(r.ordinal, weekday))
              : first.with(TemporalAdjusters.lastInMonth(weekday)).plusWeeks(r.ordinal + 1);
      return d.getMonth() == month ? d : null;
    }
    int length = first.lengthOfMonth();
    int day = r.monthDay > 0 ? r.monthDay : r.monthDay < 0 ? length + 1 + r.monthDay : 0;
    if (r.monthDay == 0) {
      day = start.getDayOfMonth();
    }
    // RFC 5545: a day the month does not have (30 February) is no occurrence.
    return day >= 1 && day <= length ? first.withDayOfMonth(day) : null;
  }

  private static boolean recurs(Event e, LocalDate date) {
    Rule r = e.rule;
    LocalDate start = e.start;
    if (r == null || start == null) {
      return false;
    }
    for (int year = date.getYear() - 1 - (int) (e.days / 365); year <= date.getYear(); year++) {
      if (year < start.getYear() || (year - start.getYear()) % r.interval != 0) {
        continue;
      }
      LocalDate occ = occurrence(e, r, year);
      if (occ == null
          || occ.isBefore(start)
          || occ.isAfter(date)
          || occ.plusDays(e.days - 1).isBefore(date)
          || e.exdates.contains(occ)) {
        continue;
      }
      LocalDate until = r.until;
      if (until != null && occ.isAfter(until)) {
        continue;
      }
      if (r.count > 0 && index(e, r, occ) >= r.count) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** How many occurrences come before occ (DTSTART counts as the first, per RFC 5545). */
  private static int index(Event e, Rule r, LocalDate occ) {
    LocalDate start = e.start;
    int i = 0;
    for (int year = start == null ? occ.getYear() : start.getYear();
        year < occ.getYear();
        year += r.interval) {
      LocalDate o = occurrence(e, r, year);
      if (o != null && !o.isBefore(start)) {
        i++;
      }
    }
    return i;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    if (fixed.contains(date)) {
      return true;
    }
    for (Event e : events) {
      if (recurs(e, date)) {
        return true;
      }
    }
    return false;
  }
}
