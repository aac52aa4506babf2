package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One code of a {@link Taxonomy}: a group (no parent) or a category within a group, with a stable
 * id, English and Korean labels and the source it comes from. Immutable.
 *
 * @param id the stable id, unique in its taxonomy, for example {@code "1B"}
 * @param parent the group's id for a category, null for a group
 * @param english the English label
 * @param korean the Korean label
 * @param source the citation
 * @since 0.1
 */
public record IncidentCode(
    String id, @Nullable String parent, String english, String korean, String source) {
  /**
   * Checks the components.
   *
   * @param id not blank
   * @param parent may be null
   * @param english not null
   * @param korean not null
   * @param source not null
   * @throws IllegalArgumentException if the id is blank
   */
  public IncidentCode {
    checkNotNull(id, "id must not be null");
    checkNotNull(english, "english must not be null");
    checkNotNull(korean, "korean must not be null");
    checkNotNull(source, "source must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }

  /**
   * Returns the parent group's id.
   *
   * @return the parent, or empty for a group
   */
  public Optional<String> parentId() {
    return Optional.ofNullable(parent);
  }
}
