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
