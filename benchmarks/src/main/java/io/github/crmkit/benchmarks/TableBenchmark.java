package io.github.crmkit.benchmarks;

import io.github.crmkit.io.CsvRecords;
import io.github.crmkit.io.CsvTable;
import io.github.crmkit.io.CsvWriter;
import io.github.crmkit.io.TableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * crmkit-io's table reader and writer, each against the plain way in the same run: {@code CsvTable}
 * reading a summary file of 1,000,000 customers ({@code customer_id,x,t_x,T,zbar}, 45 MB, seeded)
 * into typed columns, against the strict record reader ({@code CsvRecords}, one {@code String[]}
 * per record) parsing the same columns with {@code Integer.parseInt} and {@code
 * Double.parseDouble}; {@code TableWriter} writing a million customers' predictions (id, two
 * decimals to 6 digits, two to 4) as CSV, against {@code CsvWriter} writing the same rows one by
 * one, both to a stream that discards them.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TableBenchmark}.
 *
 * <p>On the project's machine (2-core AMD EPYC shared VM, JDK 17, ParallelGC, 5 x 2 s after 3 x 2
 * s, 2026-11-29, commit after 53ce0d2): {@code readTable} 155.9 +- 105.2 ms against {@code
 * readRecords} 596.3 +- 154.9 ms (3.8x); {@code writeTable} 110.6 +- 9.5 ms against {@code
 * writeRows} 2,046 +- 1,573 ms (18x; most of the baseline is {@code BigDecimal}, which the table
 * writer needs only near a tie). The machine was shared: the error bars are wide.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class TableBenchmark {
  private static final int N = 1_000_000;

  Path dir;
  Path file;
  String[] ids;
  double[] alive;
  double[] next;
  double[] spend;
  double[] value;

  private static final CsvTable.Schema SCHEMA =
      CsvTable.Schema.builder()
          .customerIds("customer_id")
          .integers("x")
          .decimals("t_x")
          .decimals("T")
          .decimals("zbar")
          .build();

  /**
   * Writes the summary file and makes the predictions.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("crmkit-table");
    file = dir.resolve("summary.csv");
    SplittableRandom rng = new SplittableRandom(19);
    ids = new String[N];
    alive = new double[N];
    next = new double[N];
    spend = new double[N];
    value = new double[N];
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,x,t_x,T,zbar\n");
      for (int i = 0; i < N; i++) {
        ids[i] = String.format(Locale.ROOT, "c%07d", i);
        int x = rng.nextInt(0, 12);
        double age = rng.nextInt(1, 78 * 7) / 7.0;
        double tx = x == 0 ? 0 : Math.round(age * rng.nextDouble() * 7) / 7.0;
        double zbar = x == 0 ? 0 : Math.round(rng.nextDouble(5, 200) * 100) / 100.0;
        w.write(ids[i] + "," + x + "," + tx + "," + age + "," + zbar + "\n");
        alive[i] = rng.nextDouble();
        next[i] = rng.nextDouble() * 5;
        spend[i] = rng.nextDouble() * 100;
        value[i] = next[i] * spend[i];
      }
    }
  }

  /**
   * Removes the file.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /**
   * {@code CsvTable}: typed columns, on every core.
   *
   * @return a value of the result
   * @throws IOException if reading fails
   */
  @Benchmark
  public double readTable() throws IOException {
    CsvTable t = CsvTable.read(file, CsvRecords.Options.defaults(), SCHEMA);
    return t.decimals("zbar")[N - 1] + t.customerIds("customer_id").size();
  }

  /**
   * The same columns from the strict record reader, parsed field by field.
   *
   * @return a value of the result
   * @throws IOException if reading fails
   */
  @Benchmark
  public double readRecords() throws IOException {
    int[] x = new int[N];
    double[] tx = new double[N];
    double[] age = new double[N];
    double[] zbar = new double[N];
    List<String> customers = new java.util.ArrayList<>(N);
    int[] n = {0};
    CsvRecords.read(
        file,
        CsvRecords.Options.defaults(),
        (f, line) -> {
          int i = n[0]++;
          customers.add(f[0]);
          x[i] = Integer.parseInt(f[1]);
          tx[i] = Double.parseDouble(f[2]);
          age[i] = Double.parseDouble(f[3]);
          zbar[i] = Double.parseDouble(f[4]);
        });
    return zbar[N - 1] + customers.size();
  }

  /**
   * {@code TableWriter}: blocks on every core.
   *
   * @return the bytes written
   * @throws IOException never (the stream discards)
   */
  @Benchmark
  public long writeTable() throws IOException {
    return TableWriter.builder()
        .texts("customer_id", i -> ids[i])
        .decimals("p_alive", i -> alive[i], 6)
        .decimals("expected_purchases", i -> next[i], 6)
        .decimals("expected_spend", i -> spend[i], 4)
        .decimals("clv", i -> value[i], 4)
        .build()
        .write(OutputStream.nullOutputStream(), TableWriter.Format.CSV, N);
  }

  /**
   * {@code CsvWriter} row by row, the decimals rounded by {@code BigDecimal} as the table writer
   * rounds them.
   *
   * @return the rows written
   * @throws IOException never (the stream discards)
   */
  @Benchmark
  public long writeRows() throws IOException {
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8),
            1 << 16);
    CsvWriter w =
        CsvWriter.of(
            out, List.of("customer_id", "p_alive", "expected_purchases", "expected_spend", "clv"));
    for (int i = 0; i < N; i++) {
      w.row(ids[i], fixed(alive[i], 6), fixed(next[i], 6), fixed(spend[i], 4), fixed(value[i], 4));
    }
    w.flush();
    return w.rows();
  }

  private static java.math.BigDecimal fixed(double v, int digits) {
    return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN);
  }
}
