package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Lexicons as JSON: {@code {"taxonomy": "id", "codes": {"1A": {"sold out": 2.0, ...}, ...}}}, at
 * most 1 MiB; strict ({@link io.github.crmkit.core.DefinitionFormatException}s name the JSON path),
 * and {@code read(write(l), taxonomy)} equals {@code l}. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class LexiconJson {
  private LexiconJson() {}

  /**
   * Reads a lexicon for a taxonomy.
   *
   * @param json the JSON text, not null, at most 1 MiB
   * @param taxonomy the taxonomy it codes into, not null; its id must match
   * @return the lexicon
   * @throws io.github.crmkit.core.DefinitionFormatException naming the JSON path and the problem
   */
  public static Lexicon read(String json, Taxonomy taxonomy) {
    checkNotNull(taxonomy, "taxonomy must not be null");
    return Lexicon.fromJson(json, taxonomy);
  }

  /**
   * Writes a lexicon.
   *
   * @param lexicon the lexicon, not null
   * @return the JSON text
   */
  public static String write(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon must not be null");
    return lexicon.toJson();
  }
}
