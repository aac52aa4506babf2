package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.Channel;
import io.github.crmkit.recovery.incident.CodingResult;
import io.github.crmkit.recovery.incident.Incident;
import io.github.crmkit.recovery.incident.Lexicon;
import io.github.crmkit.recovery.incident.LexiconCoder;
import io.github.crmkit.recovery.incident.Outcome;
import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.KappaWeights;
import io.github.crmkit.recovery.reliability.Metric;
import io.github.crmkit.recovery.reliability.RatingTable;
import io.github.crmkit.recovery.reliability.Reliability;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code of docs/code-incidents-and-measure-agreement.md, run. */
class IncidentsGuideTest {
  @Test
  void codesAnIncident() {
    // tag::code[]
    LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter()); // Bitner, Booms and Tetreault
    Incident incident =
        Incident.of(
            "I-1",
            "We waited two hours for a table although we had booked",
            Channel.IN_PERSON,
            Outcome.DISSATISFACTORY,
            Instant.parse("2026-03-01T19:00:00Z"));
    CodingResult result = coder.code(incident);
    result.code(); // the incident code, if any term matched
    result.explanation().render(Locale.ENGLISH); // each matched term, its code and weight
    // end::code[]
    assertThat(result.code()).isPresent();
    assertThat(result.matches()).isNotEmpty();
  }

  @Test
  void measuresAgreement() {
    // tag::agreement[]
    // Two coders, ten incidents: one row per incident, one column per coder.
    RatingTable table =
        RatingTable.fromRows(
            new String[][] {
              {"1A", "1A"}, {"1A", "1B"}, {"1B", "1B"}, {"2A", "2A"}, {"2A", "2A"},
              {"3B", "3B"}, {"1B", "1B"}, {"1C", "1C"}, {"2B", "2A"}, {"3A", "3A"}
            },
            List.of("1A", "1B", "1C", "2A", "2B", "3A", "3B"));
    Estimate kappa = Reliability.cohenKappa(table, KappaWeights.UNWEIGHTED); // with its SE
    Estimate alpha = Reliability.krippendorffAlpha(table, Metric.NOMINAL);
    // end::agreement[]
    // Observed agreement 8 of 10; by chance, from the two coders' marginals:
    // (2x1 + 2x3 + 1x1 + 2x3 + 1x0 + 1x1 + 1x1) / 100 = 0.17. Kappa = (0.8 - 0.17) / (1 - 0.17).
    assertThat(kappa.value()).isCloseTo((0.8 - 0.17) / (1 - 0.17), within(1e-9));
    assertThat(kappa.standardError()).isPresent();
    assertThat(alpha.value()).isBetween(0.7, 0.8);
  }
}
