package io.github.crmkit.recovery.reliability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fleiss' kappa with the kappa of each category, from {@link Reliability#fleissKappa}. Immutable.
 *
 * @since 0.1
 */
public final class FleissKappa {
  private final Estimate overall;
  private final Map<String, Estimate> perCategory;

  FleissKappa(Estimate overall, Map<String, Estimate> perCategory) {
    this.overall = overall;
    this.perCategory = Collections.unmodifiableMap(new LinkedHashMap<>(perCategory));
  }

  /**
   * Returns the overall kappa with the standard error under the null hypothesis of Fleiss, Nee and
   * Landis (1979).
   *
   * @return the estimate
   */
  public Estimate overall() {
    return overall;
  }

  /**
   * Returns the kappa of each category, in category order.
   *
   * @return an unmodifiable map
   */
  public Map<String, Estimate> perCategory() {
    return perCategory;
  }

  @Override
  public String toString() {
    return overall + " " + perCategory.values();
  }
}
