package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.internal.Json;
import io.github.crmkit.core.internal.JsonRead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Weighted words and phrases per category of a {@link Taxonomy}, in any language, for the {@link
 * LexiconCoder}. A Latin-script term is a whole word or phrase, matched between word boundaries and
 * with its last word in its regular English inflections ({@code "wait"} matches wait, waits, waited
 * and waiting, never waiter or waitress); a Latin term ending in {@code *} is a declared open stem
 * ({@code "discriminat*"} matches discriminated and discrimination). Terms in other scripts, such
 * as Korean, are stems matched as substrings, no morphological analyser needed. The lexicon is
 * data: built in code, read from and written to JSON, tuned or replaced by the host. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Lexicon {
  private static final int MAX_JSON_CHARS = 1 << 20;

  private final Taxonomy taxonomy;
  private final Map<String, Map<String, Double>> terms;

  private Lexicon(Taxonomy taxonomy, Map<String, Map<String, Double>> terms) {
    this.taxonomy = taxonomy;
    this.terms = terms;
  }

  /**
   * Builds a lexicon.
   *
   * @param taxonomy the taxonomy coded into, not null
   * @param terms for each code of the taxonomy, its terms with positive weights
   * @return the lexicon
   * @throws IllegalArgumentException if a code is unknown, a term blank or a weight not positive
   */
  public static Lexicon of(Taxonomy taxonomy, Map<String, Map<String, Double>> terms) {
    checkNotNull(taxonomy, "taxonomy must not be null");
    checkNotNull(terms, "terms must not be null");
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    terms.forEach(
        (code, ts) -> {
          taxonomy.require(code);
          Map<String, Double> m = new LinkedHashMap<>();
          ts.forEach(
              (term, w) -> {
                if (term.isBlank() || term.equals("*")) {
                  throw new IllegalArgumentException(
                      "code '" + code + "' has a blank term: '" + term + "'");
                }
                if (!(w > 0) || !Double.isFinite(w)) {
                  throw new IllegalArgumentException(
                      "weight of term '"
                          + term
                          + "' for code '"
                          + code
                          + "' must be positive, but was "
                          + w);
                }
                m.put(term, w);
              });
          copy.put(code, Collections.unmodifiableMap(m));
        });
    return new Lexicon(taxonomy, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns crmkit's starter lexicon for {@link Taxonomy#bitner()} in English and Korean. It is a
   * transparent baseline to tune on the host's own coded incidents, not a validated instrument.
   *
   * @return the lexicon
   */
  public static Lexicon bitnerStarter() {
    return Starter.BITNER;
  }

  /**
   * Reads a lexicon: {@code {"taxonomy": "id", "codes": {"1A": {"sold out": 2.0, ...}, ...}}}.
   *
   * @param json the JSON text, at most 1 MiB
   * @param taxonomy the taxonomy it codes into; its id must match
   * @return the lexicon
   * @throws DefinitionFormatException naming the JSON path and the problem
   */
  static Lexicon fromJson(String json, Taxonomy taxonomy) {
    checkNotNull(json, "json must not be null");
    checkNotNull(taxonomy, "taxonomy must not be null");
    Object root = JsonRead.parse(json, MAX_JSON_CHARS);
    Map<String, Object> o = JsonRead.object(root, "$");
    JsonRead.members(o, "$", Set.of("taxonomy", "codes"));
    String id = JsonRead.string(o, "taxonomy", "$");
    if (!id.equals(taxonomy.id())) {
      throw new DefinitionFormatException(
          "$.taxonomy", "lexicon is for '" + id + "' but the taxonomy is '" + taxonomy.id() + "'");
    }
    Map<String, Object> codes = JsonRead.object(JsonRead.need(o, "codes", "$"), "$.codes");
    Map<String, Map<String, Double>> terms = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : codes.entrySet()) {
      String p = "$.codes." + e.getKey();
      if (taxonomy.code(e.getKey()).isEmpty()) {
        throw new DefinitionFormatException(p, "unknown code in taxonomy '" + taxonomy.id() + "'");
      }
      Map<String, Object> ts = JsonRead.object(e.getValue(), p);
      Map<String, Double> m = new LinkedHashMap<>();
      for (String term : ts.keySet()) {
        m.put(term, JsonRead.number(ts, term, p));
      }
      terms.put(e.getKey(), m);
    }
    return JsonRead.wrap("$.codes", () -> of(taxonomy, terms));
  }

  /**
   * Writes the lexicon as JSON in the format {@link LexiconJson#read} reads.
   *
   * @return the JSON text
   */
  String toJson() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("taxonomy", taxonomy.id());
    o.put("codes", terms);
    return Json.write(o);
  }

  /**
   * Returns the taxonomy.
   *
   * @return the taxonomy
   */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Returns the terms per code.
   *
   * @return an unmodifiable map from code to term to weight
   */
  public Map<String, Map<String, Double>> terms() {
    return terms;
  }

  /**
   * Returns a copy with a term added or its weight replaced.
   *
   * @param code a code of the taxonomy
   * @param term the term, not blank
   * @param weight its weight, positive
   * @return the new lexicon
   */
  public Lexicon withTerm(String code, String term, double weight) {
    checkNotNull(code, "code must not be null");
    checkNotNull(term, "term must not be null");
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    terms.forEach((c, ts) -> copy.put(c, new LinkedHashMap<>(ts)));
    copy.computeIfAbsent(code, c -> new LinkedHashMap<>()).put(term, weight);
    return of(taxonomy, copy);
  }

  List<String[]> flatten() {
    List<String[]> out = new ArrayList<>();
    terms.forEach((code, ts) -> ts.keySet().forEach(t -> out.add(new String[] {code, t})));
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Lexicon l && taxonomy.equals(l.taxonomy) && terms.equals(l.terms);
  }

  @Override
  public int hashCode() {
    return taxonomy.hashCode() * 31 + terms.hashCode();
  }

  @Override
  public String toString() {
    return "Lexicon{" + taxonomy.id() + ", " + flatten().size() + " terms}";
  }

  /** The lexicons shipped in the jar. */
  private static final class Starter {
    static final Lexicon BITNER = load("bitner-lexicon.json", Taxonomy.bitner());

    private static Lexicon load(String file, Taxonomy taxonomy) {
      try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("lexicon resource " + file + " is missing from the jar");
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), taxonomy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
