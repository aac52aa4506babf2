package io.github.crmkit.core;

import java.util.Map;

/**
 * A result of a call that took many records and accounts for every one of them: each record
 * received was either processed or rejected for a {@link RejectionReason}.
 *
 * <p>The invariant {@code received() == processed() + rejected()} holds for every implementation,
 * and {@code rejected()} is the sum of {@link #rejections()}.
 *
 * @since 0.2
 */
public interface Accounted {
  /**
   * Returns how many records the call received.
   *
   * @return the count, not negative
   */
  long received();

  /**
   * Returns how many received records were rejected: the sum of {@link #rejections()}.
   *
   * @return the count, not negative
   */
  default long rejected() {
    long sum = 0;
    for (long n : rejections().values()) {
      sum += n;
    }
    return sum;
  }

  /**
   * Returns how many received records were processed: {@code received() - rejected()}.
   *
   * @return the count, not negative
   */
  default long processed() {
    return received() - rejected();
  }

  /**
   * Returns the rejected records counted by reason, in the order of {@link RejectionReason}, with
   * only the reasons that occurred.
   *
   * @return an unmodifiable map, empty when nothing was rejected
   */
  Map<RejectionReason, Long> rejections();
}
