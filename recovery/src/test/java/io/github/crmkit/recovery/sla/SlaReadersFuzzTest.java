package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.CrmException;
import io.github.crmkit.testkit.fuzz.Mutations;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the SLA policy reader and the iCalendar importer: valid documents read back,
 * and mutations are read or refused with the documented exceptions, never another one.
 */
class SlaReadersFuzzTest {
  @Test
  void slaPoliciesAreReadOrRefused() {
    String json = SlaJson.write(SlaJsonTest.policies());
    assertThat(SlaJson.read(json)).isEqualTo(SlaJsonTest.policies());
    SplittableRandom rng = new SplittableRandom(16);
    for (int i = 0; i < 3_000; i++) {
      String doc = Mutations.mutate(rng, json, "{}[]\",:0-1.PTHM tn\\");
      try {
        assertThat(SlaJson.read(doc)).isNotNull();
      } catch (CrmException | IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void iCalendarTextsAreReadOrRefused() {
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20200101",
            "RRULE:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1;COUNT=30",
            "EXDATE;VALUE=DATE:20270101",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "DTSTART;VALUE=DATE:20201126",
            "DTEND;VALUE=DATE:20201128",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;INTERVAL=1",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    assertThat(HolidaySource.fromICalendar(ics).isHoliday(LocalDate.of(2026, 1, 1))).isTrue();
    SplittableRandom rng = new SplittableRandom(17);
    for (int i = 0; i < 3_000; i++) {
      String doc = Mutations.mutate(rng, ics, ":;=,\r\n 0123456789-ABDEFHLMNORSTUVWYX");
      try {
        HolidaySource h = HolidaySource.fromICalendar(doc);
        // Whatever was read answers for any date, without an exception.
        for (int d = 0; d < 20; d++) {
          assertThat(h.isHoliday(LocalDate.of(2019, 1, 1).plusDays(rng.nextInt(5_000))))
              .isIn(true, false);
        }
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).startsWith("iCalendar line ");
      }
    }
  }
}
