package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.experience.JourneyMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A walk-through audit: a checklist of questions per touchpoint of a journey, answered on a rating
 * scale by customers or managers walking the journey, after Fitzsimmons and Maurer (1991), "A
 * walk-through audit to improve restaurant performance", Cornell Hotel and Restaurant
 * Administration Quarterly 31(4). {@link #score} aggregates answers into a 0-100 score per
 * question, per touchpoint (the mean of its answered questions) and overall (the mean of the
 * answered touchpoints), where 0 is the bottom of the scale and 100 the top. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class AuditChecklist {

  private final JourneyMap journey;
  private final Map<String, AuditQuestion> questions;
  private final int scaleMin;
  private final int scaleMax;

  private AuditChecklist(
      JourneyMap journey, Map<String, AuditQuestion> questions, int scaleMin, int scaleMax) {
    this.journey = journey;
    this.questions = questions;
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
  }

  /**
   * Returns a checklist.
   *
   * @param journey the journey audited, not null
   * @param questions the questions, at least one; ids unique; every touchpoint in the journey
   * @param scaleMin the lowest answer
   * @param scaleMax the highest answer, above {@code scaleMin}
   * @return the checklist
   * @throws IllegalArgumentException if there is no question, an id repeats, a question names a
   *     touchpoint the journey lacks, or the scale is empty
   */
  public static AuditChecklist of(
      JourneyMap journey, List<AuditQuestion> questions, int scaleMin, int scaleMax) {
    checkNotNull(journey, "journey must not be null");
    checkNotNull(questions, "questions must not be null");
    if (scaleMax <= scaleMin) {
      throw new IllegalArgumentException(
          "scale must have at least two points, but was " + scaleMin + ".." + scaleMax);
    }
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("questions must not be empty");
    }
    Map<String, AuditQuestion> byId = new LinkedHashMap<>();
    for (AuditQuestion q : questions) {
      checkNotNull(q, "questions must not hold null");
      journey.positionOf(q.touchpoint());
      if (byId.putIfAbsent(q.id(), q) != null) {
        throw new IllegalArgumentException(
            "question ids must be unique, but '" + q.id() + "' repeats");
      }
    }
    return new AuditChecklist(journey, byId, scaleMin, scaleMax);
  }

  /**
   * Returns the journey audited.
   *
   * @return the journey
   */
  public JourneyMap journey() {
    return journey;
  }

  /**
   * Returns the questions in the order given.
   *
   * @return an unmodifiable list
   */
  public List<AuditQuestion> questions() {
    return List.copyOf(questions.values());
  }

  /**
   * Scores answers; several answers to one question (several auditors) are averaged.
   *
   * @param answers the answers, not null; unknown questions, off-scale answers and nulls are
   *     rejected
   * @return the result
   */
  public AuditResult score(Iterable<? extends @Nullable AuditAnswer> answers) {
    checkNotNull(answers, "answers must not be null");
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (String id : questions.keySet()) {
      sums.put(id, new long[2]);
    }
    List<Rejection<AuditAnswer>> rejected = new ArrayList<>();
    long position = 0;
    for (AuditAnswer a : answers) {
      long at = position++;
      if (a == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the answer is null"));
        continue;
      }
      long[] s = sums.get(a.questionId());
      if (s == null) {
        rejected.add(
            Rejection.of(
                at,
                a,
                RejectionReason.UNKNOWN_QUESTION,
                "question '" + a.questionId() + "' is not in the checklist"));
      } else if (a.score() < scaleMin || a.score() > scaleMax) {
        rejected.add(
            Rejection.of(
                at,
                a,
                RejectionReason.OUT_OF_SCALE,
                "answer "
                    + a.score()
                    + " to '"
                    + a.questionId()
                    + "' is outside "
                    + scaleMin
                    + ".."
                    + scaleMax));
      } else {
        s[0]++;
        s[1] += a.score();
      }
    }
    Map<String, AuditResult.QuestionScore> perQuestion = new LinkedHashMap<>();
    for (AuditQuestion q : questions.values()) {
      long[] s = Objects.requireNonNull(sums.get(q.id()));
      double mean = s[0] == 0 ? Double.NaN : (double) s[1] / s[0];
      perQuestion.put(q.id(), new AuditResult.QuestionScore(q, s[0], normalise(mean)));
    }
    return new AuditResult(journey, perQuestion, rejected);
  }

  private double normalise(double mean) {
    return 100 * (mean - scaleMin) / (scaleMax - scaleMin);
  }

  @Override
  public String toString() {
    return "AuditChecklist{"
        + journey.name()
        + ", "
        + questions.size()
        + " questions, scale "
        + scaleMin
        + ".."
        + scaleMax
        + "}";
  }
}
