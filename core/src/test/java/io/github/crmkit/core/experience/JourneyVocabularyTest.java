package io.github.crmkit.core.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.ContactLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The journey vocabulary of core: maps, touchpoints, emotions, ratings, observations. */
class JourneyVocabularyTest {
  static JourneyMap hotelStay() {
    return JourneyMap.of(
        "hotel stay",
        List.of(
            Touchpoint.of("booking", Channel.WEB, "price shown with taxes")
                .withRisk(PerceivedRisk.FINANCIAL, RiskLevel.MEDIUM),
            Touchpoint.of("check-in", Channel.IN_PERSON, "greeted by name"),
            Touchpoint.of("housekeeping", Channel.IN_PERSON, "room prepared")
                .withVisibility(Visibility.BACK_OFFICE),
            Touchpoint.of("room", Channel.IN_PERSON, "clean, quiet room")
                .withRisk(PerceivedRisk.PHYSICAL, RiskLevel.LOW)
                .withRisk(PerceivedRisk.PSYCHOLOGICAL, RiskLevel.HIGH),
            Touchpoint.of("check-out", Channel.KIOSK, "bill explained")
                .withRisk(PerceivedRisk.FINANCIAL, RiskLevel.HIGH)));
  }

  @Test
  void journeyMapKeepsOrderVisibilityAndRisks() {
    JourneyMap j = hotelStay();
    assertThat(j.touchpoints())
        .extracting(Touchpoint::name)
        .containsExactly("booking", "check-in", "housekeeping", "room", "check-out");
    assertThat(j.touchpoint("booking").orElseThrow().contactLevel()).isEqualTo(ContactLevel.LOW);
    assertThat(j.touchpoint("check-in").orElseThrow().contactLevel()).isEqualTo(ContactLevel.HIGH);
    assertThat(j.touchpoints(Visibility.BACK_OFFICE))
        .extracting(Touchpoint::name)
        .containsExactly("housekeeping");
    assertThat(j.riskyTouchpoints(PerceivedRisk.FINANCIAL, RiskLevel.MEDIUM))
        .extracting(Touchpoint::name)
        .containsExactly("booking", "check-out");
    assertThat(j.riskyTouchpoints(PerceivedRisk.FINANCIAL, RiskLevel.HIGH))
        .extracting(Touchpoint::name)
        .containsExactly("check-out");
    assertThat(j.touchpoint("room").orElseThrow().risks()).hasSize(2);
    assertThat(j.touchpoint("spa")).isEmpty();
    assertThat(j.positionOf("room")).isEqualTo(3);
    assertThat(j.toString()).contains("booking -> check-in");
    assertThat(
            j.touchpoint("room")
                .orElseThrow()
                .withContactLevel(ContactLevel.LOW)
                .withRisk(PerceivedRisk.PSYCHOLOGICAL, RiskLevel.LOW)
                .risks())
        .containsEntry(PerceivedRisk.PSYCHOLOGICAL, RiskLevel.LOW);
  }

  @Test
  void emotionsHaveFamiliesIntensitiesAndValence() {
    assertThat(Emotion.of(EmotionFamily.JOY, 4).signedIntensity()).isEqualTo(4);
    assertThat(Emotion.of(EmotionFamily.ANGER, 5).signedIntensity()).isEqualTo(-5);
    assertThat(Emotion.of(EmotionFamily.SURPRISE, 3).signedIntensity()).isZero();
    assertThat(Emotion.of(EmotionFamily.SURPRISE, 3, Valence.POSITIVE).signedIntensity())
        .isEqualTo(3);
    assertThat(Arrays.stream(EmotionFamily.values()).map(EmotionFamily::code))
        .containsExactly("joy", "surprise", "love", "fear", "anger", "shame", "sadness");
    assertThat(EmotionFamily.SHAME.displayName(Locale.KOREAN)).isEqualTo("수치심");
    assertThatThrownBy(() -> Emotion.of(EmotionFamily.JOY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("intensity must be 1 to 5, but was 0");
    assertThatThrownBy(() -> Emotion.of(EmotionFamily.FEAR, 2, Valence.POSITIVE))
        .hasMessageContaining("valence of fear must be negative, but was positive");
    assertThat(ExperienceRating.fromSymbol("-")).isEqualTo(ExperienceRating.NEGATIVE);
    assertThat(ExperienceRating.fromCode("positive").symbol()).isEqualTo("+");
    assertThatThrownBy(() -> ExperienceRating.fromSymbol("x")).hasMessageContaining("'x'");
  }

  static Observation obs(String tp, String rating, String msg, EmotionFamily f, int intensity) {
    return new Observation(tp, ExperienceRating.fromSymbol(rating), msg, Emotion.of(f, intensity));
  }

  @Test
  void observationsAndRatingsCarryTheirFacts() {
    Observation o = obs("room", "+", "spotless", EmotionFamily.LOVE, 5);
    assertThat(o.touchpoint()).isEqualTo("room");
    assertThat(o.rating()).isEqualTo(ExperienceRating.POSITIVE);
    assertThat(o.rating().sign()).isEqualTo(1);
    assertThat(o.emotion().valence()).isEqualTo(Valence.POSITIVE);
    assertThat(Valence.NEGATIVE.sign()).isEqualTo(-1);
    JourneyMap j = hotelStay();
    assertThat(j.indexOf("room")).isEqualTo(3);
    assertThat(j.indexOf("spa")).isEqualTo(-1);
    assertThat(j.name()).isEqualTo("hotel stay");
    for (RiskLevel r : RiskLevel.values()) {
      assertThat(RiskLevel.fromCode(r.code())).isSameAs(r);
    }
    for (PerceivedRisk r : PerceivedRisk.values()) {
      assertThat(PerceivedRisk.fromCode(r.code())).isSameAs(r);
    }
    for (Visibility v : Visibility.values()) {
      assertThat(Visibility.fromCode(v.code())).isSameAs(v);
    }
    for (Valence v : Valence.values()) {
      assertThat(Valence.fromCode(v.code())).isSameAs(v);
    }
    for (EmotionFamily f : EmotionFamily.values()) {
      assertThat(EmotionFamily.fromCode(f.code())).isSameAs(f);
      assertThat(f.valence()).isNotNull();
    }
  }

  @Test
  void journeyBadInput() {
    Touchpoint a = Touchpoint.of("a", Channel.WEB, "");
    assertThatThrownBy(() -> JourneyMap.of("j", List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' repeats");
    assertThatThrownBy(() -> JourneyMap.of("j", List.of())).hasMessageContaining("empty");
    assertThatThrownBy(() -> Touchpoint.of(" ", Channel.WEB, "")).hasMessageContaining("blank");
    assertThatThrownBy(() -> JourneyMap.of("j", List.of(a)).positionOf("b"))
        .hasMessageContaining("but was 'b'");
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(JourneyMap.class, hotelStay())
            .setDefault(Emotion.class, Emotion.of(EmotionFamily.JOY, 1))
            .setDefault(String.class, "room");
    for (Class<?> type :
        new Class<?>[] {
          Touchpoint.class,
          JourneyMap.class,
          Emotion.class,
          Observation.class,
          ExperienceRating.class
        }) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
    t.testAllPublicInstanceMethods(hotelStay());
    t.testAllPublicInstanceMethods(hotelStay().touchpoints().get(0));
  }
}
