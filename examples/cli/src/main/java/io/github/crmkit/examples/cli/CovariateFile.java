package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.Covariates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --covariates} CSV: the customer id column, then one column per time-invariant
 * covariate. Columns named by {@code --categorical} are dummy coded; every other must hold a plain
 * decimal number in every row (no NaN, no infinity, no hexadecimal, no type suffix). Strict like
 * every reader: a missing value, a repeated customer or an invalid id is an error naming the line.
 */
final class CovariateFile {
  final Path file;
  final Covariates covariates;
  final long rows;

  private CovariateFile(Path file, Covariates covariates, long rows) {
    this.file = file;
    this.covariates = covariates;
    this.rows = rows;
  }

  static CovariateFile read(
      Path file, String delimiter, String idColumn, List<String> categorical) {
    Csv csv = new Csv(file, delimiter);
    List<String[]> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    Map<String, Integer> header =
        csv.read(
            (fields, line) -> {
              records.add(fields);
              lines.add(line);
            });
    String id = idColumn.toLowerCase(Locale.ROOT);
    Integer idc = header.get(id);
    if (idc == null) {
      throw new DataException(
          csv.name(), 1, "the header must name the customer id column '" + idColumn + "'");
    }
    List<String> variables = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    header.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .filter(e -> !e.getKey().equals(id))
        .forEach(
            e -> {
              variables.add(e.getKey());
              columns.add(e.getValue());
            });
    if (variables.isEmpty()) {
      throw new DataException(
          csv.name(), 1, "the header must name at least one covariate after '" + idColumn + "'");
    }
    Set<String> cat = new HashSet<>();
    for (String c : categorical) {
      String lc = c.toLowerCase(Locale.ROOT);
      if (!variables.contains(lc)) {
        throw new DataException(
            csv.name(),
            1,
            "--categorical names '" + c + "', which is not a covariate column of " + variables);
      }
      cat.add(lc);
    }
    int n = records.size();
    List<CustomerId> ids = new ArrayList<>(n);
    Map<CustomerId, Long> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String raw = records.get(i)[idc];
      long line = lines.get(i);
      CustomerId c;
      try {
        c = CustomerId.of(raw);
      } catch (IllegalArgumentException e) {
        throw new DataException(csv.name(), line, "invalid customer id: " + e.getMessage());
      }
      Long before = seen.putIfAbsent(c, line);
      if (before != null) {
        throw new DataException(
            csv.name(), line, "customer " + c + " appears again (first on line " + before + ")");
      }
      ids.add(c);
    }
    Covariates.Builder b = Covariates.builder(ids);
    for (int v = 0; v < variables.size(); v++) {
      String name = variables.get(v);
      int col = columns.get(v);
      try {
        if (cat.contains(name)) {
          List<String> levels = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            String s = records.get(i)[col];
            if (s.isEmpty()) {
              throw new DataException(csv.name(), lines.get(i), "'" + name + "' has no level");
            }
            levels.add(s);
          }
          b.categorical(name, levels);
        } else {
          double[] values = new double[n];
          for (int i = 0; i < n; i++) {
            values[i] = number(csv.name(), lines.get(i), name, records.get(i)[col]);
          }
          b.numeric(name, values);
        }
      } catch (IllegalArgumentException e) {
        throw new DataException(csv.name(), 0, e.getMessage());
      }
    }
    return new CovariateFile(file, b.build(), n);
  }

  private static double number(String file, long line, String name, String text) {
    if (text.isEmpty()) {
      throw new DataException(file, line, "'" + name + "' has no value");
    }
    double d;
    try {
      d = new BigDecimal(text).doubleValue();
    } catch (NumberFormatException e) {
      throw new DataException(
          file,
          line,
          "'"
              + name
              + "' must be a decimal number (or be named by --categorical), but was '"
              + text
              + "'");
    }
    if (!Double.isFinite(d)) {
      throw new DataException(file, line, "'" + name + "' is out of range: '" + text + "'");
    }
    return d;
  }

  /**
   * Checks that every customer of the data has a row; the rows of other customers (those whose
   * first purchase came after the calibration end, say) are counted, not an error.
   */
  long matched(ClvData data) {
    Set<CustomerId> have = new HashSet<>(covariates.customers());
    for (int i = 0; i < data.size(); i++) {
      if (!have.contains(data.customer(i))) {
        throw new DataException(
            file.toString(),
            0,
            "has no row for customer " + data.customer(i) + ", who is in the data being fitted");
      }
    }
    return data.size();
  }

  /** Selects the variables acting on one process: all by default, none for "none". */
  Covariates select(List<String> names, String option) {
    if (names == null) {
      return covariates;
    }
    if (names.size() == 1 && names.get(0).equals("none")) {
      return covariates.select(List.of());
    }
    List<String> lc = new ArrayList<>();
    for (String s : names) {
      String l = s.toLowerCase(Locale.ROOT);
      if (!covariates.variables().contains(l)) {
        throw new DataException(
            file.toString(),
            1,
            option
                + " names '"
                + s
                + "', which is not a covariate column of "
                + covariates.variables());
      }
      lc.add(l);
    }
    return covariates.select(lc);
  }

  void putRows(ObjectNode covariatesNode, ClvData data) {
    ObjectNode r = covariatesNode.putObject("rows");
    r.put("received", rows);
    r.put("matched", data.size());
    r.put("unmatched", rows - data.size());
  }
}
