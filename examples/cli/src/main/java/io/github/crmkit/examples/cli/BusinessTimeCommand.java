package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.recovery.sla.BusinessCalendar;
import io.github.crmkit.recovery.sla.BusinessCalendarJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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

  /** Reads a schedule file: a calendar in crmkit's calendar JSON ({@link BusinessCalendarJson}). */
  static BusinessCalendar schedule(Path file) {
    try {
      return BusinessCalendarJson.read(StrictJson.readText(file));
    } catch (DefinitionFormatException e) {
      throw new DataException(file.toString(), 0, e.getMessage());
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
