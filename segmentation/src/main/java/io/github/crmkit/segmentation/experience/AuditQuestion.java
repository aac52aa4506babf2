package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One question of a walk-through audit, asked about one touchpoint. Immutable.
 *
 * @param id the question's identifier, unique in its checklist, not blank
 * @param touchpoint the touchpoint's name
 * @param text the question, for example "Was the customer greeted within one minute?"
 * @since 0.1
 */
public record AuditQuestion(String id, String touchpoint, String text) {
  /**
   * Checks the components.
   *
   * @param id not blank
   * @param touchpoint not null
   * @param text not null
   * @throws IllegalArgumentException if the id is blank
   */
  public AuditQuestion {
    checkNotNull(id, "id must not be null");
    checkNotNull(touchpoint, "touchpoint must not be null");
    checkNotNull(text, "text must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, but was '" + id + "'");
    }
  }
}
