package io.github.crmkit.examples.cli;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import picocli.CommandLine.Option;

/** The transaction CSV options shared by the commands that read purchases. */
final class Inputs {
  @Option(names = "--id-column", defaultValue = "customer_id", description = "Customer id column.")
  String idColumn;

  @Option(names = "--date-column", defaultValue = "timestamp", description = "Date column.")
  String dateColumn;

  @Option(names = "--amount-column", defaultValue = "amount", description = "Amount column.")
  String amountColumn;

  @Option(
      names = "--date-format",
      description =
          "java.time pattern of the dates, e.g. yyyyMMdd (default: ISO date or date-time).")
  String dateFormat;

  @Option(
      names = "--delimiter",
      defaultValue = ",",
      description = "Field delimiter: one character or 'whitespace' (default: ,).")
  String delimiter;

  @Option(names = "--currency", defaultValue = "USD", description = "Currency of the amounts.")
  Currency currency;

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      description = "Zone of local date-times and of days (default: UTC).")
  ZoneId zone;

  /** The purchase reader's options for these command-line options. */
  io.github.crmkit.io.CsvPurchases.Options csvOptions() {
    io.github.crmkit.io.CsvPurchases.Options o =
        io.github.crmkit.io.CsvPurchases.Options.of(currency, zone)
            .columns(idColumn, dateColumn, amountColumn);
    // Csv.options checks --delimiter as both readers take it, naming the option in its errors.
    Csv.options(delimiter);
    o = delimiter.equals("whitespace") ? o.whitespaceDelimited() : o.delimiter(delimiter.charAt(0));
    if (dateFormat != null) {
      try {
        o = o.dateFormat(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--date-format: " + e.getMessage(), e);
      }
    }
    return o;
  }

  /**
   * Reads a summary file: columns x,t_x,T (optional zbar) or frequency,recency,T (optional
   * monetary_value), optional id column ({@code idColumn}, else {@code id}); without ids customers
   * are numbered from 1. Other columns are not read.
   */
  static ClvData readSummary(Path file, String delimiter, String idColumn, TimeScale unit) {
    String[] name = new String[4]; // x, t_x, spend, id
    CsvTable t =
        Csv.table(
            file,
            delimiter,
            h -> {
              boolean lifetimes = h.indexOf("x") < 0 && h.indexOf("frequency") >= 0;
              name[0] = lifetimes ? "frequency" : "x";
              name[1] = lifetimes ? "recency" : "t_x";
              String spend = lifetimes ? "monetary_value" : "zbar";
              name[2] = h.indexOf(spend) >= 0 ? spend : null;
              name[3] = h.indexOf(idColumn) >= 0 ? idColumn : h.indexOf("id") >= 0 ? "id" : null;
              CsvTable.Schema.Builder b =
                  CsvTable.Schema.builder()
                      .integers(name[0])
                      .decimals(name[1])
                      .decimals("T")
                      .allowOtherColumns();
              if (name[2] != null) {
                b.decimals(name[2]);
              }
              if (name[3] != null) {
                b.customerIds(name[3]);
              }
              return b.build();
            });
    List<CustomerId> ids;
    if (name[3] != null) {
      ids = t.customerIds(name[3]);
    } else {
      ids = new ArrayList<>(t.rows());
      for (int i = 0; i < t.rows(); i++) {
        ids.add(CustomerId.of(Integer.toString(i + 1)));
      }
    }
    return ClvData.fromColumns(
        unit,
        ids,
        t.integers(name[0]),
        t.decimals(name[1]),
        t.decimals("T"),
        name[2] == null ? null : t.decimals(name[2]));
  }
}
