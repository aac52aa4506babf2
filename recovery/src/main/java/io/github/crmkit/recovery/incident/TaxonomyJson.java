package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Taxonomies as JSON: {@code {"id", "version", "name", "source", "codes": [{"id", "parent"?,
 * "names": {"en", "ko", ...}, "source"}]}} (names by BCP 47 language tag, English required), at
 * most 1 MiB; strict (unknown members, wrong types, duplicate or orphan codes are {@link
 * io.github.crmkit.core.DefinitionFormatException}s naming the JSON path), and {@code
 * read(write(t))} equals {@code t}. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class TaxonomyJson {
  private TaxonomyJson() {}

  /**
   * Reads a taxonomy.
   *
   * @param json the JSON text, not null, at most 1 MiB
   * @return the taxonomy
   * @throws io.github.crmkit.core.DefinitionFormatException naming the JSON path and the problem
   */
  public static Taxonomy read(String json) {
    return Taxonomy.fromJson(json);
  }

  /**
   * Writes a taxonomy.
   *
   * @param taxonomy the taxonomy, not null
   * @return the JSON text
   */
  public static String write(Taxonomy taxonomy) {
    checkNotNull(taxonomy, "taxonomy must not be null");
    return taxonomy.toJson();
  }
}
