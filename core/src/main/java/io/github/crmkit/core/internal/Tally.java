package io.github.crmkit.core.internal;

import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of rejections by reason, for the {@code Accounted} results of every module. */
public final class Tally {
  private Tally() {}

  /**
   * The rejections counted by reason, in the order of the enum, only the reasons that occur.
   *
   * @param rejections the rejections
   * @return an unmodifiable map
   */
  public static Map<RejectionReason, Long> byReason(List<? extends Rejection<?>> rejections) {
    EnumMap<RejectionReason, Long> m = new EnumMap<>(RejectionReason.class);
    for (Rejection<?> r : rejections) {
      m.merge(r.reason(), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(m);
  }
}
