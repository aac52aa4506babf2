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
final class BusinessTimeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "use 'business-time add' or 'business-time between'");
  }

  /**
   * Reads {@code {"zone": ..., "windows": [{"days": [...], "start": "09:00", "end": "17:00"}],
   * "holidays": ["2026-04-03"]}}.
   */
  static BusinessCalendar schedule(Path file) {
    JsonNode root = ClvCommand.readJson(file);
    String name = file.toString();
    ZoneId zone;
    try {
      zone = ZoneId.of(root.path("zone").asText(""));
    } catch (DateTimeException e) {
      throw new DataException(name, 0, "zone: unknown zone '" + root.path("zone").asText("") + "'");
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    JsonNode windows = root.path("windows");
    if (!windows.isArray() || windows.isEmpty()) {
      throw new DataException(name, 0, "windows: expected a non-empty array");
    }
    for (int i = 0; i < windows.size(); i++) {
      JsonNode w = windows.get(i);
      String path = "windows[" + i + "]";
      LocalTime start = time(w.path("start"), name, path + ".start");
      LocalTime end = time(w.path("end"), name, path + ".end");
      JsonNode days = w.path("days");
      if (!days.isArray() || days.isEmpty()) {
        throw new DataException(name, 0, path + ".days: expected a non-empty array");
      }
      for (int k = 0; k < days.size(); k++) {
        String d = days.get(k).asText("");
        DayOfWeek day = null;
        for (DayOfWeek x : DayOfWeek.values()) {
          if (x.name().startsWith(d.toUpperCase(Locale.ROOT)) && d.length() >= 3) {
            day = x;
          }
        }
        if (day == null) {
          throw new DataException(name, 0, path + ".days[" + k + "]: not a day: '" + d + "'");
        }
        b.window(day, start, end);
      }
    }
    Set<LocalDate> holidays = new HashSet<>();
    JsonNode h = root.path("holidays");
    for (int i = 0; i < h.size(); i++) {
      try {
        holidays.add(LocalDate.parse(h.get(i).asText("")));
      } catch (DateTimeParseException e) {
        throw new DataException(name, 0, "holidays[" + i + "]: not an ISO date");
      }
    }
    b.holidays(HolidaySource.dates(holidays));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new DataException(name, 0, e.getMessage());
    }
  }

  static LocalTime time(JsonNode v, String file, String path) {
    try {
      return LocalTime.parse(v.asText(""));
    } catch (DateTimeParseException e) {
      throw new DataException(file, 0, path + ": not a time like 09:00");
    }
  }

  /** An ISO date-time with offset, or a local date-time read in the schedule's zone. */
  static Instant instant(String text, ZoneId zone, String option) {
    try {
      return Inputs.isoDateTime(text, zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": not an ISO date-time: '" + text + "'");
    }
  }

  /** {@code business-time add}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Start plus business time.")
  static final class Add implements Runnable {
    @Mixin Common common;

    @Option(names = "--schedule", required = true, description = "Schedule JSON file.")
    Path schedule;

    @Option(names = "--start", required = true, description = "ISO date-time.")
    String start;

    @Option(names = "--duration", required = true, description = "ISO-8601 duration, e.g. PT4H.")
    Duration duration;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
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
    }
  }

  /** {@code business-time between}. */
  @Command(
      name = "between",
      mixinStandardHelpOptions = true,
      description = "Business time between two instants.")
  static final class Between implements Runnable {
    @Mixin Common common;

    @Option(names = "--schedule", required = true, description = "Schedule JSON file.")
    Path schedule;

    @Option(names = "--from", required = true, description = "ISO date-time.")
    String from;

    @Option(names = "--to", required = true, description = "ISO date-time.")
    String to;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
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
    }
  }
}
