package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.io.CsvTable.ColumnType;
import io.github.crmkit.io.SourceFormatException;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.Covariates;
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
    String id = idColumn.toLowerCase(Locale.ROOT);
    List<String> variables = new ArrayList<>();
    Set<String> cat = new HashSet<>();
    CsvTable t;
    try {
      t =
          Csv.table(
              file,
              delimiter,
              h -> {
                if (h.indexOf(id) < 0) {
                  throw new DataException(
                      file.toString(),
                      1,
                      "the header must name the customer id column '" + idColumn + "'");
                }
                for (String name : h.names()) {
                  if (!name.toLowerCase(Locale.ROOT).equals(id)) {
                    variables.add(name.toLowerCase(Locale.ROOT));
                  }
                }
                if (variables.isEmpty()) {
                  throw new DataException(
                      file.toString(),
                      1,
                      "the header must name at least one covariate after '" + idColumn + "'");
                }
                for (String c : categorical) {
                  String lc = c.toLowerCase(Locale.ROOT);
                  if (!variables.contains(lc)) {
                    throw new DataException(
                        file.toString(),
                        1,
                        "--categorical names '"
                            + c
                            + "', which is not a covariate column of "
                            + variables);
                  }
                  cat.add(lc);
                }
                CsvTable.Schema.Builder b = CsvTable.Schema.builder().customerIds(id);
                for (String v : variables) {
                  b.column(v, cat.contains(v) ? ColumnType.TEXT : ColumnType.DECIMAL);
                }
                return b.build();
              });
    } catch (SourceFormatException e) {
      String column = e.column().map(c -> c.toLowerCase(Locale.ROOT)).orElse("");
      if (variables.contains(column) && !cat.contains(column)) {
        throw new DataException(
            e.source(),
            e.row(),
            e.problem() + " in '" + column + "' (or name it by --categorical)");
      }
      throw e;
    }
    int n = t.rows();
    List<CustomerId> ids = t.customerIds(id);
    Map<CustomerId, Long> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Long before = seen.putIfAbsent(ids.get(i), t.line(i));
      if (before != null) {
        throw new DataException(
            file.toString(),
            t.line(i),
            "customer " + ids.get(i) + " appears again (first on line " + before + ")");
      }
    }
    Covariates.Builder b = Covariates.builder(ids);
    for (String name : variables) {
      try {
        if (cat.contains(name)) {
          List<String> levels = t.texts(name);
          for (int i = 0; i < n; i++) {
            if (levels.get(i).isEmpty()) {
              throw new DataException(file.toString(), t.line(i), "'" + name + "' has no level");
            }
          }
          b.categorical(name, levels);
        } else {
          b.numeric(name, t.decimals(name));
        }
      } catch (IllegalArgumentException e) {
        throw new DataException(file.toString(), 0, e.getMessage());
      }
    }
    return new CovariateFile(file, b.build(), n);
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
