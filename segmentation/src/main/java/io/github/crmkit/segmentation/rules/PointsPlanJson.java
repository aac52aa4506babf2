package io.github.crmkit.segmentation.rules;

/**
 * Points plans as JSON, in the format of the package documentation: strict (unknown members, wrong
 * types and impossible values are {@link io.github.crmkit.core.DefinitionFormatException}s naming
 * the JSON path), and {@code read(write(x))} equals {@code x}. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class PointsPlanJson {
  private PointsPlanJson() {}

  /**
   * Reads a points plan.
   *
   * @param json the JSON text, not null
   * @return the plan, validated
   * @throws io.github.crmkit.core.DefinitionFormatException if the JSON is malformed or does not
   *     describe a points plan, naming the JSON path
   * @throws io.github.crmkit.core.PolicyValidationException if the plan is invalid
   */
  public static PointsPlan read(String json) {
    return RuleJson.readPointsPlan(json);
  }

  /**
   * Writes a points plan.
   *
   * @param plan the value, not null
   * @return the JSON text
   */
  public static String write(PointsPlan plan) {
    return RuleJson.write(plan);
  }
}
