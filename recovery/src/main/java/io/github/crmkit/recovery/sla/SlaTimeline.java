package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.internal.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@link SlaClock} computed from a case's log: the policy applied, the timeline of SLA
 * events in time order, the state of every targeted metric at the computation instant, and the
 * flagged pauses. Immutable.
 *
 * @param policy the name of the policy in force at the end, empty when none matched
 * @param events the SLA events in time order
 * @param states the state of each targeted metric
 * @param flaggedPauses pauses that started right after a customer message
 * @since 0.1
 */
public record SlaTimeline(
    Optional<String> policy,
    List<SlaEvent> events,
    Map<SlaMetric, MetricState> states,
    List<PauseAudit> flaggedPauses)
    implements Explained {
  /**
   * Checks and copies the components.
   *
   * @param policy not null
   * @param events not null
   * @param states not null
   * @param flaggedPauses not null
   */
  public SlaTimeline {
    checkNotNull(policy, "policy must not be null");
    events = List.copyOf(events);
    states = Map.copyOf(states);
    flaggedPauses = List.copyOf(flaggedPauses);
  }

  /**
   * Returns the state of a metric.
   *
   * @param metric the metric, not null
   * @return the state, or empty when the policy has no target for it
   */
  public Optional<MetricState> state(SlaMetric metric) {
    checkNotNull(metric, "metric must not be null");
    return Optional.ofNullable(states.get(metric));
  }

  /**
   * Explains the timeline: each metric's status with the time remaining and when it is due, and the
   * pauses flagged for audit.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        (policy.isPresent()
                ? Explanation.builder(SlaTimeline.class, "sla.subjectPolicy", policy.get())
                : Explanation.builder(SlaTimeline.class, "sla.subject"))
            .input("events", events.size())
            .input("pauses flagged", flaggedPauses.size());
    StringBuilder outcome = new StringBuilder();
    for (SlaMetric m : SlaMetric.values()) {
      MetricState st = states.get(m);
      if (st == null) {
        continue;
      }
      String status = st.status().name().toLowerCase(Locale.ROOT);
      if (st.due().isPresent()) {
        b.checkTemplate(
            m.code(),
            st.status() == MetricState.Status.BREACHED,
            "sla.stateDue",
            status,
            st.remaining(),
            st.due().get());
      } else {
        b.checkTemplate(
            m.code(),
            st.status() == MetricState.Status.BREACHED,
            "sla.state",
            status,
            st.remaining());
      }
      if (outcome.length() > 0) {
        outcome.append("; ");
      }
      outcome.append(m.code()).append(' ').append(status);
    }
    for (PauseAudit p : flaggedPauses) {
      b.input(
          "pause at " + p.at(),
          p.status().code()
              + ", "
              + Wording.duration(p.afterCustomerMessage())
              + " after the customer's message");
    }
    return outcome.length() == 0
        ? b.buildTemplate("sla.none")
        : b.buildTemplate("sla.outcome", outcome.toString());
  }
}
