package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir Path dir;

  private static final CsvTable.Schema SUMMARY =
      CsvTable.Schema.builder()
          .customerIds("customer_id")
          .integers("x")
          .decimals("t_x")
          .decimals("T")
          .build();

  private Path file(String text) throws IOException {
    Path p = dir.resolve("t" + System.nanoTime() + ".csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static CsvTable read(Path p) throws IOException {
    return CsvTable.read(p, CsvRecords.Options.defaults(), SUMMARY);
  }

  @Test
  void readsTypedColumnsByHeaderNameInAnyOrderAndCase() throws IOException {
    CsvTable t = read(file("T,X,Customer_Id,t_x\n38.86,2,a,30.43\r\n\r\n38.86,0,\"b,1\",0\n"));
    assertThat(t.rows()).isEqualTo(2);
    assertThat(t.customerIds("customer_id"))
        .containsExactly(CustomerId.of("a"), CustomerId.of("b,1"));
    assertThat(t.integers("x")).containsExactly(2, 0);
    assertThat(t.decimals("t_x")).containsExactly(30.43, 0.0);
    assertThat(t.decimals("T")).containsExactly(38.86, 38.86);
    assertThat(t.line(0)).isEqualTo(2);
    assertThat(t.line(1)).isEqualTo(4); // after an empty line
    assertThat(t.header().names()).containsExactly("T", "X", "Customer_Id", "t_x");
  }

  @Test
  void everyValueOfTheWrongTypeIsAnErrorNamingLineAndColumn() throws IOException {
    String head = "customer_id,x,t_x,T\nc1,1,2,10\n";
    String[][] cases = {
      {"c2,NaN,2,10\n", "x", "not a whole number"},
      {"c2,1.5,2,10\n", "x", "not a whole number"},
      {"c2,١٢,2,10\n", "x", "not a whole number"}, // digits Integer.parseInt would take
      {"c2,2147483648,2,10\n", "x", "out of range"},
      {"c2,1,NaN,10\n", "t_x", "not a decimal number"},
      {"c2,1,Infinity,10\n", "t_x", "not a decimal number"},
      {"c2,1,0x1p3,10\n", "t_x", "not a decimal number"},
      {"c2,1,1d,10\n", "t_x", "not a decimal number"},
      {"c2,1,,10\n", "t_x", "not a decimal number"},
      {"c2,1,2,1e400\n", "T", "out of range"},
      {",1,2,10\n", "customer_id", "empty customer id"},
      {"\"c\u0007\",1,2,10\n", "customer_id", "customer id"},
    };
    for (String[] c : cases) {
      Path p = file(head + c[0]);
      assertThatThrownBy(() -> read(p))
          .as(c[0])
          .isInstanceOfSatisfying(
              SourceFormatException.class,
              e -> {
                assertThat(e.source()).isEqualTo(p.toString());
                assertThat(e.row()).isEqualTo(3);
                assertThat(e.column())
                    .hasValueSatisfying(col -> assertThat(col).isEqualToIgnoringCase(c[1]));
                assertThat(e.problem()).contains(c[2]);
              });
    }
  }

  @Test
  void theHeaderMustHaveEverySchemaColumnAndNoOthersUnlessAllowed() throws IOException {
    Path missing = file("customer_id,x,T\nc1,1,10\n");
    assertThatThrownBy(() -> read(missing))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining(":1")
        .hasMessageContaining("no column 't_x'");
    Path extra = file("customer_id,x,t_x,T,note\nc1,1,2,10,n\n");
    assertThatThrownBy(() -> read(extra))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("column 'note' is not one that is read");
    CsvTable.Schema lax =
        CsvTable.Schema.builder()
            .customerIds("customer_id")
            .integers("x")
            .allowOtherColumns()
            .build();
    CsvTable t = CsvTable.read(extra, CsvRecords.Options.defaults(), lax);
    assertThat(t.integers("x")).containsExactly(1);
  }

  @Test
  void theSchemaCanDependOnTheHeaderAndIsAskedForOnce() throws IOException {
    // A quoted field with a line break makes the fast path decline after the header.
    Path p = file("frequency,recency,T,note\n1,2,10,\"a\nb\"\n0,0,5,c\n");
    AtomicInteger asked = new AtomicInteger();
    CsvTable t =
        CsvTable.read(
            p,
            CsvRecords.Options.defaults(),
            h -> {
              asked.incrementAndGet();
              String x = h.indexOf("x") >= 0 ? "x" : "frequency";
              return CsvTable.Schema.builder()
                  .integers(x)
                  .decimals(x.equals("x") ? "t_x" : "recency")
                  .decimals("T")
                  .texts("note")
                  .build();
            });
    assertThat(asked).hasValue(1);
    assertThat(t.integers("frequency")).containsExactly(1, 0);
    assertThat(t.texts("note")).containsExactly("a\nb", "c");
    assertThat(t.line(1)).isEqualTo(4);
  }

  @Test
  void readsStreamsAndOtherDelimiters() throws IOException {
    byte[] text = "customer_id;x;t_x;T\nc1;1;2,5;10\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                CsvTable.read(
                    new ByteArrayInputStream(text),
                    "upload",
                    CsvRecords.Options.defaults().delimiter(';'),
                    h -> SUMMARY))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith("upload:2, column t_x: not a decimal number: '2,5'");
    CsvTable t =
        CsvTable.read(
            new ByteArrayInputStream("a b\n \"x y\"  7\n".getBytes(StandardCharsets.UTF_8)),
            "s",
            CsvRecords.Options.defaults().whitespaceDelimited(),
            h -> CsvTable.Schema.builder().texts("a").integers("b").build());
    assertThat(t.texts("a")).containsExactly("x y");
    assertThat(t.integers("b")).containsExactly(7);
  }

  @Test
  void columnsAreCopiesAndAskedForByTheirType() throws IOException {
    CsvTable t = read(file("customer_id,x,t_x,T\nc1,1,2,10\n"));
    t.integers("x")[0] = 99;
    t.decimals("T")[0] = 99;
    assertThat(t.integers("x")).containsExactly(1);
    assertThat(t.decimals("T")).containsExactly(10.0);
    assertThatThrownBy(() -> t.customerIds("customer_id").add(CustomerId.of("z")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.decimals("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'x' holds integer values, not decimal");
    assertThatThrownBy(() -> t.texts("note"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 'note'");
    assertThatThrownBy(() -> t.line(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void schemaMistakesAreTheCallers() {
    assertThatThrownBy(() -> CsvTable.Schema.builder().integers("x").decimals(" X "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'X' is already in the schema");
    assertThatThrownBy(() -> CsvTable.Schema.builder().build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CsvTable.Schema.builder().texts(" "))
        .isInstanceOf(IllegalArgumentException.class);
    CsvTable.Schema a = CsvTable.Schema.builder().texts("a").build();
    assertThat(a.columns()).containsEntry("a", CsvTable.ColumnType.TEXT);
    assertThat(a.toBuilder().build()).isEqualTo(a).hasSameHashCodeAs(a);
    CsvTable.Schema ab = a.toBuilder().integers("b").allowOtherColumns().build();
    assertThat(ab.columns().keySet()).containsExactly("a", "b");
    assertThat(ab.allowsOtherColumns()).isTrue();
    assertThat(a.allowsOtherColumns()).isFalse();
    assertThat(List.of(CsvTable.ColumnType.values()))
        .extracting(CsvTable.ColumnType::code)
        .containsExactly("customer-id", "integer", "decimal", "text");
  }

  @Test
  void decimalsArePlainDecimalNumbers() throws IOException {
    for (String ok : new String[] {"1.5", "-2", "+3", "3e-2", "1E5", ".5", "5.", "0"}) {
      CsvTable t = read(file("customer_id,x,t_x,T\nc1,1,2," + ok + "\n"));
      assertThat(t.decimals("T")).as(ok).containsExactly(Double.parseDouble(ok));
    }
    for (String bad :
        new String[] {"NaN", "Infinity", "1d", "2f", "0x1p3", "1e", ".", "-", "1 2"}) {
      Path p = file("customer_id,x,t_x,T\nc1,1,2," + bad + "\n");
      assertThatThrownBy(() -> read(p))
          .as(bad)
          .isInstanceOf(SourceFormatException.class)
          .hasMessageContaining("column T: not a decimal number");
    }
  }

  @Test
  void edgesOfAFileAreReadAsTheRecordReaderReadsThem() throws IOException {
    assertThat(read(file("customer_id,x,t_x,T")).rows()).isZero();
    assertThat(read(file("customer_id,x,t_x,T\r\n\r\n")).rows()).isZero();
    CsvTable cr = read(file("customer_id,x,t_x,T\rc1,1,2,10\r\rc2,0,0,4"));
    assertThat(cr.rows()).isEqualTo(2);
    assertThat(cr.line(1)).isEqualTo(4);
    // A record longer than the parallel path takes is the record reader's, and read the same.
    String note = "n".repeat(CsvRecords.MAX_RECORD / 2 + 10);
    CsvTable longLine =
        CsvTable.read(
            file("id,note\nc1," + note + "\n"),
            CsvRecords.Options.defaults(),
            h -> CsvTable.Schema.builder().customerIds("id").texts("note").build());
    assertThat(longLine.texts("note")).containsExactly(note);
    Path empty = file("");
    assertThatThrownBy(() -> read(empty))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> read(dir.resolve("missing.csv")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
    CsvTable ws =
        CsvTable.read(
            file("customer_id  x\tt_x T\n c1 1  2 10\n"),
            CsvRecords.Options.defaults().whitespaceDelimited(),
            SUMMARY);
    assertThat(ws.decimals("T")).containsExactly(10.0);
  }

  @Test
  void everyNullArgumentIsRefusedByName() throws IOException {
    CsvTable t = read(file("customer_id,x,t_x,T\nc1,1,2,10\n"));
    com.google.common.testing.NullPointerTester npe =
        new com.google.common.testing.NullPointerTester()
            .setDefault(CsvRecords.Options.class, CsvRecords.Options.defaults())
            .setDefault(CsvTable.Schema.class, SUMMARY)
            .setDefault(
                java.util.function.Function.class,
                (java.util.function.Function<CsvHeader, CsvTable.Schema>) h -> SUMMARY)
            .setDefault(Path.class, dir.resolve("none.csv"));
    npe.testAllPublicStaticMethods(CsvTable.class);
    npe.testAllPublicInstanceMethods(t);
    npe.testAllPublicInstanceMethods(CsvTable.Schema.builder());
  }
}
