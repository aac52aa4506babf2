package io.github.crmkit.recovery.sla;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
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

  /**
   * Returns a builder: a policy that matches every case until priorities, channels, tiers or
   * categories narrow it, with no target until {@link Builder#target} adds one.
   *
   * @param name the policy's name, not null
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(checkNotNull(name, "name must not be null"));
  }

  /**
   * Returns a builder holding this policy's scope and targets, to derive a policy under a new name.
   *
   * @param name the new policy's name, not blank
   * @return a new builder
   */
  public Builder toBuilder(String name) {
    Builder b = builder(name);
    b.priorities.addAll(priorities);
    b.channels.addAll(channels);
    b.tiers.addAll(tiers);
    b.categories.addAll(categories);
    targets.forEach((p, list) -> b.targets.put(p, new java.util.ArrayList<>(list)));
    return b;
  }

  /**
   * Builds an {@link SlaPolicy}. Mutable, not thread-safe.
   *
   * @since 0.2
   */
  public static final class Builder {
    private final String name;
    private final Set<Priority> priorities = new LinkedHashSet<>();
    private final Set<Channel> channels = new LinkedHashSet<>();
    private final Set<String> tiers = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Map<Priority, List<SlaTarget>> targets = new EnumMap<>(Priority.class);

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Narrows the policy to cases of these priorities (added to any given before).
     *
     * @param priorities not null
     * @return this builder
     */
    public Builder priorities(Priority... priorities) {
      for (Priority p : checkNotNull(priorities, "priorities must not be null")) {
        this.priorities.add(checkNotNull(p, "priorities must not hold null"));
      }
      return this;
    }

    /**
     * Narrows the policy to cases that came in on these channels.
     *
     * @param channels not null
     * @return this builder
     */
    public Builder channels(Channel... channels) {
      for (Channel c : checkNotNull(channels, "channels must not be null")) {
        this.channels.add(checkNotNull(c, "channels must not hold null"));
      }
      return this;
    }

    /**
     * Narrows the policy to customers of these value tiers.
     *
     * @param tiers not null
     * @return this builder
     */
    public Builder tiers(String... tiers) {
      for (String t : checkNotNull(tiers, "tiers must not be null")) {
        this.tiers.add(checkNotNull(t, "tiers must not hold null"));
      }
      return this;
    }

    /**
     * Narrows the policy to cases of these incident categories.
     *
     * @param categories not null
     * @return this builder
     */
    public Builder categories(String... categories) {
      for (String c : checkNotNull(categories, "categories must not be null")) {
        this.categories.add(checkNotNull(c, "categories must not hold null"));
      }
      return this;
    }

    /**
     * Adds a target at a priority.
     *
     * @param priority not null
     * @param target not null; one per metric and priority, checked by {@link #build()}
     * @return this builder
     */
    public Builder target(Priority priority, SlaTarget target) {
      checkNotNull(priority, "priority must not be null");
      checkNotNull(target, "target must not be null");
      targets.computeIfAbsent(priority, k -> new ArrayList<>()).add(target);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if a priority has two targets for one metric
     */
    public SlaPolicy build() {
      return new SlaPolicy(name, priorities, channels, tiers, categories, targets);
    }
  }
}
