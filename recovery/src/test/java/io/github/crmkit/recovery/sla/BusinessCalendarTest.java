package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  /** REFERENCES.md: Mon-Fri 08:00-17:00 London, Fri 2026-05-15 16:00 + 4h = Mon 11:00. */
  @Test
  void fridayAfternoonPlusFourHoursIsMondayMorning() {
    BusinessCalendar cal =
        BusinessCalendar.builder(LONDON).weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)).build();
    Instant start = at("2026-05-15T16:00", LONDON);
    assertThat(cal.add(start, Duration.ofHours(4))).isEqualTo(at("2026-05-18T11:00", LONDON));
    assertThat(cal.between(start, at("2026-05-18T11:00", LONDON))).isEqualTo(Duration.ofHours(4));
  }

  /** REFERENCES.md: Mon-Fri 09:00-17:00 London, Easter 3 and 6 April 2026 closed. */
  @Test
  void holidaysAreSkipped() {
    BusinessCalendar cal =
        BusinessCalendar.builder(LONDON)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(
                HolidaySource.dates(Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6))))
            .build();
    assertThat(cal.add(at("2026-04-02T15:00", LONDON), Duration.ofHours(4)))
        .isEqualTo(at("2026-04-07T11:00", LONDON));
    assertThat(cal.isWithin(at("2026-04-03T10:00", LONDON))).isFalse();
    assertThat(cal.nextStart(at("2026-04-02T18:00", LONDON)))
        .isEqualTo(at("2026-04-07T09:00", LONDON));
  }

  @Test
  void daylightSavingMakesWindowsShorterOrLongerInSeveralZones() {
    // Spring forward: London 2026-03-29 01:00 -> 02:00; New York 2026-03-08 02:00 -> 03:00.
    // Fall back: London 2026-10-25 02:00 -> 01:00; Sydney 2026-04-05 03:00 -> 02:00.
    record Case(String zone, String day, long hours) {}
    for (Case c :
        new Case[] {
          new Case("Europe/London", "2026-03-29", 3),
          new Case("America/New_York", "2026-03-08", 3),
          new Case("Europe/London", "2026-10-25", 5),
          new Case("Australia/Sydney", "2026-04-05", 5),
          new Case("Asia/Seoul", "2026-03-29", 4)
        }) {
      ZoneId zone = ZoneId.of(c.zone());
      LocalDate day = LocalDate.parse(c.day());
      BusinessCalendar cal =
          BusinessCalendar.builder(zone)
              .window(day.getDayOfWeek(), LocalTime.MIDNIGHT, LocalTime.of(4, 0))
              .build();
      Instant open = day.atStartOfDay(zone).toInstant();
      Instant close = cal.add(open, Duration.ofHours(c.hours()));
      assertThat(close).as(c.toString()).isEqualTo(day.atTime(4, 0).atZone(zone).toInstant());
      assertThat(cal.between(open, close)).as(c.toString()).isEqualTo(Duration.ofHours(c.hours()));
      // The whole window is the real elapsed time; one hour more spills into next week.
      assertThat(cal.add(open, Duration.ofHours(c.hours() + 1)))
          .isEqualTo(day.plusWeeks(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(1)));
    }
  }

  @Test
  void windowsAcrossMidnightAndTheWholeDay() {
    BusinessCalendar night =
        BusinessCalendar.builder(ZoneId.of("Asia/Seoul"))
            .window(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
            .build();
    ZoneId seoul = ZoneId.of("Asia/Seoul");
    Instant fri23 = at("2026-05-15T23:00", seoul);
    assertThat(night.isWithin(fri23)).isTrue();
    assertThat(night.isWithin(at("2026-05-16T01:59:59.999999999", seoul))).isTrue();
    assertThat(night.isWithin(at("2026-05-16T02:00", seoul))).isFalse();
    assertThat(night.add(fri23, Duration.ofHours(3))).isEqualTo(at("2026-05-16T02:00", seoul));
    assertThat(night.add(fri23, Duration.ofHours(4))).isEqualTo(at("2026-05-22T23:00", seoul));
    assertThat(night.between(at("2026-05-15T00:00", seoul), at("2026-05-17T00:00", seoul)))
        .isEqualTo(Duration.ofHours(4));

    BusinessCalendar allDay =
        BusinessCalendar.builder(seoul)
            .window(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .build();
    Instant sunday = at("2026-05-17T00:00", seoul);
    assertThat(allDay.add(sunday, Duration.ofHours(24))).isEqualTo(at("2026-05-18T00:00", seoul));
    assertThat(allDay.add(sunday, Duration.ofHours(25))).isEqualTo(at("2026-05-24T01:00", seoul));
    // Sub-minute precision.
    assertThat(allDay.add(sunday, Duration.ofNanos(1_500))).isEqualTo(sunday.plusNanos(1_500));
  }

  @Test
  void overridesYearlyRulesAndICalendarImport() {
    HolidaySource christmas = HolidaySource.yearly(MonthDay.of(12, 25));
    HolidaySource thanksgiving = HolidaySource.nthWeekday(Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
    HolidaySource springBank = HolidaySource.nthWeekday(Month.MAY, -1, DayOfWeek.MONDAY);
    assertThat(christmas.isHoliday(LocalDate.of(2030, 12, 25))).isTrue();
    assertThat(thanksgiving.isHoliday(LocalDate.of(2026, 11, 26))).isTrue();
    assertThat(thanksgiving.isHoliday(LocalDate.of(2026, 11, 19))).isFalse();
    assertThat(springBank.isHoliday(LocalDate.of(2026, 5, 25))).isTrue();
    String ics =
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        SUMMARY:Chuseok
        DTSTART;VALUE=DATE:20260924
        DTEND;VALUE=DATE:20260927
        END:VEVENT
        BEGIN:VEVENT
        SUMMARY:Meeting, not all-day
        DTSTART:20260930T100000Z
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:2026
         1009
        END:VEVENT
        END:VCALENDAR
        """;
    HolidaySource korean = HolidaySource.fromICalendar(ics);
    assertThat(korean.isHoliday(LocalDate.of(2026, 9, 24))).isTrue();
    assertThat(korean.isHoliday(LocalDate.of(2026, 9, 26))).isTrue();
    assertThat(korean.isHoliday(LocalDate.of(2026, 9, 27))).isFalse();
    assertThat(korean.isHoliday(LocalDate.of(2026, 9, 30))).isFalse();
    assertThat(korean.isHoliday(LocalDate.of(2026, 10, 9))).isTrue();
    assertThatThrownBy(
            () ->
                HolidaySource.fromICalendar(
                    "BEGIN:VEVENT\nDTSTART;VALUE=DATE:2026XX01\nEND:VEVENT\n"))
        .hasMessageContaining("2026XX01");

    ZoneId seoul = ZoneId.of("Asia/Seoul");
    BusinessCalendar cal =
        BusinessCalendar.builder(seoul)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
            .holidays(HolidaySource.union(korean, christmas))
            .override(LocalDate.of(2026, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
            .override(LocalDate.of(2026, 12, 23))
            .build();
    Instant eve = at("2026-12-24T12:00", seoul);
    assertThat(cal.isWithin(at("2026-12-23T10:00", seoul))).isFalse();
    assertThat(cal.isWithin(eve)).isTrue();
    assertThat(cal.isWithin(at("2026-12-24T14:00", seoul))).isFalse();
    // 1 hour on the 24th, the 25th closed, 1 hour on the 28th (Monday).
    assertThat(cal.add(eve, Duration.ofHours(2))).isEqualTo(at("2026-12-28T10:00", seoul));
    assertThat(cal.nextStart(at("2026-09-23T19:00", seoul)))
        .isEqualTo(at("2026-09-28T09:00", seoul));
  }

  @Test
  void iCalendarRecurrenceRulesAreHonouredOrRefusedNeverIgnored() {
    // Regression: RRULE and EXDATE were ignored, so yearly holidays vanished after their first
    // year.
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "SUMMARY:New Year",
            "DTSTART;VALUE=DATE:20200101",
            "RRULE:FREQ=YEARLY",
            "EXDATE;VALUE=DATE:20270101",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "SUMMARY:Thanksgiving",
            "DTSTART;VALUE=DATE:20201126",
            "DURATION:P2D",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=20301231",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "SUMMARY:Memorial Day",
            "DTSTART;VALUE=DATE:20210531",
            "RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO;COUNT=3",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "SUMMARY:Every other year",
            "DTSTART;VALUE=DATE:20240704",
            "RRULE:FREQ=YEARLY;INTERVAL=2",
            "RDATE;VALUE=DATE:20250705",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "SUMMARY:Called off",
            "DTSTART;VALUE=DATE:20260601",
            "STATUS:CANCELLED",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    HolidaySource h = HolidaySource.fromICalendar(ics);
    assertThat(h.isHoliday(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(h.isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(h.isHoliday(LocalDate.of(2027, 1, 1))).isFalse(); // EXDATE
    assertThat(h.isHoliday(LocalDate.of(2035, 1, 1))).isTrue();
    assertThat(h.isHoliday(LocalDate.of(2019, 1, 1))).isFalse(); // before DTSTART
    assertThat(h.isHoliday(LocalDate.of(2026, 11, 26))).isTrue(); // 4th Thursday
    assertThat(h.isHoliday(LocalDate.of(2026, 11, 27))).isTrue(); // P2D
    assertThat(h.isHoliday(LocalDate.of(2026, 11, 28))).isFalse();
    assertThat(h.isHoliday(LocalDate.of(2027, 11, 25))).isTrue();
    assertThat(h.isHoliday(LocalDate.of(2031, 11, 27))).isFalse(); // UNTIL
    assertThat(h.isHoliday(LocalDate.of(2021, 5, 31))).isTrue(); // last Monday of May
    assertThat(h.isHoliday(LocalDate.of(2023, 5, 29))).isTrue(); // third occurrence
    assertThat(h.isHoliday(LocalDate.of(2024, 5, 27))).isFalse(); // COUNT=3
    assertThat(h.isHoliday(LocalDate.of(2026, 7, 4))).isTrue();
    assertThat(h.isHoliday(LocalDate.of(2025, 7, 4))).isFalse(); // INTERVAL=2
    assertThat(h.isHoliday(LocalDate.of(2025, 7, 5))).isTrue(); // RDATE
    assertThat(h.isHoliday(LocalDate.of(2026, 6, 1))).isFalse(); // cancelled
    for (String[] bad :
        new String[][] {
          {"RRULE:FREQ=MONTHLY", "FREQ=MONTHLY is not supported"},
          {"RRULE:FREQ=YEARLY;BYSETPOS=1", "BYSETPOS is not supported"},
          {"RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=MO,TU", "several days"},
          {"RECURRENCE-ID;VALUE=DATE:20270101", "RECURRENCE-ID is not supported"},
          {"EXRULE:FREQ=YEARLY", "EXRULE is not supported"}
        }) {
      String text = "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n" + bad[0] + "\nEND:VEVENT\n";
      assertThatThrownBy(() -> HolidaySource.fromICalendar(text))
          .as(bad[0])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("iCalendar line 3")
          .hasMessageContaining(bad[1]);
    }
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> BusinessCalendar.builder(LONDON).build())
        .hasMessageContaining("at least one weekly window");
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(LONDON)
                    .window(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .window(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0))
                    .build())
        .hasMessageContaining("weekly windows overlap: MONDAY 09:00-12:00 and MONDAY 11:00-14:00");
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(LONDON)
                    .window(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
                    .window(DayOfWeek.MONDAY, LocalTime.of(1, 0), LocalTime.of(3, 0))
                    .build())
        .hasMessageContaining("overlap");
    BusinessCalendar cal =
        BusinessCalendar.builder(LONDON).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    assertThatThrownBy(() -> cal.add(Instant.EPOCH, Duration.ofHours(-1)))
        .hasMessageContaining("must not be negative, but was PT-1H");
    BusinessCalendar never =
        BusinessCalendar.builder(LONDON)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(d -> true)
            .build();
    assertThatThrownBy(() -> never.nextStart(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no business time within 3660 days");
    assertThatThrownBy(
            () -> BusinessCalendar.builder(LONDON).override(LocalDate.EPOCH, LocalTime.NOON))
        .hasMessageContaining("pairs");
    assertThatThrownBy(() -> HolidaySource.nthWeekday(Month.MAY, 0, DayOfWeek.MONDAY))
        .hasMessageContaining("n must be 1 to 5 or -1");
    assertThat(cal.between(at("2026-05-18T10:00", LONDON), at("2026-05-18T09:30", LONDON)))
        .isEqualTo(Duration.ofMinutes(-30));
  }

  @Test
  void publicApiRejectsNulls() {
    BusinessCalendar cal =
        BusinessCalendar.builder(LONDON).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    NullPointerTester t = new NullPointerTester().setDefault(ZoneId.class, LONDON);
    t.testAllPublicInstanceMethods(cal);
    t.testAllPublicStaticMethods(BusinessCalendar.class);
    t.testAllPublicStaticMethods(HolidaySource.class);
    t.testAllPublicInstanceMethods(BusinessCalendar.builder(LONDON));
    t.setDefault(
        SlaTarget.class, SlaTarget.business(SlaMetric.FIRST_REPLY, java.time.Duration.ofHours(1)));
    t.testAllPublicStaticMethods(SlaPolicy.class);
    t.testAllPublicInstanceMethods(SlaPolicy.builder("p"));
  }
}
