package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.DefinitionFormatException;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarJsonTest {
  @Test
  void readsWindowsHolidaysAndOverrides() {
    BusinessCalendar c =
        BusinessCalendarJson.read(
            """
            {"zone": "Europe/London",
             "windows": [{"days": ["MON", "tue", "Wednesday", "thursday", "FRI"],
                          "start": "09:00", "end": "17:00"}],
             "holidays": ["2026-12-25"],
             "overrides": [{"date": "2026-12-24", "windows": [{"start": "09:00", "end": "13:00"}]},
                           {"date": "2026-12-31", "windows": []}]}
            """);
    assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/London"));
    // Thursday 24 December closes at 13:00; Friday 25 is a holiday; Monday 28 opens at 09:00.
    assertThat(c.add(Instant.parse("2026-12-24T12:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-12-28T10:00:00Z"));
    assertThat(c.isWithin(Instant.parse("2026-12-31T10:00:00Z"))).isFalse();
    assertThat(BusinessCalendarJson.write(c))
        .contains("\"monday\"", "\"2026-12-25\"", "\"2026-12-31\"")
        .doesNotContain("\"MON\"");
  }

  @Test
  void everyProblemIsAnErrorAtItsPath() {
    String ok = "\"windows\": [{\"days\": [\"mon\"], \"start\": \"09:00\", \"end\": \"17:00\"}]";
    String[][] cases = {
      {"{\"zone\": \"Mars/Base\", " + ok + "}", "$.zone: unknown zone 'Mars/Base'"},
      {"{\"zone\": \"UTC\", \"windows\": []}", "$.windows: expected at least one window"},
      {
        "{\"zone\": \"UTC\", \"windows\": [{\"days\": [\"mo\"], \"start\": \"09:00\", \"end\": \"17:00\"}]}",
        "$.windows[0].days[0]: not a day: 'mo'"
      },
      {
        "{\"zone\": \"UTC\", \"windows\": [{\"days\": [\"mon\"], \"start\": \"9am\", \"end\": \"17:00\"}]}",
        "$.windows[0].start: not a time like 09:00: '9am'"
      },
      {
        "{\"zone\": \"UTC\", " + ok + ", \"holidays\": [\"2026-02-30\"]}",
        "$.holidays[0]: not an ISO date: '2026-02-30'"
      },
      {"{\"zone\": \"UTC\", " + ok + ", \"holidays\": [20260101]}", "$.holidays[0]"},
      {
        "{\"zone\": \"UTC\", "
            + ok
            + ", \"overrides\": [{\"date\": \"2026-01-01\", \"windows\": []},"
            + " {\"date\": \"2026-01-01\", \"windows\": []}]}",
        "$.overrides[1].date: the date 2026-01-01 repeats"
      },
      {"{\"zone\": \"UTC\", " + ok + ", \"tz\": 1}", "$.tz: unexpected member"},
      {
        "{\"zone\": \"UTC\", \"windows\": [{\"days\": [\"mon\"], \"start\": \"09:00\", \"end\": \"17:00\"},"
            + " {\"days\": [\"mon\"], \"start\": \"12:00\", \"end\": \"18:00\"}]}",
        "$.windows: "
      },
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> BusinessCalendarJson.read(c[0]))
          .as(c[0])
          .isInstanceOf(DefinitionFormatException.class)
          .hasMessageStartingWith(c[1]);
    }
  }

  @Test
  void aCalendarWhoseHolidaysAreRulesIsNotWrittenAsDates() {
    BusinessCalendar rules =
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .weekdays(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))
            .holidays(HolidaySource.yearly(MonthDay.of(12, 25)))
            .build();
    assertThatThrownBy(() -> BusinessCalendarJson.write(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HolidaySource.dates");
    BusinessCalendar none =
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .weekdays(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))
            .build();
    assertThat(BusinessCalendarJson.write(none)).doesNotContain("holidays");
  }

  @Test
  void everyNullArgumentIsRefusedByName() {
    new com.google.common.testing.NullPointerTester()
        .setDefault(
            BusinessCalendar.class,
            BusinessCalendar.builder(ZoneId.of("UTC"))
                .weekdays(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))
                .build())
        .testAllPublicStaticMethods(BusinessCalendarJson.class);
  }
}
