package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An SLA policy: conditions on the case (each empty set means any) and targets per metric and
 * priority. Policies are tried in order and the first whose conditions hold applies. Immutable.
 *
 * @param name the policy's name
 * @param priorities the priorities it applies to, empty for any
 * @param channels the channels, empty for any
 * @param tiers the customer tiers, empty for any
 * @param categories the incident categories, empty for any
 * @param targets for each priority, its targets
 * @since 0.1
 */
public record SlaPolicy(
    String name,
    Set<Priority> priorities,
    Set<Channel> channels,
    Set<String> tiers,
    Set<String> categories,
    Map<Priority, List<SlaTarget>> targets) {
  /**
   * Checks and copies the components.
   *
   * @param name not null
   * @param priorities not null
   * @param channels not null
   * @param tiers not null
   * @param categories not null
   * @param targets not null; at most one target per metric and priority
   * @throws IllegalArgumentException if a metric has two targets for one priority
   */
  public SlaPolicy {
    checkNotNull(name, "name must not be null");
    priorities = Set.copyOf(priorities);
    channels = Set.copyOf(channels);
    tiers = Set.copyOf(tiers);
    categories = Set.copyOf(categories);
    Map<Priority, List<SlaTarget>> copy = new EnumMap<>(Priority.class);
    targets.forEach(
        (p, l) -> {
          if (l.stream().map(SlaTarget::metric).distinct().count() != l.size()) {
            throw new IllegalArgumentException(
                "policy '" + name + "' has two targets for one metric at priority " + p.code());
          }
          copy.put(p, List.copyOf(l));
        });
    targets = Map.copyOf(copy);
  }

  /**
   * Tells whether the policy applies to a case.
   *
   * @param c the case's attributes, not null
   * @return true if every condition holds
   */
  public boolean matches(CaseAttributes c) {
    checkNotNull(c, "c must not be null");
    return (priorities.isEmpty() || priorities.contains(c.priority()))
        && (channels.isEmpty() || channels.contains(c.channel()))
        && (tiers.isEmpty() || tiers.contains(c.tier()))
        && (categories.isEmpty() || categories.contains(c.category()));
  }

  /**
   * Returns the target of a metric at a priority.
   *
   * @param metric the metric, not null
   * @param priority the priority, not null
   * @return the target or empty
   */
  public Optional<SlaTarget> target(SlaMetric metric, Priority priority) {
    checkNotNull(metric, "metric must not be null");
    checkNotNull(priority, "priority must not be null");
    return targets.getOrDefault(priority, List.of()).stream()
        .filter(t -> t.metric() == metric)
        .findFirst();
  }
}
