package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code an {@link IncidentCoder} gave an incident, its confidence and the evidence: the terms
 * that matched and the candidate codes. An incident with no evidence is explicitly uncoded, and so
 * is one whose evidence ties between codes: then {@link #candidates()} lists the tied codes, never
 * resolved by list order. Immutable.
 *
 * @since 0.1
 */
public final class CodingResult implements Explained {
  private final String incidentId;
  private final @Nullable String code;
  private final double confidence;
  private final List<Match> matches;
  private final List<String> candidates;

  /**
   * Checks and copies the components.
   *
   * @param incidentId not null
   * @param code may be null
   * @param confidence 0 to 1
   * @param matches not null; copied
   * @param candidates not null; copied; holds the code when coded
   */
  CodingResult(
      String incidentId,
      @Nullable String code,
      double confidence,
      List<Match> matches,
      List<String> candidates) {
    checkNotNull(incidentId, "incidentId must not be null");
    matches = List.copyOf(matches);
    candidates = List.copyOf(candidates);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0 to 1, but was " + confidence);
    }
    if (code != null && !candidates.contains(code)) {
      throw new IllegalArgumentException(
          "candidates must hold the code " + code + ", but were " + candidates);
    }
    this.incidentId = incidentId;
    this.code = code;
    this.confidence = confidence;
    this.matches = matches;
    this.candidates = candidates;
  }

  /**
   * A result without a tie: the candidates are the code alone, or none when uncoded.
   *
   * @param incidentId not null
   * @param code may be null
   * @param confidence 0 to 1
   * @param matches not null; copied
   */
  public CodingResult(
      String incidentId, @Nullable String code, double confidence, List<Match> matches) {
    this(incidentId, code, confidence, matches, code == null ? List.of() : List.of(code));
  }

  /**
   * Tells whether the evidence tied between two or more codes (the result is then uncoded).
   *
   * @return true on a tie
   */
  public boolean isTie() {
    return candidates.size() > 1;
  }

  /**
   * Tells whether the incident was coded.
   *
   * @return true if coded
   */
  public boolean isCoded() {
    return code != null;
  }

  /**
   * Explains the coding: each matched term with the code it points to and its weight, and the code
   * chosen, the tie or the absence of any match.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b = Explanation.builder(CodingResult.class, "coding.subject", incidentId);
    for (Match m : matches) {
      b.input(m.term(), String.format(Locale.ROOT, "%s (weight %.3f)", m.code(), m.weight()));
    }
    for (String c : candidates) {
      b.checkTemplate(c, c.equals(code), c.equals(code) ? "coding.highest" : "coding.tied");
    }
    if (code != null) {
      b.matched(code);
      return b.buildTemplate("coding.coded", code, String.format(Locale.ROOT, "%.3f", confidence));
    }
    return candidates.isEmpty()
        ? b.buildTemplate("coding.noTerm")
        : b.buildTemplate("coding.tie", String.join(", ", candidates));
  }

  /**
   * One matched term.
   *
   * @param term the term as written in the lexicon
   * @param code the code it speaks for
   * @param weight its weight
   * @since 0.1
   */
  public record Match(String term, String code, double weight) {
    /**
     * Checks the components.
     *
     * @param term not null
     * @param code not null
     * @param weight the weight
     */
    public Match {
      checkNotNull(term, "term must not be null");
      checkNotNull(code, "code must not be null");
    }
  }

  /**
   * Returns the incident.
   *
   * @return the incident
   */
  public String incidentId() {
    return incidentId;
  }

  /**
   * Returns the code's id.
   *
   * @return the code's id, or empty
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns 0 to 1: for the lexicon coder, the winning code's share of all matched weight (0 when
   * uncoded).
   *
   * @return 0 to 1: for the lexicon coder, the winning code's share of all matched weight (0 when
   *     uncoded)
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the matched terms in text order.
   *
   * @return the matched terms in text order
   */
  public List<Match> matches() {
    return matches;
  }

  /**
   * Returns the codes with the most evidence, in taxonomy order: the code alone when coded, two or
   * more on a tie, none without evidence.
   *
   * @return the codes with the most evidence, in taxonomy order: the code alone when coded, two or
   *     more on a tie, none without evidence
   */
  public List<String> candidates() {
    return candidates;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CodingResult that)) {
      return false;
    }
    return Objects.equals(incidentId, that.incidentId)
        && Objects.equals(code, that.code)
        && Double.compare(confidence, that.confidence) == 0
        && Objects.equals(matches, that.matches)
        && Objects.equals(candidates, that.candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incidentId, code, confidence, matches, candidates);
  }

  @Override
  public String toString() {
    return "CodingResult["
        + "incidentId="
        + incidentId
        + ", code="
        + code
        + ", confidence="
        + confidence
        + ", matches="
        + matches
        + ", candidates="
        + candidates
        + "]";
  }
}
