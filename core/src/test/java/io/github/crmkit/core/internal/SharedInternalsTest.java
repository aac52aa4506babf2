package io.github.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.ConfidenceInterval;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.LifecycleStage;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.SerialFilters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The helpers core shares with the other modules: JSON reading, intervals, tables, variates. */
class SharedInternalsTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> doc(String json) {
    return (Map<String, Object>) JsonRead.parse(json, 1 << 10);
  }

  @Test
  void jsonReadNamesThePathOfEveryProblem() {
    Map<String, Object> o =
        doc(
            "{\"s\": \"x\", \"n\": 2.5, \"w\": 7, \"b\": true, \"d\": \"PT4H\", \"m\": \"KRW 500\","
                + " \"e\": \"half-up\", \"l\": [1], \"z\": null}");
    assertThat(JsonRead.string(o, "s", "$")).isEqualTo("x");
    assertThat(JsonRead.number(o, "n", "$")).isEqualTo(2.5);
    assertThat(JsonRead.whole(o, "w", "$")).isEqualTo(7);
    assertThat(JsonRead.integer(o, "w", "$")).isEqualTo(7);
    assertThat(JsonRead.bool(o, "b", "$")).isTrue();
    assertThat(JsonRead.duration(o, "d", "$")).isEqualTo(Duration.ofHours(4));
    assertThat(JsonRead.money(o, "m", "$")).isEqualTo(Money.parse("KRW 500"));
    assertThat(JsonRead.enumValue(RoundingMode.class, "half-up", "$.e"))
        .isEqualTo(RoundingMode.HALF_UP);
    assertThat(JsonRead.name(RoundingMode.HALF_EVEN)).isEqualTo("half-even");
    assertThat(JsonRead.list(o, "l", "$")).hasSize(1);
    assertThat(JsonRead.show(Json.NULL)).isEqualTo("null");
    assertThat(JsonRead.show(List.of())).isEqualTo("an array");
    assertThat(JsonRead.show(Map.of())).isEqualTo("an object");
    assertThat(JsonRead.show("q")).isEqualTo("'q'");
    for (Object[] bad :
        new Object[][] {
          {(Runnable) () -> JsonRead.string(o, "n", "$"), "$.n: expected a string, but was 2.5"},
          {(Runnable) () -> JsonRead.number(o, "s", "$"), "$.s: expected a number"},
          {(Runnable) () -> JsonRead.whole(o, "n", "$"), "$.n: expected a whole number"},
          {(Runnable) () -> JsonRead.bool(o, "s", "$"), "$.s: expected true or false"},
          {(Runnable) () -> JsonRead.duration(o, "s", "$"), "$.s: expected an ISO-8601 duration"},
          {(Runnable) () -> JsonRead.money(o, "s", "$"), "$.s: text must look like"},
          {(Runnable) () -> JsonRead.list(o, "s", "$"), "$.s: expected an array"},
          {(Runnable) () -> JsonRead.need(o, "missing", "$"), "$.missing: missing"},
          {(Runnable) () -> JsonRead.object(List.of(), "$.o"), "$.o: expected an object"},
          {(Runnable) () -> JsonRead.members(o, "$", Set.of("s")), "$.n: unexpected member"},
          {
            (Runnable) () -> JsonRead.enumValue(RoundingMode.class, "sideways", "$.e"),
            "$.e: must be one of"
          },
          {(Runnable) () -> JsonRead.parse("[", 10), "$: malformed JSON at line 1"},
          {(Runnable) () -> JsonRead.parse("x".repeat(11), 10), "more than the limit 10"},
        }) {
      assertThatThrownBy(((Runnable) bad[0])::run)
          .isInstanceOf(DefinitionFormatException.class)
          .hasMessageContaining((String) bad[1]);
    }
    Map<String, Object> big = doc("{\"i\": 3000000000}");
    assertThatThrownBy(() -> JsonRead.integer(big, "i", "$"))
        .hasMessageContaining("$.i: expected an integer, but was 3000000000 (out of range)");
    assertThatThrownBy(
            () ->
                JsonRead.wrap(
                    "$.p",
                    () -> {
                      throw new IllegalArgumentException("bad p");
                    }))
        .isInstanceOf(DefinitionFormatException.class)
        .hasMessage("$.p: bad p");
  }

  @Test
  void intervalsFromProportionsAndStandardErrors() {
    ConfidenceInterval w = ConfidenceInterval.wilson(8, 10, 0.95);
    // Wilson (1927) for 8 of 10 at 95%: [0.4902, 0.9433].
    assertThat(w.lower()).isCloseTo(0.4902, within(1e-4));
    assertThat(w.upper()).isCloseTo(0.9433, within(1e-4));
    assertThat(ConfidenceInterval.wilson(0, 5, 0.9).lower()).isZero();
    ConfidenceInterval n = ConfidenceInterval.normal(10, 2, 0.95);
    assertThat(n.halfWidth()).isCloseTo(1.959964 * 2, within(1e-5));
    assertThat(n).hasToString("[6.08, 13.92] (95%)");
    assertThatThrownBy(() -> new ConfidenceInterval(2, 1, 0.95)).hasMessageContaining("ordered");
    assertThatThrownBy(() -> new ConfidenceInterval(1, 2, 1)).hasMessageContaining("level");
    assertThatThrownBy(() -> ConfidenceInterval.wilson(3, 2, 0.9)).hasMessageContaining("0 to n");
    assertThatThrownBy(() -> ConfidenceInterval.wilson(0, 0, 0.9)).hasMessageContaining("n must");
    assertThatThrownBy(() -> ConfidenceInterval.normal(1, -1, 0.9))
        .hasMessageContaining("standardError");
    assertThatThrownBy(() -> ConfidenceInterval.normal(Double.NaN, 1, 0.9))
        .hasMessageContaining("estimate");
  }

  @Test
  void transitionTablesAllowOnlyTheirMovesAndOptionallyStayingPut() {
    Map<LifecycleStage, Set<LifecycleStage>> moves =
        Map.of(LifecycleStage.ACQUIRE, EnumSet.of(LifecycleStage.DEVELOP));
    TransitionTable<LifecycleStage> stay = TransitionTable.of(LifecycleStage.class, moves, true);
    TransitionTable<LifecycleStage> strict = TransitionTable.of(LifecycleStage.class, moves, false);
    assertThat(stay.isLegal(LifecycleStage.ACQUIRE, LifecycleStage.DEVELOP)).isTrue();
    assertThat(stay.isLegal(LifecycleStage.RETAIN, LifecycleStage.RETAIN)).isTrue();
    assertThat(strict.isLegal(LifecycleStage.RETAIN, LifecycleStage.RETAIN)).isFalse();
    assertThat(strict.isLegal(LifecycleStage.DEVELOP, LifecycleStage.ACQUIRE)).isFalse();
    assertThat(strict.from(LifecycleStage.ACQUIRE)).containsExactly(LifecycleStage.DEVELOP);
    assertThat(stay.from(LifecycleStage.DEVELOP)).containsExactly(LifecycleStage.DEVELOP);
    assertThat(strict.toString()).contains("ACQUIRE=[DEVELOP]");
    Map<LifecycleStage, Set<LifecycleStage>> withNull = new java.util.HashMap<>();
    Set<LifecycleStage> holdsNull = new java.util.HashSet<>();
    holdsNull.add(null);
    withNull.put(LifecycleStage.ACQUIRE, holdsNull);
    assertThatThrownBy(() -> TransitionTable.of(LifecycleStage.class, withNull, true))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void variatesHaveTheirDistributionsMeans() {
    SplittableRandom rng = new SplittableRandom(7);
    int n = 20_000;
    double g = 0;
    double b = 0;
    for (int i = 0; i < n; i++) {
      g += Variates.gamma(rng, 2.5, 2);
      double x = Variates.beta(rng, 2, 6);
      assertThat(x).isBetween(0.0, 1.0);
      b += x;
    }
    // Gamma(shape 2.5, scale 2) has mean 5; Beta(2, 6) has mean 0.25.
    assertThat(g / n).isCloseTo(5, within(0.1));
    assertThat(b / n).isCloseTo(0.25, within(0.01));
    assertThat(Variates.gamma(rng, 0.3, 1)).isPositive();
    List<Double> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double[] t = Variates.repeatPurchases(rng, 1.0, 0.2, i % 2 == 0, i % 3 == 0 ? 0.05 : 0, 20);
      for (int k = 0; k < t.length; k++) {
        assertThat(t[k]).isGreaterThan(0).isLessThanOrEqualTo(20);
        if (k > 0) {
          assertThat(t[k]).isGreaterThanOrEqualTo(t[k - 1]);
        }
        all.add(t[k]);
      }
    }
    assertThat(all).isNotEmpty();
  }

  @Test
  void theSerialFilterAdmitsCrmkitValuesAndRefusesOthers() throws Exception {
    for (Object value : new Object[] {LifecycleStage.RETAIN, new String[] {"a"}}) {
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(serialize(value)))) {
        in.setObjectInputFilter(SerialFilters.crmkitOnly());
        assertThat(in.readObject()).isEqualTo(value);
      }
    }
    byte[] foreign = serialize(new java.util.concurrent.atomic.AtomicLong(3));
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(foreign))) {
      in.setObjectInputFilter(SerialFilters.crmkitOnly());
      assertThatThrownBy(in::readObject).isInstanceOf(InvalidClassException.class);
    }
    assertThat(SerialFilters.MAX_DEPTH).isPositive();
  }

  private static byte[] serialize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }
}
