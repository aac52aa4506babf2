package io.github.crmkit.benchmarks;

import io.github.crmkit.io.JdbcPurchases;
import io.github.crmkit.io.PurchaseRead;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
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
 * crmkit-io's JDBC reader (issue 16) against the floor under it: a bare {@code ResultSet} loop that
 * reads the same three values of every row from the same query and keeps nothing. The rows:
 * 1,000,000 purchases of 100,000 customers in an in-memory DuckDB table (VARCHAR id, TIMESTAMPTZ,
 * DECIMAL(12, 2)). Target: the reader within 1.5x of the bare loop.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JdbcBenchmark -prof gc}.
 *
 * <p>On the project's machine (2-core AMD EPYC shared VM, JDK 17, G1, -Xmx2g, 5 x 2 s after 3 x 2
 * s, DuckDB 1.5.2, 2026-11-28, one run): {@code readPurchases} 520 +- 43 ms, {@code
 * bareResultSetLoop} 378 +- 33 ms: 1.38x (target 1.5x; 1.43x before the amounts' common case
 * skipped {@code stripTrailingZeros}). Most of the difference is the collector copying the columns
 * as they grow (748 ms of collection in the reader's run, 100 ms in the loop's).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class JdbcBenchmark {
  static final String QUERY = "SELECT customer_id, bought_at, amount FROM purchases";

  Connection connection;
  JdbcPurchases.Options options;

  /**
   * Fills the table.
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup
  public void setUp() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE purchases AS SELECT 'c' || (i % 100000) AS customer_id,"
              + " TIMESTAMPTZ '2026-01-01 00:00:00+00' + i * INTERVAL 1 SECOND AS bought_at,"
              + " CAST((i % 10000) / 100.0 AS DECIMAL(12, 2)) AS amount FROM range(1000000) t(i)");
    }
    options = JdbcPurchases.Options.of(Currency.getInstance("USD"), ZoneOffset.UTC);
  }

  /**
   * Closes the connection.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown
  public void tearDown() throws SQLException {
    connection.close();
  }

  /**
   * The reader: a million rows into columns, with the account.
   *
   * @return the read
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public PurchaseRead readPurchases() throws SQLException {
    return JdbcPurchases.read(connection, QUERY, options);
  }

  /**
   * The bare loop over the same query: every row's id, instant and amount read, nothing kept.
   *
   * @return a checksum
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long bareResultSetLoop() throws SQLException {
    long sum = 0;
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(QUERY)) {
      while (rows.next()) {
        String id = rows.getString(1);
        OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
        BigDecimal amount = rows.getBigDecimal(3);
        sum += id.length() + at.toEpochSecond() + amount.scale();
      }
    }
    return sum;
  }
}
