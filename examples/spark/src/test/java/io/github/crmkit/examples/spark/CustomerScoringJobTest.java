package io.github.crmkit.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.segmentation.clv.BgNbd;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.DiscountRate;
import io.github.crmkit.segmentation.clv.Horizon;
import io.github.crmkit.segmentation.clv.LifetimeValue;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.rfm.RfmBinning;
import io.github.crmkit.segmentation.rfm.RfmBoundaries;
import io.github.crmkit.segmentation.rfm.RfmScorer;
import io.github.crmkit.segmentation.rfm.RfmSegmentation;
import io.github.crmkit.segmentation.rfm.SegmentMaps;
import io.github.crmkit.testkit.CustomerBaseGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] against the single-JVM path, on a million generated customers. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerScoringJobTest {
  private static final java.util.Currency USD = java.util.Currency.getInstance("USD");
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("crmkit test")
            .config("spark.ui.enabled", "false")
            // The generated CSV's local date-times are UTC: to_timestamp must read them so.
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  @Order(1)
  void aMillionCustomersGetTheSegmentsOfTheSingleJvmPath() throws IOException {
    PurchaseColumns base = CustomerBaseGenerator.withSeed(42).customers(1_000_000).columns();
    Path csv = dir.resolve("million.csv");
    long rows = GeneratePurchases.write(csv, base);
    String out = dir.resolve("million-out").toString();

    JobReport report =
        CustomerScoringJob.run(
            spark, csv.toString(), "csv", ",", out, false, 16, JobSettings.defaults());

    // Single JVM: the same purchases, aggregated, fitted and scored in one go.
    Instant asOf = report.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
    RfmAggregation agg = RfmAggregator.of(asOf, ZoneOffset.UTC, USD).aggregate(base);
    RfmBoundaries boundaries = RfmBinning.quantiles(5).fit(agg.columns());
    RfmSegmentation single = RfmScorer.of(boundaries, SegmentMaps.rRfmDefaults()).scoreAll(agg, 1);

    assertThat(report.received()).isEqualTo(rows).isGreaterThan(4_000_000);
    assertThat(report.processed()).isEqualTo(rows);
    assertThat(report.rejected()).isZero();
    assertThat(report.customers()).isEqualTo(single.size()).isGreaterThanOrEqualTo(1_000_000);
    assertThat(report.asOf())
        .isEqualTo(
            LocalDate.ofInstant(Instant.ofEpochSecond(maxSecond(base)), ZoneOffset.UTC)
                .plusDays(1));
    assertThat(report.boundaries()).isEqualTo(boundaries);
    Map<String, Long> segmentCounts = new HashMap<>();
    single.segments().forEach(s -> segmentCounts.put(s.segment(), s.customers()));
    Map<String, Long> sparkCounts = new HashMap<>();
    report.segments().forEach((k, v) -> sparkCounts.put(k, v[0]));
    assertThat(sparkCounts).isEqualTo(segmentCounts);

    List<Row> scored =
        spark
            .read()
            .parquet(out + "/customers")
            .select("customer_id", "segment", "r", "f", "m", "x", "t_x", "age", "clv")
            .collectAsList();
    assertThat(scored).hasSize(single.size());
    Map<String, Integer> rowOf = new HashMap<>(scored.size() * 2);
    for (int i = 0; i < scored.size(); i++) {
      rowOf.put(scored.get(i).getString(0), i);
    }
    assertThat(rowOf).hasSize(single.size());
    int differing = 0;
    for (int i = 0; i < single.size(); i++) {
      Row row = scored.get(rowOf.get(single.customer(i).value()));
      if (!row.getString(1).equals(single.segment(i))
          || row.getInt(2) != single.cell(i).r()
          || row.getInt(3) != single.cell(i).f()
          || row.getInt(4) != single.cell(i).m()) {
        differing++;
      }
    }
    assertThat(differing).as("customers whose segment or cell differs").isZero();

    // BG/NBD was fitted on every customer (the sample cap is above the base): the same fit as
    // one JVM gets from the written summaries.
    int n = scored.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = scored.get(i).getInt(5);
      tx[i] = scored.get(i).getDouble(6);
      age[i] = scored.get(i).getDouble(7);
    }
    BgNbd direct = BgNbd.fit(ClvData.fromColumns(TimeScale.WEEK, x, tx, age, null)).model();
    BgNbd distributed = report.purchases().model();
    assertThat(report.purchases().customers()).isEqualTo(n);
    assertThat(report.purchasesPenalty()).isZero();
    assertThat(report.spendPenalty()).isZero();
    assertThat(distributed.r()).isCloseTo(direct.r(), within(1e-6 * direct.r()));
    assertThat(distributed.alpha()).isCloseTo(direct.alpha(), within(1e-6 * direct.alpha()));
    assertThat(distributed.a()).isCloseTo(direct.a(), within(1e-6 * direct.a()));
    assertThat(distributed.b()).isCloseTo(direct.b(), within(1e-6 * direct.b()));

    // Lifetime values of one customer in a hundred, from their purchases in one JVM.
    Set<String> chosen = new TreeSet<>();
    for (int i = 0; i < single.size(); i += 100) {
      chosen.add(single.customer(i).value());
    }
    List<Purchase> theirs = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      CustomerId id = base.customer(base.customerIndex(i));
      if (id != null && chosen.contains(id.value())) {
        theirs.add(
            Purchase.of(
                id,
                Instant.ofEpochSecond(base.epochSecond(i)),
                Money.ofMinor(base.amountMinor(i), USD),
                Channel.WEB));
      }
    }
    ClvData data =
        ClvData.fromPurchases(theirs, report.asOf(), ZoneOffset.UTC, TimeScale.WEEK, USD);
    assertThat(data.size()).isEqualTo(chosen.size());
    double[] value =
        LifetimeValue.of(
            distributed,
            report.spend().model(),
            data,
            Horizon.of(52, TimeScale.WEEK),
            DiscountRate.of(0.10, TimeScale.YEAR),
            1.0);
    for (int i = 0; i < data.size(); i++) {
      Row row = scored.get(rowOf.get(data.customer(i).value()));
      assertThat(row.getInt(5)).isEqualTo(data.x(i));
      assertThat(row.getDouble(6)).isEqualTo(data.tx(i));
      assertThat(row.getDouble(7)).isEqualTo(data.age(i));
      assertThat(row.getDouble(8)).isCloseTo(value[i], within(1e-9 * Math.max(1, value[i])));
    }
  }

  @Test
  @Order(2)
  void parquetInputGivesWhatCsvGives() throws IOException {
    Path csv = dir.resolve("small.csv");
    GeneratePurchases.write(csv, 5_000, 7);
    String parquet = dir.resolve("small.parquet").toString();
    spark
        .read()
        .option("header", "true")
        .csv(csv.toString())
        .select(
            col("customer_id"),
            to_timestamp(col("timestamp")).as("timestamp"),
            col("amount").cast("decimal(12,2)").as("amount"))
        .write()
        .parquet(parquet);
    JobSettings s = JobSettings.defaults().withAsOf(LocalDate.of(2026, 1, 2));
    JobReport fromCsv =
        CustomerScoringJob.run(spark, csv.toString(), "csv", ",", dir + "/a", false, 3, s);
    JobReport fromParquet =
        CustomerScoringJob.run(spark, parquet, "parquet", ",", dir + "/b", false, 5, s);
    assertThat(fromParquet.received()).isEqualTo(fromCsv.received());
    assertThat(fromParquet.customers()).isEqualTo(fromCsv.customers()).isGreaterThan(4_000);
    assertThat(fromParquet.boundaries()).isEqualTo(fromCsv.boundaries());
    List<Row> a = spark.read().parquet(dir + "/a/customers").orderBy("customer_id").collectAsList();
    List<Row> b = spark.read().parquet(dir + "/b/customers").orderBy("customer_id").collectAsList();
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      for (int c = 0; c < 11; c++) {
        assertThat(b.get(i).get(c)).as("row %s column %s", i, c).isEqualTo(a.get(i).get(c));
      }
      // The BG/NBD fit may differ in the last digits with the customers' order.
      assertThat(b.get(i).getDouble(14))
          .isCloseTo(a.get(i).getDouble(14), within(1e-6 * Math.max(1, a.get(i).getDouble(14))));
    }
  }

  @Test
  @Order(3)
  void everyBadRowIsRejectedWithItsReason() throws IOException {
    Path csv = dir.resolve("bad.csv");
    GeneratePurchases.write(csv, 300, 3);
    long good = Files.readAllLines(csv).size() - 1L;
    Files.writeString(
        csv,
        String.join(
            "\n",
            ",2025-05-01,10.00", // no customer
            "c-bad-date,2025-13-01,10.00",
            "c-bad-date2,yesterday,10.00",
            "c-bad-amount,2025-05-01,12.345",
            "c-bad-amount2,2025-05-01,ten",
            "c-negative,2025-05-01,-5.00",
            "c-late,2027-05-01,5.00",
            "c-short,2025-05-01",
            ""),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    JobSettings s = JobSettings.defaults().withAsOf(LocalDate.of(2026, 1, 2));
    JobReport report =
        CustomerScoringJob.run(spark, csv.toString(), "csv", ",", dir + "/bad", false, 4, s);
    assertThat(report.received()).isEqualTo(good + 8);
    assertThat(report.processed()).isEqualTo(good);
    assertThat(report.processed() + report.rejected()).isEqualTo(report.received());
    assertThat(report.rejectedByReason())
        .containsEntry(PurchaseReader.BAD_CUSTOMER, 1L)
        .containsEntry(PurchaseReader.BAD_TIMESTAMP, 2L)
        .containsEntry(PurchaseReader.BAD_AMOUNT, 3L)
        .containsEntry(RejectionReason.NEGATIVE_AMOUNT.code(), 1L)
        .containsEntry(RejectionReason.AFTER_AS_OF.code(), 1L)
        .hasSize(5);
    List<Row> rejected =
        spark.read().parquet(dir + "/bad/rejected").orderBy("record").collectAsList();
    assertThat(rejected).hasSize(8);
    assertThat(rejected.stream().map(r -> r.getString(2)))
        .contains("c-short,2025-05-01,", "c-bad-amount,2025-05-01,12.345");
    assertThat(rejected.stream().map(r -> r.getString(1)))
        .anyMatch(d -> d.contains("12.345") && d.contains("USD"))
        .anyMatch(d -> d.contains("'yesterday'"));
    // 300 customers do not identify BG/NBD's dropout: the job refits with a small penalty and
    // says so.
    assertThat(report.purchasesPenalty()).isEqualTo(CustomerScoringJob.SMALL_BASE_PENALTY);
    assertThat(report.toJson())
        .contains("\"penalty\": 0.01")
        .contains("\"received\": " + (good + 8))
        .contains("\"bad-amount\": 3")
        .contains("\"asOf\": \"2026-01-02\"");
    // The output exists now: a second run refuses to overwrite it unless asked.
    assertThatThrownBy(
            () ->
                CustomerScoringJob.run(
                    spark, csv.toString(), "csv", ",", dir + "/bad", false, 4, s))
        .hasMessageContaining("already exists");
    assertThat(
            CustomerScoringJob.run(spark, csv.toString(), "csv", ",", dir + "/bad", true, 4, s)
                .received())
        .isEqualTo(good + 8);
  }

  @Test
  @Order(4)
  void badArgumentsAreNamed() throws IOException {
    Path csv = dir.resolve("cols.csv");
    Files.writeString(csv, "id,when,amount\nc1,2025-01-01,1.00\n", StandardCharsets.UTF_8);
    JobSettings s = JobSettings.defaults();
    assertThatThrownBy(
            () ->
                CustomerScoringJob.run(spark, csv.toString(), "csv", ",", dir + "/x", false, 2, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'customer_id'")
        .hasMessageContaining("[id, when, amount]");
    assertThatThrownBy(
            () ->
                CustomerScoringJob.run(spark, csv.toString(), "json", ",", dir + "/x", false, 2, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format must be csv or parquet, but was json");
    assertThatThrownBy(
            () ->
                CustomerScoringJob.run(spark, csv.toString(), "csv", ",", dir + "/x", false, -1, s))
        .hasMessageContaining(
            "partitions must be positive, or 0 to choose by input size, but was -1");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(
        empty, "customer_id,timestamp,amount\nc1,never,1.00\n", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                CustomerScoringJob.run(
                    spark, empty.toString(), "csv", ",", dir + "/y", false, 2, s))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no valid purchase");
    assertThatThrownBy(() -> JobSettings.segmentMap("rfm11"))
        .hasMessage("segments must be r-rfm, rf10 or putler11, but was rfm11");
    assertThat(CrmkitSpark.execute("--input", "x.csv", "--output", "o", "--bins", "11"))
        .isEqualTo(2);
    assertThat(CrmkitSpark.execute("--input", "x.csv", "--output", "o", "--currency", "XYZ"))
        .isEqualTo(2);
    assertThat(CrmkitSpark.execute("--output", "o")).isEqualTo(2);
    assertThat(CrmkitSpark.execute("--input", "x.csv", "--output", "o", "--partitions", "0"))
        .isEqualTo(2);
    // Date-times with offsets are instants; local ones are read in the settings' zone.
    assertThat(PurchaseReader.endsWithOffset("2025-06-01T10:15:30+02:00")).isTrue();
    assertThat(PurchaseReader.endsWithOffset("2025-06-01T10:15:30-0500")).isTrue();
    assertThat(PurchaseReader.endsWithOffset("2025-06-01T10:15:30")).isFalse();
    assertThat(PurchaseReader.endsWithOffset("2025-06-01T10:15")).isFalse();
    assertThat(PurchaseReader.endsWithOffset("2025-06-01")).isFalse();
    assertThat(PurchaseReader.endsWithOffset("2025-06-01T10:15:30+2:00")).isFalse();
    PurchaseReader reader = new PurchaseReader(JobSettings.defaults());
    assertThat(
            reader
                .read(
                    org.apache.spark.sql.RowFactory.create(
                        "c1", "2025-06-01T10:15:30+02:00", "1.00"))
                .at())
        .isEqualTo(Instant.parse("2025-06-01T08:15:30Z"));
    assertThat(
            reader
                .read(org.apache.spark.sql.RowFactory.create("c1", "2025-06-01T10:15:30", "1.00"))
                .at())
        .isEqualTo(Instant.parse("2025-06-01T10:15:30Z"));
    // One partition per 64 MiB, at least one per core, a multiple of the cores.
    assertThat(CustomerScoringJob.partitionsFor(0, 2)).isEqualTo(2);
    assertThat(CustomerScoringJob.partitionsFor(166_000_000L, 2)).isEqualTo(4);
    assertThat(CustomerScoringJob.partitionsFor(64L << 20, 1)).isEqualTo(1);
    assertThat(CustomerScoringJob.partitionsFor((64L << 20) + 1, 1)).isEqualTo(2);
    assertThat(CustomerScoringJob.partitionsFor(1L << 40, 400)).isEqualTo(16_400);
    assertThatThrownBy(() -> CustomerScoringJob.partitionsFor(-1, 2)).hasMessageContaining("-1");
  }

  @Test
  @Order(5) // last: the command line stops the session when it ends
  void theCommandLineRunsTheJob() throws IOException {
    Path csv = dir.resolve("cli.csv");
    GeneratePurchases.write(csv, 2_000, 11);
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stdout = System.out;
    int code;
    System.setOut(new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      code =
          CrmkitSpark.execute(
              "--input",
              csv.toString(),
              "--output",
              dir + "/cli",
              "--master",
              "local[2]",
              "--segments",
              "putler11");
    } finally {
      System.setOut(stdout);
    }
    assertThat(code).isZero();
    String json = buffer.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"rejected\": 0").contains("\"bgnbd\"").contains("Champions");
    // A small file on two cores: two partitions.
    assertThat(json).contains("\"partitions\": 2");
    assertThat(json)
        .containsSubsequence(
            "\"seconds\"",
            "\"asOf\"",
            "\"readAndSummarise\"",
            "\"boundaries\"",
            "\"clvFit\"",
            "\"segmentTotals\"",
            "\"scoreAndWriteCustomers\"",
            "\"writeRejected\"");
    try (var files = Files.list(dir.resolve("cli/customers"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.endsWith(".parquet"));
    }
  }

  private static long maxSecond(PurchaseColumns c) {
    long max = Long.MIN_VALUE;
    for (int i = 0; i < c.size(); i++) {
      max = Math.max(max, c.epochSecond(i));
    }
    return max;
  }
}
