package io.github.crmkit.recovery.incident;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.FleissKappa;
import io.github.crmkit.recovery.reliability.KappaWeights;
import io.github.crmkit.recovery.reliability.Metric;
import io.github.crmkit.recovery.reliability.Rating;
import io.github.crmkit.recovery.reliability.RatingTable;
import io.github.crmkit.recovery.reliability.Reliability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A critical-incident coding study: incidents, the judges who coded them into a taxonomy, how the
 * categories were derived, the judges' training, and what follows from it: reliability statistics,
 * consensus codes, the group x outcome distribution (as in Bitner, Booms and Tetreault 1990) and a
 * methods paragraph with the facts Gremler (2004, "The critical incident technique in service
 * research", Journal of Service Research 7(1)) asks CIT studies to report. Immutable.
 *
 * @since 0.1
 */
public final class CodingStudy {
  /**
   * How the categories were derived.
   *
   * @since 0.1
   */
  public enum Derivation {
    /** From an existing taxonomy, applied to the incidents. */
    DEDUCTIVE,
    /** From the incidents themselves, by sorting them into emerging categories. */
    INDUCTIVE
  }

  private final Taxonomy taxonomy;
  private final Derivation derivation;
  private final String trainingNotes;
  private final List<Incident> incidents;
  private final List<String> judges;
  private final RatingTable table;
  private final Map<String, String> consensus;

  private CodingStudy(
      Taxonomy taxonomy,
      Derivation derivation,
      String trainingNotes,
      List<Incident> incidents,
      List<Rating> ratings) {
    this.taxonomy = taxonomy;
    this.derivation = derivation;
    this.trainingNotes = trainingNotes;
    this.incidents = List.copyOf(incidents);
    Map<String, Incident> byId = new HashMap<>();
    for (Incident i : incidents) {
      if (byId.put(i.id(), i) != null) {
        throw new IllegalArgumentException("incident id '" + i.id() + "' repeats");
      }
    }
    Set<String> judgeSet = new LinkedHashSet<>();
    Map<String, List<Rating>> byIncident = new HashMap<>();
    List<String> codes = new ArrayList<>();
    for (IncidentCode c : taxonomy.leaves()) {
      codes.add(c.id());
    }
    for (Rating r : ratings) {
      if (!byId.containsKey(r.unit())) {
        throw new IllegalArgumentException(
            "judge '" + r.coder() + "' coded unknown incident '" + r.unit() + "'");
      }
      taxonomy.require(r.code());
      if (!codes.contains(r.code())) {
        throw new IllegalArgumentException(
            "judge '"
                + r.coder()
                + "' coded incident '"
                + r.unit()
                + "' with group '"
                + r.code()
                + "'; a rating must name one of the "
                + codes.size()
                + " categories: "
                + String.join(", ", codes));
      }
      judgeSet.add(r.coder());
      byIncident.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r);
    }
    this.judges = List.copyOf(judgeSet);
    // Units in incident order; each incident's consensus is decided once here.
    List<Rating> ordered = new ArrayList<>(ratings.size());
    Map<String, String> majority = new HashMap<>();
    for (Incident i : incidents) {
      List<Rating> rs = byIncident.getOrDefault(i.id(), List.of());
      ordered.addAll(rs);
      String m = majority(rs);
      if (m != null) {
        majority.put(i.id(), m);
      }
    }
    this.consensus = majority;
    // The categories are the taxonomy's leaves: group headers are not codes a judge can give.
    this.table = RatingTable.fromRatings(ordered, codes);
  }

  /**
   * Builds a study.
   *
   * @param taxonomy the taxonomy coded into, not null
   * @param derivation how the categories were derived, not null
   * @param trainingNotes how the judges were trained, not null (may be empty)
   * @param incidents the incidents, at least one, ids unique
   * @param ratings the judges' codes in long form (unit = incident id), at least two judges
   * @return the study
   * @throws IllegalArgumentException if a rating names an unknown incident or code, a judge codes
   *     an incident twice, there are fewer than two judges, or incident ids repeat
   */
  public static CodingStudy of(
      Taxonomy taxonomy,
      Derivation derivation,
      String trainingNotes,
      List<Incident> incidents,
      List<Rating> ratings) {
    checkNotNull(taxonomy, "taxonomy must not be null");
    checkNotNull(derivation, "derivation must not be null");
    checkNotNull(trainingNotes, "trainingNotes must not be null");
    checkNotNull(incidents, "incidents must not be null");
    checkNotNull(ratings, "ratings must not be null");
    if (incidents.isEmpty()) {
      throw new IllegalArgumentException("a coding study needs at least one incident");
    }
    return new CodingStudy(taxonomy, derivation, trainingNotes, incidents, ratings);
  }

  /**
   * Returns the ratings as a table, units in incident order (incidents nobody coded left out).
   *
   * @return the table
   */
  public RatingTable table() {
    return table;
  }

  /**
   * Returns the judges in order of first appearance.
   *
   * @return an unmodifiable list
   */
  public List<String> judges() {
    return judges;
  }

  /**
   * Returns percent agreement among the judges.
   *
   * @return the estimate
   */
  public Estimate percentAgreement() {
    return Reliability.percentAgreement(table);
  }

  /**
   * Returns Krippendorff's nominal alpha, the study's headline statistic (any number of judges,
   * missing codes allowed).
   *
   * @return the estimate
   */
  public Estimate krippendorffAlpha() {
    return Reliability.krippendorffAlpha(table, Metric.NOMINAL);
  }

  /**
   * Returns Fleiss' kappa, when every judge coded every incident.
   *
   * @return the kappas, or empty when some codes are missing
   */
  public Optional<FleissKappa> fleissKappa() {
    try {
      return Optional.of(Reliability.fleissKappa(table));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns Cohen's kappa, when there are exactly two judges.
   *
   * @return the estimate, or empty with more judges
   */
  public Optional<Estimate> cohenKappa() {
    return judges.size() == 2
        ? Optional.of(Reliability.cohenKappa(table, KappaWeights.UNWEIGHTED))
        : Optional.empty();
  }

  /**
   * Returns the code a strict majority of the incident's judges gave it.
   *
   * @param incidentId the incident
   * @return the consensus code, or empty without a strict majority
   */
  public Optional<String> consensus(String incidentId) {
    checkNotNull(incidentId, "incidentId must not be null");
    return Optional.ofNullable(consensus.get(incidentId));
  }

  /** The code a strict majority of the ratings give, or null. */
  private static @Nullable String majority(List<Rating> rs) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (Rating r : rs) {
      votes.merge(r.code(), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (2 * e.getValue() > rs.size()) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Returns the group x outcome table over incidents with a consensus code: for each group of the
   * taxonomy, {satisfactory, dissatisfactory} counts.
   *
   * @return an ordered map from group id to the two counts
   */
  public Map<String, long[]> distribution() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (IncidentCode g : taxonomy.groups()) {
      out.put(g.id(), new long[2]);
    }
    for (Incident i : incidents) {
      consensus(i.id())
          .ifPresent(
              code -> {
                long[] row = java.util.Objects.requireNonNull(out.get(taxonomy.groupOf(code).id()));
                row[i.outcome() == Outcome.SATISFACTORY ? 0 : 1]++;
              });
    }
    return out;
  }

  /**
   * Returns how many incidents have no consensus code.
   *
   * @return the count
   */
  public long unresolved() {
    return incidents.stream().filter(i -> consensus(i.id()).isEmpty()).count();
  }

  /**
   * Writes the methods paragraph: incidents and outcomes, judges, derivation, training, and the
   * reliability statistics with their sample sizes.
   *
   * @return the paragraph
   */
  public String methodsParagraph() {
    long sat = incidents.stream().filter(i -> i.outcome() == Outcome.SATISFACTORY).count();
    Estimate alpha = krippendorffAlpha();
    Estimate agreement = percentAgreement();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%d critical incidents (%d satisfactory, %d dissatisfactory) were coded by %d judges"
                + " into the %d categories of %s (%s %s), derived %s. ",
            incidents.size(),
            sat,
            incidents.size() - sat,
            judges.size(),
            taxonomy.leaves().size(),
            taxonomy.name(),
            taxonomy.id(),
            taxonomy.version(),
            derivation == Derivation.DEDUCTIVE
                ? "deductively from the published scheme"
                : "inductively from the incidents"));
    if (!trainingNotes.isBlank()) {
      sb.append("Judge training: ").append(trainingNotes.strip()).append(' ');
    }
    sb.append(
        alpha.isDefined()
            ? String.format(
                Locale.ROOT,
                "Krippendorff's alpha (nominal) was %.3f over %d incidents",
                alpha.value(),
                alpha.units())
            : "Krippendorff's alpha is undefined (" + alpha.undefinedReason().orElse("") + ")");
    if (agreement.isDefined()) {
      sb.append(
          String.format(Locale.ROOT, "; percent agreement was %.1f%%", 100 * agreement.value()));
    }
    Optional<Estimate> kappa = cohenKappa();
    if (kappa.isPresent() && kappa.get().isDefined()) {
      Estimate k = kappa.get();
      sb.append(String.format(Locale.ROOT, "; Cohen's kappa was %.3f", k.value()));
      k.interval(0.95)
          .ifPresent(
              ci ->
                  sb.append(
                      String.format(
                          Locale.ROOT, " (95%% CI %.3f to %.3f)", ci.lower(), ci.upper())));
    }
    Optional<FleissKappa> fleiss = fleissKappa();
    if (judges.size() > 2 && fleiss.isPresent() && fleiss.get().overall().isDefined()) {
      Estimate f = fleiss.get().overall();
      sb.append(
          String.format(
              Locale.ROOT,
              "; Fleiss' kappa was %.3f (SE under the null %.4f)",
              f.value(),
              f.standardError().orElse(Double.NaN)));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            ". %d incident(s) without a majority code were left unresolved.",
            unresolved()));
    return sb.toString();
  }

  @Override
  public String toString() {
    return "CodingStudy{"
        + incidents.size()
        + " incidents, "
        + judges.size()
        + " judges, "
        + taxonomy.id()
        + "}";
  }
}
