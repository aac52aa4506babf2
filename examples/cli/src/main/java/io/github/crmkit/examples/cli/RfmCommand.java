package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.io.TableWriter;
import io.github.crmkit.segmentation.rfm.FrequencyMode;
import io.github.crmkit.segmentation.rfm.MonetaryMode;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmColumns;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentMap;
import io.github.crmkit.segmentation.rfm.SegmentMapJson;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.segmentation.rfm.SegmentSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crmkit rfm}: RFM scores and segments of a purchase file. */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    description = "RFM scores and segments of a purchase CSV.")
final class RfmCommand implements Callable<Integer> {
  @Mixin Common common;
  @Mixin Inputs inputs;

  @Option(names = "--transactions", description = "CSV of purchases (or --jdbc-url and --query).")
  Path transactions;

  @Option(
      names = "--jdbc-url",
      description =
          "JDBC URL to read the purchases from, with --query (PostgreSQL's driver is included;"
              + " others on the class path). The user and password come from the environment"
              + " variables CRMKIT_JDBC_USER and CRMKIT_JDBC_PASSWORD, never the command line.")
  String jdbcUrl;

  @Option(
      names = "--query",
      description =
          "SQL giving (customer id, instant, amount) rows, with --jdbc-url; timestamps without a"
              + " zone are in --zone, amounts in --currency.")
  String query;

  /** What the purchases are read from, for messages. */
  private String source() {
    return transactions != null ? transactions.toString() : DatabaseSource.name(jdbcUrl);
  }

  @Option(
      names = "--as-of",
      description = "Date of the analysis (default: the day after the last purchase).")
  LocalDate asOf;

  @Option(names = "--bins", defaultValue = "5", description = "Scores per dimension (default 5).")
  int bins;

  /** How scores are cut: R rfm's quantile breakpoints, or NTILE with ties broken by id. */
  enum Method {
    breakpoints,
    ntile
  }

  /** What a purchase counts as. */
  enum Frequency {
    purchases,
    days,
    orders
  }

  /** How spend is summed up. */
  enum Monetary {
    sum,
    mean
  }

  @Option(
      names = "--method",
      defaultValue = "breakpoints",
      description =
          "${COMPLETION-CANDIDATES}: R rfm quantiles or NTILE (default ${DEFAULT-VALUE}).")
  Method method;

  @Option(
      names = "--frequency",
      defaultValue = "purchases",
      description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Frequency frequency;

  @Option(
      names = "--order-column",
      defaultValue = "order_id",
      description = "Order id column (--frequency orders).")
  String orderColumn;

  @Option(
      names = "--monetary",
      defaultValue = "sum",
      description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Monetary monetary;

  @Option(
      names = "--segments",
      defaultValue = "r-rfm",
      description = "r-rfm, rf10, putler11 or FILE.json.")
  String segments;

  @Option(names = "--out", description = "Write the per-customer CSV here (with --format csv).")
  Path out;

  @Option(names = "--report", description = "Write DIR/index.html with charts.")
  Path report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  @SuppressWarnings("SystemConsoleNull") // JDK 17: null unless stdin and stdout are a terminal
  public Integer call() {
    FrequencyMode fm =
        switch (frequency) {
          case purchases -> FrequencyMode.PURCHASES;
          case days -> FrequencyMode.DISTINCT_DAYS;
          case orders -> FrequencyMode.DISTINCT_ORDERS;
        };
    MonetaryMode mm =
        switch (monetary) {
          case sum -> MonetaryMode.SUM;
          case mean -> MonetaryMode.MEAN;
        };
    if (bins < 2 || bins > 10) {
      throw usage("--bins must be from 2 to 10, but was " + bins);
    }
    RfmBinning binning =
        switch (method) {
          case breakpoints -> RfmBinning.quantiles(bins);
          case ntile -> RfmBinning.ntile(bins);
        };
    SegmentMap map = segmentMap();
    boolean progress = !common.quiet && System.console() != null;
    long t0 = System.nanoTime();
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    Thread bar = progress ? progressBar(done) : null;
    if ((transactions == null) == (jdbcUrl == null)) {
      throw usage("give either --transactions or --jdbc-url (with --query)");
    }
    if ((jdbcUrl == null) != (query == null)) {
      throw usage("--jdbc-url and --query go together");
    }
    if (jdbcUrl != null && fm == FrequencyMode.DISTINCT_ORDERS) {
      throw usage("--frequency orders needs --transactions (a query gives no order column)");
    }
    PurchaseFile file;
    try {
      file =
          jdbcUrl != null
              ? DatabaseSource.read(jdbcUrl, query, inputs)
              : PurchaseFile.read(
                  transactions, inputs, orderColumn, fm == FrequencyMode.DISTINCT_ORDERS, done);
    } finally {
      if (bar != null) {
        bar.interrupt();
        try {
          bar.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    long tRead = System.nanoTime();
    if (file.columns.size() == 0) {
      throw new DataException(source(), 0, "no purchases");
    }
    Instant at =
        asOf != null
            ? asOf.atStartOfDay(inputs.zone).toInstant()
            : Instant.ofEpochSecond(file.maxEpochSecond)
                .atZone(inputs.zone)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(inputs.zone)
                .toInstant();
    int threads = Runtime.getRuntime().availableProcessors();
    RfmAggregation agg =
        RfmAggregator.of(at, inputs.zone, inputs.currency)
            .withFrequency(fm)
            .withMonetary(mm)
            .aggregate(file.columns, threads);
    long tAggregate = System.nanoTime();
    RfmScorer scorer;
    try {
      scorer = RfmScorer.of(binning.fit(agg.columns(), threads), map);
    } catch (IllegalArgumentException | io.github.crmkit.core.PolicyValidationException e) {
      throw new DataException(
          source(), 0, e.getMessage() + " (choose --segments for --bins " + bins + ")");
    }
    RfmSegmentation seg = scorer.scoreAll(agg, threads);
    long tScore = System.nanoTime();
    RowAccount account = RowAccount.of(file, agg.rejectedRecords());
    long rejected = account.rejected();
    // Always printed, also with --quiet: rows set aside are never silent.
    account.report(spec.commandLine().getErr());
    if (progress) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "crmkit: %,d rows in %.2f s%n",
              file.rows,
              (System.nanoTime() - t0) / 1e9);
    }
    if (report != null) {
      report(seg, rejected);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    switch (common.format) {
      case csv -> writeCsv(seg, stdout);
      case json -> {
        ObjectNode root = json(seg, rejected);
        account.put(root);
        stdout.println(root.toPrettyString());
      }
      default -> table(seg, rejected, stdout);
    }
    if (common.debug) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "crmkit: read %.3f s, aggregate %.3f s, fit and score %.3f s, write %.3f s%n",
              (tRead - t0) / 1e9,
              (tAggregate - tRead) / 1e9,
              (tScore - tAggregate) / 1e9,
              (System.nanoTime() - tScore) / 1e9);
    }
    return 0;
  }

  /**
   * A progress bar on stderr for files of about a million rows or more (30 MB), drawn while the
   * file is read; returns null for smaller files.
   */
  private Thread progressBar(java.util.concurrent.atomic.AtomicLong done) {
    long size;
    if (transactions == null) {
      return null;
    }
    try {
      size = Files.size(transactions);
    } catch (IOException e) {
      return null;
    }
    if (size < 30_000_000L) {
      return null;
    }
    PrintWriter err = spec.commandLine().getErr();
    Thread t =
        new Thread(
            () -> {
              boolean running = true;
              while (running) {
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  running = false;
                }
                // Finished (interrupted by the reader's end): the whole file was read.
                int pct = running ? (int) Math.min(100, done.get() * 100 / size) : 100;
                err.print(
                    "\rreading ["
                        + "#".repeat(pct / 4)
                        + " ".repeat(25 - pct / 4)
                        + "] "
                        + pct
                        + "%");
                err.flush();
              }
              err.println();
              err.flush();
            },
            "crmkit-progress");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Writes index.html with segment and R x F charts into {@link #report}. */
  private void report(RfmSegmentation seg, long rejected) {
    try {
      Files.createDirectories(report);
      List<String> names = new java.util.ArrayList<>();
      List<SegmentSummary> summaries = seg.segments();
      double[] sizes = new double[summaries.size()];
      double[] revenue = new double[summaries.size()];
      for (int i = 0; i < summaries.size(); i++) {
        names.add(summaries.get(i).segment());
        sizes[i] = summaries.get(i).customers();
        revenue[i] = summaries.get(i).revenue().toBigDecimal().doubleValue();
      }
      String currency = seg.columns().currency().getCurrencyCode();
      Charts.bars(
          report.resolve("segments.png"), "Customers per segment", names, sizes, "customers");
      Charts.bars(
          report.resolve("segment-revenue.png"), "Revenue per segment", names, revenue, currency);
      int rb = seg.boundaries().recency().bins();
      int fb = seg.boundaries().frequency().bins();
      double[][] rf = new double[rb][fb];
      for (int i = 0; i < seg.size(); i++) {
        var cell = seg.cell(i);
        rf[rb - cell.r()][cell.f() - 1]++;
      }
      List<String> rows = new java.util.ArrayList<>();
      for (int r = rb; r >= 1; r--) {
        rows.add("R " + r);
      }
      List<String> cols = new java.util.ArrayList<>();
      for (int f = 1; f <= fb; f++) {
        cols.add("F " + f);
      }
      Charts.heatmap(
          report.resolve("rf-heatmap.png"),
          "Customers by R and F score",
          rf,
          rows,
          cols,
          "frequency score",
          "recency score");
      StringBuilder html = new StringBuilder();
      html.append(
              "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>crmkit rfm</title></head><body>\n")
          .append("<h1>RFM: ")
          .append(
              (transactions != null ? transactions.getFileName().toString() : "query")
                  .replace("&", "&amp;")
                  .replace("<", "&lt;"))
          .append("</h1>\n<p>")
          .append(seg.size())
          .append(" customers, ")
          .append(rejected)
          .append(" rows rejected, segment map ")
          .append(seg.segmentMap().name().replace("<", "&lt;"))
          .append(".</p>\n");
      for (String png : List.of("segments.png", "segment-revenue.png", "rf-heatmap.png")) {
        html.append("<img src=\"")
            .append(png)
            .append("\" width=\"900\" alt=\"")
            .append(png)
            .append("\"><br>\n");
      }
      html.append("</body></html>\n");
      Files.writeString(report.resolve("index.html"), html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(report + ": " + e.getMessage(), e);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private SegmentMap segmentMap() {
    return switch (segments) {
      case "r-rfm" -> SegmentMaps.rRfmDefaults();
      case "rf10" -> SegmentMaps.rf10();
      case "putler11" -> SegmentMaps.putler11();
      default -> readMap(Path.of(segments));
    };
  }

  /** A segment map file in crmkit's segment-map JSON ({@link SegmentMapJson}). */
  private SegmentMap readMap(Path file) {
    if (!segments.endsWith(".json")) {
      throw usage(
          "--segments must be r-rfm, rf10, putler11 or a .json file, but was '" + segments + "'");
    }
    try {
      return SegmentMapJson.read(StrictJson.readText(file));
    } catch (io.github.crmkit.core.DefinitionFormatException e) {
      throw new DataException(file.toString(), 0, e.getMessage());
    }
  }

  /**
   * Writes one row per customer (crmkit-io's {@link TableWriter}: blocks formatted on every core,
   * written in order, memory bounded); monetary to the currency's minor unit.
   */
  private void writeCsv(RfmSegmentation seg, PrintWriter stdout) {
    RfmColumns c = seg.columns();
    int digits = Math.max(0, c.currency().getDefaultFractionDigits());
    TableWriter table =
        TableWriter.builder()
            .texts("customer_id", i -> c.customer(i).value())
            .integers("recency_days", c::recencyDays)
            .integers("frequency", c::frequency)
            .decimals("monetary", c::monetary, digits)
            .integers("r", i -> seg.cell(i).r())
            .integers("f", i -> seg.cell(i).f())
            .integers("m", i -> seg.cell(i).m())
            .labels("segment", seg::segment)
            .lineEnd("\n")
            .build();
    try {
      if (out == null) {
        table.write(stdout, TableWriter.Format.CSV, seg.size());
        stdout.flush();
      } else {
        try (java.io.OutputStream file =
            new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          table.write(file, TableWriter.Format.CSV, seg.size());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode json(RfmSegmentation seg, long rejected) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("customers", seg.size());
    root.put("rejected", rejected);
    ObjectNode b = root.putObject("boundaries");
    ArrayNode r = b.putArray("r");
    seg.boundaries().recency().cuts().forEach(r::add);
    ArrayNode f = b.putArray("f");
    seg.boundaries().frequency().cuts().forEach(f::add);
    ArrayNode m = b.putArray("m");
    seg.boundaries().monetary().cuts().forEach(m::add);
    ArrayNode list = root.putArray("segments");
    for (SegmentSummary s : seg.segments()) {
      ObjectNode o = list.addObject();
      o.put("name", s.segment());
      o.put("customers", s.customers());
      o.put("revenue", s.revenue().toBigDecimal());
    }
    return root;
  }

  private static void table(RfmSegmentation seg, long rejected, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d customers, %d rows rejected, segment map %s%n",
        seg.size(),
        rejected,
        seg.segmentMap().name());
    out.printf(
        Locale.ROOT,
        "%-28s %10s %8s %16s %8s%n",
        "segment",
        "customers",
        "share",
        "revenue",
        "share");
    for (SegmentSummary s : seg.segments()) {
      out.printf(
          Locale.ROOT,
          "%-28s %10d %7.1f%% %16s %7.1f%%%n",
          s.segment(),
          s.customers(),
          100 * s.customerShare(),
          s.revenue().toBigDecimal().toPlainString(),
          100 * s.revenueShare());
    }
    out.println("boundaries: " + seg.boundaries());
  }
}
