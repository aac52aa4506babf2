package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.io.CsvWriter;
import io.github.crmkit.recovery.incident.CoderEvaluation;
import io.github.crmkit.recovery.incident.CodingResult;
import io.github.crmkit.recovery.incident.Incident;
import io.github.crmkit.recovery.incident.IncidentCode;
import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.incident.LexiconJson;
import io.github.crmkit.recovery.incident.Outcome;
import io.github.crmkit.recovery.incident.Taxonomy;
import io.github.crmkit.recovery.reliability.Estimate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crmkit code}: codes critical incidents into the Bitner taxonomy with a lexicon (crmkit's
 * starter lexicon unless {@code --lexicon} names one), and, when the file has a human {@code code}
 * column, evaluates the coder against it. The incidents are CSV (RFC 4180) with a header {@code
 * id,narrative[,code]}; narratives may hold commas, quotes and line breaks.
 */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = "Code critical incidents (Bitner taxonomy) and evaluate against human codes.")
final class CodeCommand implements Callable<Integer> {
  @Mixin Common common;

  @Option(
      names = "--incidents",
      required = true,
      description = "CSV with a header id,narrative[,code].")
  Path incidents;

  @Option(names = "--lexicon", description = "Lexicon JSON (default: crmkit's Bitner starter).")
  Path lexicon;

  @Option(names = "--delimiter", defaultValue = ",", description = "Field delimiter.")
  String delimiter;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"') {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--delimiter must be one character other than '\"'");
    }
    Taxonomy taxonomy = Taxonomy.bitner();
    Lexicon lex = Lexicon.bitnerStarter();
    if (lexicon != null) {
      String text = StrictJson.readText(lexicon);
      try {
        lex = LexiconJson.read(text, taxonomy);
      } catch (DefinitionFormatException e) {
        throw new DataException(lexicon.toString(), 0, e.getMessage());
      }
    }
    boolean[] hasCode = {false};
    CsvTable csv =
        Csv.table(
            incidents,
            delimiter,
            h -> {
              if (h.indexOf("id") < 0 || h.indexOf("narrative") < 0) {
                throw new DataException(
                    incidents.toString(),
                    1,
                    "the header must name the columns id and narrative (and optionally code)");
              }
              Set<String> unknown = new java.util.TreeSet<>(h.columns().keySet());
              unknown.removeAll(Set.of("id", "narrative", "code"));
              if (!unknown.isEmpty()) {
                throw new DataException(
                    incidents.toString(),
                    1,
                    "unknown column(s) " + unknown + "; expected id,narrative[,code]");
              }
              hasCode[0] = h.indexOf("code") >= 0;
              CsvTable.Schema.Builder s = CsvTable.Schema.builder().texts("id").texts("narrative");
              return (hasCode[0] ? s.texts("code") : s).build();
            });
    List<String> categories = new ArrayList<>();
    for (IncidentCode c : taxonomy.leaves()) {
      categories.add(c.id());
    }
    List<Incident> list = new ArrayList<>();
    Map<String, String> human = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> ids = csv.texts("id");
    List<String> narratives = csv.texts("narrative");
    List<String> codes = hasCode[0] ? csv.texts("code") : List.of();
    for (int i = 0; i < csv.rows(); i++) {
      long line = csv.line(i);
      String id = ids.get(i);
      if (id.isEmpty()) {
        throw new DataException(csv.source(), line, "empty incident id");
      }
      if (!seen.add(id)) {
        throw new DataException(csv.source(), line, "incident id '" + id + "' repeats");
      }
      list.add(
          Incident.of(
              id, narratives.get(i), Channel.IN_PERSON, Outcome.DISSATISFACTORY, Instant.EPOCH));
      if (hasCode[0]) {
        String code = codes.get(i);
        if (!categories.contains(code)) {
          throw new DataException(
              csv.source(),
              line,
              "code '"
                  + code
                  + "' is not a category of the Bitner taxonomy; allowed: "
                  + String.join(", ", categories));
        }
        human.put(id, code);
      }
    }
    LexiconCoder coder = LexiconCoder.of(lex);
    List<CodingResult> results = new ArrayList<>(list.size());
    CoderEvaluation evaluation = null;
    if (hasCode[0] && !list.isEmpty()) {
      evaluation = CoderEvaluation.of(coder, list, human);
      results.addAll(evaluation.results());
    } else {
      for (Incident inc : list) {
        results.add(coder.code(inc));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (common.format) {
      case json -> out.println(json(results, evaluation).toPrettyString());
      case csv -> csv(results, out);
      default -> table(results, evaluation, out);
    }
    out.flush();
    return 0;
  }

  private static ObjectNode json(List<CodingResult> results, CoderEvaluation evaluation) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode arr = root.putArray("incidents");
    for (CodingResult r : results) {
      ObjectNode o = arr.addObject();
      o.put("id", r.incidentId());
      if (r.code().isEmpty()) {
        o.putNull("code");
      } else {
        o.put("code", r.code().orElseThrow());
      }
      o.put("confidence", r.confidence());
      ArrayNode matched = o.putArray("matched");
      r.matches().forEach(m -> matched.add(m.term()));
      ArrayNode candidates = o.putArray("candidates");
      r.candidates().forEach(candidates::add);
    }
    if (evaluation != null) {
      ObjectNode e = root.putObject("evaluation");
      long coded = results.stream().filter(CodingResult::isCoded).count();
      e.put("incidents", results.size());
      e.put("accuracy", evaluation.accuracy());
      e.put("coded", coded);
      e.put("uncoded", results.size() - coded);
      ArrayNode per = e.putArray("perCategory");
      for (String code : evaluation.labels()) {
        if (code.equals(CoderEvaluation.UNCODED)) {
          continue;
        }
        OptionalDouble precision = evaluation.precision(code);
        OptionalDouble recall = evaluation.recall(code);
        if (precision.isEmpty() && recall.isEmpty()) {
          continue;
        }
        ObjectNode c = per.addObject();
        c.put("code", code);
        putOrNull(c, "precision", precision);
        putOrNull(c, "recall", recall);
      }
      Estimate kappa = evaluation.cohenKappa();
      if (kappa.isDefined()) {
        e.put("cohenKappa", kappa.value());
      } else {
        e.putNull("cohenKappa");
      }
    }
    return root;
  }

  private static void putOrNull(ObjectNode o, String name, OptionalDouble v) {
    if (v.isPresent()) {
      o.put(name, v.getAsDouble());
    } else {
      o.putNull(name);
    }
  }

  private static void csv(List<CodingResult> results, PrintWriter out) {
    try {
      CsvWriter w =
          CsvWriter.of(out, List.of("id", "code", "confidence", "matched", "candidates"), "\n");
      for (CodingResult r : results) {
        List<String> terms = new ArrayList<>();
        r.matches().forEach(m -> terms.add(m.term()));
        w.row(
            r.incidentId(),
            r.code().orElse(""),
            String.format(Locale.ROOT, "%.4f", r.confidence()),
            String.join("|", terms),
            String.join("|", r.candidates()));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void table(
      List<CodingResult> results, CoderEvaluation evaluation, PrintWriter out) {
    out.printf(Locale.ROOT, "%-16s %-9s %10s  %s%n", "incident", "code", "confidence", "evidence");
    for (CodingResult r : results) {
      List<String> terms = new ArrayList<>();
      r.matches().forEach(m -> terms.add(m.term() + "->" + m.code()));
      String code = r.code().orElse(r.isTie() ? "tie " + String.join("/", r.candidates()) : "-");
      out.printf(
          Locale.ROOT,
          "%-16s %-9s %10.2f  %s%n",
          r.incidentId(),
          code,
          r.confidence(),
          String.join(", ", terms));
    }
    if (evaluation != null) {
      out.printf(
          Locale.ROOT,
          "accuracy %.3f on %d incidents; Cohen's kappa %s%n",
          evaluation.accuracy(),
          results.size(),
          evaluation.cohenKappa().isDefined()
              ? String.format(Locale.ROOT, "%.3f", evaluation.cohenKappa().value())
              : "undefined");
    }
  }
}
