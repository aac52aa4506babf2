package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV and JSON Lines writers: quoting, the formula guard, numbers without locale, escaping. */
class WritersTest {
  @Test
  void csvQuotesWhatMustBeQuotedAndNeutralisesFormulas() throws IOException {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.of(out, List.of("customer_id", "value", "segment"))) {
      w.row("c1", 12.5, "Champions");
      w.row("a,b", 1234567.0, "say \"hi\"");
      w.row("=HYPERLINK(\"x\")", new BigDecimal("0.10"), "-1");
      w.row("@SUM(A1)", 3L, null);
      w.row(" padded", 1e-7, "line\nbreak");
      assertThat(w.rows()).isEqualTo(5);
    }
    assertThat(out.toString())
        .isEqualTo(
            "customer_id,value,segment\r\n"
                + "c1,12.5,Champions\r\n"
                + "\"a,b\",1234567,\"say \"\"hi\"\"\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",0.10,\"'-1\"\r\n"
                + "\"'@SUM(A1)\",3,\r\n"
                + "\" padded\",0.0000001,\"line\nbreak\"\r\n");
    assertThat(CsvWriter.cell("\tx")).isEqualTo("\"'\tx\"");
    assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
    assertThat(CsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
  }

  @Test
  void csvRefusesRowsOfAnotherWidthAndNumbersThatAreNotFinite() throws IOException {
    CsvWriter w = CsvWriter.of(new StringWriter(), List.of("a", "b"), "\n");
    assertThatThrownBy(() -> w.row("x")).hasMessageContaining("2 cells, but had 1");
    assertThatThrownBy(() -> w.row("x", Double.NaN)).hasMessageContaining("finite");
    assertThatThrownBy(() -> CsvWriter.of(new StringWriter(), List.of("a"), "\r"))
        .hasMessageContaining("lineEnd");
    assertThatThrownBy(() -> CsvWriter.of(new StringWriter(), List.of()))
        .hasMessageContaining("at least one");
  }

  @Test
  void jsonLinesEscapeTextAndWriteNumbersPlainly() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter w = JsonLinesWriter.of(out)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("customer_id", "c\"1\\\n\u0001é");
      m.put("clv", 1234.5);
      m.put("small", 1e-7);
      m.put("n", 42L);
      m.put("exact", new BigDecimal("1E+3"));
      m.put("alive", true);
      m.put("segment", null);
      w.write(m);
      w.write(Map.of("x", 1));
      assertThat(w.lines()).isEqualTo(2);
    }
    assertThat(out.toString())
        .isEqualTo(
            "{\"customer_id\":\"c\\\"1\\\\\\n\\u0001é\",\"clv\":1234.5,\"small\":0.0000001,"
                + "\"n\":42,\"exact\":1000,\"alive\":true,\"segment\":null}\n"
                + "{\"x\":1}\n");
    JsonLinesWriter w = JsonLinesWriter.of(new StringWriter());
    assertThatThrownBy(() -> w.write(Map.of("p", Double.POSITIVE_INFINITY)))
        .hasMessageContaining("member p must be a finite number");
    assertThatThrownBy(() -> w.write(Map.of("q", List.of())))
        .hasMessageContaining("member q must be text");
  }

  @Test
  void nullsAreRefusedByName() throws IOException {
    new NullPointerTester()
        .setDefault(java.io.Writer.class, new StringWriter())
        .setDefault(List.class, List.of("a"))
        .setDefault(String.class, "\n")
        .testAllPublicStaticMethods(CsvWriter.class);
    new NullPointerTester()
        .setDefault(java.io.Writer.class, new StringWriter())
        .testAllPublicStaticMethods(JsonLinesWriter.class);
    new NullPointerTester().testAllPublicInstanceMethods(JsonLinesWriter.of(new StringWriter()));
  }
}
