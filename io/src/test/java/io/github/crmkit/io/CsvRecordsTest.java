package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict record reader: every rule, every error with its line, and a round trip. */
class CsvRecordsTest {
  @TempDir Path dir;

  record Read(CsvHeader header, List<List<String>> records, List<Long> lines) {}

  static Read read(String text, CsvRecords.Options options) {
    return read(text.getBytes(StandardCharsets.UTF_8), options);
  }

  static Read read(byte[] bytes, CsvRecords.Options options) {
    List<List<String>> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try {
      CsvHeader h =
          CsvRecords.read(
              new ByteArrayInputStream(bytes),
              "t.csv",
              options,
              header -> {},
              (fields, line) -> {
                records.add(Arrays.asList(fields));
                lines.add(line);
              });
      return new Read(h, records, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsQuotedFieldsLineBreaksAndEveryLineEnding() {
    Read r =
        read(
            "\uFEFFId, Name ,note\r\n"
                + "1, plain ,\"a, b\"\n"
                + "\n"
                + "2,\"two\nlines\",\"say \"\"hi\"\"\"\r"
                + "3,é,\n",
            CsvRecords.Options.defaults());
    assertThat(r.header().names()).containsExactly("Id", "Name", "note");
    assertThat(r.header().indexOf("NAME")).isEqualTo(1);
    assertThat(r.header().indexOf("missing")).isEqualTo(-1);
    assertThat(r.header().columns()).containsEntry("id", 0).containsEntry("name", 1);
    assertThat(r.records())
        .containsExactly(
            List.of("1", "plain", "a, b"),
            List.of("2", "two\nlines", "say \"hi\""),
            List.of("3", "é", ""));
    // A record's line is where it starts: the blank line 3 is skipped, record 2 spans 4-5.
    assertThat(r.lines()).containsExactly(2L, 4L, 6L);
  }

  @Test
  void otherDelimitersAndWhitespace() {
    assertThat(read("a;b\n1;2\n", CsvRecords.Options.defaults().delimiter(';')).records())
        .containsExactly(List.of("1", "2"));
    assertThat(
            read(
                    "a \t b\n  1   \"two words\"\n",
                    CsvRecords.Options.defaults().whitespaceDelimited())
                .records())
        .containsExactly(List.of("1", "two words"));
    assertThatThrownBy(() -> CsvRecords.Options.defaults().delimiter('"'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delimiter");
    assertThatThrownBy(() -> CsvRecords.Options.defaults().delimiter('é'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ASCII");
    assertThat(CsvRecords.Options.defaults().whitespaceDelimited().toString())
        .contains("whitespace");
  }

  @Test
  void everyBrokenRuleIsAnErrorNamingItsLine() {
    CsvRecords.Options o = CsvRecords.Options.defaults();
    assertError("", o, 1, "empty");
    assertError("a,,c\n", o, 1, "column 2 of the header has no name");
    assertError("a,A\n", o, 1, "'a' appears twice");
    assertError("a,b\n1,2\n3\n", o, 3, "expected 2 fields");
    assertError("a,b\n1,\"open\n", o, 2, "not closed");
    assertError("a,b\n1,x\"y\n", o, 2, "quote inside an unquoted field");
    assertError("a,b\n1,\"x\"y\n", o, 2, "text after the closing quote");
    byte[] bad = "a,b\n1,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(bad, o))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("t.csv:2")
        .hasMessageContaining("invalid UTF-8 at byte offset 6");
    byte[] badBom = new byte[] {(byte) 0xEF, 'a', 'b', '\n'};
    assertThatThrownBy(() -> read(badBom, o)).hasMessageContaining("invalid UTF-8");
    String huge = "a\n" + "x".repeat(CsvRecords.MAX_RECORD + 1) + "\n";
    assertError(huge, o, 2, "longer than");
  }

  private static void assertError(String text, CsvRecords.Options o, long line, String problem) {
    assertThatThrownBy(() -> read(text, o))
        .isInstanceOf(SourceFormatException.class)
        .satisfies(
            e -> {
              SourceFormatException s = (SourceFormatException) e;
              assertThat(s.row()).isEqualTo(line);
              assertThat(s.source()).isEqualTo("t.csv");
              assertThat(s.problem()).contains(problem);
            });
  }

  @Test
  void readsFilesAndNamesThem() throws IOException {
    Path f = Files.writeString(dir.resolve("codings.csv"), "unit,code\nu1,1A\nu2,2B\n");
    List<String> codes = new ArrayList<>();
    List<CsvHeader> headers = new ArrayList<>();
    CsvHeader h =
        CsvRecords.read(f, CsvRecords.Options.defaults(), headers::add, (r, l) -> codes.add(r[1]));
    assertThat(h.names()).containsExactly("unit", "code");
    assertThat(headers).containsExactly(h);
    assertThat(codes).containsExactly("1A", "2B");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "unit,code\nu1\n");
    assertThatThrownBy(() -> CsvRecords.read(broken, CsvRecords.Options.defaults(), (r, l) -> {}))
        .hasMessageStartingWith(broken + ":2");
  }

  @Test
  void nullsAreRefusedByName() {
    com.google.common.testing.NullPointerTester t =
        new com.google.common.testing.NullPointerTester()
            .setDefault(CsvRecords.Options.class, CsvRecords.Options.defaults())
            .setDefault(Path.class, dir.resolve("none.csv"));
    t.testAllPublicStaticMethods(CsvRecords.class);
    t.testAllPublicInstanceMethods(CsvRecords.Options.defaults());
    t.testAllPublicInstanceMethods(new CsvHeader(List.of("a")));
    assertThatThrownBy(() -> new CsvHeader(null)).hasMessageContaining("names");
  }

  /** Any fields CsvWriter writes (no formula guard in play) read back as they were. */
  @Test
  void whatCsvWriterWritesReadsBack() {
    String alphabet = "ab ,\"\n\r\té1";
    qt().withExamples(500)
        .forAll(
            lists()
                .of(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 6))
                .ofSize(3))
        .checkAssert(
            picks -> {
              List<String> row = new ArrayList<>();
              for (List<Integer> cell : picks) {
                StringBuilder sb = new StringBuilder("v");
                cell.forEach(i -> sb.append(alphabet.charAt(i)));
                row.add(sb.toString());
              }
              StringWriter out = new StringWriter();
              try (CsvWriter w = CsvWriter.of(out, List.of("a", "b", "c"))) {
                w.row(row.toArray());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              List<String> back =
                  read(out.toString(), CsvRecords.Options.defaults()).records().get(0);
              // Unquoted cells lose their padding, as RFC 4180 readers that trim do; CsvWriter
              // quotes a cell that starts or ends with a space or tab, so nothing is lost.
              assertThat(back).as(out.toString()).isEqualTo(row);
            });
  }
}
