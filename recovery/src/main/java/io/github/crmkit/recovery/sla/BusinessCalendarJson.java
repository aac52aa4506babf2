package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Business calendars ({@link BusinessCalendar}) as JSON: the zone, the weekly windows, the holidays
 * as dates and the overrides of single dates. Strict like every crmkit codec: unknown members,
 * wrong types and impossible values are {@link DefinitionFormatException}s naming the JSON path.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * {"zone": "Europe/London",
 *  "windows": [{"days": ["monday", "tuesday", "wednesday", "thursday", "friday"],
 *               "start": "09:00", "end": "17:00"}],
 *  "holidays": ["2026-12-25", "2026-12-28"],
 *  "overrides": [{"date": "2026-12-24", "windows": [{"start": "09:00", "end": "13:00"}]}]}
 * }</pre>
 *
 * <p>Days are named in full or by their first three letters, in any case ({@code MON}, {@code
 * Monday}); a window whose end is not after its start ends the next day. {@code holidays} and
 * {@code overrides} may be left out; an override without windows closes its date. Writing groups
 * the days that share a window and names them in full, in lower case; reading what was written
 * gives a calendar that answers every question as the original does. A calendar whose holidays are
 * rules ({@link HolidaySource#yearly}, {@link HolidaySource#fromICalendar}, a union) has no list of
 * dates to write and is refused.
 *
 * @since 0.2
 */
public final class BusinessCalendarJson {
  /** The longest JSON text read, in characters. */
  public static final int MAX_CHARS = 1 << 20;

  private BusinessCalendarJson() {}

  /**
   * Reads a calendar.
   *
   * @param json the JSON text, not null, at most {@link #MAX_CHARS}
   * @return the calendar
   * @throws DefinitionFormatException if the JSON is malformed or does not describe a calendar,
   *     naming the JSON path
   */
  public static BusinessCalendar read(String json) {
    checkNotNull(json, "json must not be null");
    Map<String, Object> root = JsonRead.object(JsonRead.parse(json, MAX_CHARS), "$");
    JsonRead.members(root, "$", JsonRead.names("zone", "windows", "holidays", "overrides"));
    String zoneText = JsonRead.string(root, "zone", "$");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw new DefinitionFormatException("$.zone", "unknown zone '" + zoneText + "'");
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    List<Object> windows = JsonRead.list(root, "windows", "$");
    if (windows.isEmpty()) {
      throw new DefinitionFormatException("$.windows", "expected at least one window");
    }
    for (int i = 0; i < windows.size(); i++) {
      String path = "$.windows[" + i + "]";
      Map<String, Object> w = JsonRead.object(windows.get(i), path);
      JsonRead.members(w, path, JsonRead.names("days", "start", "end"));
      LocalTime start = time(w, "start", path);
      LocalTime end = time(w, "end", path);
      List<Object> days = JsonRead.list(w, "days", path);
      if (days.isEmpty()) {
        throw new DefinitionFormatException(path + ".days", "expected at least one day");
      }
      for (int k = 0; k < days.size(); k++) {
        b.window(day(days.get(k), path + ".days[" + k + "]"), start, end);
      }
    }
    if (root.containsKey("holidays")) {
      List<Object> list = JsonRead.list(root, "holidays", "$");
      Set<LocalDate> dates = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        dates.add(date(list.get(i), "$.holidays[" + i + "]"));
      }
      b.holidays(HolidaySource.dates(dates));
    }
    if (root.containsKey("overrides")) {
      List<Object> list = JsonRead.list(root, "overrides", "$");
      Set<LocalDate> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String path = "$.overrides[" + i + "]";
        Map<String, Object> o = JsonRead.object(list.get(i), path);
        JsonRead.members(o, path, JsonRead.names("date", "windows"));
        LocalDate date = date(JsonRead.need(o, "date", path), path + ".date");
        if (!seen.add(date)) {
          throw new DefinitionFormatException(path + ".date", "the date " + date + " repeats");
        }
        List<Object> ws = JsonRead.list(o, "windows", path);
        LocalTime[] times = new LocalTime[ws.size() * 2];
        for (int k = 0; k < ws.size(); k++) {
          String wp = path + ".windows[" + k + "]";
          Map<String, Object> w = JsonRead.object(ws.get(k), wp);
          JsonRead.members(w, wp, JsonRead.names("start", "end"));
          times[2 * k] = time(w, "start", wp);
          times[2 * k + 1] = time(w, "end", wp);
        }
        b.override(date, times);
      }
    }
    return JsonRead.wrap("$.windows", b::build);
  }

  private static LocalTime time(Map<String, Object> o, String key, String path) {
    String v = JsonRead.string(o, key, path);
    try {
      return LocalTime.parse(v);
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(path + "." + key, "not a time like 09:00: '" + v + "'");
    }
  }

  private static LocalDate date(Object v, String path) {
    String s = JsonRead.string(v, path);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new DefinitionFormatException(path, "not an ISO date: '" + s + "'");
    }
  }

  private static DayOfWeek day(Object v, String path) {
    String s = JsonRead.string(v, path);
    String upper = s.toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(upper) || (upper.length() == 3 && d.name().startsWith(upper))) {
        return d;
      }
    }
    throw new DefinitionFormatException(
        path, "not a day: '" + s + "'; expected monday to sunday, or mon to sun");
  }

  /**
   * Writes a calendar in the format {@link #read} reads.
   *
   * @param calendar the calendar, not null
   * @return the JSON text, indented
   * @throws IllegalArgumentException if the calendar's holidays are rules rather than dates
   */
  public static String write(BusinessCalendar calendar) {
    checkNotNull(calendar, "calendar must not be null");
    checkArgument(
        calendar.holidays instanceof HolidayDates,
        "the calendar's holidays are rules (yearly dates, weekdays of a month, iCalendar events or a"
            + " union), which JSON lists as dates: build it with HolidaySource.dates to write it");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("zone", calendar.zone().getId());
    // Days that share a window are written together, in the week's order.
    Map<String, List<String>> byWindow = new LinkedHashMap<>();
    Map<String, LocalTime[]> times = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      for (LocalTime[] w : calendar.weekly.getOrDefault(d, List.of())) {
        String key = w[0] + "-" + w[1];
        byWindow
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(d.name().toLowerCase(Locale.ROOT));
        times.put(key, w);
      }
    }
    List<Object> windows = new ArrayList<>();
    byWindow.forEach(
        (key, days) -> {
          LocalTime[] t = java.util.Objects.requireNonNull(times.get(key));
          Map<String, Object> w = new LinkedHashMap<>();
          w.put("days", days);
          w.put("start", t[0].toString());
          w.put("end", t[1].toString());
          windows.add(w);
        });
    o.put("windows", windows);
    Set<LocalDate> holidays = ((HolidayDates) calendar.holidays).dates;
    if (!holidays.isEmpty()) {
      List<Object> dates = new ArrayList<>();
      new TreeSet<>(holidays).forEach(d -> dates.add(d.toString()));
      o.put("holidays", dates);
    }
    if (!calendar.overrides.isEmpty()) {
      List<Object> overrides = new ArrayList<>();
      new TreeMap<>(calendar.overrides)
          .forEach(
              (date, ws) -> {
                Map<String, Object> ov = new LinkedHashMap<>();
                ov.put("date", date.toString());
                List<Object> list = new ArrayList<>();
                for (LocalTime[] w : ws) {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("start", w[0].toString());
                  m.put("end", w[1].toString());
                  list.add(m);
                }
                ov.put("windows", list);
                overrides.add(ov);
              });
      o.put("overrides", overrides);
    }
    return Json.write(o);
  }
}
