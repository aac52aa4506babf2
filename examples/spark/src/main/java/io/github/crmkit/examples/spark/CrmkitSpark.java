package io.github.crmkit.examples.spark;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of the Spark job, for {@code spark-submit --class
 * io.github.crmkit.examples.spark.CrmkitSpark crmkit-spark.jar --input ... --output ...}. Without
 * spark-submit, {@code --master local[*]} runs it in this JVM.
 */
@Command(
    name = "crmkit-spark",
    mixinStandardHelpOptions = true,
    description =
        "Scores RFM segments and BG/NBD lifetime values of a purchase base with Spark; writes"
            + " Parquet to OUTPUT/customers and OUTPUT/rejected and prints a JSON report.")
public final class CrmkitSpark implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      description = "Purchases: CSV with a header or Parquet.")
  String input;

  @Option(
      names = "--format",
      description = "csv or parquet (default: parquet when the input ends with .parquet).")
  @Nullable String format;

  @Option(names = "--output", required = true, description = "Output directory.")
  String output;

  @Option(names = "--overwrite", description = "Replace an existing output.")
  boolean overwrite;

  @Option(names = "--master", description = "Spark master when not run by spark-submit.")
  @Nullable String master;

  @Option(
      names = "--partitions",
      description =
          "Partitions to group customers into (default: one per 64 MiB of input, at least one"
              + " per core, a multiple of the cores).")
  @Nullable Integer partitions;

  @Option(names = "--delimiter", defaultValue = ",", description = "CSV delimiter (default ,).")
  String delimiter;

  @Option(names = "--id-column", defaultValue = "customer_id", description = "Customer id column.")
  String idColumn;

  @Option(
      names = "--date-column",
      defaultValue = "timestamp",
      description = "Purchase time column.")
  String dateColumn;

  @Option(names = "--amount-column", defaultValue = "amount", description = "Amount column.")
  String amountColumn;

  @Option(names = "--date-format", description = "java.time pattern of text dates (default ISO).")
  @Nullable String dateFormat;

  @Option(names = "--zone", defaultValue = "UTC", description = "Zone of local days (default UTC).")
  String zone;

  @Option(names = "--currency", defaultValue = "USD", description = "ISO 4217 code (default USD).")
  String currency;

  @Option(
      names = "--as-of",
      description =
          "Day of the analysis (default: the day after the last purchase; one more scan).")
  @Nullable LocalDate asOf;

  @Option(names = "--bins", defaultValue = "5", description = "Scores per dimension (default 5).")
  int bins;

  @Option(names = "--segments", defaultValue = "r-rfm", description = "r-rfm, rf10 or putler11.")
  String segments;

  @Option(
      names = "--horizon-weeks",
      defaultValue = "52",
      description = "Lifetime-value horizon in weeks (default 52).")
  double horizonWeeks;

  @Option(
      names = "--discount-rate",
      defaultValue = "0.10",
      description = "Yearly discount rate of lifetime values (default 0.10).")
  double discountRate;

  @Option(
      names = "--clv-sample",
      defaultValue = "1000000",
      description = "Most customers the BG/NBD and Gamma-Gamma fits use (default 1000000).")
  int clvSample;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of that sample (default 42).")
  long seed;

  /**
   * Runs the job from the command line.
   *
   * @param args the arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String... args) {
    CommandLine cli = new CommandLine(new CrmkitSpark());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("crmkit-spark: " + e.getMessage());
          return e instanceof IllegalArgumentException ? 2 : 3;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    if (partitions != null && partitions < 1) {
      throw new IllegalArgumentException("--partitions must be positive, but was " + partitions);
    }
    JobSettings settings =
        new JobSettings(
            idColumn,
            dateColumn,
            amountColumn,
            dateFormat,
            zone,
            currency,
            asOf,
            bins,
            segments,
            horizonWeeks,
            discountRate,
            clvSample,
            seed);
    String f =
        format != null
            ? format
            : input.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv";
    SparkSession.Builder builder = SparkSession.builder().appName("crmkit customer scoring");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      int p = partitions != null ? partitions : 0;
      JobReport report =
          CustomerScoringJob.run(spark, input, f, delimiter, output, overwrite, p, settings);
      System.out.println(report.toJson());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
