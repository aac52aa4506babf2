package io.github.crmkit.segmentation.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.experience.Emotion;
import io.github.crmkit.core.experience.EmotionFamily;
import io.github.crmkit.core.experience.ExperienceRating;
import io.github.crmkit.core.experience.JourneyMap;
import io.github.crmkit.core.experience.Observation;
import io.github.crmkit.core.experience.PerceivedRisk;
import io.github.crmkit.core.experience.RiskLevel;
import io.github.crmkit.core.experience.Touchpoint;
import io.github.crmkit.core.experience.Visibility;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer Experience Analysis and audits; the journey vocabulary is tested in core. */
class ExperienceTest {
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

  static Observation obs(String tp, String rating, String msg, EmotionFamily f, int intensity) {
    return new Observation(tp, ExperienceRating.fromSymbol(rating), msg, Emotion.of(f, intensity));
  }

  @Test
  void customerExperienceAnalysisRanksPainPointsAndDrawsTheCurve() {
    List<Observation> sheet =
        Arrays.asList(
            obs("booking", "+", "easy to book", EmotionFamily.JOY, 3),
            obs("booking", "0", "", EmotionFamily.FEAR, 1),
            obs("check-in", "-", "waited 20 minutes", EmotionFamily.ANGER, 4),
            obs("check-in", "-", "", EmotionFamily.ANGER, 2),
            obs("room", "+", "spotless", EmotionFamily.LOVE, 5),
            obs("check-out", "-", "unexpected minibar charge", EmotionFamily.SHAME, 2),
            null,
            obs("spa", "+", "", EmotionFamily.JOY, 1));
    ExperienceAnalysis cea = ExperienceAnalysis.of(hotelStay(), sheet);
    assertThat(cea.n()).isEqualTo(6);
    assertThat(cea.received()).isEqualTo(8);
    assertThat(cea.rejectedRecords())
        .extracting(r -> r.position() + ":" + r.reason().code())
        .containsExactly(
            "6:" + RejectionReason.NULL_RECORD.code(),
            "7:" + RejectionReason.UNKNOWN_TOUCHPOINT.code());

    TouchpointExperience checkIn = cea.touchpoints().get(1);
    assertThat(checkIn.negative()).isEqualTo(2);
    assertThat(checkIn.meanSignedIntensity()).isEqualTo(-3.0);
    assertThat(checkIn.dominantEmotion()).contains(EmotionFamily.ANGER);
    assertThat(checkIn.messages()).containsExactly("waited 20 minutes");
    assertThat(cea.touchpoints().get(2).observations()).isZero();
    assertThat(cea.touchpoints().get(2).dominantEmotion()).isEmpty();

    assertThat(cea.emotionalCurve())
        .extracting(CurvePoint::touchpoint, CurvePoint::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("booking", 1.0),
            org.assertj.core.groups.Tuple.tuple("check-in", -3.0),
            org.assertj.core.groups.Tuple.tuple("room", 5.0),
            org.assertj.core.groups.Tuple.tuple("check-out", -2.0));
    // negative intensity: check-in (4 + 2) / 2 = 3, check-out 2, booking 1 / 2
    assertThat(cea.painPoints())
        .extracting(t -> t.touchpoint().name())
        .containsExactly("check-in", "check-out", "booking");

    OverallAssessment o = cea.overall();
    assertThat(o.positive()).isEqualTo(2);
    assertThat(o.negative()).isEqualTo(3);
    assertThat(o.netRating()).isCloseTo(-1 / 6.0, within(1e-12));
    assertThat(o.verdict()).isEqualTo(ExperienceRating.NEUTRAL);
    assertThat(o.peak().touchpoint()).isEqualTo("room");
    assertThat(o.end().touchpoint()).isEqualTo("check-out");
    assertThat(o.peakEnd()).isEqualTo(1.5);
    assertThat(o.explanation().outcome())
        .isEqualTo(
            "verdict 0: net rating -0.17 (within the band of 0.2), peak room 5.00,"
                + " end check-out -2.00, peak-end 1.50");
    assertThat(cea.explanation().checks().get(1).reason())
        .startsWith("0 positive, 0 neutral, 2 negative");
    assertThat(o.meanSignedIntensity()).isCloseTo((3 - 1 - 4 - 2 + 5 - 2) / 6.0, within(1e-12));
    assertThat(cea.explanation().toString())
        .contains("verdict 0", "peak room 5.00", "[x] check-in", "3 pain point(s)");

    ExperienceAnalysis empty = ExperienceAnalysis.of(hotelStay(), List.of());
    assertThat(empty.emotionalCurve()).isEmpty();
    assertThat(empty.explanation().outcome()).contains("undefined");
    assertThatThrownBy(empty::overall)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hotel stay");
  }

  @Test
  void walkThroughAuditScoresQuestionsTouchpointsAndTheWhole() {
    AuditChecklist list =
        AuditChecklist.of(
            hotelStay(),
            List.of(
                new AuditQuestion("q1", "check-in", "Was the guest greeted within a minute?"),
                new AuditQuestion("q2", "check-in", "Did staff use the guest's name?"),
                new AuditQuestion("q3", "room", "Was the room ready on arrival?"),
                new AuditQuestion("q4", "check-out", "Was the bill explained?")),
            1,
            5);
    AuditResult r =
        list.score(
            Arrays.asList(
                new AuditAnswer("q1", 5),
                new AuditAnswer("q1", 3),
                new AuditAnswer("q2", 2),
                new AuditAnswer("q3", 4),
                new AuditAnswer("q3", 6),
                new AuditAnswer("q9", 4),
                null));
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.received()).isEqualTo(7);
    assertThat(r.rejectedRecords())
        .extracting(x -> x.reason())
        .containsExactly(
            RejectionReason.OUT_OF_SCALE,
            RejectionReason.UNKNOWN_QUESTION,
            RejectionReason.NULL_RECORD);
    assertThat(r.questions().get(0).score()).isEqualTo(75.0);
    assertThat(r.questions().get(1).score()).isEqualTo(25.0);
    assertThat(r.touchpoints())
        .extracting(AuditResult.TouchpointScore::touchpoint)
        .containsExactly("check-in", "room", "check-out");
    assertThat(r.touchpoints().get(0).score()).isEqualTo(50.0);
    assertThat(r.touchpoints().get(2).score()).isNaN();
    assertThat(r.unanswered()).extracting(AuditQuestion::id).containsExactly("q4");
    assertThat(r.overall().getAsDouble()).isCloseTo((50 + 75) / 2.0, within(1e-12));
    assertThat(r.weakest().orElseThrow().touchpoint()).isEqualTo("check-in");
    assertThat(r.explanation().outcome()).isEqualTo("overall 62.5, weakest check-in");
    assertThat(list.score(List.of()).overall()).isEmpty();

    assertThatThrownBy(
            () ->
                AuditChecklist.of(
                    hotelStay(), List.of(new AuditQuestion("q", "spa", "Relaxing?")), 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'spa'");
    assertThatThrownBy(
            () ->
                AuditChecklist.of(
                    hotelStay(),
                    List.of(
                        new AuditQuestion("q", "room", "a"), new AuditQuestion("q", "room", "b")),
                    1,
                    5))
        .hasMessageContaining("'q' repeats");
    assertThatThrownBy(() -> AuditChecklist.of(hotelStay(), List.of(), 1, 5))
        .hasMessageContaining("questions must not be empty");
    assertThatThrownBy(
            () ->
                AuditChecklist.of(hotelStay(), List.of(new AuditQuestion("q", "room", "a")), 5, 5))
        .hasMessageContaining("5..5");
  }

  @Test
  void auditBadInput() {
    assertThatThrownBy(() -> new AuditQuestion("", "a", "t")).hasMessageContaining("blank");
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
          ExperienceAnalysis.class, AuditChecklist.class, AuditQuestion.class, AuditAnswer.class
        }) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
  }
}
