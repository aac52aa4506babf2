package io.github.crmkit.segmentation.experience;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.experience.EmotionFamily;
import io.github.crmkit.core.experience.ExperienceRating;
import io.github.crmkit.core.experience.JourneyMap;
import io.github.crmkit.core.experience.Observation;
import io.github.crmkit.core.experience.Touchpoint;
import io.github.crmkit.core.internal.Tally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Customer Experience Analysis of a journey: for each touchpoint the ratings (+, 0, -), messages
 * and emotions observed; then the overall assessment, the pain points ranked by negative intensity
 * and the emotional curve.
 *
 * <p>The emotional curve is the mean signed intensity per observed touchpoint, in journey order.
 * The overall assessment reports the net rating (share of + minus share of -), the peak (the point
 * of the curve farthest from zero, earliest on ties), the end (the last observed point) and their
 * mean, the peak-end value of Kahneman, Fredrickson, Schreiber and Redelmeier (1993), "When more
 * pain is preferred to less", Psychological Science 4(6). The verdict is crmkit's rule: + when the
 * net rating is above 0.2, - when below -0.2, 0 otherwise. Observations naming a touchpoint the
 * journey lacks, and nulls, are rejected with their position and counted. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ExperienceAnalysis implements Explained, Accounted {

  /** The net rating above which the verdict is positive (and below whose negative, negative). */
  public static final double VERDICT_BAND = 0.2;

  private final JourneyMap journey;
  private final List<TouchpointExperience> touchpoints;
  private final List<Rejection<Observation>> rejected;

  private ExperienceAnalysis(
      JourneyMap journey,
      List<TouchpointExperience> touchpoints,
      List<Rejection<Observation>> rejected) {
    this.journey = journey;
    this.touchpoints = List.copyOf(touchpoints);
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Analyses observations of a journey.
   *
   * @param journey the journey, not null
   * @param observations the observations, not null; those naming unknown touchpoints and nulls are
   *     rejected
   * @return the analysis
   */
  public static ExperienceAnalysis of(
      JourneyMap journey, Iterable<? extends @Nullable Observation> observations) {
    checkNotNull(journey, "journey must not be null");
    checkNotNull(observations, "observations must not be null");
    int k = journey.touchpoints().size();
    List<List<Observation>> byTouchpoint = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      byTouchpoint.add(new ArrayList<>());
    }
    List<Rejection<Observation>> rejected = new ArrayList<>();
    long position = 0;
    for (Observation o : observations) {
      long at = position++;
      if (o == null) {
        rejected.add(
            Rejection.of(at, null, RejectionReason.NULL_RECORD, "the observation is null"));
        continue;
      }
      int slot = journey.indexOf(o.touchpoint());
      if (slot < 0) {
        rejected.add(
            Rejection.of(
                at,
                o,
                RejectionReason.UNKNOWN_TOUCHPOINT,
                "touchpoint '" + o.touchpoint() + "' is not in journey '" + journey.name() + "'"));
      } else {
        byTouchpoint.get(slot).add(o);
      }
    }
    List<TouchpointExperience> rows = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      rows.add(summarise(journey.touchpoints().get(i), i, byTouchpoint.get(i)));
    }
    return new ExperienceAnalysis(journey, rows, rejected);
  }

  private static TouchpointExperience summarise(Touchpoint t, int position, List<Observation> os) {
    long pos = 0;
    long neu = 0;
    long neg = 0;
    long signed = 0;
    long negative = 0;
    EnumMap<EmotionFamily, Integer> families = new EnumMap<>(EmotionFamily.class);
    List<String> messages = new ArrayList<>();
    for (Observation o : os) {
      switch (o.rating()) {
        case POSITIVE -> pos++;
        case NEUTRAL -> neu++;
        case NEGATIVE -> neg++;
      }
      int s = o.emotion().signedIntensity();
      signed += s;
      negative += Math.max(0, -s);
      families.merge(o.emotion().family(), 1, Integer::sum);
      if (!o.message().isEmpty()) {
        messages.add(o.message());
      }
    }
    int n = os.size();
    Optional<EmotionFamily> dominant = Optional.empty();
    int best = 0;
    for (EmotionFamily f : EmotionFamily.values()) {
      int c = families.getOrDefault(f, 0);
      if (c > best) {
        best = c;
        dominant = Optional.of(f);
      }
    }
    return new TouchpointExperience(
        t,
        position,
        n,
        pos,
        neu,
        neg,
        n == 0 ? 0 : (double) signed / n,
        n == 0 ? 0 : (double) negative / n,
        dominant,
        messages);
  }

  /**
   * Returns the journey analysed.
   *
   * @return the journey
   */
  public JourneyMap journey() {
    return journey;
  }

  /**
   * Returns every touchpoint's experience, in journey order, observed or not.
   *
   * @return an unmodifiable list
   */
  public List<TouchpointExperience> touchpoints() {
    return touchpoints;
  }

  /**
   * Returns the rejected observations.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<Observation>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Returns the number of valid observations.
   *
   * @return the count
   */
  public long n() {
    return touchpoints.stream().mapToLong(TouchpointExperience::observations).sum();
  }

  /**
   * Returns the number of observations received: valid plus rejected.
   *
   * @return the count
   */
  @Override
  public long received() {
    return n() + rejected.size();
  }

  /**
   * Returns the emotional curve: one point per observed touchpoint, in journey order.
   *
   * @return the points; empty when nothing was observed
   */
  public List<CurvePoint> emotionalCurve() {
    return touchpoints.stream()
        .filter(t -> t.observations() > 0)
        .map(t -> new CurvePoint(t.touchpoint().name(), t.position(), t.meanSignedIntensity()))
        .toList();
  }

  /**
   * Returns the pain points, worst first: by negative intensity, then by the number of - ratings,
   * then in journey order.
   *
   * @return the pain points
   */
  public List<TouchpointExperience> painPoints() {
    return touchpoints.stream()
        .filter(TouchpointExperience::isPainPoint)
        .sorted(
            Comparator.comparingDouble(TouchpointExperience::negativeIntensity)
                .reversed()
                .thenComparing(Comparator.comparingLong(TouchpointExperience::negative).reversed())
                .thenComparingInt(TouchpointExperience::position))
        .toList();
  }

  /**
   * Returns the overall assessment of the journey.
   *
   * @return the assessment
   * @throws IllegalStateException if nothing was observed
   */
  public OverallAssessment overall() {
    long n = n();
    if (n == 0) {
      throw new IllegalStateException(
          "the experience of journey '" + journey.name() + "' is undefined: no observations");
    }
    long pos = 0;
    long neu = 0;
    long neg = 0;
    double signed = 0;
    for (TouchpointExperience t : touchpoints) {
      pos += t.positive();
      neu += t.neutral();
      neg += t.negative();
      signed += t.meanSignedIntensity() * t.observations();
    }
    List<CurvePoint> curve = emotionalCurve();
    CurvePoint peak = curve.get(0);
    for (CurvePoint p : curve) {
      if (Math.abs(p.value()) > Math.abs(peak.value())) {
        peak = p;
      }
    }
    CurvePoint end = curve.get(curve.size() - 1);
    double net = (double) (pos - neg) / n;
    ExperienceRating verdict =
        net > VERDICT_BAND
            ? ExperienceRating.POSITIVE
            : net < -VERDICT_BAND ? ExperienceRating.NEGATIVE : ExperienceRating.NEUTRAL;
    return new OverallAssessment(n, pos, neu, neg, signed / n, peak, end, verdict);
  }

  /**
   * Explains the analysis: each touchpoint's ratings and emotions, and the verdict.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(ExperienceAnalysis.class, "experience.subject", journey.name())
            .input("observations", n())
            .input("rejected", rejected.size())
            .threshold(
                "verdict band",
                "net rating above " + VERDICT_BAND + " is +, below -" + VERDICT_BAND + " is -");
    for (TouchpointExperience t : touchpoints) {
      String emotion = String.format(Locale.ROOT, "%.2f", t.meanSignedIntensity());
      if (t.dominantEmotion().isPresent()) {
        b.checkTemplate(
            t.touchpoint().name(),
            t.isPainPoint(),
            "experience.touchpointFeeling",
            t.positive(),
            t.neutral(),
            t.negative(),
            emotion,
            t.dominantEmotion().get());
      } else {
        b.checkTemplate(
            t.touchpoint().name(),
            t.isPainPoint(),
            "experience.touchpoint",
            t.positive(),
            t.neutral(),
            t.negative(),
            emotion);
      }
    }
    if (n() == 0) {
      return b.buildTemplate("undefined.noObservations");
    }
    OverallAssessment o = overall();
    return b.buildTemplate(
        "experience.outcome",
        o.verdict().symbol(),
        String.format(Locale.ROOT, "%.2f", o.netRating()),
        o.peak().touchpoint(),
        String.format(Locale.ROOT, "%.2f", o.peak().value()),
        o.end().touchpoint(),
        String.format(Locale.ROOT, "%.2f", o.end().value()),
        painPoints().size());
  }

  @Override
  public String toString() {
    return "ExperienceAnalysis{" + journey.name() + ", " + n() + " observations}";
  }
}
