package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A calendar written and read back answers every question as the original does, and writes the same
 * text again: random zones (daylight saving included), windows (some across midnight), holidays and
 * overrides (some closing the day).
 */
class BusinessCalendarJsonProperties {
  private static final List<String> ZONES =
      List.of("Europe/London", "Asia/Seoul", "America/New_York", "Australia/Lord_Howe", "UTC");

  static BusinessCalendar random(SplittableRandom rng) {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneId.of(ZONES.get(rng.nextInt(ZONES.size()))));
    boolean any = false;
    for (DayOfWeek d : DayOfWeek.values()) {
      if (rng.nextInt(4) == 0) {
        continue;
      }
      int start = rng.nextInt(0, 10) * 60 + rng.nextInt(0, 2) * 30; // by 10:30 at the latest
      int end = start + rng.nextInt(1, 12) * 30; // up to six hours later, before 16:30
      b.window(d, LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60));
      any = true;
    }
    if (!any || rng.nextBoolean()) {
      // A night shift on Sunday, across midnight into Monday's early hours (before any window).
      b.window(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT);
    }
    Set<LocalDate> holidays = new HashSet<>();
    for (int i = rng.nextInt(0, 8); i > 0; i--) {
      holidays.add(LocalDate.of(2026, 1, 1).plusDays(rng.nextInt(0, 400)));
    }
    if (rng.nextInt(5) != 0) {
      b.holidays(HolidaySource.dates(holidays));
    }
    for (int i = rng.nextInt(0, 4); i > 0; i--) {
      LocalDate date = LocalDate.of(2026, 1, 1).plusDays(rng.nextInt(0, 400));
      if (rng.nextBoolean()) {
        b.override(date);
      } else {
        b.override(date, LocalTime.of(9, 0), LocalTime.of(rng.nextInt(10, 14), 0));
      }
    }
    return b.build();
  }

  @Test
  void readingWhatWasWrittenGivesACalendarThatAnswersAlike() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom rng = new SplittableRandom(seed);
              BusinessCalendar c = random(rng);
              String json = BusinessCalendarJson.write(c);
              BusinessCalendar back = BusinessCalendarJson.read(json);
              assertThat(BusinessCalendarJson.write(back)).isEqualTo(json);
              assertThat(back.zone()).isEqualTo(c.zone());
              Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
              for (int k = 0; k < 20; k++) {
                Instant a = t0.plusSeconds(rng.nextLong(0, 400L * 86_400));
                Instant b = a.plusSeconds(rng.nextLong(0, 30L * 86_400));
                Duration d = Duration.ofMinutes(rng.nextLong(1, 60L * 40));
                assertThat(back.isWithin(a)).as(json).isEqualTo(c.isWithin(a));
                assertThat(back.between(a, b)).as(json).isEqualTo(c.between(a, b));
                assertThat(back.add(a, d)).as(json).isEqualTo(c.add(a, d));
              }
            });
  }
}
