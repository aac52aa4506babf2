package io.github.crmkit.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Strict reading of dates and date-times from text, as crmkit-io's CSV reader reads them, for hosts
 * that read purchases with their own tools (a Spark job, a message consumer) and want the same
 * answers: {@code 2026-02-30} is an error, never the 28th (java.time's default SMART resolver moves
 * it there silently), and nothing depends on the default locale or zone.
 *
 * <pre>{@code
 * DateTimeFormatter f = StrictDates.formatter("dd/MM/yyyy HH:mm");
 * Instant at = StrictDates.parse("30/01/2026 09:15", f, ZoneId.of("Asia/Seoul"));
 * Instant iso = StrictDates.parse("2026-01-30T09:15:00+09:00", null, ZoneOffset.UTC);
 * }</pre>
 *
 * @since 0.2
 */
public final class StrictDates {
  private StrictDates() {}

  /**
   * A java.time pattern as a strict formatter: the STRICT resolver (2026-02-30 is an error, not
   * 2026-02-28), with year-of-era letters read as proleptic years when the pattern has no era, as
   * STRICT needs; the root locale.
   *
   * @param pattern the pattern, not null
   * @return the formatter
   * @throws IllegalArgumentException if the pattern is not a java.time pattern
   */
  public static DateTimeFormatter formatter(String pattern) {
    java.util.Objects.requireNonNull(pattern, "pattern must not be null");
    String p = pattern.indexOf('G') < 0 ? yearsAsProleptic(pattern) : pattern;
    return DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }

  /** Replaces the letter y outside quoted literals with u. */
  private static String yearsAsProleptic(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean literal = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        literal = !literal;
      }
      sb.append(!literal && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }

  /**
   * Reads an instant: with the formatter if given (a date-time, or a date at the start of its day),
   * otherwise an ISO date or an ISO date-time (with an offset, or local); local values are in
   * {@code zone}.
   *
   * @param text the text, not null
   * @param format the formatter (from {@link #formatter}), or null for ISO
   * @param zone the zone of local values, not null
   * @return the instant
   * @throws DateTimeParseException if the text is not such a value
   */
  public static Instant parse(String text, @Nullable DateTimeFormatter format, ZoneId zone) {
    java.util.Objects.requireNonNull(text, "text must not be null");
    java.util.Objects.requireNonNull(zone, "zone must not be null");
    if (format != null) {
      TemporalAccessor t = format.parseBest(text, LocalDateTime::from, LocalDate::from);
      return t instanceof LocalDateTime ldt
          ? ldt.atZone(zone).toInstant()
          : ((LocalDate) t).atStartOfDay(zone).toInstant();
    }
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    }
    return isoDateTime(text, zone);
  }

  /**
   * An ISO date-time with an offset (or Z), or a local date-time read in {@code zone}.
   *
   * @param text the text, not null
   * @param zone the zone of a local date-time, not null
   * @return the instant
   * @throws DateTimeParseException if it is neither
   */
  public static Instant isoDateTime(String text, ZoneId zone) {
    java.util.Objects.requireNonNull(text, "text must not be null");
    java.util.Objects.requireNonNull(zone, "zone must not be null");
    if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text).atZone(zone).toInstant();
  }
}
