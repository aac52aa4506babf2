package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.KappaWeights;
import io.github.crmkit.recovery.reliability.Metric;
import io.github.crmkit.recovery.reliability.Rating;
import io.github.crmkit.recovery.reliability.RatingTable;
import io.github.crmkit.recovery.reliability.Reliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Any {@link IncidentCoder} judged against human codes: the confusion matrix (the coder's "uncoded"
 * is a column of its own), accuracy, per-category precision and recall, and Cohen's kappa and
 * Krippendorff's alpha between coder and humans. Immutable.
 *
 * @since 0.1
 */
public final class CoderEvaluation implements Explained {
  /** The label of incidents the coder left uncoded. */
  public static final String UNCODED = "(uncoded)";

  private final List<String> labels;
  private final long[][] confusion;
  private final List<CodingResult> results;
  private final RatingTable pairs;

  private CoderEvaluation(
      List<String> labels, long[][] confusion, List<CodingResult> results, RatingTable pairs) {
    this.labels = List.copyOf(labels);
    this.confusion = confusion;
    this.results = List.copyOf(results);
    this.pairs = pairs;
  }

  /**
   * Codes the incidents and compares the codes with the humans'.
   *
   * @param coder the coder, not null
   * @param incidents the incidents, at least one
   * @param humanCodes the human code of every incident, by incident id, codes of the coder's
   *     taxonomy
   * @return the evaluation
   * @throws IllegalArgumentException if an incident has no human code or a human code is unknown
   */
  public static CoderEvaluation of(
      IncidentCoder coder, List<Incident> incidents, Map<String, String> humanCodes) {
    checkNotNull(coder, "coder must not be null");
    checkNotNull(incidents, "incidents must not be null");
    checkNotNull(humanCodes, "humanCodes must not be null");
    if (incidents.isEmpty()) {
      throw new IllegalArgumentException("incidents must not be empty");
    }
    Taxonomy tax = coder.taxonomy();
    List<String> labels = new ArrayList<>();
    for (IncidentCode c : tax.leaves()) {
      labels.add(c.id());
    }
    labels.add(UNCODED);
    long[][] confusion = new long[labels.size()][labels.size()];
    List<CodingResult> results = new ArrayList<>();
    List<Rating> pairs = new ArrayList<>();
    for (int i = 0; i < incidents.size(); i++) {
      Incident inc = checkNotNull(incidents.get(i), "incidents must not hold null");
      String human = humanCodes.get(inc.id());
      if (human == null) {
        throw new IllegalArgumentException("incident " + inc.id() + " has no human code");
      }
      tax.require(human);
      if (!labels.contains(human) || human.equals(UNCODED)) {
        throw new IllegalArgumentException(
            "incident "
                + inc.id()
                + " has the group '"
                + human
                + "' as its human code; name one of its categories");
      }
      CodingResult r = coder.code(inc);
      results.add(r);
      String machine = r.code().orElse(UNCODED);
      confusion[labels.indexOf(human)][labels.indexOf(machine)]++;
      pairs.add(new Rating(inc.id() + "#" + i, "human", human));
      pairs.add(new Rating(inc.id() + "#" + i, "coder", machine));
    }
    return new CoderEvaluation(labels, confusion, results, RatingTable.fromRatings(pairs, labels));
  }

  /**
   * Returns the row and column labels: the taxonomy's categories (its leaves; group headers are not
   * codes), then {@link #UNCODED}.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns how many incidents the humans coded {@code human} and the coder {@code coder}.
   *
   * @param human a label
   * @param coder a label
   * @return the count
   * @throws IllegalArgumentException if a label is unknown
   */
  public long count(String human, String coder) {
    return confusion[index(human)][index(coder)];
  }

  private int index(String label) {
    int i = labels.indexOf(checkNotNull(label, "label must not be null"));
    if (i < 0) {
      throw new IllegalArgumentException(
          "label must be one of " + labels + ", but was '" + label + "'");
    }
    return i;
  }

  /**
   * Returns the coder's results in incident order.
   *
   * @return an unmodifiable list
   */
  public List<CodingResult> results() {
    return results;
  }

  /**
   * Returns the share of incidents coded as the humans coded them.
   *
   * @return 0 to 1
   */
  public double accuracy() {
    long agree = 0;
    long n = 0;
    for (int i = 0; i < labels.size(); i++) {
      for (int j = 0; j < labels.size(); j++) {
        n += confusion[i][j];
        agree += i == j ? confusion[i][j] : 0;
      }
    }
    return (double) agree / n;
  }

  /**
   * Returns the precision of a category: of the incidents the coder put there, the share the humans
   * put there too.
   *
   * @param code a code of the taxonomy
   * @return the precision, or empty when the coder never chose the code
   */
  public OptionalDouble precision(String code) {
    int j = index(code);
    long col = 0;
    for (long[] row : confusion) {
      col += row[j];
    }
    return col == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) confusion[j][j] / col);
  }

  /**
   * Returns the recall of a category: of the incidents the humans put there, the share the coder
   * found.
   *
   * @param code a code of the taxonomy
   * @return the recall, or empty when the humans never chose the code
   */
  public OptionalDouble recall(String code) {
    int i = index(code);
    long row = 0;
    for (long c : confusion[i]) {
      row += c;
    }
    return row == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) confusion[i][i] / row);
  }

  /**
   * Returns Cohen's kappa between the humans and the coder.
   *
   * @return the estimate
   */
  public Estimate cohenKappa() {
    return Reliability.cohenKappa(pairs, KappaWeights.UNWEIGHTED);
  }

  /**
   * Returns Krippendorff's nominal alpha between the humans and the coder.
   *
   * @return the estimate
   */
  public Estimate krippendorffAlpha() {
    return Reliability.krippendorffAlpha(pairs, Metric.NOMINAL);
  }

  /**
   * Explains the evaluation: each label's precision and recall against the human codes, the
   * accuracy, and the agreement beyond chance (Cohen's kappa, Krippendorff's alpha).
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(CoderEvaluation.class, "coder.subject")
            .input("incidents", results.size());
    for (String label : labels) {
      if (label.equals(UNCODED)) {
        continue;
      }
      b.input(label, "precision " + ratio(precision(label)) + ", recall " + ratio(recall(label)));
    }
    Estimate kappa = cohenKappa();
    Estimate alpha = krippendorffAlpha();
    Function<Locale, String> kappaOutcome = kappa.explanation()::outcome;
    Function<Locale, String> alphaOutcome = alpha.explanation()::outcome;
    return b.buildTemplate(
        "coder.outcome",
        String.format(Locale.ROOT, "%.3f", accuracy()),
        kappa.statistic(),
        kappaOutcome,
        alpha.statistic(),
        alphaOutcome);
  }

  private static String ratio(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "undefined";
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "CoderEvaluation{n=%d, accuracy=%.3f}", results.size(), accuracy());
  }
}
