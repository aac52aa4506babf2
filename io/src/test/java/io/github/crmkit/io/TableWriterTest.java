package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  private static final String[] IDS = {"c1", "=cmd()", "고객 \"2\"", "a,b"};
  private static final String[] SEGMENTS = {"Champions", "Lost", "Can't Lose Them", "Lost"};
  private static final long[] DAYS = {3, 0, -7, Long.MIN_VALUE};
  private static final double[] VALUES = {0.5, 2.675, 1e-7, -12.0};

  private static TableWriter table() {
    return TableWriter.builder()
        .texts("customer_id", i -> IDS[i])
        .integers("days", i -> DAYS[i])
        .decimals("value", i -> VALUES[i])
        .decimals("value_2", i -> VALUES[i], 2)
        .labels("segment", i -> SEGMENTS[i])
        .lineEnd("\n")
        .build();
  }

  @Test
  void writesCsvWithAHeaderAndCellsAsCsvWriterDoes() {
    String csv = new String(table().toBytes(TableWriter.Format.CSV, 4), StandardCharsets.UTF_8);
    assertThat(csv)
        .isEqualTo(
            "customer_id,days,value,value_2,segment\n"
                + "c1,3,0.5,0.50,Champions\n"
                + "\"'=cmd()\",0,2.675,2.67,Lost\n"
                + "\"고객 \"\"2\"\"\",-7,0.0000001,0.00,Can't Lose Them\n"
                + "\"a,b\",-9223372036854775808,-12,-12.00,Lost\n");
    TableWriter crlf = TableWriter.builder().integers("n", i -> i).lineEnd("\r\n").build();
    assertThat(new String(crlf.toBytes(TableWriter.Format.CSV, 2), StandardCharsets.UTF_8))
        .isEqualTo("n\r\n0\r\n1\r\n");
  }

  @Test
  void writesJsonLinesThatParseToTheValues() {
    String text =
        new String(table().toBytes(TableWriter.Format.JSON_LINES, 4), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertThat(text).endsWith("}\n").doesNotContain("\r");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"customer_id\":\"c1\",\"days\":3,\"value\":0.5,\"value_2\":0.50,\"segment\":\"Champions\"}");
    for (int i = 0; i < 4; i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> o = (Map<String, Object>) Json.parse(lines.get(i));
      assertThat(o.get("customer_id")).isEqualTo(IDS[i]);
      assertThat(((Number) o.get("days")).longValue()).isEqualTo(DAYS[i]);
      assertThat(((Number) o.get("value")).doubleValue()).isEqualTo(VALUES[i]);
      assertThat(o.get("segment")).isEqualTo(SEGMENTS[i]);
    }
  }

  @Test
  void whatItWritesCsvTableReadsBackInBlocksOnEveryCore() throws IOException {
    SplittableRandom rng = new SplittableRandom(19);
    int n = TableWriter.BLOCK * 3 + 17;
    String[] ids = new String[n];
    int[] x = new int[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      ids[i] = (i % 3 == 0 ? "고객-" : "c") + i;
      x[i] = rng.nextInt(-5, 1000);
      t[i] = rng.nextDouble() * Math.pow(10, rng.nextInt(-8, 8));
    }
    TableWriter w =
        TableWriter.builder()
            .texts("id", i -> ids[i])
            .integers("x", i -> x[i])
            .decimals("t", i -> t[i])
            .build();
    CsvTable back =
        CsvTable.read(
            new ByteArrayInputStream(w.toBytes(TableWriter.Format.CSV, n)),
            "written",
            CsvRecords.Options.defaults(),
            h -> CsvTable.Schema.builder().customerIds("id").integers("x").decimals("t").build());
    assertThat(back.rows()).isEqualTo(n);
    assertThat(back.customerIds("id").get(n - 1)).isEqualTo(CustomerId.of(ids[n - 1]));
    assertThat(back.integers("x")).isEqualTo(x);
    assertThat(back.decimals("t")).isEqualTo(t);
  }

  @Test
  void aValueNeitherFormatCanHoldIsRefusedWithItsColumnAndRow() {
    double[] v = {1, Double.NaN};
    TableWriter w = TableWriter.builder().decimals("p_alive", i -> v[i], 6).build();
    for (TableWriter.Format f : TableWriter.Format.values()) {
      assertThatThrownBy(() -> w.toBytes(f, 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("column p_alive, row 1: NaN is not a finite number");
    }
    TableWriter nulls = TableWriter.builder().texts("id", i -> null).build();
    assertThatThrownBy(() -> nulls.toBytes(TableWriter.Format.CSV, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column id, row 0: the text is null");
  }

  @Test
  void builderMistakesAreTheCallers() {
    assertThatThrownBy(() -> TableWriter.builder().integers("x", i -> i).decimals("X", i -> i))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'X' is already in the table");
    assertThatThrownBy(() -> TableWriter.builder().decimals("x", i -> i, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fractionDigits must be between 0 and 9, but was 10");
    assertThatThrownBy(() -> TableWriter.builder().lineEnd("\r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableWriter.builder().build())
        .isInstanceOf(IllegalStateException.class);
    TableWriter w = TableWriter.builder().integers("x", i -> i).build();
    assertThatThrownBy(() -> w.toBytes(TableWriter.Format.CSV, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must not be negative, but was -1");
    assertThat(w.names()).containsExactly("x");
    TableWriter wy = w.toBuilder().integers("y", i -> -i).build();
    assertThat(wy.names()).containsExactly("x", "y");
    assertThat(new String(wy.toBytes(TableWriter.Format.CSV, 2), StandardCharsets.UTF_8))
        .isEqualTo("x,y\r\n0,0\r\n1,-1\r\n");
    assertThat(TableWriter.Format.JSON_LINES.code()).isEqualTo("jsonl");
  }

  @Test
  void twoLabelsSharingAHashSlotAreEachEncodedOnce() {
    // "Lost" and "Can't Lose Them" (Putler's segments) share a slot of the 64-slot table: with one
    // text per slot they evicted each other and were encoded again on almost every row.
    String lost = "Lost";
    String cantLose = "Can't Lose Them";
    assertThat(lost.hashCode() & 63).isEqualTo(cantLose.hashCode() & 63);
    TableWriter.Bytes sink = new TableWriter.Bytes(64);
    byte[] first = sink.label(lost, false);
    sink.label(cantLose, false);
    assertThat(sink.label(lost, false)).isSameAs(first);
    assertThat(sink.label(cantLose, false)).isSameAs(sink.label(cantLose, false));
    assertThat(new String(sink.label("=SUM(A1)", false), StandardCharsets.UTF_8))
        .isEqualTo(CsvWriter.cell("=SUM(A1)"));
  }

  @Test
  void everyNullArgumentIsRefusedByName() {
    com.google.common.testing.NullPointerTester npe =
        new com.google.common.testing.NullPointerTester()
            .setDefault(
                java.util.function.IntFunction.class,
                (java.util.function.IntFunction<String>) i -> "x")
            .setDefault(
                java.util.function.IntToLongFunction.class,
                (java.util.function.IntToLongFunction) i -> i)
            .setDefault(
                java.util.function.IntToDoubleFunction.class,
                (java.util.function.IntToDoubleFunction) i -> i)
            .setDefault(TableWriter.Format.class, TableWriter.Format.CSV);
    npe.testAllPublicInstanceMethods(table());
    npe.testAllPublicInstanceMethods(TableWriter.builder());
  }
}
