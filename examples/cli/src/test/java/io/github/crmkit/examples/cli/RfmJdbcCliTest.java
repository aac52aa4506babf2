package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crmkit rfm --jdbc-url URL --query SQL} reads the purchases from a database (an embedded
 * PostgreSQL started here) and gives, for the same rows, the very output of {@code --transactions}.
 */
class RfmJdbcCliTest {
  @TempDir Path dir;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Crmkit.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void aQueryGivesTheOutputOfTheSameRowsInACsvFile() throws IOException, SQLException {
    StringBuilder csv = new StringBuilder("customer_id,timestamp,amount\n");
    SplittableRandom rng = new SplittableRandom(11);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE purchases (customer_id TEXT, bought DATE, amount NUMERIC(12, 2))");
      }
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO purchases VALUES (?, ?, ?)")) {
        for (int k = 0; k < 300; k++) {
          int n = 1 + rng.nextInt(6);
          for (int j = 0; j < n; j++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(rng.nextInt(365));
            java.math.BigDecimal amount =
                java.math.BigDecimal.valueOf(rng.nextInt(1, 20_000)).movePointLeft(2);
            csv.append('c').append(k).append(',').append(day).append(',').append(amount);
            csv.append('\n');
            insert.setString(1, "c" + k);
            insert.setObject(2, day);
            insert.setBigDecimal(3, amount);
            insert.addBatch();
          }
        }
        csv.append("bad,2025-03-01,-5.00\n");
        insert.setString(1, "bad");
        insert.setObject(2, LocalDate.of(2025, 3, 1));
        insert.setBigDecimal(3, new java.math.BigDecimal("-5.00"));
        insert.addBatch();
        insert.executeBatch();
      }
      Path tx = dir.resolve("tx.csv");
      Files.writeString(tx, csv, StandardCharsets.UTF_8);
      String url = pg.getJdbcUrl("postgres", "postgres");
      Path fromFile = dir.resolve("file.csv");
      Path fromQuery = dir.resolve("query.csv");
      String[] a =
          run(
              "rfm",
              "--transactions",
              tx.toString(),
              "--zone",
              "Asia/Seoul",
              "--format",
              "csv",
              "--out",
              fromFile.toString());
      String[] b =
          run(
              "rfm",
              "--jdbc-url",
              url,
              "--query",
              "SELECT customer_id, bought, amount FROM purchases",
              "--zone",
              "Asia/Seoul",
              "--format",
              "csv",
              "--out",
              fromQuery.toString());
      assertThat(a[0]).as(a[2]).isEqualTo("0");
      assertThat(b[0]).as(b[2]).isEqualTo("0");
      assertThat(Files.readAllLines(fromQuery))
          .hasSize(301)
          .isEqualTo(Files.readAllLines(fromFile));
      assertThat(b[2]).contains("negative-amount");

      // clv fit and clv evaluate read the same purchases from the query as from the file.
      String[] fitFile =
          run(
              "clv",
              "fit",
              "--transactions",
              tx.toString(),
              "--penalty",
              "0.01",
              "--calibration-end",
              "2025-09-30",
              "--zone",
              "Asia/Seoul",
              "--format",
              "json");
      String[] fitQuery =
          run(
              "clv",
              "fit",
              "--jdbc-url",
              url,
              "--query",
              "SELECT * FROM purchases",
              "--penalty",
              "0.01",
              "--calibration-end",
              "2025-09-30",
              "--zone",
              "Asia/Seoul",
              "--format",
              "json");
      // Random purchases need not identify the model: whatever the fit gives from the file, it
      // gives from the query (the same exit, output and messages but for the source's name).
      assertThat(fitQuery[0]).isEqualTo(fitFile[0]);
      assertThat(fitQuery[1]).isEqualTo(fitFile[1]);
      assertThat(fitQuery[2].replace(DatabaseSource.name(url), "SOURCE"))
          .isEqualTo(fitFile[2].replace(tx.toString(), "SOURCE"));
      String[] evalFile =
          run(
              "clv",
              "evaluate",
              "--transactions",
              tx.toString(),
              "--calibration-end",
              "2025-09-30",
              "--holdout-end",
              "2025-12-31",
              "--models",
              "bgnbd",
              "--penalty",
              "0.01",
              "--zone",
              "Asia/Seoul",
              "--format",
              "json");
      String[] evalQuery =
          run(
              "clv",
              "evaluate",
              "--jdbc-url",
              url,
              "--query",
              "SELECT * FROM purchases",
              "--calibration-end",
              "2025-09-30",
              "--holdout-end",
              "2025-12-31",
              "--models",
              "bgnbd",
              "--penalty",
              "0.01",
              "--zone",
              "Asia/Seoul",
              "--format",
              "json");
      assertThat(evalQuery[0]).isEqualTo(evalFile[0]);
      assertThat(evalQuery[2].replace(DatabaseSource.name(url), "SOURCE"))
          .isEqualTo(evalFile[2].replace(tx.toString(), "SOURCE"));
      if (evalFile[0].equals("0")) {
        assertThat(withoutSource(evalQuery[1])).isEqualTo(withoutSource(evalFile[1]));
      }

      String[] both = run("rfm", "--transactions", tx.toString(), "--jdbc-url", url);
      assertThat(both[0]).isEqualTo("2");
      assertThat(both[2]).contains("either --transactions or --jdbc-url");
      String[] noQuery = run("rfm", "--jdbc-url", url);
      assertThat(noQuery[0]).isEqualTo("2");
      assertThat(noQuery[2]).contains("--jdbc-url and --query go together");
      String[] badColumn =
          run(
              "rfm",
              "--jdbc-url",
              url,
              "--query",
              "SELECT customer_id, amount, bought FROM purchases");
      assertThat(badColumn[0]).isNotEqualTo("0");
      assertThat(badColumn[2]).contains("column amount").contains("timestamp");
    }
  }

  /** The JSON document without the members that name the source. */
  static com.fasterxml.jackson.databind.JsonNode withoutSource(String json) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode n =
        (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(json);
    List<String> named = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : n.properties()) {
      String v = e.getValue().asText("");
      if (v.contains("tx.csv") || v.contains("query at")) {
        named.add(e.getKey());
      }
    }
    n.remove(named);
    return n;
  }

  @Test
  void aPasswordInTheUrlIsNeverPrinted() {
    assertThat(DatabaseSource.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
  }
}
