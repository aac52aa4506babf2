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
}
