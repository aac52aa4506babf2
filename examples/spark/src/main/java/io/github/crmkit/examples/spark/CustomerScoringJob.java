package io.github.crmkit.examples.spark;

import static org.apache.spark.sql.functions.col;

import io.github.crmkit.core.Purchase;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.FitOptions;
import io.github.crmkit.segmentation.clv.GammaGamma;
import io.github.crmkit.segmentation.clv.ModelFit;
import io.github.crmkit.segmentation.clv.ModelFitException;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmDistribution;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads purchases (CSV with a header, or Parquet), partitions them by customer,
 * summarises each partition with crmkit (RFM values and repeat-purchase summaries, every row used
 * or rejected with a reason), fits RFM quantile boundaries on the driver from the partitions'
 * mergeable {@link RfmDistribution}s (exactly the boundaries of the whole base), fits BG/NBD and
 * Gamma-Gamma on the driver from a seeded sample of customer summaries, then scores every customer
 * in {@code mapPartitions}-style passes and writes Parquet: {@code OUT/customers} (one row per
 * customer, schema {@link Scoring#SCHEMA}) and {@code OUT/rejected} (reason, detail, record).
 */
final class CustomerScoringJob {
  private static final StructType REJECTED =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("reason", DataTypes.StringType, false),
            DataTypes.createStructField("detail", DataTypes.StringType, false),
            DataTypes.createStructField("record", DataTypes.StringType, false)
          });

  /** The L2 penalty of a refit when plain maximum likelihood does not identify a model. */
  static final double SMALL_BASE_PENALTY = 0.01;

  private CustomerScoringJob() {}

  /**
   * Runs the job.
   *
   * @param spark the session
   * @param input the purchases: a file or directory of CSV or Parquet
   * @param format csv or parquet
   * @param delimiter the CSV field delimiter
   * @param output the output directory
   * @param overwrite whether to replace an existing output
   * @param partitions how many partitions to group customers into, or 0 to choose by input size
   *     ({@link #partitionsFor})
   * @param settings what to read and how to score
   * @return what the run did
   */
  static JobReport run(
      SparkSession spark,
      String input,
      String format,
      String delimiter,
      String output,
      boolean overwrite,
      int partitions,
      JobSettings settings) {
    if (partitions < 0) {
      throw new IllegalArgumentException(
          "partitions must be positive, or 0 to choose by input size, but was " + partitions);
    }
    Dataset<Row> raw =
        switch (format) {
          case "csv" ->
              spark
                  .read()
                  .option("header", "true")
                  .option("inferSchema", "false")
                  .option("mode", "PERMISSIVE")
                  .option("sep", delimiter)
                  .csv(input);
          case "parquet" -> spark.read().parquet(input);
          default ->
              throw new IllegalArgumentException(
                  "format must be csv or parquet, but was " + format);
        };
    List<String> columns = Arrays.asList(raw.columns());
    for (String c : List.of(settings.idColumn(), settings.dateColumn(), settings.amountColumn())) {
      if (!columns.contains(c)) {
        throw new IllegalArgumentException(
            "column '" + c + "' is not in " + input + "; its columns are " + columns);
      }
    }
    int groups =
        partitions > 0
            ? partitions
            : partitionsFor(inputBytes(spark, raw), spark.sparkContext().defaultParallelism());
    Dataset<Row> purchases =
        raw.select(
            col(settings.idColumn()), col(settings.dateColumn()), col(settings.amountColumn()));

    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    JobSettings s =
        settings.asOf() != null ? settings : settings.withAsOf(dayAfterLast(purchases, settings));
    start = lap(seconds, "asOf", start);
    JavaRDD<PartitionSummary> parts =
        purchases
            .repartition(groups, col(settings.idColumn()))
            .javaRDD()
            .mapPartitions(rows -> List.of(PartitionSummary.of(rows, s)).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return score(spark, parts, s, output, overwrite, seconds, start, groups);
    } finally {
      parts.unpersist(false);
    }
  }

  private static JobReport score(
      SparkSession spark,
      JavaRDD<PartitionSummary> parts,
      JobSettings s,
      String output,
      boolean overwrite,
      Map<String, Double> seconds,
      long started,
      int groups) {
    long start = started;
    // Counts and reasons first: every row is used or rejected.
    long[] counts =
        parts
            .map(p -> new long[] {p.received, p.processed, p.size()})
            .reduce((a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    Map<String, Long> reasons =
        parts
            .map(
                p -> {
                  Map<String, Long> m = new TreeMap<>();
                  for (String[] r : p.rejected) {
                    m.merge(r[0], 1L, Long::sum);
                  }
                  return m;
                })
            .reduce(
                (a, b) -> {
                  Map<String, Long> m = new TreeMap<>(a);
                  b.forEach((k, v) -> m.merge(k, v, Long::sum));
                  return m;
                });
    long customers = counts[2];
    if (customers == 0) {
      throw new IllegalStateException(
          "no customer left to score: all " + counts[0] + " rows were rejected " + reasons);
    }

    // tag::boundaries[]
    // RFM boundaries from the merged partition distributions.
    RfmDistribution whole =
        parts
            .map(p -> RfmDistribution.of(p.rfmColumns(s, p.customerIds())))
            .treeReduce(RfmDistribution::merge);
    start = lap(seconds, "readAndSummarise", start);
    RfmBoundaries boundaries = RfmBinning.quantiles(s.bins()).fit(whole);
    // end::boundaries[]
    start = lap(seconds, "boundaries", start);

    // BG/NBD and Gamma-Gamma from a seeded sample of at most clvSample customers.
    double fraction = Math.min(1.0, (double) s.clvSample() / customers);
    List<double[][]> sampled = parts.map(p -> sample(p, fraction, s.seed())).collect();
    ClvData fitData = sampleData(sampled);
    double[] penalty = new double[2];
    ModelFit<BgNbd> bg = fit(o -> BgNbd.fit(fitData, o), penalty, 0);
    ModelFit<GammaGamma> gg = fit(o -> GammaGamma.fit(fitData, o), penalty, 1);
    start = lap(seconds, "clvFit", start);

    // tag::score[]
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Scoring> scoring = jsc.broadcast(new Scoring(s, boundaries, bg.model(), gg.model()));
    Map<String, long[]> segments =
        parts.map(p -> scoring.value().segmentTotals(p)).reduce(Scoring::add);
    // end::score[]
    start = lap(seconds, "segmentTotals", start);
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    JavaRDD<Row> scored = parts.flatMap(p -> scoring.value().rows(p));
    spark.createDataFrame(scored, Scoring.SCHEMA).write().mode(mode).parquet(output + "/customers");
    start = lap(seconds, "scoreAndWriteCustomers", start);
    JavaRDD<Row> rejected =
        parts.flatMap(
            p -> {
              List<Row> rows = new ArrayList<>(p.rejected.size());
              for (String[] r : p.rejected) {
                rows.add(RowFactory.create(r[0], r[1], r[2]));
              }
              return rows.iterator();
            });
    spark.createDataFrame(rejected, REJECTED).write().mode(mode).parquet(output + "/rejected");
    scoring.destroy();
    lap(seconds, "writeRejected", start);
    return new JobReport(
        s.asOf(),
        counts[0],
        counts[1],
        reasons,
        customers,
        boundaries,
        bg,
        penalty[0],
        gg,
        penalty[1],
        segments,
        groups,
        output,
        seconds);
  }

  /**
   * Fits by plain maximum likelihood; when the data do not identify the parameters (a small base,
   * few repeat buyers), fits again with an L2 penalty of {@value #SMALL_BASE_PENALTY} on the
   * log-parameters and records it, as the report must say when it is not plain ML.
   */
  private static <M> ModelFit<M> fit(
      Function<FitOptions, ModelFit<M>> fit, double[] penalties, int slot) {
    try {
      return fit.apply(FitOptions.defaults());
    } catch (ModelFitException e) {
      penalties[slot] = SMALL_BASE_PENALTY;
      return fit.apply(FitOptions.defaults().withPenalty(SMALL_BASE_PENALTY));
    }
  }

  /** Input bytes per partition when the caller leaves the number of partitions to the job. */
  static final long PARTITION_BYTES = 64L << 20;

  /**
   * Partitions for an input of {@code bytes}: one per {@value #PARTITION_BYTES} bytes, at least one
   * per core, rounded up to a multiple of the cores so that the last wave of tasks keeps every core
   * busy. Larger partitions score faster (customers with equal summaries share one lifetime-value
   * computation) but hold more customers in a task's memory.
   */
  static int partitionsFor(long bytes, int cores) {
    if (bytes < 0 || cores < 1) {
      throw new IllegalArgumentException(
          "bytes must not be negative and cores positive, but were " + bytes + " and " + cores);
    }
    long byBytes = (bytes + PARTITION_BYTES - 1) / PARTITION_BYTES;
    long parts = Math.max(cores, byBytes);
    parts = (parts + cores - 1) / cores * cores;
    return (int) Math.min(parts, 1_000_000);
  }

  /** The total size of the input's files, from the file system they live on. */
  private static long inputBytes(SparkSession spark, Dataset<Row> raw) {
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    long bytes = 0;
    try {
      for (String file : raw.inputFiles()) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
        bytes += p.getFileSystem(conf).getFileStatus(p).getLen();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot size the input: " + e.getMessage(), e);
    }
    return bytes;
  }

  /** Records the seconds since {@code start} under {@code stage}; returns now. */
  private static long lap(Map<String, Double> seconds, String stage, long start) {
    long now = System.nanoTime();
    seconds.put(stage, (now - start) / 1e9);
    return now;
  }

  /** The day after the last valid purchase, in the settings' zone: one scan of the input. */
  private static LocalDate dayAfterLast(Dataset<Row> purchases, JobSettings s) {
    long last =
        purchases
            .javaRDD()
            .mapPartitions(
                (Iterator<Row> rows) -> {
                  PurchaseReader reader = new PurchaseReader(s);
                  long max = Long.MIN_VALUE;
                  while (rows.hasNext()) {
                    Purchase p = reader.read(rows.next());
                    if (p != null) {
                      max = Math.max(max, p.at().getEpochSecond());
                    }
                  }
                  return List.of(max).iterator();
                })
            .fold(Long.MIN_VALUE, Math::max);
    if (last == Long.MIN_VALUE) {
      throw new IllegalStateException(
          "no valid purchase in the input to take the as-of day from; pass --as-of");
    }
    return Instant.ofEpochSecond(last).atZone(s.zoneId()).toLocalDate().plusDays(1);
  }

  /**
   * The customers of a partition whose id hashes below the fraction: the same customers whatever
   * the partitioning. Columns x, t_x, T, mean spend; ids travel as their hash-free index order.
   */
  static double[][] sample(PartitionSummary p, double fraction, long seed) {
    int n = p.size();
    double[][] out = new double[4][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (fraction >= 1.0 || unit(p.ids[i], seed) < fraction) {
        out[0][k] = p.x[i];
        out[1][k] = p.tx[i];
        out[2][k] = p.age[i];
        out[3][k] = p.meanSpend[i];
        k++;
      }
    }
    for (int c = 0; c < 4; c++) {
      out[c] = Arrays.copyOf(out[c], k);
    }
    return out;
  }

  /** A uniform number in [0, 1) from a customer id and a seed (SplitMix64 finaliser). */
  static double unit(String id, long seed) {
    long z = seed + 0x9E3779B97F4A7C15L * (id.hashCode() + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (z >>> 11) * 0x1.0p-53;
  }

  private static ClvData sampleData(List<double[][]> sampled) {
    int n = 0;
    for (double[][] part : sampled) {
      n += part[0].length;
    }
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] spend = new double[n];
    int k = 0;
    for (double[][] part : sampled) {
      for (int i = 0; i < part[0].length; i++, k++) {
        x[k] = (int) part[0][i];
        tx[k] = part[1][i];
        age[k] = part[2][i];
        spend[k] = part[3][i];
      }
    }
    return ClvData.fromColumns(TimeScale.WEEK, x, tx, age, spend);
  }
}
