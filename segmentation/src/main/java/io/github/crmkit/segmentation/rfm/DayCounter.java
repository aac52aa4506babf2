package io.github.crmkit.segmentation.rfm;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Local epoch days of epoch seconds in one zone, fast: the zone's offset transitions inside the
 * range of the batch are read once into arrays, so each conversion is a short binary search instead
 * of a {@link ZoneRules} lookup.
 */
final class DayCounter {
  private static final long SECONDS_PER_DAY = 86_400;

  private final long[] starts;
  private final int[] offsets;

  DayCounter(ZoneId zone, long minSecond, long maxSecond) {
    ZoneRules rules = zone.getRules();
    long from = Math.max(minSecond, Instant.MIN.getEpochSecond());
    long[] s = new long[8];
    int[] o = new int[8];
    s[0] = Long.MIN_VALUE;
    o[0] = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
    int n = 1;
    if (!rules.isFixedOffset()) {
      ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from));
      while (t != null && t.toEpochSecond() <= maxSecond) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
          o = Arrays.copyOf(o, n * 2);
        }
        s[n] = t.toEpochSecond();
        o[n] = t.getOffsetAfter().getTotalSeconds();
        n++;
        t = rules.nextTransition(t.getInstant());
      }
    }
    this.starts = Arrays.copyOf(s, n);
    this.offsets = Arrays.copyOf(o, n);
  }

  /** Returns the local epoch day of an epoch second inside the range given at construction. */
  long epochDay(long epochSecond) {
    int i;
    if (starts.length == 1) {
      i = 0;
    } else {
      i = Arrays.binarySearch(starts, epochSecond);
      if (i < 0) {
        i = -i - 2;
      }
    }
    return Math.floorDiv(epochSecond + offsets[i], SECONDS_PER_DAY);
  }
}
