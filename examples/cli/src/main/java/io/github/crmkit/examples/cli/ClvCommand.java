package io.github.crmkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.io.TableWriter;
import io.github.crmkit.segmentation.clv.BetaGeometricBetaBinomial;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.ClvModel;
import io.github.crmkit.segmentation.clv.ClvModelJson;
import io.github.crmkit.segmentation.clv.CovariateModel;
import io.github.crmkit.segmentation.clv.Covariates;
import io.github.crmkit.segmentation.clv.DiscountRate;
import io.github.crmkit.segmentation.clv.FitOptions;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.HoldoutEvaluation;
import io.github.crmkit.segmentation.clv.Horizon;
import io.github.crmkit.segmentation.clv.LifetimeValue;
import io.github.crmkit.segmentation.clv.MbgNbd;
import io.github.crmkit.segmentation.clv.ModelFit;
import io.github.crmkit.segmentation.clv.ModelFitException;
import io.github.crmkit.segmentation.clv.ParetoNbd;
import io.github.crmkit.segmentation.clv.RepeatTracking;
import io.github.crmkit.segmentation.clv.ShiftedBetaGeometric;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.clv.TransactionModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crmkit clv fit} and {@code crmkit clv predict}. */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    description = "Customer lifetime value: fit BG/NBD, MBG/NBD or Pareto/NBD and predict.",
    subcommands = {ClvCommand.Fit.class, ClvCommand.Predict.class, ClvCommand.Evaluate.class})
final class ClvCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "use 'clv fit', 'clv predict' or 'clv evaluate'");
  }

  /** The models. */
  enum Model {
    bgnbd,
    mbgnbd,
    paretonbd,
    sbg,
    bgbb
  }

  /** The spend models, by the code the model format uses. */
  enum SpendModel {
    GAMMA_GAMMA("gamma-gamma");

    final String code;

    SpendModel(String code) {
      this.code = code;
    }

    /** Reads a code. */
    static final class Converter implements CommandLine.ITypeConverter<SpendModel> {
      @Override
      public SpendModel convert(String value) {
        for (SpendModel m : values()) {
          if (m.code.equals(value)) {
            return m;
          }
        }
        throw new CommandLine.TypeConversionException(
            "expected one of " + new Codes() + ", but was '" + value + "'");
      }
    }

    /** The codes, for help and completion. */
    static final class Codes extends java.util.ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Codes() {
        for (SpendModel m : values()) {
          add(m.code);
        }
      }
    }
  }

  /** The time units offered. */
  enum Unit {
    day,
    week
  }

  /** Where the customers come from: transactions or a summary. */
  static final class Source {
    @Option(names = "--transactions", description = "CSV of purchases.")
    Path transactions;

    @Option(
        names = "--jdbc-url",
        description =
            "JDBC URL to read the purchases from, with --query (user and password from"
                + " CRMKIT_JDBC_USER and CRMKIT_JDBC_PASSWORD).")
    String jdbcUrl;

    @Option(
        names = "--summary",
        description =
            "CSV with x,t_x,T[,zbar] or frequency,recency,T; for --model bgbb x,t_x,n[,count].")
    Path summary;

    @Option(
        names = "--survivors",
        description = "CSV period,survivors of a cohort (period 0: its size), for --model sbg.")
    Path survivors;
  }

  /** The options of both subcommands. */
  static class Shared {
    @Mixin Common common;
    @Mixin Inputs inputs;

    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(
        names = "--query",
        description = "SQL giving (customer id, instant, amount) rows, with --jdbc-url.")
    String query;

    @Option(
        names = "--calibration-end",
        description = "Last day of calibration (with --transactions).")
    LocalDate calibrationEnd;

    @Option(names = "--model", defaultValue = "bgnbd", description = "${COMPLETION-CANDIDATES}.")
    Model model;

    @Option(names = "--time-unit", defaultValue = "week", description = "${COMPLETION-CANDIDATES}.")
    Unit unit;

    @Option(
        names = "--spend",
        converter = SpendModel.Converter.class,
        completionCandidates = SpendModel.Codes.class,
        description = "Spend model: ${COMPLETION-CANDIDATES}.")
    SpendModel spend;

    @Option(names = "--penalty", defaultValue = "0", description = "L2 penalty on log-parameters.")
    double penalty;

    @Option(
        names = "--covariates",
        description =
            "CSV customer_id,name1,name2,... of time-invariant covariates, for bgnbd, mbgnbd and"
                + " paretonbd: every customer fitted needs a row.")
    Path covariates;

    @Option(
        names = "--categorical",
        split = ",",
        description = "Covariate columns to dummy code (the others must be numbers).")
    List<String> categorical = new ArrayList<>();

    @Option(
        names = "--purchase-covariates",
        split = ",",
        description = "Covariates acting on the purchase process (default all; 'none' for none).")
    List<String> purchaseCovariates;

    @Option(
        names = "--dropout-covariates",
        split = ",",
        description = "Covariates acting on the dropout process (default all; 'none' for none).")
    List<String> dropoutCovariates;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** The covariate file read, once. */
    CovariateFile covariateFile;

    CovariateFile covariateFile(ClvData data) {
      if (covariates == null) {
        if (!categorical.isEmpty() || purchaseCovariates != null || dropoutCovariates != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--categorical, --purchase-covariates and --dropout-covariates go with --covariates");
        }
        return null;
      }
      if (model == Model.sbg || model == Model.bgbb) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--covariates goes with bgnbd, mbgnbd or paretonbd");
      }
      if (covariateFile == null) {
        covariateFile =
            CovariateFile.read(covariates, inputs.delimiter, inputs.idColumn, categorical);
        covariateFile.matched(data);
      }
      return covariateFile;
    }

    ModelFit<CovariateModel> fitWithCovariates(ClvData data, CovariateFile file) {
      Covariates purchase = file.select(purchaseCovariates, "--purchase-covariates");
      Covariates dropout = file.select(dropoutCovariates, "--dropout-covariates");
      FitOptions options = FitOptions.defaults().withPenalty(penalty);
      try {
        return switch (model) {
          case bgnbd -> BgNbd.fitWithCovariates(data, purchase, dropout, options);
          case mbgnbd -> MbgNbd.fitWithCovariates(data, purchase, dropout, options);
          default -> ParetoNbd.fitWithCovariates(data, purchase, dropout, options);
        };
      } catch (IllegalArgumentException e) {
        throw new DataException(file.file.toString(), 0, e.getMessage());
      } catch (ModelFitException e) {
        throw fitFailure(e);
      }
    }

    TimeScale scale() {
      return unit == Unit.day ? TimeScale.DAY : TimeScale.WEEK;
    }

    boolean withSpend() {
      return spend != null;
    }

    ClvData data() {
      if (model == Model.sbg || model == Model.bgbb) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--model "
                + model
                + " is fitted with 'clv fit' only (its predictions are in the library)");
      }
      if (source.survivors != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--survivors goes with --model sbg");
      }
      if ((source.jdbcUrl == null) != (query == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--jdbc-url and --query go together");
      }
      if (source.transactions != null || source.jdbcUrl != null) {
        if (calibrationEnd == null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              (source.transactions != null ? "--transactions" : "--jdbc-url")
                  + " needs --calibration-end DATE");
        }
        // The same streaming reader as rfm; the model's data are built from its columns, without
        // an object per purchase.
        PurchaseFile file =
            source.transactions != null
                ? PurchaseFile.read(source.transactions, inputs, "order_id", false)
                : DatabaseSource.read(source.jdbcUrl, query, inputs);
        ClvData d =
            ClvData.fromPurchases(
                file.columns, calibrationEnd, calibrationEnd, inputs.zone, scale());
        report(RowAccount.of(file, d.rejectedRecords()));
        return d;
      }
      ClvData d = Inputs.readSummary(source.summary, inputs.delimiter, inputs.idColumn, scale());
      RowAccount a = new RowAccount(d.received());
      a.rejectAll(d.rejectedRecords());
      report(a);
      return d;
    }

    /** The account of the rows read, kept for the JSON report. */
    RowAccount account;

    void report(RowAccount a) {
      account = a;
      a.report(spec.commandLine().getErr());
    }

    ModelFit<? extends TransactionModel> fit(ClvData data) {
      return fitTransactionModel(model, data, penalty, name());
    }

    ModelFit<ShiftedBetaGeometric> fitSbg() {
      if (source.survivors == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--model sbg needs --survivors FILE (CSV period,survivors)");
      }
      long[] s = survivors(source.survivors);
      try {
        return ShiftedBetaGeometric.fit(s, FitOptions.defaults().withPenalty(penalty));
      } catch (IllegalArgumentException e) {
        throw new DataException(source.survivors.toString(), 0, e.getMessage());
      } catch (ModelFitException e) {
        throw fitFailure(e);
      }
    }

    /** A BG/BB summary file: x, t_x, n and count per row. */
    @SuppressWarnings("ArrayRecordComponent") // a private carrier of parsed columns
    record BgbbRows(int[] x, int[] tx, int[] n, long[] count) {}

    ModelFit<BetaGeometricBetaBinomial> fitBgbb() {
      BgbbRows rows = readBgbb();
      try {
        return BetaGeometricBetaBinomial.fit(
            rows.x(),
            rows.tx(),
            rows.n(),
            rows.count(),
            FitOptions.defaults().withPenalty(penalty));
      } catch (IllegalArgumentException e) {
        throw new DataException(source.summary.toString(), 0, e.getMessage());
      } catch (ModelFitException e) {
        throw fitFailure(e);
      }
    }

    BgbbRows readBgbb() {
      if (source.summary == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--model bgbb needs --summary FILE (CSV x,t_x,n[,count])");
      }
      boolean[] counted = {false};
      CsvTable csv =
          Csv.table(
              source.summary,
              inputs.delimiter,
              h -> {
                counted[0] = h.indexOf("count") >= 0;
                CsvTable.Schema.Builder b =
                    CsvTable.Schema.builder()
                        .integers("x")
                        .integers("t_x")
                        .integers("n")
                        .allowOtherColumns();
                return (counted[0] ? b.integers("count") : b).build();
              });
      int k = csv.rows();
      int[] x = csv.integers("x");
      int[] tx = csv.integers("t_x");
      int[] n = csv.integers("n");
      int[] counts = counted[0] ? csv.integers("count") : null;
      long[] count = new long[k];
      for (int i = 0; i < k; i++) {
        count[i] = counts == null ? 1 : counts[i];
        boolean ok =
            n[i] >= 1
                && x[i] >= 0
                && x[i] <= n[i]
                && tx[i] <= n[i]
                && (x[i] == 0 ? tx[i] == 0 : tx[i] >= x[i])
                && count[i] > 0;
        if (!ok) {
          throw new DataException(
              csv.source(),
              csv.line(i),
              "a summary needs n >= 1, 0 <= x <= n, x <= tx <= n (tx = 0 exactly when x = 0)"
                  + " and a positive count, but was x="
                  + x[i]
                  + ", t_x="
                  + tx[i]
                  + ", n="
                  + n[i]
                  + ", count="
                  + count[i]);
        }
      }
      return new BgbbRows(x, tx, n, count);
    }

    /** Prints an sBG or BG/BB fit: the same JSON shape as the other models where it applies. */
    void printDiscrete(ModelFit<?> fit) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      Map<String, Double> parameters;
      if (fit.model() instanceof ShiftedBetaGeometric m) {
        root.put("model", "sbg");
        parameters = m.parameters();
      } else {
        root.put("model", "bgbb");
        parameters = ((BetaGeometricBetaBinomial) fit.model()).parameters();
      }
      root.put("customers", fit.customers());
      ObjectNode p = root.putObject("parameters");
      parameters.forEach(p::put);
      ObjectNode se = root.putObject("standardErrors");
      fit.standardErrors().forEach(se::put);
      root.put("logLikelihood", fit.logLikelihood());
      root.put("converged", fit.converged());
      root.put("iterations", fit.iterations());
      if (fit.model() instanceof ShiftedBetaGeometric m) {
        ArrayNode retention = root.putArray("retention");
        for (int t = 1; t <= 10; t++) {
          retention.add(m.retention(t));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (common.format == Common.Format.json) {
        out.println(root.toPrettyString());
        return;
      }
      out.printf(
          Locale.ROOT,
          "%s fitted on %d customers: %s, log-likelihood %.2f, %d iterations%n",
          root.path("model").asText(),
          fit.customers(),
          parameters,
          fit.logLikelihood(),
          fit.iterations());
    }

    DataException fitFailure(ModelFitException e) {
      return ClvCommand.fitFailure(e, name());
    }

    String name() {
      if (source.jdbcUrl != null) {
        return DatabaseSource.name(source.jdbcUrl);
      }
      return String.valueOf(source.transactions != null ? source.transactions : source.summary);
    }
  }

  /** {@code crmkit clv fit}. */
  @Command(name = "fit", mixinStandardHelpOptions = true, description = "Fit a model.")
  static final class Fit extends Shared implements Callable<Integer> {
    @Override
    public Integer call() {
      if (model == Model.sbg) {
        printDiscrete(fitSbg());
        return 0;
      }
      if (model == Model.bgbb) {
        printDiscrete(fitBgbb());
        return 0;
      }
      ClvData data = data();
      CovariateFile cf = covariateFile(data);
      ModelFit<CovariateModel> covariateFit = cf == null ? null : fitWithCovariates(data, cf);
      ModelFit<? extends TransactionModel> fit = cf == null ? fit(data) : null;
      ModelFit<GammaGamma> spendFit = null;
      if (withSpend()) {
        if (!data.hasSpend()) {
          throw new DataException(
              name(),
              0,
              "--spend gamma-gamma needs each customer's mean repeat spend, but the summary has no"
                  + " spend column (zbar or monetary_value)");
        }
        try {
          spendFit = GammaGamma.fit(data, FitOptions.defaults().withPenalty(penalty));
        } catch (ModelFitException e) {
          throw fitFailure(e);
        }
      }
      ModelFit<?> any = cf == null ? fit : covariateFit;
      ObjectNode root =
          cf == null
              ? fitJson(fit, spendFit, data)
              : covariateFitJson(covariateFit, spendFit, data, cf);
      root.put("rejected", account.rejected());
      account.put(root);
      PrintWriter out = spec.commandLine().getOut();
      if (common.format == Common.Format.json) {
        out.println(root.toPrettyString());
        return 0;
      }
      Map<String, Double> parameters =
          cf == null ? fit.model().parameters() : covariateFit.model().parameters();
      out.printf(
          Locale.ROOT,
          "%s fitted on %d customers (%d distinct %s), time unit %s%n",
          root.path("model").asText(),
          data.size(),
          any.distinct(),
          cf == null ? "summaries" : "summaries with covariates",
          scale().name().toLowerCase(Locale.ROOT));
      if (cf != null) {
        out.printf(
            Locale.ROOT,
            "the base parameters are those of a customer at the covariates' means;"
                + " effects are per unit of each covariate%n");
      }
      out.printf(
          Locale.ROOT,
          "%-24s %12s %12s %12s %12s%n",
          "param",
          "value",
          "std.err",
          "95% low",
          "95% high");
      parameters.forEach(
          (k, v) ->
              out.printf(
                  Locale.ROOT,
                  "%-24s %12.4f %12.4f %12.4f %12.4f%n",
                  k,
                  v,
                  any.standardErrors().get(k),
                  any.lower().get(k),
                  any.upper().get(k)));
      out.printf(
          Locale.ROOT,
          "log-likelihood %.2f, %d iterations, converged%n",
          any.logLikelihood(),
          any.iterations());
      if (spendFit != null) {
        GammaGamma g = spendFit.model();
        out.printf(
            Locale.ROOT,
            "gamma-gamma on %d repeat buyers: p %.4f, q %.4f, gamma %.4f, log-likelihood %.2f%n",
            spendFit.customers(),
            g.p(),
            g.q(),
            g.gamma(),
            spendFit.logLikelihood());
      }
      return 0;
    }
  }

  /** {@code crmkit clv evaluate}: models fitted on a calibration period, judged on a holdout. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Fit models on a calibration period and compare how they predict a holdout period.")
  static final class Evaluate implements Callable<Integer> {
    @Mixin Common common;
    @Mixin Inputs inputs;

    @Option(names = "--transactions", description = "CSV of purchases (or --jdbc-url, --query).")
    Path transactions;

    @Option(
        names = "--jdbc-url",
        description =
            "JDBC URL to read the purchases from, with --query (user and password from"
                + " CRMKIT_JDBC_USER and CRMKIT_JDBC_PASSWORD).")
    String jdbcUrl;

    @Option(
        names = "--query",
        description = "SQL giving (customer id, instant, amount) rows, with --jdbc-url.")
    String query;

    @Option(names = "--calibration-end", required = true, description = "Last calibration day.")
    LocalDate calibrationEnd;

    @Option(names = "--holdout-end", required = true, description = "Last holdout day.")
    LocalDate holdoutEnd;

    @Option(
        names = "--models",
        defaultValue = "bgnbd,mbgnbd,paretonbd",
        split = ",",
        description = "Models to compare (default: bgnbd,mbgnbd,paretonbd).")
    List<Model> models;

    @Option(names = "--time-unit", defaultValue = "week", description = "${COMPLETION-CANDIDATES}.")
    Unit unit;

    @Option(names = "--penalty", defaultValue = "0", description = "L2 penalty on log-parameters.")
    double penalty;

    @Option(
        names = "--report",
        description =
            "Write DIR/index.html with each model's tracking plots (cumulative and per period)"
                + " and calibration histogram as PNG.")
    Path report;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** The report's sections, one per model. */
    private final StringBuilder reportHtml = new StringBuilder();

    @Override
    public Integer call() {
      if (holdoutEnd.isBefore(calibrationEnd) || holdoutEnd.equals(calibrationEnd)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--holdout-end must be after --calibration-end");
      }
      for (Model m : models) {
        if (m == Model.sbg || m == Model.bgbb) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--models takes bgnbd, mbgnbd and paretonbd, not " + m);
        }
      }
      if ((transactions == null) == (jdbcUrl == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give either --transactions or --jdbc-url (with --query)");
      }
      if ((jdbcUrl == null) != (query == null)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--jdbc-url and --query go together");
      }
      TimeScale scale = unit == Unit.day ? TimeScale.DAY : TimeScale.WEEK;
      PurchaseFile file =
          transactions != null
              ? PurchaseFile.read(transactions, inputs, "order_id", false)
              : DatabaseSource.read(jdbcUrl, query, inputs);
      ClvData data =
          ClvData.fromPurchases(file.columns, calibrationEnd, holdoutEnd, inputs.zone, scale);
      RowAccount account = RowAccount.of(file, data.rejectedRecords());
      account.report(spec.commandLine().getErr());
      ObjectNode root = Json.MAPPER.createObjectNode();
      long repeats = 0;
      long held = 0;
      java.math.BigDecimal heldSpend = java.math.BigDecimal.ZERO;
      for (int i = 0; i < data.size(); i++) {
        repeats += data.x(i);
        held += data.holdoutPurchases(i);
        heldSpend = heldSpend.add(java.math.BigDecimal.valueOf(data.holdoutSpend(i)));
      }
      ObjectNode cal = root.putObject("calibration");
      cal.put("end", calibrationEnd.toString());
      cal.put("customers", data.size());
      cal.put("repeatTransactions", repeats);
      ObjectNode hold = root.putObject("holdout");
      hold.put("end", holdoutEnd.toString());
      hold.put("length", data.holdoutLength());
      hold.put("timeUnit", scale.name().toLowerCase(Locale.ROOT));
      hold.put("transactions", held);
      hold.put("spend", heldSpend.doubleValue());
      account.put(root);
      ArrayNode list = root.putArray("models");
      List<String[]> table = new ArrayList<>();
      for (Model m : models) {
        ModelFit<? extends TransactionModel> fit =
            fitTransactionModel(
                m,
                data,
                penalty,
                transactions != null ? transactions.toString() : DatabaseSource.name(jdbcUrl));
        HoldoutEvaluation e = HoldoutEvaluation.of(fit.model(), data);
        RepeatTracking t =
            RepeatTracking.of(fit.model(), file.columns, inputs.zone, calibrationEnd, holdoutEnd);
        if (report != null) {
          chart(fit.model(), data, e, t);
        }
        ObjectNode n = list.addObject();
        n.put("model", fit.model().name());
        ObjectNode params = n.putObject("parameters");
        fit.model().parameters().forEach(params::put);
        n.put("logLikelihood", fit.logLikelihood());
        n.put("bic", fit.bic());
        n.put("mae", e.meanAbsoluteError());
        n.put("rmse", e.rootMeanSquaredError());
        n.put("correlation", e.correlation());
        ObjectNode total = n.putObject("totalHoldout");
        total.put("predicted", e.predictedHoldoutTotal());
        total.put("actual", e.actualHoldoutTotal());
        ArrayNode bins = n.putArray("periodTransactions");
        for (HoldoutEvaluation.PeriodCount b : e.periodTransactions()) {
          ObjectNode bn = bins.addObject();
          bn.put("repeat", b.repeat());
          bn.put("orMore", b.orMore());
          bn.put("expected", b.expected());
          bn.put("actual", b.actual());
        }
        ArrayNode cond = n.putArray("conditionalByFrequency");
        for (HoldoutEvaluation.FrequencyGroup g : e.byFrequency()) {
          ObjectNode gn = cond.addObject();
          gn.put("repeat", g.repeat());
          gn.put("orMore", g.orMore());
          gn.put("customers", g.customers());
          gn.put("predicted", g.predicted());
          gn.put("actual", g.actual());
        }
        n.put("chiSquare", e.chiSquare());
        n.put("chiSquareDegreesOfFreedom", e.chiSquareDegreesOfFreedom());
        n.put("chiSquarePValue", e.chiSquarePValue());
        ArrayNode track = n.putArray("tracking");
        for (RepeatTracking.Period p : t.periods()) {
          ObjectNode pn = track.addObject();
          pn.put("period", p.period());
          pn.put("start", p.start().toString());
          pn.put("predicted", p.expected());
          pn.put("actual", p.actual());
          pn.put("predictedCumulative", p.expectedCumulative());
          pn.put("actualCumulative", p.actualCumulative());
          pn.put("holdout", p.holdout());
        }
        table.add(
            new String[] {
              fit.model().name(),
              String.format(Locale.ROOT, "%.2f", fit.logLikelihood()),
              String.format(Locale.ROOT, "%.2f", fit.bic()),
              String.format(Locale.ROOT, "%.4f", e.meanAbsoluteError()),
              String.format(Locale.ROOT, "%.4f", e.rootMeanSquaredError()),
              String.format(Locale.ROOT, "%.4f", e.correlation()),
              String.format(
                  Locale.ROOT, "%.1f/%d", e.predictedHoldoutTotal(), e.actualHoldoutTotal()),
              String.format(Locale.ROOT, "%.2f", e.chiSquare())
            });
      }
      if (report != null) {
        try {
          Files.writeString(
              report.resolve("index.html"),
              "<!doctype html><meta charset=\"utf-8\"><title>crmkit clv evaluate</title>"
                  + "<h1>Calibration to "
                  + calibrationEnd
                  + ", holdout to "
                  + holdoutEnd
                  + "</h1>"
                  + reportHtml,
              StandardCharsets.UTF_8);
        } catch (IOException ex) {
          throw new UncheckedIOException(report + ": " + ex.getMessage(), ex);
        }
      }
      ObjectNode ranking = root.putObject("ranking");
      ranking.set("bic", rank(list, "bic", true));
      ranking.set("logLikelihood", rank(list, "logLikelihood", false));
      ranking.set("mae", rank(list, "mae", true));
      PrintWriter out = spec.commandLine().getOut();
      if (common.format == Common.Format.json) {
        out.println(root.toPrettyString());
        return 0;
      }
      out.printf(
          Locale.ROOT,
          "%d customers, %d repeat purchases in calibration (to %s), %d in the holdout (to %s)%n",
          data.size(),
          repeats,
          calibrationEnd,
          held,
          holdoutEnd);
      out.printf(
          Locale.ROOT,
          "%-10s %12s %12s %8s %8s %8s %16s %10s%n",
          "model",
          "logLik",
          "BIC",
          "MAE",
          "RMSE",
          "r",
          "holdout pred/act",
          "chi-square");
      for (String[] r : table) {
        out.printf(Locale.ROOT, "%-10s %12s %12s %8s %8s %8s %16s %10s%n", (Object[]) r);
      }
      return 0;
    }

    /** Writes one model's three charts into the report folder. */
    private void chart(
        TransactionModel fitted, ClvData data, HoldoutEvaluation e, RepeatTracking t) {
      String model = fitted.name();
      try {
        Files.createDirectories(report);
      } catch (IOException ex) {
        throw new UncheckedIOException(report + ": " + ex.getMessage(), ex);
      }
      List<RepeatTracking.Period> periods = t.periods();
      int n = periods.size();
      double[] x = new double[n];
      double[] actualCum = new double[n];
      double[] expectedCum = new double[n];
      double[] actual = new double[n];
      double[] expected = new double[n];
      double marker = Double.NaN;
      for (int i = 0; i < n; i++) {
        RepeatTracking.Period p = periods.get(i);
        x[i] = p.period() + 1;
        actualCum[i] = p.actualCumulative();
        expectedCum[i] = p.expectedCumulative();
        actual[i] = p.actual();
        expected[i] = p.expected();
        if (p.holdout() && Double.isNaN(marker)) {
          marker = p.period() + 0.5;
        }
      }
      List<String> names = List.of("actual", model);
      Charts.lines(
          report.resolve("tracking-cumulative-" + model + ".png"),
          "Cumulative repeat purchases, " + model,
          x,
          new double[][] {actualCum, expectedCum},
          names,
          "period",
          "repeat purchases",
          marker);
      Charts.lines(
          report.resolve("tracking-" + model + ".png"),
          "Repeat purchases per period, " + model,
          x,
          new double[][] {actual, expected},
          names,
          "period",
          "repeat purchases",
          marker);
      List<HoldoutEvaluation.PeriodCount> bins = e.periodTransactions();
      Charts.lines(
          report.resolve("histogram-" + model + ".png"),
          "Customers by calibration repeat purchases (7 = 7+), " + model,
          column(bins, HoldoutEvaluation.PeriodCount::repeat),
          new double[][] {
            column(bins, HoldoutEvaluation.PeriodCount::actual),
            column(bins, HoldoutEvaluation.PeriodCount::expected)
          },
          names,
          "repeat purchases in calibration",
          "customers",
          Double.NaN);
      List<HoldoutEvaluation.FrequencyGroup> groups = e.byFrequency();
      Charts.lines(
          report.resolve("conditional-" + model + ".png"),
          "Holdout purchases by calibration repeat purchases (7 = 7+), " + model,
          column(groups, HoldoutEvaluation.FrequencyGroup::repeat),
          new double[][] {
            column(groups, HoldoutEvaluation.FrequencyGroup::actual),
            column(groups, HoldoutEvaluation.FrequencyGroup::predicted)
          },
          names,
          "repeat purchases in calibration",
          "mean holdout purchases",
          Double.NaN);
      aliveMatrix(fitted, data, report.resolve("alive-" + model + ".png"));
      reportHtml.append("<h2>").append(model).append("</h2>");
      for (String image :
          List.of("tracking-cumulative-", "tracking-", "histogram-", "conditional-", "alive-")) {
        reportHtml.append("<img src=\"").append(image).append(model).append(".png\">");
      }
    }

    /** One value per row, for a chart's series. */
    private static <T> double[] column(List<T> rows, java.util.function.ToDoubleFunction<T> f) {
      double[] out = new double[rows.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = f.applyAsDouble(rows.get(i));
      }
      return out;
    }

    /**
     * P(alive) of a customer of the base's greatest age T, by repeat purchases (rows, 0 up to the
     * largest seen, at most 30) and recency (20 columns from 0 to T): the "probability alive
     * matrix".
     */
    private static void aliveMatrix(TransactionModel model, ClvData data, Path file) {
      double age = 0;
      int maxX = 0;
      for (int i = 0; i < data.size(); i++) {
        age = Math.max(age, data.age(i));
        maxX = Math.max(maxX, data.x(i));
      }
      int rows = Math.min(30, maxX) + 1;
      int cols = 20;
      double[][] grid = new double[rows][cols];
      List<String> rowNames = new ArrayList<>();
      List<String> colNames = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        colNames.add(String.format(Locale.ROOT, "%.0f", (c + 0.5) * age / cols));
      }
      for (int r = 0; r < rows; r++) {
        int x = rows - 1 - r;
        rowNames.add(Integer.toString(x));
        for (int c = 0; c < cols; c++) {
          double tx = x == 0 ? 0 : (c + 0.5) * age / cols;
          grid[r][c] = model.probabilityAlive(x, tx, age);
        }
      }
      Charts.heatmap(
          file,
          "P(alive) at T = "
              + String.format(Locale.ROOT, "%.1f", age)
              + " by repeat purchases and recency, "
              + model.name(),
          grid,
          rowNames,
          colNames,
          "recency t_x",
          "repeat purchases x");
    }

    private static ArrayNode rank(ArrayNode models, String key, boolean ascending) {
      List<JsonNode> sorted = new ArrayList<>();
      models.forEach(sorted::add);
      sorted.sort(
          (a, b) ->
              ascending
                  ? Double.compare(a.path(key).asDouble(), b.path(key).asDouble())
                  : Double.compare(b.path(key).asDouble(), a.path(key).asDouble()));
      ArrayNode out = Json.MAPPER.createArrayNode();
      sorted.forEach(n -> out.add(n.path("model").asText()));
      return out;
    }
  }

  /** Fits one of the transaction models; a failure is a data error of the named input. */
  static ModelFit<? extends TransactionModel> fitTransactionModel(
      Model model, ClvData data, double penalty, String input) {
    FitOptions o = FitOptions.defaults().withPenalty(penalty);
    try {
      return switch (model) {
        case bgnbd -> BgNbd.fit(data, o);
        case mbgnbd -> MbgNbd.fit(data, o);
        case paretonbd -> ParetoNbd.fit(data, o);
        case sbg, bgbb -> throw new IllegalStateException(model + " is not a transaction model");
      };
    } catch (ModelFitException e) {
      throw fitFailure(e, input);
    }
  }

  /** A fit failure as a data error whose advice names the command's option, not a Java call. */
  static DataException fitFailure(ModelFitException e, String input) {
    String message =
        e.getMessage()
            .replace("FitOptions.defaults().withPenalty(0.01)", "--penalty 0.01")
            .replace("an L2 penalty (--penalty 0.01)", "an L2 penalty with --penalty 0.01");
    return new DataException(input, 0, message);
  }

  /** {@code clv fit --model sbg --survivors FILE}: the cohort's survivors, period 0 first. */
  private static long[] survivors(Path file) {
    CsvTable csv =
        Csv.table(
            file,
            ",",
            h -> CsvTable.Schema.builder().integers("period").integers("survivors").build());
    int[] period = csv.integers("period");
    int[] survivors = csv.integers("survivors");
    long[] out = new long[csv.rows()];
    for (int i = 0; i < out.length; i++) {
      if (period[i] != i) {
        throw new DataException(
            csv.source(), csv.line(i), "periods must run 0, 1, 2, ... but this is " + period[i]);
      }
      out[i] = survivors[i];
    }
    return out;
  }

  /**
   * The columns of {@code clv predict}'s CSV and JSON lines: in CSV the customer's summary and the
   * predictions to 6 decimals (money to 4); in JSON lines the predictions at full precision.
   */
  static TableWriter predictions(
      ClvData data,
      double[] alive,
      double[] next,
      double @org.jspecify.annotations.Nullable [] spend,
      double @org.jspecify.annotations.Nullable [] value,
      boolean jsonLines) {
    TableWriter.Builder b =
        TableWriter.builder().texts("customer_id", i -> data.customer(i).value()).lineEnd("\n");
    if (jsonLines) {
      b.decimals("p_alive", i -> alive[i]).decimals("expected_purchases", i -> next[i]);
      if (spend != null && value != null) {
        b.decimals("expected_spend", i -> spend[i]).decimals("clv", i -> value[i]);
      }
      return b.build();
    }
    b.integers("x", data::x)
        .decimals("t_x", data::tx)
        .decimals("T", data::age)
        .decimals("p_alive", i -> alive[i], 6)
        .decimals("expected_purchases", i -> next[i], 6);
    if (spend != null && value != null) {
      b.decimals("expected_spend", i -> spend[i], 4).decimals("clv", i -> value[i], 4);
    }
    return b.build();
  }

  /**
   * {@code clv fit --format json}: the library's model document ({@link ClvModelJson}), which
   * {@code clv predict --model} reads back, with the fit's statistics and the input's accounting
   * around it ({@link #REPORT_MEMBERS}).
   */
  static ObjectNode fitJson(
      ModelFit<? extends TransactionModel> fit, ModelFit<GammaGamma> spendFit, ClvData data) {
    ObjectNode root = report(ClvModel.of(fit.model()), spendFit, data);
    ObjectNode se = root.putObject("standardErrors");
    fit.standardErrors().forEach(se::put);
    statistics(root, fit, spendFit);
    return root;
  }

  /**
   * The fit report of a model with covariates: as {@link #fitJson}, each effect with its standard
   * error and 95% interval, and the covariate rows matched.
   */
  static ObjectNode covariateFitJson(
      ModelFit<CovariateModel> fit,
      ModelFit<GammaGamma> spendFit,
      ClvData data,
      CovariateFile file) {
    CovariateModel m = fit.model();
    ObjectNode root = report(ClvModel.of(m), spendFit, data);
    ObjectNode se = root.putObject("standardErrors");
    m.baseline().parameters().keySet().forEach(k -> se.put(k, fit.standardErrors().get(k)));
    ObjectNode cov = (ObjectNode) root.get("covariates");
    for (String process : List.of("purchase", "dropout")) {
      ObjectNode effects = (ObjectNode) cov.get(process);
      for (var e : effects.properties()) {
        String k = process + ":" + e.getKey();
        ObjectNode o = (ObjectNode) e.getValue();
        o.put("standardError", fit.standardErrors().get(k));
        o.put("lower", fit.lower().get(k));
        o.put("upper", fit.upper().get(k));
      }
    }
    file.putRows(cov, data);
    root.put("bic", fit.bic());
    statistics(root, fit, spendFit);
    return root;
  }

  /** The members a fit report adds to the model document, dropped when a model is read from it. */
  static final List<String> REPORT_MEMBERS =
      List.of(
          "customers",
          "rejected",
          "rows",
          "standardErrors",
          "logLikelihood",
          "bic",
          "converged",
          "iterations");

  /** The model document of the fit (with its spend model) and the input's accounting. */
  private static ObjectNode report(ClvModel model, ModelFit<GammaGamma> spendFit, ClvData data) {
    ClvModel saved = spendFit == null ? model : model.withSpend(spendFit.model());
    ObjectNode root;
    try {
      root = (ObjectNode) Json.MAPPER.readTree(ClvModelJson.write(saved));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the library wrote JSON Jackson cannot read", e);
    }
    root.put("customers", data.size());
    root.put("rejected", data.rejected());
    return root;
  }

  private static void statistics(ObjectNode root, ModelFit<?> fit, ModelFit<GammaGamma> spendFit) {
    root.put("logLikelihood", fit.logLikelihood());
    root.put("converged", fit.converged());
    root.put("iterations", fit.iterations());
    if (spendFit != null) {
      ((ObjectNode) root.get("spend")).put("logLikelihood", spendFit.logLikelihood());
    }
  }

  /**
   * Reads a model from a file: the library's model document, or a fit report (whose statistics,
   * {@link #REPORT_MEMBERS} and those of each covariate effect and of the spend model, are dropped
   * first).
   */
  static ClvModel modelFrom(Path file) {
    JsonNode root = StrictJson.read(file);
    if (root instanceof ObjectNode o) {
      o.remove(REPORT_MEMBERS);
      if (o.get("covariates") instanceof ObjectNode cov) {
        cov.remove("rows");
        for (String process : List.of("purchase", "dropout")) {
          if (cov.get(process) instanceof ObjectNode effects) {
            for (JsonNode e : effects) {
              if (e instanceof ObjectNode eo) {
                eo.remove(List.of("standardError", "lower", "upper"));
              }
            }
          }
        }
      }
      if (o.get("spend") instanceof ObjectNode spend) {
        spend.remove("logLikelihood");
      }
    }
    try {
      return ClvModelJson.read(Json.MAPPER.writeValueAsString(root));
    } catch (DefinitionFormatException e) {
      throw new DataException(file.toString(), 0, e.getMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code crmkit clv predict}. */
  @Command(
      name = "predict",
      mixinStandardHelpOptions = true,
      description = "Predict per customer: probability alive, expected purchases, spend and value.")
  static final class Predict extends Shared implements Callable<Integer>, Common.JsonLines {
    @Option(
        names = "--horizon",
        required = true,
        description = "Horizon in the time unit (sbg: periods; bgbb: purchase opportunities).")
    double horizon;

    @Option(
        names = "--parameters",
        description = "JSON printed by 'clv fit', used instead of fitting.")
    Path parameters;

    @Option(names = "--out", description = "Write CSV here instead of stdout.")
    Path out;

    @Option(
        names = "--discount-rate",
        description =
            "Yearly discount rate (0.1 = 10% a year) for the clv column: each step of the horizon"
                + " is discounted to its end; without it the clv is undiscounted. For --model sbg"
                + " the rate is per period of the survivors file and adds a derl column.")
    Double discountRate;

    private void predictSbg(int periods) {
      ModelFit<ShiftedBetaGeometric> fit = fitSbg();
      long cohort = survivors(source.survivors)[0];
      if (discountRate != null && !(discountRate > 0)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--discount-rate for sbg is per period and must be positive, but was " + discountRate);
      }
      predictSbgRows(
          fit.model(),
          cohort,
          periods,
          discountRate,
          spec.commandLine().getOut(),
          common.format == Common.Format.json);
    }

    private void predictBgbb(int future) {
      BgbbRows rows = readBgbb();
      BetaGeometricBetaBinomial m = fitBgbb().model();
      double[] alive = m.probabilityAlive(rows.x(), rows.tx(), rows.n());
      double[] next = m.conditionalExpectedTransactions(future, rows.x(), rows.tx(), rows.n());
      PrintWriter o = spec.commandLine().getOut();
      if (common.format == Common.Format.json) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("model", "bgbb");
        ObjectNode params = root.putObject("parameters");
        m.parameters().forEach(params::put);
        root.put("horizon", future);
        ArrayNode a = root.putArray("predictions");
        for (int i = 0; i < alive.length; i++) {
          ObjectNode r = a.addObject();
          r.put("x", rows.x()[i]);
          r.put("t_x", rows.tx()[i]);
          r.put("n", rows.n()[i]);
          r.put("count", rows.count()[i]);
          r.put("p_alive", alive[i]);
          r.put("expected_transactions", next[i]);
        }
        o.println(root.toPrettyString());
        return;
      }
      o.println("x,t_x,n,count,p_alive,expected_transactions");
      for (int i = 0; i < alive.length; i++) {
        o.println(
            String.format(
                Locale.ROOT,
                "%d,%d,%d,%d,%.6f,%.6f",
                rows.x()[i],
                rows.tx()[i],
                rows.n()[i],
                rows.count()[i],
                alive[i],
                next[i]));
      }
    }

    @Override
    public Integer call() {
      if (discountRate != null && (!(discountRate > -1) || discountRate.isInfinite())) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--discount-rate must be finite and above -1 (a yearly rate), but was " + discountRate);
      }
      if (!(horizon >= 0) || Double.isInfinite(horizon)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--horizon must be finite and not negative, but was " + horizon);
      }
      if (model == Model.sbg || model == Model.bgbb) {
        if (horizon != Math.rint(horizon) || horizon > 10_000) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--horizon counts whole periods (sbg) or opportunities (bgbb) up to 10000, but was "
                  + horizon);
        }
        if (parameters != null || out != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--model " + model + " predicts from a fit, to stdout");
        }
        if (common.format == Common.Format.jsonl) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--format jsonl writes per-customer predictions; --model "
                  + model
                  + " predicts per "
                  + (model == Model.sbg ? "period" : "distinct summary")
                  + ": use json or csv");
        }
        if (model == Model.sbg) {
          predictSbg((int) horizon);
        } else {
          predictBgbb((int) horizon);
        }
        return 0;
      }
      ClvData data = data();
      CovariateFile cf = covariateFile(data);
      CovariateModel covariateModel = null;
      TransactionModel model;
      GammaGamma spendModel = null;
      if (parameters != null) {
        ClvModel saved = modelFrom(parameters);
        model = saved.transactions();
        if (saved.covariates().isPresent() && cf == null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              parameters + " was fitted with covariates: give them with --covariates FILE");
        }
        if (saved.covariates().isEmpty() && cf != null) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--covariates needs parameters fitted with covariates, but "
                  + parameters
                  + " has none");
        }
        covariateModel = saved.covariates().orElse(null);
        if (model.unit() != scale()) {
          throw new DataException(
              parameters.toString(),
              0,
              "parameters are in "
                  + model.unit().name().toLowerCase(Locale.ROOT)
                  + "s but --time-unit is "
                  + unit);
        }
        spendModel = saved.spend().orElse(null);
      } else {
        if (cf != null) {
          covariateModel = fitWithCovariates(data, cf).model();
          model = covariateModel.baseline();
        } else {
          model = fit(data).model();
        }
        if (withSpend() && data.hasSpend()) {
          try {
            spendModel = GammaGamma.fit(data, FitOptions.defaults().withPenalty(penalty)).model();
          } catch (ModelFitException e) {
            throw fitFailure(e);
          }
        }
      }
      if (spendModel != null && !data.hasSpend()) {
        // Without spend there is no monetary value: leave the columns out and say so.
        spendModel = null;
        spec.commandLine()
            .getErr()
            .println(
                "crmkit: "
                    + name()
                    + " has no spend column (zbar or monetary_value): expected_spend and clv are"
                    + " left out");
      }
      double[] alive;
      double[] next;
      try {
        alive =
            covariateModel == null
                ? model.probabilityAlive(data)
                : covariateModel.probabilityAlive(data, cf.covariates);
        next =
            covariateModel == null
                ? model.conditionalExpectedPurchases(data, horizon)
                : covariateModel.conditionalExpectedPurchases(data, cf.covariates, horizon);
      } catch (IllegalArgumentException e) {
        throw new DataException(cf == null ? name() : cf.file.toString(), 0, e.getMessage());
      }
      // Each customer's expected spend, once: the lifetime value and every output format use it.
      double[] spend = null;
      if (spendModel != null) {
        spend = new double[data.size()];
        for (int i = 0; i < spend.length; i++) {
          spend[i] = spendModel.expectedSpend(data.x(i), data.meanSpend(i));
        }
      }
      double[] value = null;
      if (spendModel != null) {
        if (discountRate != null && covariateModel != null) {
          value =
              LifetimeValue.of(
                  covariateModel,
                  cf.covariates,
                  spendModel,
                  data,
                  Horizon.of(horizon, scale()),
                  DiscountRate.of(discountRate, TimeScale.YEAR),
                  1);
        } else if (discountRate != null) {
          value =
              LifetimeValue.of(
                  model,
                  spendModel,
                  data,
                  Horizon.of(horizon, scale()),
                  DiscountRate.of(discountRate, TimeScale.YEAR),
                  1);
        } else {
          value = new double[data.size()];
          for (int i = 0; i < value.length; i++) {
            value[i] = spend[i] * next[i];
          }
        }
      }
      Common.Format format = common.format;
      boolean lines = format == Common.Format.jsonl;
      if (lines || (format != Common.Format.json && (format == Common.Format.csv || out != null))) {
        // CSV and JSON lines stream in blocks formatted in parallel (crmkit-io's TableWriter):
        // the table is never held as text.
        TableWriter table = predictions(data, alive, next, spend, value, lines);
        TableWriter.Format f = lines ? TableWriter.Format.JSON_LINES : TableWriter.Format.CSV;
        try {
          if (out == null) {
            PrintWriter target = spec.commandLine().getOut();
            table.write(target, f, data.size());
            target.flush();
          } else {
            try (java.io.OutputStream file =
                new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
              table.write(file, f, data.size());
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        return 0;
      }
      try (PrintWriter w =
          out == null
              ? null
              : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        PrintWriter target = w != null ? w : spec.commandLine().getOut();
        if (format == Common.Format.json) {
          // Streamed with Jackson's generator (the same pretty printing as a tree's
          // toPrettyString): a million predictions are never held as a tree.
          try (com.fasterxml.jackson.core.JsonGenerator g =
              Json.MAPPER
                  .getFactory()
                  .createGenerator(new NonClosing(target))
                  .useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("model", model.name());
            g.writeNumberField("horizon", horizon);
            g.writeNumberField("customers", data.size());
            g.writeArrayFieldStart("predictions");
            for (int i = 0; i < data.size(); i++) {
              g.writeStartObject();
              g.writeStringField("customer_id", data.customer(i).value());
              g.writeNumberField("p_alive", alive[i]);
              g.writeNumberField("expected_purchases", next[i]);
              if (spendModel != null) {
                g.writeNumberField("expected_spend", spend[i]);
                g.writeNumberField("clv", value[i]);
              }
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          target.println();
          target.flush();
          return 0;
        }
        // The table (CSV and any --out returned above).
        target.printf(
            Locale.ROOT,
            "%-12s %5s %8s %8s %8s %10s%s%n",
            "customer",
            "x",
            "t_x",
            "T",
            "p_alive",
            "expected",
            spend != null ? "      spend        clv" : "");
        for (int i = 0; i < data.size(); i++) {
          target.printf(
              Locale.ROOT,
              "%-12s %5d %8.2f %8.2f %8.4f %10.4f%s%n",
              data.customer(i).value(),
              data.x(i),
              data.tx(i),
              data.age(i),
              alive[i],
              next[i],
              spend != null
                  ? String.format(Locale.ROOT, " %10.2f %10.2f", spend[i], value[i])
                  : "");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(out + ": " + e.getMessage(), e);
      }
      return 0;
    }
  }

  /**
   * sBG predictions per period 0..horizon: survival, retention, projected survivors of the cohort
   * and, with a discount rate (per period), the discounted expected residual lifetime of a customer
   * who has renewed that many times.
   */
  private static void predictSbgRows(
      ShiftedBetaGeometric m,
      long cohort,
      int horizon,
      Double rate,
      PrintWriter out,
      boolean json) {
    double[] projected = m.projectedSurvivors((double) cohort, horizon);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("model", "sbg");
    ObjectNode params = root.putObject("parameters");
    m.parameters().forEach(params::put);
    root.put("cohort", cohort);
    ArrayNode rows = root.putArray("predictions");
    if (!json) {
      out.println("period,survival,retention,projected_survivors" + (rate != null ? ",derl" : ""));
    }
    for (int t = 0; t <= horizon; t++) {
      double survival = m.survival(t);
      double retention = t == 0 ? 1 : m.retention(t);
      double derl = rate == null ? Double.NaN : m.discountedExpectedResidualLifetime(rate, t);
      if (json) {
        ObjectNode r = rows.addObject();
        r.put("period", t);
        r.put("survival", survival);
        if (t > 0) {
          r.put("retention", retention);
        }
        r.put("projected_survivors", projected[t]);
        if (rate != null) {
          r.put("derl", derl);
        }
      } else {
        out.print(
            String.format(
                Locale.ROOT,
                "%d,%.6f,%s,%.4f",
                t,
                survival,
                t == 0 ? "" : String.format(Locale.ROOT, "%.6f", retention),
                projected[t]));
        if (rate != null) {
          out.print(String.format(Locale.ROOT, ",%.6f", derl));
        }
        out.println();
      }
    }
    if (json) {
      out.println(root.toPrettyString());
    }
  }

  /** A writer whose close only flushes: the generator must not close standard output. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(java.io.Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
