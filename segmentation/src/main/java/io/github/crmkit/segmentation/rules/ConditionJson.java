package io.github.crmkit.segmentation.rules;

/**
 * Conditions as JSON, in the format of the package documentation: strict (unknown members, wrong
 * types and impossible values are {@link io.github.crmkit.core.DefinitionFormatException}s naming
 * the JSON path), and {@code read(write(x))} equals {@code x}. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class ConditionJson {
  private ConditionJson() {}

  /**
   * Reads a condition.
   *
   * @param json the JSON text, not null
   * @return the condition (attributes are checked when it is used in a rule set or plan)
   * @throws io.github.crmkit.core.DefinitionFormatException if the JSON is malformed or does not
   *     describe a condition, naming the JSON path
   */
  public static Condition read(String json) {
    return RuleJson.readCondition(json);
  }

  /**
   * Writes a condition.
   *
   * @param condition the value, not null
   * @return the JSON text
   */
  public static String write(Condition condition) {
    return RuleJson.write(condition);
  }
}
