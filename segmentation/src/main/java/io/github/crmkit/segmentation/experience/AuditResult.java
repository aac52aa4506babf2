package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.experience.JourneyMap;
import io.github.crmkit.core.experience.Touchpoint;
import io.github.crmkit.core.internal.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Walk-through audit scores from {@link AuditChecklist#score}: per question, per touchpoint and
 * overall, each 0 to 100. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class AuditResult implements Explained, Accounted {
  private final JourneyMap journey;
  private final List<QuestionScore> questions;
  private final List<TouchpointScore> touchpoints;
  private final List<Rejection<AuditAnswer>> rejected;

  AuditResult(
      JourneyMap journey,
      Map<String, QuestionScore> perQuestion,
      List<Rejection<AuditAnswer>> rejected) {
    this.journey = journey;
    this.questions = List.copyOf(perQuestion.values());
    List<TouchpointScore> tps = new ArrayList<>();
    for (Touchpoint t : journey.touchpoints()) {
      List<QuestionScore> qs =
          questions.stream().filter(q -> q.question().touchpoint().equals(t.name())).toList();
      if (qs.isEmpty()) {
        continue;
      }
      OptionalDouble mean =
          qs.stream().filter(q -> q.answers() > 0).mapToDouble(QuestionScore::score).average();
      tps.add(
          new TouchpointScore(
              t.name(), qs.size(), mean.isPresent() ? mean.getAsDouble() : Double.NaN));
    }
    this.touchpoints = List.copyOf(tps);
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Returns every question's score, in checklist order.
   *
   * @return an unmodifiable list
   */
  public List<QuestionScore> questions() {
    return questions;
  }

  /**
   * Returns the score of every touchpoint that has questions, in journey order.
   *
   * @return an unmodifiable list
   */
  public List<TouchpointScore> touchpoints() {
    return touchpoints;
  }

  /**
   * Returns the questions nobody answered.
   *
   * @return the unanswered questions
   */
  public List<AuditQuestion> unanswered() {
    return questions.stream().filter(q -> q.answers() == 0).map(QuestionScore::question).toList();
  }

  /**
   * Returns the overall score: the mean of the answered touchpoints' scores.
   *
   * @return 0 to 100, or empty when no question was answered
   */
  public OptionalDouble overall() {
    return touchpoints.stream()
        .filter(t -> !Double.isNaN(t.score()))
        .mapToDouble(TouchpointScore::score)
        .average();
  }

  /**
   * Returns the answered touchpoint with the lowest score (earliest in the journey on ties).
   *
   * @return the weakest touchpoint, or empty when no question was answered
   */
  public Optional<TouchpointScore> weakest() {
    TouchpointScore worst = null;
    for (TouchpointScore t : touchpoints) {
      if (!Double.isNaN(t.score()) && (worst == null || t.score() < worst.score())) {
        worst = t;
      }
    }
    return Optional.ofNullable(worst);
  }

  /**
   * Returns the number of valid answers.
   *
   * @return the count
   */
  public long n() {
    return questions.stream().mapToLong(QuestionScore::answers).sum();
  }

  /**
   * Returns the number of answers received: valid plus rejected.
   *
   * @return the count
   */
  @Override
  public long received() {
    return n() + rejected.size();
  }

  /**
   * Returns the rejected answers.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<AuditAnswer>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Explains the scores.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(AuditResult.class, "audit.subject", journey.name())
            .input("answers", n())
            .input("rejected", rejected.size())
            .input("unanswered questions", unanswered().size());
    for (TouchpointScore t : touchpoints) {
      boolean weakestOne = weakest().map(w -> w.touchpoint().equals(t.touchpoint())).orElse(false);
      if (Double.isNaN(t.score())) {
        b.checkTemplate(t.touchpoint(), weakestOne, "audit.unanswered");
      } else {
        b.checkTemplate(
            t.touchpoint(),
            weakestOne,
            "audit.touchpoint",
            String.format(Locale.ROOT, "%.1f", t.score()),
            t.questions());
      }
    }
    OptionalDouble o = overall();
    return o.isPresent()
        ? b.buildTemplate(
            "audit.outcome",
            String.format(Locale.ROOT, "%.1f", o.getAsDouble()),
            weakest().map(TouchpointScore::touchpoint).orElse("-"))
        : b.buildTemplate("undefined.noAnswers");
  }

  @Override
  public String toString() {
    return "AuditResult{" + journey.name() + ", " + n() + " answers}";
  }

  /**
   * One question's score. Immutable.
   *
   * @param question the question
   * @param answers the number of valid answers
   * @param score the mean answer on 0 to 100, NaN when unanswered
   * @since 0.1
   */
  public record QuestionScore(AuditQuestion question, long answers, double score) {
    /**
     * Checks the question.
     *
     * @param question not null
     * @param answers the count
     * @param score the score
     */
    public QuestionScore {
      checkNotNull(question, "question must not be null");
    }
  }

  /**
   * One touchpoint's score. Immutable.
   *
   * @param touchpoint the touchpoint's name
   * @param questions how many questions it has
   * @param score the mean of its answered questions' scores, 0 to 100, NaN when none was answered
   * @since 0.1
   */
  public record TouchpointScore(String touchpoint, int questions, double score) {
    /**
     * Checks the touchpoint.
     *
     * @param touchpoint not null
     * @param questions the count
     * @param score the score
     */
    public TouchpointScore {
      checkNotNull(touchpoint, "touchpoint must not be null");
    }
  }
}
