package io.github.crmkit.segmentation.rules;

import java.util.List;

/**
 * What validation found in a definition: errors make it unusable (unknown attributes, type
 * mismatches, duplicate or blank names); warnings point at rules that can never match or that
 * overlap earlier ones, where that is decidable. Immutable.
 *
 * @param errors the errors, each naming the rule and the problem
 * @param warnings the warnings
 * @since 0.1
 */
public record ValidationReport(List<String> errors, List<String> warnings) {
  /**
   * Copies the lists.
   *
   * @param errors not null
   * @param warnings not null
   */
  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * Tells whether the definition can be used.
   *
   * @return true when there is no error
   */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
