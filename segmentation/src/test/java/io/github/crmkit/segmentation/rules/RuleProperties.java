package io.github.crmkit.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseSummary;
import io.github.crmkit.testkit.DomainGenerators;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Rule sets agree with a brute-force interpretation of their conditions, and JSON round trips are
 * lossless, over generated condition trees and testkit-generated customers.
 */
class RuleProperties {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  static final List<String> NUMBERS =
      List.of(
          "purchases.count",
          "purchases.total",
          "recommendScore",
          "signals.a",
          "signals.b",
          "scores.rfm");
  static final List<String> BOOLEANS = List.of("flags.partner", "categories.x", "categories.y");
  static final List<String> INSTANTS = List.of("purchases.first", "purchases.last");
  static final List<Op> OPS = List.of(Op.values());

  static Condition condition(RandomGenerator rng, int depth) {
    int k = depth <= 0 ? rng.nextInt(4) : rng.nextInt(7);
    return switch (k) {
      case 0 ->
          Condition.compare(
              NUMBERS.get(rng.nextInt(NUMBERS.size())),
              OPS.get(rng.nextInt(OPS.size())),
              rng.nextInt(4) == 0 ? rng.nextDouble(-1, 1) : rng.nextInt(12));
      case 1 -> Condition.isTrue(BOOLEANS.get(rng.nextInt(BOOLEANS.size())));
      case 2 ->
          Condition.within(
              INSTANTS.get(rng.nextInt(INSTANTS.size())), Duration.ofDays(1 + rng.nextInt(800)));
      case 3 ->
          Condition.present(
              rng.nextBoolean()
                  ? NUMBERS.get(rng.nextInt(NUMBERS.size()))
                  : INSTANTS.get(rng.nextInt(INSTANTS.size())));
      case 4 -> new Condition.All(children(rng, depth));
      case 5 -> new Condition.Any(children(rng, depth));
      default -> Condition.not(condition(rng, depth - 1));
    };
  }

  static List<Condition> children(RandomGenerator rng, int depth) {
    List<Condition> cs = new ArrayList<>();
    int n = rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      cs.add(condition(rng, depth - 1));
    }
    return cs;
  }

  static Gen<RuleSet> ruleSets() {
    return CrmGen.of(
        rng -> {
          List<RuleSet.Segment> segs = new ArrayList<>();
          int n = 1 + rng.nextInt(6);
          for (int i = 0; i < n; i++) {
            segs.add(new RuleSet.Segment("s" + i, condition(rng, 3)));
          }
          return RuleSet.of("generated", segs, "fallback");
        });
  }

  static Gen<List<CustomerSnapshot>> customers() {
    return CrmGen.of(
        rng -> {
          List<CustomerSnapshot> out = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            out.add(
                DomainGenerators.snapshot(
                    rng, AS_OF, List.of("a"), List.of("b"), List.of("x", "y")));
          }
          return out;
        });
  }

  /** A direct interpretation of the semantics documented on {@link Condition}. */
  static boolean brute(Condition c, CustomerSnapshot s, Map<String, Double> scores) {
    if (c instanceof Condition.All x) {
      return x.conditions().stream().allMatch(k -> brute(k, s, scores));
    }
    if (c instanceof Condition.Any x) {
      return x.conditions().stream().anyMatch(k -> brute(k, s, scores));
    }
    if (c instanceof Condition.Not x) {
      return !brute(x.condition(), s, scores);
    }
    if (c instanceof Condition.IsTrue x) {
      String key = x.attribute().substring(x.attribute().indexOf('.') + 1);
      return x.attribute().startsWith("flags.")
          ? s.flags().contains(key)
          : s.categories().contains(key);
    }
    if (c instanceof Condition.Within x) {
      Instant t = instant(x.attribute(), s);
      return t != null
          && t.compareTo(s.asOf()) <= 0
          && t.compareTo(s.asOf().minus(x.window())) >= 0;
    }
    if (c instanceof Condition.Present x) {
      boolean isInstant = INSTANTS.contains(x.attribute());
      return isInstant
          ? instant(x.attribute(), s) != null
          : number(x.attribute(), s, scores) != null;
    }
    Condition.Compare x = (Condition.Compare) c;
    Double v = number(x.attribute(), s, scores);
    if (v == null) {
      return false;
    }
    return switch (x.op()) {
      case LT -> v < x.value();
      case LE -> v <= x.value();
      case EQ -> v == x.value();
      case NE -> v != x.value();
      case GE -> v >= x.value();
      case GT -> v > x.value();
    };
  }

  static Instant instant(String attribute, CustomerSnapshot s) {
    PurchaseSummary p = s.purchases().orElse(null);
    if (p == null) {
      return null;
    }
    return attribute.equals("purchases.first") ? p.first() : p.last();
  }

  static Double number(String attribute, CustomerSnapshot s, Map<String, Double> scores) {
    PurchaseSummary p = s.purchases().orElse(null);
    return switch (attribute) {
      case "purchases.count" -> p == null ? 0.0 : (double) p.count();
      case "purchases.total" -> p == null ? 0.0 : p.total().toBigDecimal().doubleValue();
      case "recommendScore" ->
          s.recommendScore().isPresent() ? (double) s.recommendScore().getAsInt() : null;
      case "scores.rfm" -> scores.get("rfm");
      default -> s.signals().get(attribute.substring("signals.".length()));
    };
  }

  @Test
  void ruleSetEvaluationAgreesWithBruteForce() {
    qt().forAll(ruleSets(), customers())
        .checkAssert(
            (rs, base) -> {
              int i = 0;
              for (CustomerSnapshot s : base) {
                Map<String, Double> scores =
                    i++ % 2 == 0 ? Map.of() : Map.of("rfm", (double) (i % 11));
                String expected = rs.fallback();
                for (RuleSet.Segment seg : rs.segments()) {
                  if (brute(seg.when(), s, scores)) {
                    expected = seg.name();
                    break;
                  }
                }
                assertThat(rs.segmentOf(s, scores)).isEqualTo(expected);
                assertThat(rs.assign(s, scores).outcome()).isEqualTo("segment " + expected);
                assertThat(rs.explainMembership(s, scores, expected).outcome())
                    .isEqualTo("member of '" + expected + "'");
              }
            });
  }

  @Test
  void jsonRoundTripIsLossless() {
    qt().forAll(ruleSets())
        .checkAssert(
            rs -> {
              String json = RuleSetJson.write(rs);
              RuleSet back = RuleSetJson.read(json);
              assertThat(back).isEqualTo(rs);
              assertThat(RuleSetJson.write(back)).isEqualTo(json);
              for (RuleSet.Segment s : rs.segments()) {
                assertThat(ConditionJson.read(ConditionJson.write(s.when()))).isEqualTo(s.when());
              }
            });
  }
}
