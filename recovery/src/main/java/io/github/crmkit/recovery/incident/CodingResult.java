package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The code an {@link IncidentCoder} gave an incident, its confidence and the evidence: the terms
 * that matched. An incident with no evidence is explicitly uncoded. Immutable.
 *
 * @param incidentId the incident
 * @param code the code's id, or null when uncoded
 * @param confidence 0 to 1: for the lexicon coder, the winning code's share of all matched weight
 * @param matches the matched terms in text order
 * @since 0.1
 */
public record CodingResult(
    String incidentId, @Nullable String code, double confidence, List<Match> matches) {
  /**
   * Checks and copies the components.
   *
   * @param incidentId not null
   * @param code may be null
   * @param confidence 0 to 1
   * @param matches not null; copied
   */
  public CodingResult {
    checkNotNull(incidentId, "incidentId must not be null");
    matches = List.copyOf(matches);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0 to 1, but was " + confidence);
    }
  }

  /**
   * Returns the code.
   *
   * @return the code id, or empty when uncoded
   */
  public Optional<String> codeId() {
    return Optional.ofNullable(code);
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
}
