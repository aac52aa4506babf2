package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crmkit-io's CSV reader through its public API: files, streams, parts, errors and accounts. */
class CsvPurchasesTest {
  static final Currency USD = Currency.getInstance("USD");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final CsvPurchases.Options OPTIONS = CsvPurchases.Options.of(USD, SEOUL);

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Each kept row as "customer instant minor-units", in order. */
  static List<String> rows(PurchaseColumns c) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(
          c.customer(c.customerIndex(i)).value()
              + " "
              + Instant.ofEpochSecond(c.epochSecond(i))
              + " "
              + c.amountMinor(i));
    }
    return out;
  }

  /** The dictionary of customers, in index order. */
  static List<String> customers(PurchaseColumns c) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < c.customerCount(); k++) {
      out.add(String.valueOf(c.customer(k)));
    }
    return out;
  }

  @Test
  void readsDatesDateTimesAndAmountsInTheOptionsZoneAndCurrency() throws IOException {
    Path p =
        write(
            "p.csv",
            "\uFEFFCustomer_ID,Timestamp,Amount\n"
                + "c1,2026-01-05,12.5\n"
                + "c2,2026-01-06T23:30:00,7\n"
                + "\n"
                + "c1,2026-02-01T00:00:00Z,0.01\r\n"
                + "\"c,3\",2026-02-01T09:00:00+09:00,\"3.00\"\r"
                + "c2,2026-03-01,-1.00\n"
                + "c2,2026-03-01,1.005\n"
                + "c2,2026-03-01,99999999999999999999\n");
    PurchaseRead read = CsvPurchases.read(p, OPTIONS);
    assertThat(rows(read.columns()))
        .containsExactly(
            "c1 2026-01-04T15:00:00Z 1250",
            "c2 2026-01-06T14:30:00Z 700",
            "c1 2026-02-01T00:00:00Z 1",
            "c,3 2026-02-01T00:00:00Z 300");
    assertThat(read.received()).isEqualTo(7);
    assertThat(read.processed()).isEqualTo(4);
    assertThat(read.rejections())
        .isEqualTo(
            Map.of(
                RejectionReason.NEGATIVE_AMOUNT,
                1L,
                RejectionReason.FINER_THAN_MINOR_UNIT,
                1L,
                RejectionReason.AMOUNT_OVERFLOW,
                1L));
    assertThat(read.columns().currency()).isEqualTo(USD);
  }

  @Test
  void aStreamReadsAsTheFile() throws IOException {
    StringBuilder sb = new StringBuilder("customer_id;day;amount;order\n");
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 5000; i++) {
      sb.append("k")
          .append(r.nextInt(300))
          .append(';')
          .append(
              String.format(
                  java.util.Locale.ROOT, "%02d/%02d/2025", 1 + r.nextInt(28), 1 + r.nextInt(12)))
          .append(';')
          .append(r.nextInt(-50, 5000) / 100.0)
          .append(';')
          .append(i)
          .append('\n');
    }
    Path p = write("semi.csv", sb.toString());
    CsvPurchases.Options o =
        OPTIONS.columns("CUSTOMER_ID", "day", "amount").delimiter(';').dateFormat("dd/MM/yyyy");
    AtomicLong bytes = new AtomicLong();
    PurchaseRead file = CsvPurchases.read(p, o.orderColumn("order").progress(bytes::addAndGet));
    assertThat(bytes.get()).isEqualTo(Files.size(p));
    PurchaseRead stream =
        CsvPurchases.read(
            new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
            "semi (stream)",
            o.orderColumn("order"));
    assertThat(rows(stream.columns())).isEqualTo(rows(file.columns()));
    assertThat(stream.rejections()).isEqualTo(file.rejections()).isNotEmpty();
    assertThat(stream.received()).isEqualTo(file.received()).isEqualTo(5000);
    assertThat(file.columns().hasOrderIds()).isTrue();
    long[] orders = new long[file.columns().size()];
    for (int i = 0; i < orders.length; i++) {
      orders[i] = file.columns().orderId(i);
    }
    assertThat(orders).isSorted();
    assertThat(stream.columns().orderId(orders.length - 1)).isEqualTo(orders[orders.length - 1]);
  }

  @Test
  void aTabDelimiterIsNeverTakenForPaddingAroundAField() throws IOException {
    // Regression: spaces and tabs around fields were trimmed even when the tab was the delimiter,
    // so an empty field swallowed the delimiter after it and a quoted field followed by a tab was
    // "text after the closing quote".
    Path p =
        write(
            "tabs.tsv",
            """
            customer_id\tnote\ttimestamp\tamount
            "a"\t\t2025-01-02\t1.00
            b\t"x"\t2025-01-03\t 2.00\s
            """);
    PurchaseRead read = CsvPurchases.read(p, OPTIONS.delimiter('\t'));
    assertThat(rows(read.columns()))
        .containsExactly("a 2025-01-01T15:00:00Z 100", "b 2025-01-02T15:00:00Z 200");
  }

  @Test
  void anyCutIntoPartsReadsAsOnePart() throws IOException {
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    SplittableRandom r = new SplittableRandom(11);
    List<String> keptIds = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      // Sorted runs, then customers out of order: both ways of interning ids, across cuts.
      // Ids of up to 8 bytes (kept as they are) and longer ones (hashed, bytes compared).
      String id =
          i < 1500
              ? "s" + (10_000 + i / 3)
              : (r.nextBoolean() ? "u" : "a-much-longer-customer-id-") + r.nextInt(700);
      sb.append(id).append(',').append("2025-05-0").append(1 + r.nextInt(9)).append("T10:15:00,");
      int cents = r.nextInt(-100, 100_000);
      sb.append(cents / 100.0).append(i % 97 == 0 ? "\r\n" : "\n");
      if (cents >= 0) {
        keptIds.add(id);
      }
    }
    Path p = write("parts.csv", sb.toString());
    PurchaseRead one = CsvPurchases.read(p, OPTIONS.parts(1));
    // Against the text itself: every kept row's customer, and customers in order of appearance.
    assertThat(rows(one.columns()).stream().map(row -> row.substring(0, row.indexOf(' '))))
        .containsExactlyElementsOf(keptIds);
    assertThat(customers(one.columns())).isEqualTo(keptIds.stream().distinct().toList());
    for (int parts = 2; parts <= 7; parts++) {
      PurchaseRead many = CsvPurchases.read(p, OPTIONS.parts(parts));
      assertThat(rows(many.columns())).as("%s parts", parts).isEqualTo(rows(one.columns()));
      assertThat(customers(many.columns())).isEqualTo(customers(one.columns()));
      assertThat(many.rejections()).isEqualTo(one.rejections());
      assertThat(many.received()).isEqualTo(3000);
    }
  }

  @Test
  void aPartWithMoreRowsThanItsFirstLinesPromiseLosesNone() throws IOException {
    // The columns are sized from each part's first 64 KiB: long lines there (a wide note column),
    // then short ones, give a part more rows than its window holds, and it goes on in columns of
    // its own. Blank lines and rejected rows leave room in the windows.
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount,note\n");
    String note = "x".repeat(900);
    List<String> keptIds = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      String id = "c" + (i * 7919 % 5003);
      boolean wide = i % 20_000 < 150;
      boolean negative = i % 1013 == 0;
      sb.append(id).append(",2025-06-01T08:00:00,").append(negative ? "-1.00" : "2.50");
      sb.append(',').append(wide ? note : "n").append(i % 4999 == 0 ? "\n\n" : "\n");
      if (!negative) {
        keptIds.add(id);
      }
    }
    Path p = write("widening.csv", sb.toString());
    PurchaseRead stream;
    try (InputStream in = Files.newInputStream(p)) {
      stream = CsvPurchases.read(in, "widening.csv", OPTIONS);
    }
    assertThat(stream.columns().size()).isEqualTo(keptIds.size());
    for (int parts = 1; parts <= 3; parts++) {
      PurchaseRead file = CsvPurchases.read(p, OPTIONS.parts(parts));
      assertThat(file.columns().size()).as("%s parts", parts).isEqualTo(keptIds.size());
      assertThat(rows(file.columns())).as("%s parts", parts).isEqualTo(rows(stream.columns()));
      assertThat(customers(file.columns())).isEqualTo(keptIds.stream().distinct().toList());
      assertThat(file.received()).isEqualTo(40_000);
      assertThat(file.rejections()).isEqualTo(stream.rejections());
    }
  }

  @Test
  void badInputIsAnErrorNamingTheFileTheLineAndTheColumn() throws IOException {
    String head = "customer_id,timestamp,amount\n";
    String ok = "a,2025-01-02,1.00\n";
    Path amount = write("amount.csv", head + ok + ok + "b,2025-01-02,12;5\n");
    assertThatThrownBy(() -> CsvPurchases.read(amount, OPTIONS.parts(3)))
        .isInstanceOfSatisfying(
            SourceFormatException.class,
            e -> {
              assertThat(e.source()).endsWith("amount.csv");
              assertThat(e.row()).isEqualTo(4);
              assertThat(e.column()).contains("amount");
              assertThat(e.problem()).contains("'12;5' is not a number");
            })
        .hasMessageContaining("amount.csv:4, column amount: amount '12;5' is not a number");
    Path date = write("date.csv", head + ok + "b,2026-02-30,1.00\n");
    assertThatThrownBy(() -> CsvPurchases.read(date, OPTIONS))
        .hasMessageContaining(
            "date.csv:3, column timestamp: date '2026-02-30' is not a valid date");
    Path id = write("id.csv", head + ok + ",2025-01-02,1.00\n");
    assertThatThrownBy(() -> CsvPurchases.read(id, OPTIONS))
        .hasMessageContaining("id.csv:3, column customer_id: empty customer id");
    Path fields = write("fields.csv", head + ok + "a,2025-01-02\n");
    assertThatThrownBy(() -> CsvPurchases.read(fields, OPTIONS))
        .hasMessageContaining("fields.csv:3: expected at least 3 fields, found 2");
    Path quote = write("quote.csv", head + "\"a,2025-01-02,1.00\n");
    assertThatThrownBy(() -> CsvPurchases.read(quote, OPTIONS))
        .hasMessageContaining("quote.csv:2: a quoted field is not closed");
    Path missing = write("missing.csv", "who,timestamp,amount\n" + ok);
    assertThatThrownBy(() -> CsvPurchases.read(missing, OPTIONS))
        .hasMessageContaining("missing.csv:1: no column 'customer_id' in the header [who,");
    Path nul = write("nul.csv", head + "a,2025-01-02,1.00\na\u0000,2025-01-02,1.00\n");
    assertThatThrownBy(() -> CsvPurchases.read(nul, OPTIONS))
        .hasMessageContaining("nul.csv:3, column customer_id: customer id");
    Path twice = write("twice.csv", "customer_id,timestamp,amount,Amount\n");
    assertThatThrownBy(() -> CsvPurchases.read(twice, OPTIONS))
        .hasMessageContaining("'amount' appears twice");
    Path empty = write("empty.csv", "");
    assertThatThrownBy(() -> CsvPurchases.read(empty, OPTIONS))
        .hasMessageContaining("empty.csv:1: the file is empty");
    byte[] bad = (head + "a\u00e9,2025-01-02,1.00\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () -> CsvPurchases.read(new ByteArrayInputStream(bad), "latin1 stream", OPTIONS))
        .hasMessageContaining("latin1 stream:2, column customer_id: invalid UTF-8");
    assertThatThrownBy(() -> CsvPurchases.read(dir.resolve("absent.csv"), OPTIONS))
        .isInstanceOf(IOException.class);
  }

  @Test
  void strictDatesReadAsTheReaderAndRefuseWhatIsNoDate() {
    java.time.format.DateTimeFormatter f = StrictDates.formatter("dd/MM/yyyy HH:mm");
    assertThat(StrictDates.parse("30/01/2026 09:15", f, SEOUL))
        .isEqualTo(Instant.parse("2026-01-30T00:15:00Z"));
    assertThat(StrictDates.parse("2026-01-30", null, SEOUL))
        .isEqualTo(Instant.parse("2026-01-29T15:00:00Z"));
    assertThat(StrictDates.parse("2026-01-30T09:15:00+01:00", null, SEOUL))
        .isEqualTo(Instant.parse("2026-01-30T08:15:00Z"));
    assertThatThrownBy(() -> StrictDates.parse("30/02/2026 09:15", f, SEOUL))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
    assertThatThrownBy(() -> StrictDates.parse("2026-02-30", null, SEOUL))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
    assertThatThrownBy(() -> StrictDates.formatter("yyyy-MM-dd bogus"))
        .isInstanceOf(IllegalArgumentException.class);
    new NullPointerTester()
        .setDefault(ZoneId.class, SEOUL)
        .testAllPublicStaticMethods(StrictDates.class);
  }

  @Test
  void optionsRefuseWhatCannotBeRead() {
    assertThatThrownBy(() -> OPTIONS.dateFormat("yyyy-MM-dd bogus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pattern must be a java.time pattern");
    assertThatThrownBy(() -> OPTIONS.delimiter('"')).hasMessageContaining("delimiter");
    assertThatThrownBy(() -> OPTIONS.parts(-1)).hasMessageContaining("parts");
    assertThatThrownBy(() -> OPTIONS.columns("a", "", "c")).hasMessageContaining("blank");
    assertThatThrownBy(() -> CsvPurchases.Options.of(Currency.getInstance("XXX"), SEOUL))
        .hasMessageContaining("fraction digits");
    assertThat(OPTIONS.delimiter('\t').toString()).contains("delimiter '\t'", "Asia/Seoul");
    NullPointerTester npe =
        new NullPointerTester()
            .setDefault(CsvPurchases.Options.class, OPTIONS)
            .setDefault(Path.class, dir.resolve("none.csv"));
    npe.testAllPublicStaticMethods(CsvPurchases.class);
    npe.testAllPublicInstanceMethods(OPTIONS);
  }

  /**
   * The same purchases read from a CSV file, from a database table (DuckDB's JDBC driver) and from
   * a Parquet file (DuckDB reading it through SQL) give the same columns, the same customers in the
   * same order and the same account.
   */
  @Test
  void csvJdbcAndParquetGiveTheSamePurchasesAndTheSameAccount() throws IOException, SQLException {
    StringBuilder sb = new StringBuilder("customer_id,timestamp,amount\n");
    SplittableRandom r = new SplittableRandom(16);
    for (int i = 0; i < 20_000; i++) {
      int kind = r.nextInt(100);
      String amount =
          kind == 0
              ? "-" + r.nextInt(1, 100) + ".25"
              : kind == 1
                  ? r.nextInt(100) + ".125"
                  : r.nextInt(100_000) / 100 + "." + r.nextInt(10) + "0";
      sb.append("c")
          .append(r.nextInt(2000))
          .append(',')
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "2025-%02d-%02dT%02d:%02d:%02d",
                  1 + r.nextInt(12),
                  1 + r.nextInt(28),
                  r.nextInt(24),
                  r.nextInt(60),
                  r.nextInt(60)))
          .append(',')
          .append(amount)
          .append('\n');
    }
    Path csv = write("same.csv", sb.toString());
    PurchaseRead fromCsv = CsvPurchases.read(csv, OPTIONS.parts(3));
    assertThat(fromCsv.rejections())
        .containsOnlyKeys(RejectionReason.NEGATIVE_AMOUNT, RejectionReason.FINER_THAN_MINOR_UNIT);
    Path parquet = dir.resolve("same.parquet");
    JdbcPurchases.Options jdbc = JdbcPurchases.Options.of(USD, SEOUL);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE purchases AS SELECT * FROM read_csv('"
              + csv
              + "', header = true, columns = {'customer_id': 'VARCHAR', 'timestamp': 'TIMESTAMP',"
              + " 'amount': 'DECIMAL(18, 3)'})");
      s.execute("COPY purchases TO '" + parquet + "' (FORMAT parquet)");
      PurchaseRead fromTable =
          JdbcPurchases.read(c, "SELECT customer_id, timestamp, amount FROM purchases", jdbc);
      PurchaseRead fromParquet = JdbcPurchases.read(c, "SELECT * FROM '" + parquet + "'", jdbc);
      for (PurchaseRead other : List.of(fromTable, fromParquet)) {
        assertThat(rows(other.columns())).isEqualTo(rows(fromCsv.columns()));
        assertThat(customers(other.columns())).isEqualTo(customers(fromCsv.columns()));
        assertThat(other.received()).isEqualTo(fromCsv.received()).isEqualTo(20_000);
        assertThat(other.processed()).isEqualTo(fromCsv.processed());
        assertThat(other.rejections()).isEqualTo(fromCsv.rejections());
      }
    }
  }
}
