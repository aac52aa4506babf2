package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One code of a {@link Taxonomy}: a group (no parent) or a category within a group, with a stable
 * id, its names by language and the source it comes from. Immutable and thread-safe.
 *
 * <p>A taxonomy is data a host writes, so its names are data too: any number of languages, keyed by
 * BCP 47 language tag ({@code "en"}, {@code "ko"}, {@code "ja"}, {@code "zh-Hant"}); English is
 * required, as the name of last resort. {@link #displayName(Locale)} picks the name for a locale.
 *
 * @since 0.1
 */
public final class IncidentCode {
  private final String id;
  private final @Nullable String parent;
  private final Map<String, String> names;
  private final String source;

  private IncidentCode(
      String id, @Nullable String parent, Map<String, String> names, String source) {
    this.id = id;
    this.parent = parent;
    this.names = names;
    this.source = source;
  }

  /**
   * Returns a code.
   *
   * @param id the stable id, unique in its taxonomy, for example {@code "1B"}; not blank
   * @param parent the group's id for a category, null for a group
   * @param names the names by BCP 47 language tag ({@code "en"}, {@code "ko"}, ...), not null, with
   *     an English ({@code "en"}) name; no blank tag or name
   * @param source the citation, not null
   * @return the code
   * @throws IllegalArgumentException if the id is blank, the English name missing, or a tag or name
   *     blank or a tag not well-formed
   */
  public static IncidentCode of(
      String id, @Nullable String parent, Map<String, String> names, String source) {
    checkNotNull(id, "id must not be null");
    checkNotNull(names, "names must not be null");
    checkNotNull(source, "source must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      String tag = checkNotNull(e.getKey(), "a language tag of code %s is null", id);
      String name = checkNotNull(e.getValue(), "the name of code %s in %s is null", id, tag);
      Locale locale = Locale.forLanguageTag(tag);
      if (tag.isBlank() || locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "language tag '" + tag + "' of code " + id + " is not a BCP 47 language tag");
      }
      if (name.isBlank()) {
        throw new IllegalArgumentException(
            "the name of code " + id + " in '" + tag + "' must not be blank");
      }
      if (copy.put(locale.toLanguageTag(), name) != null) {
        throw new IllegalArgumentException(
            "code " + id + " names language '" + locale.toLanguageTag() + "' twice");
      }
    }
    if (!copy.containsKey("en")) {
      throw new IllegalArgumentException(
          "code " + id + " has no English name (\"en\"), but " + copy.keySet());
    }
    return new IncidentCode(id, parent, Collections.unmodifiableMap(copy), source);
  }

  /**
   * Returns the stable id, unique in its taxonomy, for example {@code "1B"}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the parent group's id.
   *
   * @return the parent's id, or empty for a group
   */
  public Optional<String> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the names by BCP 47 language tag, in the order they were given; English is always
   * present.
   *
   * @return an unmodifiable map from language tag to name
   */
  public Map<String, String> names() {
    return names;
  }

  /**
   * Returns the name for a locale: the name of its exact language tag, else of its language alone,
   * else the English name. The default locale is never consulted.
   *
   * @param locale the locale, not null
   * @return the name
   */
  public String displayName(Locale locale) {
    checkNotNull(locale, "locale must not be null");
    String exact = names.get(locale.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    return names.getOrDefault(locale.getLanguage(), english());
  }

  private String english() {
    return checkNotNull(names.get("en"), "English name of %s", id);
  }

  /**
   * Returns the citation.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IncidentCode that)) {
      return false;
    }
    return id.equals(that.id)
        && Objects.equals(parent, that.parent)
        && names.equals(that.names)
        && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, parent, names, source);
  }

  /** Returns the id, the English name and the parent, for logs. */
  @Override
  public String toString() {
    return "IncidentCode[" + id + (parent == null ? "" : " in " + parent) + ": " + english() + "]";
  }
}
