package io.github.crmkit.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.CrmException;
import io.github.crmkit.testkit.fuzz.Mutations;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the rule-set reader: the written document reads back equal, and every mutation
 * is read or refused with a {@code CrmException} (a format error naming the JSON path, or an
 * invalid rule set) or an {@code IllegalArgumentException}, never another exception.
 */
class RuleJsonFuzzTest {
  @Test
  void ruleSetsAreReadOrRefused() {
    RuleSet rs = RuleSetTest.vip();
    String json = RuleSetJson.write(rs);
    assertThat(RuleSetJson.read(json)).isEqualTo(rs);
    SplittableRandom rng = new SplittableRandom(15);
    for (int i = 0; i < 3_000; i++) {
      String doc = Mutations.mutate(rng, json, "{}[]\",:0-1.eE tn\\");
      try {
        assertThat(RuleSetJson.read(doc)).isNotNull();
      } catch (CrmException | IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }
}
