package io.github.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The build runs every test under a non-English locale and a non-UTC zone; this proves it. */
class TestEnvironmentTest {
  @Test
  void testsRunUnderTurkishLocaleAndSeoulZone() {
    assertThat(Locale.getDefault()).isEqualTo(Locale.forLanguageTag("tr-TR"));
    assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("Asia/Seoul"));
  }
}
