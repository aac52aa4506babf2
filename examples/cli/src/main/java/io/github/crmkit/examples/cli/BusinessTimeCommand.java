package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.recovery.sla.HolidaySource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crmkit business-time add} and {@code crmkit business-time between}. */
@Command(
    name = "business-time",
    mixinStandardHelpOptions = true,
    description = "Business hours arithmetic on a schedule file.",
    subcommands = {BusinessTimeCommand.Add.class, BusinessTimeCommand.Between.class})
final class BusinessTimeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "use 'business-time add' or 'business-time between'");
  }

  /**
   * Reads {@code {"zone": ..., "windows": [{"days": [...], "start": "09:00", "end": "17:00"}],
   * "holidays": ["2026-04-03"]}}.
   */
  static BusinessCalendar schedule(Path file) {
    JsonNode root = StrictJson.read(file);
    String name = file.toString();
    StrictJson.members(root, "$", name, Set.of("zone", "windows", "holidays"));
    String zoneText = StrictJson.text(root, "zone", "$", name);
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw StrictJson.error(name, "$.zone", "unknown zone '" + zoneText + "'");
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    JsonNode windows = StrictJson.need(root, "windows", "$", name);
    if (!windows.isArray() || windows.isEmpty()) {
      throw StrictJson.error(name, "$.windows", "expected a non-empty array");
    }
    for (int i = 0; i < windows.size(); i++) {
      JsonNode w = windows.get(i);
      String path = "$.windows[" + i + "]";
      StrictJson.members(w, path, name, Set.of("days", "start", "end"));
      LocalTime start = time(StrictJson.text(w, "start", path, name), name, path + ".start");
      LocalTime end = time(StrictJson.text(w, "end", path, name), name, path + ".end");
      JsonNode days = StrictJson.need(w, "days", path, name);
      if (!days.isArray() || days.isEmpty()) {
        throw StrictJson.error(name, path + ".days", "expected a non-empty array");
      }
      for (int k = 0; k < days.size(); k++) {
        JsonNode dn = days.get(k);
        String d = dn.isTextual() ? dn.textValue() : "";
        DayOfWeek day = null;
        for (DayOfWeek x : DayOfWeek.values()) {
          if (d.length() >= 3 && x.name().startsWith(d.toUpperCase(Locale.ROOT))) {
            day = x;
          }
        }
        if (day == null) {
          throw StrictJson.error(
              name,
              path + ".days[" + k + "]",
              "not a day: "
                  + dn
                  + "; allowed: MON, TUE, WED, THU, FRI, SAT, SUN or the full names");
        }
        b.window(day, start, end);
      }
    }
    Set<LocalDate> holidays = new HashSet<>();
    JsonNode h = root.get("holidays");
    if (h != null && !h.isArray()) {
      throw StrictJson.error(name, "$.holidays", "expected an array of ISO dates");
    }
    for (int i = 0; h != null && i < h.size(); i++) {
      JsonNode v = h.get(i);
      try {
        if (!v.isTextual()) {
          throw new DateTimeParseException("not a string", v.toString(), 0);
        }
        holidays.add(LocalDate.parse(v.textValue()));
      } catch (DateTimeParseException e) {
        throw StrictJson.error(name, "$.holidays[" + i + "]", "not an ISO date: " + v);
      }
    }
    b.holidays(HolidaySource.dates(holidays));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new DataException(name, 0, e.getMessage());
    }
  }

  static LocalTime time(String v, String file, String path) {
    try {
      return LocalTime.parse(v);
    } catch (DateTimeParseException e) {
      throw StrictJson.error(file, path, "not a time like 09:00: '" + v + "'");
    }
  }

  /** An ISO date-time with offset, or a local date-time read in the schedule's zone. */
  static Instant instant(String text, ZoneId zone, String option) {
    try {
      return io.github.crmkit.io.StrictDates.isoDateTime(text, zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": not an ISO date-time: '" + text + "'");
    }
  }

  /** {@code business-time add}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Start plus business time.")
  static final class Add implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--schedule", required = true, description = "Schedule JSON file.")
    Path schedule;

    @Option(names = "--start", required = true, description = "ISO date-time.")
    String start;

    @Option(names = "--duration", required = true, description = "ISO-8601 duration, e.g. PT4H.")
    Duration duration;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      BusinessCalendar cal = schedule(schedule);
      if (duration.isNegative()) {
        throw new IllegalArgumentException("--duration must not be negative, but was " + duration);
      }
      Instant due = cal.add(instant(start, cal.zone(), "--start"), duration);
      PrintWriter out = spec.commandLine().getOut();
      if (common.format == Common.Format.json) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("due", due.toString());
        o.put("dueLocal", due.atZone(cal.zone()).toString());
        out.println(o.toPrettyString());
      } else {
        out.println("due " + due + " (" + due.atZone(cal.zone()) + ")");
      }
      return 0;
    }
  }

  /** {@code business-time between}. */
  @Command(
      name = "between",
      mixinStandardHelpOptions = true,
      description = "Business time between two instants.")
  static final class Between implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--schedule", required = true, description = "Schedule JSON file.")
    Path schedule;

    @Option(names = "--from", required = true, description = "ISO date-time.")
    String from;

    @Option(names = "--to", required = true, description = "ISO date-time.")
    String to;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      BusinessCalendar cal = schedule(schedule);
      Duration d =
          cal.between(instant(from, cal.zone(), "--from"), instant(to, cal.zone(), "--to"));
      PrintWriter out = spec.commandLine().getOut();
      if (common.format == Common.Format.json) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("business", d.toString());
        out.println(o.toPrettyString());
      } else {
        out.println("business time " + d);
      }
      return 0;
    }
  }
}
