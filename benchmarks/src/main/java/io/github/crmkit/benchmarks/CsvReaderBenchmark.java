package io.github.crmkit.benchmarks;

import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.io.PurchaseRead;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * crmkit-io's CSV reader alone (issue 16): the bytes of a purchase file to {@code PurchaseColumns},
 * on one core ({@code parts(1)}) and on all, against the floor under it in the same run: reading
 * the same file from the page cache through the same 1 MiB chunks and touching every byte once
 * (eight at a time), which is memory bandwidth plus the copy out of the page cache.
 *
 * <p>The file: 2,000,000 rows of {@code customer_id,timestamp,amount} ({@code c0000001}, {@code
 * 2024-03-01T10:15:00}, {@code 123.45}), 400,000 customers, seeded; {@code order} is {@code
 * grouped} (by customer, as a per-customer export) or {@code time} (in time order, as a transaction
 * export): 71,468,264 bytes. Throughput is the file's size over the time of one read.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CsvReaderBenchmark}.
 *
 * <p>On the project's machine (2-core AMD EPYC shared VM, JDK 17, ParallelGC, -Xmx3g, 5 x 2 s after
 * 3 x 2 s, 2026-11-29, early afternoon): {@code readOnOneCore} 162.8 +- 14.9 ms grouped (439 MB/s)
 * and 170.7 +- 10.0 ms in time order (419 MB/s); {@code readOnAllCores} 87.8 +- 5.0 ms (814 MB/s)
 * and 97.5 +- 6.1 ms (733 MB/s); {@code touchEveryByteOnOneCore} 11.1 ms (6.5 GB/s). The build
 * before this session's reader changes, run just before on the same machine and file: 211.9 +- 13.3
 * ms and 230.1 +- 18.3 ms on one core (337 and 311 MB/s). The target, 400 MB/s per core, is
 * reached in both orders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class CsvReaderBenchmark {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The order of the rows. */
  @Param({"grouped", "time"})
  public String order;

  Path dir;
  Path file;
  CsvPurchases.Options options;

  /**
   * Writes the file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("crmkit-csv-bench");
    file = dir.resolve("purchases.csv");
    int customers = 400_000;
    int rows = 2_000_000;
    SplittableRandom r = new SplittableRandom(16);
    long[] keys = new long[rows];
    String[] lines = new String[rows];
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < rows; i++) {
      int c = i < customers ? i : r.nextInt(customers);
      int second = r.nextInt(2 * 365 * 86_400);
      lines[i] =
          String.format(
              Locale.ROOT,
              "c%07d,%s,%d.%02d%n",
              c + 1,
              start.plusSeconds(second),
              1 + r.nextInt(500),
              r.nextInt(100));
      keys[i] = "grouped".equals(order) ? ((long) c << 32) | second : ((long) second << 32) | c;
    }
    Integer[] idx = new Integer[rows];
    Arrays.setAll(idx, i -> i);
    Arrays.sort(idx, (a, b) -> Long.compare(keys[a], keys[b]));
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,timestamp,amount\n");
      for (Integer i : idx) {
        w.write(lines[i]);
      }
    }
    options = CsvPurchases.Options.of(Currency.getInstance("USD"), ZoneOffset.UTC);
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /**
   * The reader on one core.
   *
   * @return the read
   * @throws IOException if reading fails
   */
  @Benchmark
  public PurchaseRead readOnOneCore() throws IOException {
    return CsvPurchases.read(file, options.parts(1));
  }

  /**
   * The reader on every core (parts by size and cores).
   *
   * @return the read
   * @throws IOException if reading fails
   */
  @Benchmark
  public PurchaseRead readOnAllCores() throws IOException {
    return CsvPurchases.read(file, options);
  }

  /**
   * The floor: the file's bytes through 1 MiB chunks from the page cache, every byte touched once.
   *
   * @return a checksum
   * @throws IOException if reading fails
   */
  @Benchmark
  public long touchEveryByteOnOneCore() throws IOException {
    byte[] chunk = new byte[1 << 20];
    long x = 0;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long pos = 0;
      while (true) {
        int n = ch.read(ByteBuffer.wrap(chunk), pos);
        if (n <= 0) {
          return x;
        }
        pos += n;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
          x ^= (long) LONGS.get(chunk, i);
        }
        for (; i < n; i++) {
          x += chunk[i];
        }
      }
    }
  }
}
