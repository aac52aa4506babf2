package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.io.CsvWriter;
import io.github.crmkit.rewards.EventJson;
import io.github.crmkit.rewards.Ledger;
import io.github.crmkit.rewards.LoyaltyEvent;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.ProgrammeJson;
import io.github.crmkit.rewards.Replay;
import io.github.crmkit.rewards.Standing;
import io.github.crmkit.rewards.Tier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crmkit rewards}: loyalty programmes. */
@Command(
    name = "rewards",
    mixinStandardHelpOptions = true,
    description = "Loyalty programmes: replay members' points ledgers from an event log.",
    subcommands = {RewardsCommand.ReplayCommand.class})
final class RewardsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * {@code crmkit rewards replay}: every member's ledger from a programme (JSON) and an event log
   * (JSON Lines, one event per line), as of an instant (by default the latest event's).
   */
  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description =
          "Every member's points after an event log: available, pending, debt, earned, redeemed,"
              + " expired, returned, tier, next expiry; and every rejected event with its line.")
  static final class ReplayCommand implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--programme", required = true, description = "The programme (JSON).")
    Path programme;

    @Option(
        names = "--events",
        required = true,
        description = "The event log: JSON Lines, one event per line.")
    Path events;

    @Option(
        names = "--as-of",
        description = "The instant the figures are for (ISO 8601); default: the latest event's.")
    java.time.OffsetDateTime asOf;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Programme p = readProgramme(programme);
      List<LoyaltyEvent> log = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      readEvents(events, log, lines);
      Instant at;
      if (asOf != null) {
        at = asOf.toInstant();
      } else {
        at = Instant.EPOCH;
        for (LoyaltyEvent e : log) {
          at = e.at().isAfter(at) ? e.at() : at;
        }
      }
      Replay r = Replay.of(p, log, at);
      PrintWriter out = spec.commandLine().getOut();
      switch (common.format) {
        case json -> out.println(json(r, lines).toPrettyString());
        case csv -> csv(r, out);
        default -> table(r, lines, at, out);
      }
      out.flush();
      return 0;
    }

    static Programme readProgramme(Path file) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        throw new DataException(file.toString(), 0, "invalid UTF-8");
      } catch (IOException e) {
        throw new DataException(file.toString(), 0, "cannot read the file: " + e.getMessage());
      }
      try {
        return ProgrammeJson.read(text);
      } catch (DefinitionFormatException e) {
        throw new DataException(file.toString(), 0, e.getMessage());
      }
    }

    static void readEvents(Path file, List<LoyaltyEvent> log, List<Long> lines) {
      if (!Files.isReadable(file)) {
        throw new DataException(file.toString(), 0, "cannot read the file");
      }
      long line = 0;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String text;
        while (true) {
          try {
            text = in.readLine();
          } catch (CharacterCodingException e) {
            throw new DataException(file.toString(), line + 1, "invalid UTF-8");
          }
          if (text == null) {
            break;
          }
          line++;
          if (line == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
          }
          if (text.isBlank()) {
            throw new DataException(
                file.toString(), line, "an empty line (JSON Lines: one event per line)");
          }
          try {
            log.add(EventJson.read(text));
          } catch (DefinitionFormatException e) {
            throw new DataException(file.toString(), line, e.getMessage());
          }
          lines.add(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      }
    }

    /** The document of the issue: members, the events' accounting, rejections with their lines. */
    static ObjectNode json(Replay r, List<Long> lines) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      ArrayNode members = root.putArray("members");
      for (Standing l : r.standings()) {
        ObjectNode m = members.addObject();
        m.put("member", l.member().value());
        m.put("available", l.available());
        m.put("pending", l.pending());
        m.put("debt", l.debt());
        m.put("earned", l.earned());
        m.put("redeemed", l.redeemed());
        m.put("expired", l.expired());
        m.put("returned", l.returned());
        m.put("adjusted", l.adjusted());
        m.put("tier", l.tier().map(Tier::name).orElse(null));
        m.put("qualifying", l.qualifying());
        Ledger.NextExpiry next = l.nextExpiry().orElse(null);
        if (next == null) {
          m.putNull("nextExpiry");
        } else {
          ObjectNode n = m.putObject("nextExpiry");
          n.put("points", next.points());
          n.put("at", next.at().toString());
        }
      }
      ObjectNode ev = root.putObject("events");
      ev.put("received", r.received());
      ev.put("applied", r.applied());
      ev.put("duplicates", r.duplicates());
      ev.put("rejected", r.rejected());
      ArrayNode rej = root.putArray("rejections");
      for (Rejection<LoyaltyEvent> x : r.rejectedRecords()) {
        ObjectNode o = rej.addObject();
        o.put("line", lines.get((int) x.position()));
        o.put("id", x.record().map(LoyaltyEvent::id).orElse(null));
        o.put("reason", x.reason().code());
        o.put("detail", x.detail());
      }
      return root;
    }

    private static void csv(Replay r, PrintWriter out) {
      try {
        CsvWriter w =
            CsvWriter.of(
                out,
                List.of(
                    "member",
                    "available",
                    "pending",
                    "debt",
                    "earned",
                    "redeemed",
                    "expired",
                    "returned",
                    "adjusted",
                    "tier",
                    "qualifying",
                    "next_expiry_points",
                    "next_expiry_at"),
                "\n");
        for (Standing l : r.standings()) {
          Ledger.NextExpiry next = l.nextExpiry().orElse(null);
          w.row(
              l.member().value(),
              l.available(),
              l.pending(),
              l.debt(),
              l.earned(),
              l.redeemed(),
              l.expired(),
              l.returned(),
              l.adjusted(),
              l.tier().map(Tier::name).orElse(""),
              l.qualifying(),
              next == null ? null : next.points(),
              next == null ? null : next.at().toString());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static void table(Replay r, List<Long> lines, Instant at, PrintWriter out) {
      out.printf(
          Locale.ROOT,
          "%d members as of %s; events: %d received, %d applied, %d duplicates, %d rejected%n",
          r.standings().size(),
          at,
          r.received(),
          r.applied(),
          r.duplicates(),
          r.rejected());
      out.printf(
          Locale.ROOT,
          "%-14s %9s %9s %7s %9s %9s %9s %9s %-10s %10s%n",
          "member",
          "available",
          "pending",
          "debt",
          "earned",
          "redeemed",
          "expired",
          "returned",
          "tier",
          "qualifying");
      for (Standing l : r.standings()) {
        out.printf(
            Locale.ROOT,
            "%-14s %9d %9d %7d %9d %9d %9d %9d %-10s %10d%n",
            l.member().value(),
            l.available(),
            l.pending(),
            l.debt(),
            l.earned(),
            l.redeemed(),
            l.expired(),
            l.returned(),
            l.tier().map(Tier::name).orElse("-"),
            l.qualifying());
      }
      for (Rejection<LoyaltyEvent> x : r.rejectedRecords()) {
        out.printf(
            Locale.ROOT,
            "rejected line %d (%s): %s: %s%n",
            lines.get((int) x.position()),
            x.record().map(LoyaltyEvent::id).orElse("?"),
            x.reason().code(),
            x.detail());
      }
    }
  }
}
