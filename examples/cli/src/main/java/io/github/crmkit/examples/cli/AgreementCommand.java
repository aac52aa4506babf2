package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.KappaWeights;
import io.github.crmkit.recovery.reliability.Metric;
import io.github.crmkit.recovery.reliability.Rating;
import io.github.crmkit.recovery.reliability.RatingTable;
import io.github.crmkit.recovery.reliability.Reliability;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crmkit agreement}: inter-coder reliability of a coding file with header {@code
 * unit,coder,code} (an empty code is a missing rating). Cohen's kappa is weighted linearly for
 * ordinal codes and quadratically for interval and ratio codes; Krippendorff's alpha uses the
 * level's metric; the other statistics are nominal.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = "Inter-coder reliability of coded units.")
final class AgreementCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(names = "--codings", required = true, description = "CSV with unit,coder,code.")
  Path codings;

  @Option(names = "--delimiter", defaultValue = ",", description = "Field delimiter.")
  String delimiter;

  @Option(
      names = "--statistic",
      defaultValue = "all",
      description = "all, percent, cohen, scott, bennett, fleiss, krippendorff, ir or ac1.")
  String statistic;

  @Option(
      names = "--level",
      defaultValue = "nominal",
      description = "nominal, ordinal, interval or ratio (numeric codes for the last three).")
  String level;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final List<String> STATISTICS =
      List.of("percent", "cohen", "scott", "bennett", "fleiss", "krippendorff", "ir", "ac1");

  @Override
  public Integer call() {
    if (!statistic.equals("all") && !STATISTICS.contains(statistic)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--statistic must be all or one of " + STATISTICS + ", but was '" + statistic + "'");
    }
    Metric metric;
    try {
      metric = Metric.valueOf(level.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--level must be nominal, ordinal, interval or ratio, but was '" + level + "'");
    }
    CsvTable csv = Csv.texts(codings, delimiter, true, "unit", "coder", "code");
    List<Rating> ratings = new ArrayList<>();
    Set<String> units = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    long[] missing = {0};
    List<String> unitColumn = csv.texts("unit");
    List<String> coderColumn = csv.texts("coder");
    List<String> codeColumn = csv.texts("code");
    for (int i = 0; i < csv.rows(); i++) {
      String unit = unitColumn.get(i);
      String coder = coderColumn.get(i);
      if (unit.isEmpty() || coder.isEmpty()) {
        throw new DataException(csv.source(), csv.line(i), "a row needs a unit and a coder");
      }
      units.add(unit);
      String code = codeColumn.get(i);
      if (code.isEmpty()) {
        missing[0]++;
        continue;
      }
      if (metric != Metric.NOMINAL) {
        try {
          Double.parseDouble(code);
        } catch (NumberFormatException e) {
          throw new DataException(
              csv.source(),
              csv.line(i),
              "code '" + code + "' is not numeric, as --level " + level + " needs");
        }
      }
      codes.add(code);
      ratings.add(new Rating(unit, coder, code));
    }
    List<String> categories = new ArrayList<>(codes);
    if (metric != Metric.NOMINAL) {
      categories.sort(Comparator.comparingDouble(Double::parseDouble));
    }
    RatingTable table;
    try {
      table = RatingTable.fromRatings(ratings, categories);
    } catch (IllegalArgumentException e) {
      throw new DataException(csv.source(), 0, e.getMessage());
    }
    KappaWeights weights =
        switch (metric) {
          case NOMINAL -> KappaWeights.UNWEIGHTED;
          case ORDINAL -> KappaWeights.LINEAR;
          default -> KappaWeights.QUADRATIC;
        };
    String lvl = level.toLowerCase(Locale.ROOT);
    List<Object[]> results = new ArrayList<>();
    for (String s : STATISTICS) {
      if (!statistic.equals("all") && !statistic.equals(s)) {
        continue;
      }
      switch (s) {
        case "percent" ->
            results.add(
                result("percent-agreement", "nominal", () -> Reliability.percentAgreement(table)));
        case "cohen" ->
            results.add(result("cohen-kappa", lvl, () -> Reliability.cohenKappa(table, weights)));
        case "scott" ->
            results.add(result("scott-pi", "nominal", () -> Reliability.scottPi(table)));
        case "bennett" ->
            results.add(result("bennett-s", "nominal", () -> Reliability.bennettS(table)));
        case "fleiss" ->
            results.add(
                result("fleiss-kappa", "nominal", () -> Reliability.fleissKappa(table).overall()));
        case "krippendorff" ->
            results.add(
                result(
                    "krippendorff-alpha", lvl, () -> Reliability.krippendorffAlpha(table, metric)));
        case "ir" ->
            results.add(
                result("perreault-leigh-ir", "nominal", () -> Reliability.perreaultLeigh(table)));
        default -> results.add(result("gwet-ac1", "nominal", () -> Reliability.gwetAc1(table)));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (common.format == Common.Format.json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("units", units.size());
      root.put("coders", table.coders().size());
      root.put("missing", missing[0]);
      ArrayNode list = root.putArray("statistics");
      for (Object[] r : results) {
        ObjectNode o = list.addObject();
        o.put("name", (String) r[0]);
        o.put("level", (String) r[1]);
        if (r[2] instanceof Estimate e && e.isDefined()) {
          o.put("value", e.value());
          o.put("defined", true);
          if (e.standardError().isPresent()) {
            o.put("standardError", e.standardError().getAsDouble());
            var ci = e.interval(0.95).orElseThrow();
            o.putArray("interval95").add(ci.lower()).add(ci.upper());
          }
        } else {
          o.putNull("value");
          o.put("defined", false);
          o.put(
              "reason",
              r[2] instanceof Estimate e ? e.undefinedReason().orElse("") : (String) r[2]);
        }
      }
      out.println(root.toPrettyString());
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%d units, %d coders, %d missing ratings%n",
        units.size(),
        table.coders().size(),
        missing[0]);
    for (Object[] r : results) {
      if (r[2] instanceof Estimate e && e.isDefined()) {
        out.printf(
            Locale.ROOT,
            "%-20s %-8s %8.4f%s%n",
            r[0],
            r[1],
            e.value(),
            e.standardError().isPresent()
                ? String.format(Locale.ROOT, "  (SE %.4f)", e.standardError().getAsDouble())
                : "");
      } else {
        out.printf(
            Locale.ROOT,
            "%-20s %-8s undefined: %s%n",
            r[0],
            r[1],
            r[2] instanceof Estimate e ? e.undefinedReason().orElse("") : r[2]);
      }
    }
    return 0;
  }

  /** {name, level, Estimate or the reason it does not apply}. */
  private static Object[] result(String name, String level, Supplier<Estimate> compute) {
    try {
      return new Object[] {name, level, compute.get()};
    } catch (IllegalArgumentException e) {
      return new Object[] {name, level, "does not apply: " + e.getMessage()};
    }
  }
}
