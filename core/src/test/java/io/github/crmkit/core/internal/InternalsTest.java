package io.github.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.PurchaseSummary;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared internals: JSON, the normal distribution and allocation-free snapshot reads. */
class InternalsTest {
  @Test
  void jsonReadsEveryKindOfValueAndWritesItBack() {
    String text =
        "{\"s\": \"a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f\\u00e9\", \"n\": -1.5e3, \"i\": 42,"
            + " \"t\": true, \"f\": false, \"z\": null, \"l\": [1, [], {}], \"o\": {\"k\": 0.25}}";
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) Json.parse(text);
    assertThat(m.get("s")).isEqualTo("a\"b\\c/d\n\t\r\b\fé");
    assertThat(m.get("n")).isEqualTo(-1500.0);
    assertThat(m.get("i")).isEqualTo(42.0);
    assertThat(m.get("t")).isEqualTo(true);
    assertThat(m.get("f")).isEqualTo(false);
    assertThat(m.get("z")).isSameAs(Json.NULL);
    assertThat(Json.NULL.toString()).isEqualTo("null");
    assertThat((List<?>) m.get("l")).hasSize(3);
    String written = Json.write(m);
    assertThat(Json.parse(written)).isEqualTo(m);
    assertThat(written).contains("\"i\": 42", "\"n\": -1500", "\"k\": 0.25", "\\u0008");
    Map<String, Object> odd = new LinkedHashMap<>();
    odd.put("long", 7L);
    odd.put("nullValue", null);
    odd.put("float", 0.5f);
    assertThat(Json.write(odd)).contains("\"long\": 7", "\"nullValue\": null", "\"float\": 0.5");
    assertThatThrownBy(() -> Json.write(Map.of("x", Double.NaN)))
        .hasMessageContaining("cannot hold the number NaN");
    assertThatThrownBy(() -> Json.write(List.of(new Object()))).hasMessageContaining("cannot hold");
  }

  @Test
  void jsonSyntaxErrorsGiveLineAndColumn() {
    for (String[] bad :
        new String[][] {
          {"{\"a\": 1,\n \"b\" 2}", "line 2, column 6: Unexpected character ('2'"},
          {"[1, 2", "line 1, column 6: unexpected end of input: expected close marker for Array"},
          {"[1}", "Unexpected close marker '}': expected ']'"},
          {"{\"a\": 1} x", "line 1, column 10: Unrecognized token 'x'"},
          {"{\"a\": 1, \"a\": 2}", "Duplicate field 'a'"},
          {"{a: 1}", "was expecting double-quote to start field name"},
          {"[1 2]", "was expecting comma to separate Array entries"},
          {"{\"a\": 1 \"b\": 2}", "was expecting comma to separate Object entries"},
          {"\"abc", "unexpected end of input: was expecting closing quote"},
          {"\"a\\qb\"", "Unrecognized character escape 'q'"},
          {"\"\\u12zz\"", "expected a hex-digit"},
          {"\"\\u1", "unexpected end of input in character escape sequence"},
          {"-", "unexpected end of input: no digit following sign"},
          {"tru", "Unrecognized token 'tru'"},
          {"@", "Unexpected character ('@'"},
          {"", "line 1, column 1: unexpected end of input"},
          {"\"a\u0001\"", "has to be escaped"},
          {"01", "Leading zeroes not allowed"},
          {"[1,]", "Unexpected character (']'"},
          {"NaN", "Non-standard token 'NaN'"},
          {"[".repeat(70) + "]".repeat(70), "nested more than 64 levels deep"}
        }) {
      assertThatThrownBy(() -> Json.parse(bad[0]))
          .as(bad[0])
          .isInstanceOf(Json.SyntaxException.class)
          .hasMessageContaining(bad[1]);
    }
    Json.SyntaxException e = (Json.SyntaxException) catchThrowable(() -> Json.parse("[\n\n  x]"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.problem()).startsWith("Unrecognized token 'x'");
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void normalDistribution() {
    assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-7));
    assertThat(Normal.cdf(1.959963985)).isCloseTo(0.975, within(1e-7));
    assertThat(Normal.cdf(-3)).isCloseTo(0.0013499, within(1e-7));
    for (double p : new double[] {1e-10, 0.001, 0.02, 0.3, 0.5, 0.9, 0.99, 1 - 1e-9}) {
      assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(Math.max(1e-7, p * 1e-6)));
    }
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963985, within(1e-8));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-9));
  }

  @Test
  void snapshotAccessReadsWithoutOptionals() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    PurchaseSummary p = new PurchaseSummary(t, t, 1, Money.parse("KRW 10"));
    CustomerSnapshot s =
        new CustomerSnapshot.Builder()
            .customerId(CustomerId.of("c"))
            .asOf(t)
            .purchases(p)
            .recommendScore(7)
            .build();
    SnapshotAccess a = CoreAccess.snapshots();
    assertThat(a.purchases(s)).isEqualTo(p);
    assertThat(a.recommendScore(s)).isEqualTo(7);
    CustomerSnapshot prospect =
        new CustomerSnapshot.Builder().customerId(CustomerId.of("p")).asOf(t).build();
    assertThat(a.purchases(prospect)).isNull();
    assertThat(a.recommendScore(prospect)).isEqualTo(-1);
    assertThat(Arrays.asList(a.purchases(s), a.recommendScore(s))).hasSize(2);
  }
}
