package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When accrued points expire: never, a fixed duration after the accrual, or at the end of the
 * calendar month or year (in the programme's zone) in which that duration ends.
 *
 * @since 0.2
 */
public final class Expiry {
  /** How the expiry instant is found. */
  public enum Kind {
    /** Points never expire. */
    NEVER,
    /** Points expire a duration after they were accrued. */
    AFTER,
    /** Points expire at the end of the month in which the duration after the accrual ends. */
    END_OF_MONTH_AFTER,
    /** Points expire at the end of the year in which the duration after the accrual ends. */
    END_OF_YEAR_AFTER
  }

  private static final Expiry NEVER = new Expiry(Kind.NEVER, Duration.ZERO);

  private final Kind kind;
  private final Duration after;

  private Expiry(Kind kind, Duration after) {
    this.kind = kind;
    this.after = after;
  }

  /**
   * Points that never expire.
   *
   * @return the expiry
   */
  public static Expiry never() {
    return NEVER;
  }

  /**
   * Points that expire {@code after} their accrual.
   *
   * @param after a positive duration
   * @return the expiry
   * @throws IllegalArgumentException if the duration is not positive
   */
  public static Expiry after(Duration after) {
    return new Expiry(Kind.AFTER, positive(after));
  }

  /**
   * Points that expire at the end of the calendar month in which {@code after} their accrual falls.
   *
   * @param after a positive duration
   * @return the expiry
   * @throws IllegalArgumentException if the duration is not positive
   */
  public static Expiry endOfMonthAfter(Duration after) {
    return new Expiry(Kind.END_OF_MONTH_AFTER, positive(after));
  }

  /**
   * Points that expire at the end of the calendar year in which {@code after} their accrual falls.
   *
   * @param after a positive duration
   * @return the expiry
   * @throws IllegalArgumentException if the duration is not positive
   */
  public static Expiry endOfYearAfter(Duration after) {
    return new Expiry(Kind.END_OF_YEAR_AFTER, positive(after));
  }

  private static Duration positive(Duration d) {
    checkNotNull(d, "after must not be null");
    checkArgument(!d.isNegative() && !d.isZero(), "after must be positive, but was %s", d);
    return d;
  }

  /**
   * Returns how the expiry instant is found.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the duration after the accrual (zero for {@link Kind#NEVER}).
   *
   * @return the duration
   */
  public Duration after() {
    return after;
  }

  /**
   * Returns when points accrued at {@code accrued} expire, or null if they never do. The end of a
   * month or year is the first instant of the next one in {@code zone}.
   *
   * @param accrued the accrual instant, not null
   * @param zone the programme's zone, not null
   * @return the expiry instant, or null
   */
  public @Nullable Instant expiresAt(Instant accrued, ZoneId zone) {
    checkNotNull(accrued, "accrued must not be null");
    checkNotNull(zone, "zone must not be null");
    if (kind == Kind.NEVER) {
      return null;
    }
    Instant end = accrued.plus(after);
    if (kind == Kind.AFTER) {
      return end;
    }
    LocalDate day = end.atZone(zone).toLocalDate();
    LocalDate next =
        kind == Kind.END_OF_MONTH_AFTER
            ? day.withDayOfMonth(1).plusMonths(1)
            : day.withDayOfYear(1).plusYears(1);
    return ZonedDateTime.of(next.atStartOfDay(), zone).toInstant();
  }

  /**
   * Returns the code the JSON form uses: {@code never}, {@code after}, {@code end-of-month-after}
   * or {@code end-of-year-after}.
   *
   * @return the code
   */
  public String code() {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Expiry e && e.kind == kind && e.after.equals(after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, after);
  }

  @Override
  public String toString() {
    return kind == Kind.NEVER ? "never" : code() + " " + after;
  }
}
