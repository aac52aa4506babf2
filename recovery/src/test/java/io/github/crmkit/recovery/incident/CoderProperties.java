package io.github.crmkit.recovery.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.Channel;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lexicon coder is deterministic and its code is the heaviest evidence. */
class CoderProperties {
  static final LexiconCoder CODER = LexiconCoder.of(Lexicon.bitnerStarter());
  static final List<String[]> TERMS = Lexicon.bitnerStarter().flatten();
  static final List<String> FILLER =
      List.of("the", "we", "and", "then", "그리고", "직원", "table", "ok", "chocolate", "yesterday");

  @Test
  void codingIsDeterministicAndPicksTheHeaviestCode() {
    qt().forAll(
            CrmGen.of(
                rng -> {
                  StringBuilder sb = new StringBuilder();
                  int words = rng.nextInt(30);
                  for (int i = 0; i < words; i++) {
                    if (rng.nextInt(4) == 0) {
                      sb.append(TERMS.get(rng.nextInt(TERMS.size()))[1]);
                    } else {
                      sb.append(FILLER.get(rng.nextInt(FILLER.size())));
                    }
                    sb.append(rng.nextBoolean() ? " " : ". ");
                  }
                  return sb.toString();
                }))
        .checkAssert(
            text -> {
              Incident i =
                  Incident.of("p", text, Channel.IN_PERSON, Outcome.SATISFACTORY, Instant.EPOCH);
              CodingResult a = CODER.code(i);
              CodingResult b = CODER.code(i);
              assertThat(b).isEqualTo(a);
              assertThat(a.confidence()).isBetween(0.0, 1.0);
              Map<String, Double> weight = new LinkedHashMap<>();
              for (CodingResult.Match m : a.matches()) {
                weight.merge(m.code(), m.weight(), Double::sum);
              }
              if (a.matches().isEmpty()) {
                assertThat(a.isCoded()).isFalse();
              } else {
                double best =
                    weight.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                List<String> top = new ArrayList<>();
                weight.forEach(
                    (code, w) -> {
                      if (w >= best * (1 - 1e-9)) {
                        top.add(code);
                      }
                    });
                assertThat(a.candidates()).containsExactlyInAnyOrderElementsOf(top);
                if (top.size() == 1) {
                  assertThat(a.code()).contains(top.get(0));
                  assertThat(weight.get(a.code().orElseThrow())).isEqualTo(best);
                } else {
                  assertThat(a.isCoded()).isFalse();
                  assertThat(a.isTie()).isTrue();
                }
                List<String> terms = new ArrayList<>();
                a.matches().forEach(m -> terms.add(m.term().replace("*", "")));
                assertThat(terms)
                    .allSatisfy(
                        t ->
                            assertThat(text.toLowerCase(java.util.Locale.ROOT))
                                .contains(t.toLowerCase(java.util.Locale.ROOT)));
              }
            });
  }
}
