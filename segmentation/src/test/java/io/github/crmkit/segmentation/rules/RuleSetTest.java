package io.github.crmkit.segmentation.rules;

import static io.github.crmkit.segmentation.rules.Condition.all;
import static io.github.crmkit.segmentation.rules.Condition.any;
import static io.github.crmkit.segmentation.rules.Condition.compare;
import static io.github.crmkit.segmentation.rules.Condition.isTrue;
import static io.github.crmkit.segmentation.rules.Condition.not;
import static io.github.crmkit.segmentation.rules.Condition.present;
import static io.github.crmkit.segmentation.rules.Condition.within;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.PolicyValidationException;
import io.github.crmkit.core.PurchaseSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  static CustomerSnapshot customer(long count, int lastDaysAgo, String... flags) {
    CustomerSnapshot.Builder b =
        new CustomerSnapshot.Builder().customerId(CustomerId.of("c")).asOf(AS_OF).addFlags(flags);
    if (count > 0) {
      Instant last = AS_OF.minus(Duration.ofDays(lastDaysAgo));
      b.purchases(
          new PurchaseSummary(
              count == 1 ? last : last.minus(Duration.ofDays(100)),
              last,
              count,
              Money.parse("KRW 50000")));
    }
    return b.build();
  }

  static RuleSet vip() {
    return RuleSet.of(
        "lifecycle",
        List.of(
            new RuleSet.Segment(
                "VIP",
                all(
                    isTrue("flags.vip"),
                    compare("purchases.count", Op.GE, 10),
                    within("purchases.last", Duration.ofDays(30)))),
            new RuleSet.Segment(
                "Loyal",
                all(
                    compare("purchases.count", Op.GE, 5),
                    within("purchases.last", Duration.ofDays(90)))),
            new RuleSet.Segment("Sleeping", not(within("purchases.last", Duration.ofDays(180)))),
            new RuleSet.Segment(
                "Engaged", any(compare("scores.rfm", Op.GE, 400), present("recommendScore")))),
        "Others");
  }

  @Test
  void firstMatchWinsWithAFallbackAndAnExplanation() {
    RuleSet rs = vip();
    assertThat(rs.segmentOf(customer(12, 3, "vip"))).isEqualTo("VIP");
    assertThat(rs.segmentOf(customer(12, 3))).isEqualTo("Loyal");
    // Time windows are inclusive at their edge.
    assertThat(rs.segmentOf(customer(5, 90))).isEqualTo("Loyal");
    assertThat(rs.segmentOf(customer(5, 91))).isEqualTo("Others");
    assertThat(rs.segmentOf(customer(5, 181))).isEqualTo("Sleeping");
    // A prospect has no last purchase: the window is false, its negation true.
    assertThat(rs.segmentOf(customer(0, 0))).isEqualTo("Sleeping");
    assertThat(rs.segmentOf(customer(2, 10), Map.of("rfm", 455.0))).isEqualTo("Engaged");
    assertThat(rs.segmentOf(customer(2, 10), Map.of("rfm", 300.0))).isEqualTo("Others");

    String trace = rs.assign(customer(12, 3), Map.of()).toString();
    assertThat(trace)
        .contains(
            "segment Loyal",
            "[ ] VIP: all(flags.vip (no); purchases.count >= 10 (12: yes);",
            "[x] Loyal:",
            "[ ] Sleeping: not considered");
    assertThat(rs.assign(customer(2, 10), Map.of()).matchedRule()).contains("Others");

    assertThat(rs.explainMembership(customer(12, 3), Map.of(), "Loyal").outcome())
        .isEqualTo("member of 'Loyal'");
    assertThat(rs.explainMembership(customer(12, 3, "vip"), Map.of(), "Loyal").outcome())
        .isEqualTo("not a member of 'Loyal': earlier rule 'VIP' matched");
    assertThat(rs.explainMembership(customer(2, 3), Map.of(), "Loyal").toString())
        .contains(
            "not a member of 'Loyal': its rule did not match", "purchases.count >= 5 (2: no)");
    assertThat(rs.explainMembership(customer(2, 3), Map.of(), "Others").outcome())
        .isEqualTo("member of 'Others'");
    assertThatThrownBy(() -> rs.explainMembership(customer(2, 3), Map.of(), "Nope"))
        .hasMessageContaining("'Nope'");
    assertThat(rs.validation().warnings()).isEmpty();
  }

  @Test
  void validationFindsUnknownAttributesTypeMismatchesAndUnreachableRules() {
    ValidationReport bad =
        RuleSet.validate(
            "bad",
            List.of(
                new RuleSet.Segment("A", compare("purchase.count", Op.GE, 1)),
                new RuleSet.Segment("B", compare("flags.vip", Op.GE, 1)),
                new RuleSet.Segment("C", within("purchases.count", Duration.ofDays(1))),
                new RuleSet.Segment("A", isTrue("signals.x"))),
            "A");
    assertThat(bad.isValid()).isFalse();
    assertThat(bad.errors())
        .contains(
            "segment 0 'A': unknown attribute 'purchase.count'",
            "segment 1 'B': attribute 'flags.vip' is a BOOLEAN but is used as a NUMBER",
            "segment 2 'C': attribute 'purchases.count' is a NUMBER but is used as a INSTANT",
            "segment 3 'A': attribute 'signals.x' is a NUMBER but is used as a BOOLEAN",
            "rule name 'A' is used twice",
            "the fallback 'A' is also the name of a segment");
    assertThatThrownBy(
            () -> RuleSet.of("bad", List.of(new RuleSet.Segment("A", isTrue("nope"))), "Others"))
        .isInstanceOfSatisfying(
            PolicyValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly("segment 0 'A': unknown attribute 'nope'"));

    ValidationReport warn =
        RuleSet.validate(
            "warn",
            List.of(
                new RuleSet.Segment("High", compare("signals.x", Op.GE, 10)),
                new RuleSet.Segment(
                    "Higher", all(compare("signals.x", Op.GE, 20), compare("signals.y", Op.LT, 1))),
                new RuleSet.Segment(
                    "Mid", all(compare("signals.x", Op.GE, 5), compare("signals.x", Op.LE, 12))),
                new RuleSet.Segment(
                    "Never", all(compare("signals.x", Op.GT, 5), compare("signals.x", Op.LT, 5))),
                new RuleSet.Segment("Copy", compare("signals.x", Op.GE, 10)),
                new RuleSet.Segment("Everyone", Condition.always()),
                new RuleSet.Segment("Late", isTrue("flags.z"))),
            "Others");
    assertThat(warn.isValid()).isTrue();
    assertThat(warn.warnings())
        .contains(
            "rule 'Higher' is unreachable: every customer it matches is taken by earlier rule 'High'",
            "rule 'Mid' overlaps earlier rule 'High': customers in both go to 'High'",
            "rule 'Never' can never match: its conditions contradict each other",
            "rule 'Copy' is unreachable: rule 'High' has the same condition",
            "rule 'Late' is unreachable: earlier rule 'Everyone' always matches");
  }

  @Test
  void pointsPlansAddMultiplyAndDecay() {
    PointsPlan plan =
        PointsPlan.of(
            "engagement",
            List.of(
                PointsRule.of("bought", compare("purchases.count", Op.GE, 1), 10)
                    .withDecay("purchases.last", Duration.ofDays(30)),
                PointsRule.of("vip", isTrue("flags.vip"), 5).withMultiplier("signals.tier"),
                PointsRule.of("never", isTrue("flags.none"), 100)));
    CustomerSnapshot c =
        new CustomerSnapshot.Builder().from(customer(3, 60, "vip")).putSignals("tier", 3.0).build();
    PointsResult r = plan.score(c);
    // 10 * 0.5^(60/30) + 5 * 3
    assertThat(r.total()).isCloseTo(2.5 + 15, within(1e-12));
    assertThat(r.contributions())
        .extracting(PointsResult.Contribution::rule)
        .containsExactly("bought", "vip");
    assertThat(r.contributions().get(0).decay()).isCloseTo(0.25, within(1e-12));
    assertThat(r.explanation().toString()).contains("10 points x multiplier 1 x decay 0.2500");
    // Without the multiplier attribute the multiplier is 1.
    assertThat(plan.score(customer(3, 0, "vip")).total()).isCloseTo(15, within(1e-12));
    assertThat(plan.score(customer(0, 0)).total()).isZero();
    assertThatThrownBy(
            () ->
                PointsPlan.of(
                    "p",
                    List.of(PointsRule.of("a", Condition.always(), 1).withMultiplier("flags.x"))))
        .isInstanceOf(PolicyValidationException.class)
        .hasMessageContaining("multiplier: attribute 'flags.x' is a BOOLEAN");
    assertThatThrownBy(() -> PointsRule.of("a", Condition.always(), Double.NaN))
        .hasMessageContaining("points of rule 'a' must be finite");
  }

  @Test
  void jsonRoundTripAndErrorsThatNameThePath() {
    RuleSet rs = vip();
    String json = RuleSetJson.write(rs);
    assertThat(RuleSetJson.read(json)).isEqualTo(rs);
    assertThat(RuleSetJson.write(RuleSetJson.read(json))).isEqualTo(json);
    PointsPlan plan =
        PointsPlan.of(
            "p",
            List.of(
                PointsRule.of("a", compare("signals.x", Op.LT, 0.1), 2.5)
                    .withMultiplier("scores.rfm")
                    .withDecay("purchases.first", Duration.ofHours(36))));
    assertThat(PointsPlanJson.read(PointsPlanJson.write(plan))).isEqualTo(plan);

    assertThatThrownBy(() -> RuleSetJson.read("{\"name\": \"x\", \"segments\": [}"))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "$: malformed JSON at line 1, column 28: Unexpected close marker '}':"
                            + " expected ']'"));
    assertThatThrownBy(
            () ->
                RuleSetJson.read(
                    """
                    {"name": "x", "fallback": "o", "segments": [
                      {"name": "a", "when": {"attribute": "signals.x", "op": ">=", "value": 1}},
                      {"name": "b", "when": {"all": [{"attribute": "signals.x", "op": "=>", "value": 1}]}}
                    ]}"""))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.segments[1].when.all[0].op");
              assertThat(e.problem()).contains("'=>'");
            });
    assertThatThrownBy(
            () -> RuleSetJson.read("{\"name\": \"x\", \"segments\": [], \"fallback\": 3}"))
        .hasMessage("$.fallback: expected a string, but was 3.0");
    assertThatThrownBy(() -> RuleSetJson.read("{\"name\": \"x\", \"segments\": []}"))
        .hasMessage("$.fallback: missing");
    assertThatThrownBy(
            () ->
                ConditionJson.read("{\"attribute\": \"purchases.last\", \"within\": \"30 days\"}"))
        .hasMessageContaining("$.within: expected an ISO-8601 duration");
    assertThatThrownBy(() -> ConditionJson.read("{\"attribute\": \"a\", \"colour\": 1}"))
        .hasMessageContaining("needs 'op', 'is', 'present' or 'within'");
    assertThatThrownBy(() -> ConditionJson.read("{\"any\": [], \"x\": 1}"))
        .hasMessageStartingWith("$.x: unexpected member");
    assertThatThrownBy(
            () -> ConditionJson.read("{\"attribute\": \"a\", \"op\": \">\", \"value\": \"1\"}"))
        .hasMessage("$.value: expected a number, but was '1'");
    assertThatThrownBy(() -> ConditionJson.read("[1]"))
        .hasMessage("$: expected an object, but was an array");
    assertThatThrownBy(
            () ->
                PointsPlanJson.read(
                    "{\"name\": \"p\", \"rules\": [{\"name\": \"a\", \"when\": {\"all\": []},"
                        + " \"points\": 1, \"decay\": {\"attribute\": \"purchases.last\","
                        + " \"halfLife\": \"-P1D\"}}]}"))
        .hasMessageStartingWith("$.rules[0].decay: halfLife must be positive");
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Condition.class, Condition.always())
            .setDefault(RuleSet.class, vip())
            .setDefault(CustomerSnapshot.class, customer(1, 1))
            .setDefault(Duration.class, Duration.ofDays(1));
    for (Class<?> type :
        new Class<?>[] {
          RuleSet.class,
          PointsPlan.class,
          RuleSetJson.class,
          PointsPlanJson.class,
          ConditionJson.class,
          Op.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(vip());
    t.testAllPublicInstanceMethods(PointsPlan.of("p", List.of()));
  }
}
