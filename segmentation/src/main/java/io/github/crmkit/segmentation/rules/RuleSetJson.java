package io.github.crmkit.segmentation.rules;

/**
 * Rule sets as JSON, in the format of the package documentation: strict (unknown members, wrong
 * types and impossible values are {@link io.github.crmkit.core.DefinitionFormatException}s naming
 * the JSON path), and {@code read(write(x))} equals {@code x}. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class RuleSetJson {
  private RuleSetJson() {}

  /**
   * Reads a rule set.
   *
   * @param json the JSON text, not null
   * @return the rule set, validated
   * @throws io.github.crmkit.core.DefinitionFormatException if the JSON is malformed or does not
   *     describe a rule set, naming the JSON path
   * @throws io.github.crmkit.core.PolicyValidationException if the rule set is invalid
   */
  public static RuleSet read(String json) {
    return RuleJson.readRuleSet(json);
  }

  /**
   * Writes a rule set.
   *
   * @param ruleSet the value, not null
   * @return the JSON text
   */
  public static String write(RuleSet ruleSet) {
    return RuleJson.write(ruleSet);
  }
}
