package io.github.crmkit.recovery.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconJson;
import io.github.crmkit.recovery.incident.Taxonomy;
import io.github.crmkit.recovery.incident.TaxonomyJson;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the library's JSON readers: a valid document read back equals what was written,
 * and any mutation of it is read or refused with {@link DefinitionFormatException} (or, for a value
 * the domain refuses, {@link IllegalArgumentException}), never another exception.
 */
class JsonReaderFuzzTest {
  static String mutate(SplittableRandom rng, String in) {
    String pool = "{}[]\",:0-1.eE tn\\u0000x";
    StringBuilder sb = new StringBuilder(in);
    int edits = 1 + rng.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = rng.nextInt(sb.length());
      char c = pool.charAt(rng.nextInt(pool.length()));
      switch (rng.nextInt(4)) {
        case 0 -> sb.setCharAt(at, c);
        case 1 -> sb.deleteCharAt(at);
        case 2 -> sb.insert(at, c);
        default -> {
          // Duplicate a slice: repeated members and deep nesting.
          int to = Math.min(sb.length(), at + 1 + rng.nextInt(20));
          sb.insert(at, sb.substring(at, to));
        }
      }
    }
    return sb.toString();
  }

  static void fuzz(String valid, Function<String, Object> read, long seed) {
    assertThat(read.apply(valid)).isNotNull();
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < 3_000; i++) {
      String doc = mutate(rng, valid);
      try {
        assertThat(read.apply(doc)).isNotNull();
      } catch (DefinitionFormatException | IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    try {
      assertThat(read.apply(deep)).isNotNull();
    } catch (DefinitionFormatException | IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Test
  void taxonomiesLexiconsAndPoliciesAreReadOrRefused() {
    Taxonomy bitner = Taxonomy.bitner();
    assertThat(TaxonomyJson.read(TaxonomyJson.write(bitner))).isEqualTo(bitner);
    fuzz(TaxonomyJson.write(bitner), TaxonomyJson::read, 1);
    Lexicon lexicon = Lexicon.bitnerStarter();
    assertThat(LexiconJson.read(LexiconJson.write(lexicon), bitner)).isEqualTo(lexicon);
    fuzz(LexiconJson.write(lexicon), json -> LexiconJson.read(json, bitner), 2);
    String policy = PolicyJson.write(RecoveryPolicyTest.policy());
    fuzz(policy, PolicyJson::read, 3);
  }
}
