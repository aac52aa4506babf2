package io.github.crmkit.io.internal;

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
 * Strict reading of dates and date-times from text, shared by crmkit-io's readers and the command
 * line. Internal to crmkit; not an API.
 */
public final class Times {
  private Times() {}

  /**
   * A java.time pattern as a strict formatter: the STRICT resolver (2026-02-30 is an error, not
   * 2026-02-28), with year-of-era letters read as proleptic years when the pattern has no era, as
   * STRICT needs; the root locale.
   *
   * @param pattern the pattern
   * @return the formatter
   * @throws IllegalArgumentException if the pattern is not a java.time pattern
   */
  public static DateTimeFormatter strictFormatter(String pattern) {
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
   * @param text the text
   * @param format the formatter, or null for ISO
   * @param zone the zone of local values
   * @return the instant
   * @throws DateTimeParseException if the text is not such a value
   */
  public static Instant instant(String text, @Nullable DateTimeFormatter format, ZoneId zone) {
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
   * @param text the text
   * @param zone the zone of a local date-time
   * @return the instant
   * @throws DateTimeParseException if it is neither
   */
  public static Instant isoDateTime(String text, ZoneId zone) {
    if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return LocalDateTime.parse(text).atZone(zone).toInstant();
  }
}
