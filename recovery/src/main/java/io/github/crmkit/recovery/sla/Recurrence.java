package io.github.crmkit.recovery.sla;

import io.github.crmkit.core.CodedType;
import io.github.crmkit.core.internal.Codes;

/**
 * What happens when the trigger of a metric's cycle comes again (another customer message for next
 * reply, another agent reply for periodic update, a reopening for resolution, requester wait and
 * agent work). First reply has only one cycle whatever its recurrence.
 *
 * @since 0.1
 */
public enum Recurrence implements CodedType {
  /** Only the first cycle is measured; later triggers start nothing. */
  NONE("none"),
  /** Every trigger starts a new cycle with the whole target (the usual help-desk default). */
  INDEPENDENT("independent"),
  /**
   * Every trigger starts a new cycle that continues the previous one: the time used by earlier
   * cycles counts, so the target bounds their sum, and a breach, its warning and its escalations
   * happen at most once across all cycles.
   */
  SEQUENTIAL("sequential");

  private final String code;

  Recurrence(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the constant with the given stable code.
   *
   * @param code a code as returned by {@link #code()}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that code
   */
  public static Recurrence fromCode(String code) {
    return Codes.byCode(Recurrence.class, code);
  }
}
