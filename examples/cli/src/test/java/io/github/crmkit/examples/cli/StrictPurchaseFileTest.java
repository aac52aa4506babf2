package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level purchase reader's strict rules; each test failed on the reader before them. */
class StrictPurchaseFileTest {
  @TempDir Path dir;

  static Inputs inputs() {
    return CliFixtures.inputs("Asia/Seoul");
  }

  Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void everyLineEndingKeepsEveryRow() throws IOException {
    for (String eol : new String[] {"\n", "\r\n", "\r"}) {
      StringBuilder sb = new StringBuilder("customer_id,timestamp,amount").append(eol);
      for (int i = 0; i < 1000; i++) {
        sb.append('c')
            .append(i % 37)
            .append(",2025-0")
            .append(1 + i % 9)
            .append("-1")
            .append(i % 10)
            .append(',')
            .append(i % 50)
            .append(".25")
            .append(eol);
      }
      PurchaseFile f =
          PurchaseFile.read(write("eol.csv", sb.toString()), inputs(), "order_id", false);
      assertThat(f.rows)
          .as("line ending %s", eol.replace("\r", "CR").replace("\n", "LF"))
          .isEqualTo(1000);
      assertThat(f.columns.size()).isEqualTo(1000);
      assertThat(f.rejected).isZero();
    }
  }

  @Test
  void quotedFieldsHoldDelimitersAndDoubledQuotes() throws IOException {
    Path p =
        write(
            "quoted.csv",
            """
            customer_id,timestamp,amount
            "Kim, Ji-won",2025-01-02,"1,000.00"
            "say ""hi\""",2025-01-03,2.00
            """);
    Inputs o = inputs();
    PurchaseFile f;
    // "1,000.00" is one field, but not a plain number: a data error, not a split row.
    assertThatThrownBy(() -> PurchaseFile.read(p, o, "order_id", false))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("quoted.csv:2")
        .hasMessageContaining("'1,000.00' is not a number");
    Path ok =
        write(
            "quoted-ok.csv",
            """
            customer_id,timestamp,amount
            "Kim, Ji-won",2025-01-02,"1000.00"
            "say ""hi\""",2025-01-03,2.00
            """);
    f = PurchaseFile.read(ok, o, "order_id", false);
    assertThat(f.columns.customer(f.columns.customerIndex(0)).value()).isEqualTo("Kim, Ji-won");
    assertThat(f.columns.customer(f.columns.customerIndex(1)).value()).isEqualTo("say \"hi\"");
    assertThat(f.columns.amountMinor(0)).isEqualTo(100_000);
    Path open = write("open.csv", "customer_id,timestamp,amount\n\"a,2025-01-02,1.00\n");
    assertThatThrownBy(() -> PurchaseFile.read(open, o, "order_id", false))
        .hasMessageContaining("open.csv:2")
        .hasMessageContaining("not closed");
  }

  @Test
  void amountsFinerThanTheMinorUnitOrTooLargeAreRejectedWithAReason() throws IOException {
    // Regression: 1.005 USD was rounded half-even to 1.00 without notice.
    Path p =
        write(
            "amounts.csv",
            """
            customer_id,timestamp,amount
            a,2025-01-02,1.005
            b,2025-01-02,1.500
            c,2025-01-02,-3.00
            d,2025-01-02,99999999999999999999
            e,2025-01-02,92233720368547758.08
            f,2025-01-02,1e-3
            g,2025-01-02,12.5
            """);
    PurchaseFile f = PurchaseFile.read(p, inputs(), "order_id", false);
    assertThat(f.rows).isEqualTo(7);
    assertThat(f.rejectedByReason())
        .isEqualTo(
            Map.of(
                PurchaseFile.NEGATIVE_AMOUNT, 1L,
                PurchaseFile.FINER_THAN_MINOR_UNIT, 2L,
                PurchaseFile.AMOUNT_OVERFLOW, 2L));
    assertThat(f.rows - f.rejected).isEqualTo(f.columns.size());
    assertThat(f.columns.amountMinor(0)).isEqualTo(150);
    assertThat(f.columns.amountMinor(1)).isEqualTo(1250);
  }

  @Test
  void invalidUtf8InAnIdIsAnErrorWithItsByteOffset() throws IOException {
    byte[] head =
        "customer_id,timestamp,amount\nok,2025-01-02,1.00\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {
      'x', (byte) 0xFF, ',', '2', '0', '2', '5', '-', '0', '1', '-', '0', '2', ',', '1', '\n'
    };
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Path p = write("utf8.csv", all);
    assertThatThrownBy(() -> PurchaseFile.read(p, inputs(), "order_id", false))
        .hasMessageContaining("utf8.csv:3")
        .hasMessageContaining("byte offset " + (head.length + 1));
    // Found by the fuzzer: a control character in an id failed after reading, without a line.
    Path control =
        write(
            "control.csv",
            "customer_id,timestamp,amount\nok,2025-01-02,1.00\na\u001ab,2025-01-02,1\n");
    assertThatThrownBy(() -> PurchaseFile.read(control, inputs(), "order_id", false))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("control.csv:3")
        .hasMessageContaining("control characters");
    // Valid non-ASCII ids are kept as they are.
    Path ko = write("ko.csv", "customer_id,timestamp,amount\n김지원,2025-01-02,1.00\n");
    PurchaseFile f = PurchaseFile.read(ko, inputs(), "order_id", false);
    assertThat(f.columns.customer(0).value()).isEqualTo("김지원");
  }

  @Test
  void datesAreResolvedStrictly() throws IOException {
    // Regression: --date-format turned 2026-02-30 into 2026-02-28.
    Inputs o = inputs();
    o.dateFormat = "dd/MM/yyyy";
    Path p = write("dates.csv", "customer_id,timestamp,amount\na,30/02/2026,1.00\n");
    assertThatThrownBy(() -> PurchaseFile.read(p, o, "order_id", false))
        .hasMessageContaining("dates.csv:2")
        .hasMessageContaining("30/02/2026");
    Path good = write("good.csv", "customer_id,timestamp,amount\na,28/02/2026,1.00\n");
    assertThat(PurchaseFile.read(good, o, "order_id", false).rows).isEqualTo(1);
    Path iso = write("iso.csv", "customer_id,timestamp,amount\na,2026-02-30,1.00\n");
    assertThatThrownBy(() -> PurchaseFile.read(iso, inputs(), "order_id", false))
        .hasMessageContaining("not a valid date");
  }

  @Test
  void aLineOverTheLimitIsAnErrorNotAnAllocation() throws IOException {
    String big = "x".repeat(PurchaseFile.MAX_LINE + 10);
    Path p = write("long.csv", "customer_id,timestamp,amount\na,2025-01-02,1.00\n" + big + "\n");
    assertThatThrownBy(() -> PurchaseFile.read(p, inputs(), "order_id", false))
        .hasMessageContaining("long.csv:3")
        .hasMessageContaining("line limit");
    Path dup = write("dup.csv", "customer_id,timestamp,amount,amount\n");
    assertThatThrownBy(() -> PurchaseFile.read(dup, inputs(), "order_id", false))
        .hasMessageContaining("'amount' appears twice");
  }

  @Test
  void theJsonAccountEqualsTheOneOnStderr() throws IOException {
    // Regression: clv fit --format json reported fewer rejected rows than stderr.
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    for (int i = 0; i < 400; i++) {
      String day = "2025-" + (i % 2 == 0 ? "01" : "03") + "-" + (10 + i % 15);
      sb.append('c').append(i % 80).append(',').append(day).append(',');
      sb.append(i % 41 == 0 ? "-1.00" : i % 43 == 0 ? "1.001" : "10.00").append('\n');
    }
    Path p = write("tx.csv", sb.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Crmkit.run(
            new String[] {
              "clv",
              "fit",
              "--transactions",
              p.toString(),
              "--calibration-end",
              "2025-02-15",
              "--penalty",
              "0.01",
              "--format",
              "json"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    JsonNode rows = Json.MAPPER.readTree(out.toString()).path("rows");
    assertThat(rows.path("received").asLong()).isEqualTo(400);
    assertThat(
            rows.path("processed").asLong()
                + rows.path("afterCalibration").asLong()
                + rows.path("rejected").asLong())
        .isEqualTo(400);
    assertThat(rows.path("afterCalibration").asLong()).isPositive();
    long rejected = rows.path("rejected").asLong();
    assertThat(rows.path("rejectedByReason").path("negative-amount").asLong()).isPositive();
    assertThat(rows.path("rejectedByReason").path("finer-than-minor-unit").asLong()).isPositive();
    assertThat(err.toString()).contains("crmkit: " + rejected + " of 400 rows rejected");
    assertThat(Json.MAPPER.readTree(out.toString()).path("rejected").asLong()).isEqualTo(rejected);
  }
}
