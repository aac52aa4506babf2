package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.Explanation;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/**
 * A host explains its own results the way crmkit does: templates in an {@code explanations} bundle
 * beside one of its classes, rendered in the language asked for, never in the default locale's.
 */
class HostExplanationTest {
  private static Explanation late() {
    return Explanation.builder(HostExplanationTest.class, "subject", "o-7")
        .input("channel", Channel.WEB)
        .checkTemplate("on time", false, "late", "day 2", "day 3", Duration.ofHours(26))
        .matched("on time")
        .buildTemplate("outcome", Channel.WEB);
  }

  @Test
  void templatesRenderInTheLanguageAskedForAndEnglishOtherwise() {
    Explanation e = late();
    assertThat(e.subject()).isEqualTo("delivery promise of order o-7");
    assertThat(e.subject(Locale.KOREAN)).isEqualTo("주문 o-7의 배송 약속");
    assertThat(e.checks().get(0).reason())
        .isEqualTo("promised day 2, delivered day 3: late by 1 d 2 h");
    assertThat(e.checks().get(0).reason(Locale.KOREA)).isEqualTo("약속 day 2, 배송 day 3: 1 d 2 h 지연");
    // A named type as an argument prints by its display name in the same language.
    assertThat(e.outcome(Locale.KOREAN))
        .isEqualTo("상태 " + Channel.WEB.displayName(Locale.KOREAN))
        .isNotEqualTo(e.outcome());
    assertThat(e.render(Locale.KOREAN))
        .startsWith("주문 o-7의 배송 약속 -> 상태 ")
        .contains("\n  입력:\n    channel = ", "\n  규칙:\n    [ ] on time: 약속 day 2");
    assertThat(e.render(Locale.JAPANESE)).isEqualTo(e.toString());
    assertThat(e.toString()).contains("\n  inputs:", "\n  rules:");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.KOREA);
      assertThat(e.render(Locale.GERMAN)).isEqualTo(e.render(Locale.ENGLISH));
      assertThat(e.toString()).isEqualTo(e.render(Locale.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aMissingTemplateFailsWhereTheExplanationIsBuilt() {
    assertThatThrownBy(
            () ->
                Explanation.builder(HostExplanationTest.class, "subject", "o")
                    .buildTemplate("nope"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> Explanation.builder(HostExplanationTest.class, "no-such-subject"))
        .isInstanceOf(MissingResourceException.class);
  }
}
