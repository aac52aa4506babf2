package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** between(start, add(start, d)) = d, and add is monotone in d, across zones and DST. */
class BusinessCalendarProperties {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Seoul"));

  static BusinessCalendar calendar(ZoneId zone) {
    return BusinessCalendar.builder(zone)
        .weekdays(LocalTime.of(8, 30), LocalTime.of(17, 0))
        .window(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(3, 0))
        .window(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(12, 30))
        .holidays(HolidaySource.dates(Set.of(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 11, 2))))
        .override(LocalDate.of(2026, 10, 24), LocalTime.of(1, 0), LocalTime.of(4, 0))
        .build();
  }

  static final List<String> ALL_ZONES =
      List.copyOf(new java.util.TreeSet<>(ZoneId.getAvailableZoneIds()));

  @Test
  void localTimesResolveAsZonedDateTimeOfDoesInEveryZone() {
    qt().withExamples(20_000)
        .forAll(
            CrmGen.of(
                rng -> {
                  ZoneId zone = ZoneId.of(ALL_ZONES.get(rng.nextInt(ALL_ZONES.size())));
                  java.time.zone.ZoneRules rules = zone.getRules();
                  LocalDate date = LocalDate.ofEpochDay(rng.nextLong(-30_000, 80_000));
                  LocalTime time = LocalTime.ofNanoOfDay(rng.nextLong(86_400_000_000_000L));
                  // Half the cases sit on a transition: in its gap or overlap, or at its edges.
                  java.time.zone.ZoneOffsetTransition t =
                      rules.nextTransition(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
                  if (t != null && rng.nextBoolean()) {
                    java.time.LocalDateTime near =
                        t.getDateTimeBefore().plusSeconds(rng.nextLong(-3_700, 3_700));
                    date = near.toLocalDate();
                    time = near.toLocalTime();
                  }
                  return new Object[] {zone, date, time};
                }))
        .checkAssert(
            c -> {
              ZoneId zone = (ZoneId) c[0];
              LocalDate date = (LocalDate) c[1];
              LocalTime time = (LocalTime) c[2];
              BusinessCalendar cal =
                  BusinessCalendar.builder(zone)
                      .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                      .build();
              assertThat(cal.instant(date, time))
                  .as("%s %s %s", zone, date, time)
                  .isEqualTo(java.time.ZonedDateTime.of(date, time, zone).toInstant());
            });
  }

  @Test
  void addAndBetweenAreInverseAndAddIsMonotone() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    qt().forAll(
            CrmGen.of(rng -> ZONES.get(rng.nextInt(ZONES.size()))),
            CrmGen.of(
                rng ->
                    from.plusSeconds(rng.nextLong(0, 365L * 86_400))
                        .plusNanos(rng.nextInt(1_000_000_000))),
            CrmGen.of(
                rng ->
                    Duration.ofSeconds(rng.nextLong(0, 30L * 9 * 3600))
                        .plusNanos(rng.nextInt(1000))),
            CrmGen.of(rng -> Duration.ofSeconds(rng.nextLong(0, 5 * 3600))))
        .checkAssert(
            (zone, start, d, more) -> {
              BusinessCalendar cal = calendar(zone);
              Instant end = cal.add(start, d);
              assertThat(cal.between(start, end)).isEqualTo(d);
              assertThat(end).isAfterOrEqualTo(start);
              Instant later = cal.add(start, d.plus(more));
              assertThat(later).isAfterOrEqualTo(end);
              assertThat(cal.between(end, later)).isEqualTo(more);
              Instant next = cal.nextStart(start);
              assertThat(cal.isWithin(next)).isTrue();
              assertThat(cal.between(start, next)).isEqualTo(Duration.ZERO);
            });
  }

  @Test
  void longSpansEqualTheSumOfTheirShortPieces() {
    // between() counts the middle of a long span from a weekday table; short spans clip every day.
    // Additivity over pieces of at most two days compares the two paths, across DST and holidays.
    qt().withExamples(300)
        .forAll(
            CrmGen.of(
                rng -> {
                  ZoneId zone = ZONES.get(rng.nextInt(ZONES.size()));
                  Instant a =
                      Instant.parse("2025-06-01T00:00:00Z")
                          .plusSeconds(rng.nextLong(0, 2L * 365 * 86_400));
                  Instant b = a.plusSeconds(rng.nextLong(0, 120L * 86_400));
                  int pieces = 1 + (int) (Duration.between(a, b).toDays() / 2);
                  return new Object[] {zone, a, b, pieces};
                }))
        .checkAssert(
            o -> {
              BusinessCalendar cal = calendar((ZoneId) o[0]);
              Instant a = (Instant) o[1];
              Instant b = (Instant) o[2];
              int pieces = (int) o[3];
              Duration sum = Duration.ZERO;
              long span = Duration.between(a, b).toSeconds();
              Instant from = a;
              for (int k = 1; k <= pieces; k++) {
                Instant to = k == pieces ? b : a.plusSeconds(span * k / pieces);
                sum = sum.plus(cal.between(from, to));
                from = to;
              }
              assertThat(cal.between(a, b)).isEqualTo(sum);
              assertThat(cal.between(b, a)).isEqualTo(sum.negated());
            });
  }

  @Test
  void aSpanOfThousandsOfYearsIsCountedExactly() {
    // Regression: between() built the intervals of every day, so a 9,000-year span ran for minutes.
    BusinessCalendar cal =
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    Instant a = Instant.parse("1000-01-01T00:00:00Z"); // a Wednesday (proleptic)
    Instant b = Instant.parse("9999-12-31T00:00:00Z");
    long days = Duration.between(a, b).toDays();
    java.time.DayOfWeek first = LocalDate.of(1000, 1, 1).getDayOfWeek();
    long full = days / 7;
    long weekdays = full * 5;
    for (long k = full * 7; k < days; k++) {
      int dow = (first.getValue() - 1 + (int) (k % 7)) % 7;
      if (dow < 5) {
        weekdays++;
      }
    }
    assertThat(cal.between(a, b)).isEqualTo(Duration.ofHours(8 * weekdays));
  }
}
