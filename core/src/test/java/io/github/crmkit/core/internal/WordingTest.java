package io.github.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.Explanation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void numbersLoseTheirBinaryNoiseButKeepSixSignificantDigits() {
    assertThat(Wording.number(4.600000000000001)).isEqualTo("4.6");
    assertThat(Wording.number(1.0 / 3)).isEqualTo("0.333333");
    assertThat(Wording.number(12.0)).isEqualTo("12");
    assertThat(Wording.number(-0.25)).isEqualTo("-0.25");
    assertThat(Wording.number(1234567.89)).isEqualTo("1234570");
    assertThat(Wording.number(0)).isEqualTo("0");
    assertThat(Wording.number(Double.NaN)).isEqualTo("NaN");
    assertThat(Wording.number(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(Wording.number(1e-9)).isEqualTo("1E-9");
  }

  @Test
  void durationsReadAsDaysHoursMinutes() {
    assertThat(Wording.duration(Duration.ofHours(24))).isEqualTo("1 d");
    assertThat(Wording.duration(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
    assertThat(Wording.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(Wording.duration(Duration.ZERO)).isEqualTo("0 s");
    assertThat(Wording.duration(Duration.ofMinutes(-90))).isEqualTo("-1 h 30 min");
    assertThat(Wording.duration(Duration.ofMillis(250))).isEqualTo("250 ms");
  }

  @Test
  void explanationsPrintDoublesWithoutBinaryNoise() {
    Explanation e =
        Explanation.builder("s")
            .input("cut", 4.600000000000001)
            .threshold("t", 0.1 + 0.2)
            .build("o");
    assertThat(e.inputs()).containsEntry("cut", "4.6");
    assertThat(e.thresholds()).containsEntry("t", "0.3");
    assertThat(Explanation.builder("s").input("wait", Duration.ofHours(26)).build("o").inputs())
        .containsEntry("wait", "1 d 2 h");
  }
}
