package io.github.crmkit.segmentation.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.LoyaltyRung;
import java.util.List;

/**
 * A customer's rung on the loyalty ladder and what is missing for the next one. Immutable.
 *
 * @param customerId the customer
 * @param rung the rung
 * @param missingForNext what the customer lacks to climb one rung; empty for a partner
 * @param facts the facts and thresholds used, in words
 * @since 0.1
 */
public record LadderPosition(
    CustomerId customerId, LoyaltyRung rung, List<String> missingForNext, String facts)
    implements Explained {
  /**
   * Checks and copies the components.
   *
   * @param customerId not null
   * @param rung not null
   * @param missingForNext not null; copied
   * @param facts not null
   */
  public LadderPosition {
    checkNotNull(customerId, "customerId must not be null");
    checkNotNull(rung, "rung must not be null");
    checkNotNull(facts, "facts must not be null");
    missingForNext = List.copyOf(missingForNext);
  }

  /**
   * Explains the rung and the next step.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(LadderPosition.class, "ladder.subject", customerId)
            .input("facts", facts);
    for (String m : missingForNext) {
      b.checkTemplate("next rung", false, "ladder.missing", m);
    }
    return b.buildTemplate("named", rung);
  }
}
