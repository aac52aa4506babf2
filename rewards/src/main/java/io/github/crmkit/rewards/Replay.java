package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Many members' ledgers from one event log: the events are grouped by member (in order of first
 * appearance), each member's log is replayed as {@link Ledger#replay} does, in parallel, and the
 * log is accounted for as a whole: received = applied + duplicates + rejected, every rejection with
 * its position in the log.
 *
 * @since 0.2
 */
public final class Replay {
  private final Map<CustomerId, Ledger> ledgers;
  private final long received;
  private final long applied;
  private final long duplicates;
  private final List<Rejection<LoyaltyEvent>> rejected;

  private Replay(
      Map<CustomerId, Ledger> ledgers,
      long received,
      long applied,
      long duplicates,
      List<Rejection<LoyaltyEvent>> rejected) {
    this.ledgers = ledgers;
    this.received = received;
    this.applied = applied;
    this.duplicates = duplicates;
    this.rejected = rejected;
  }

  /**
   * Replays a log of many members' events.
   *
   * @param programme the programme, not null
   * @param events the log in arrival order, no null
   * @param asOf the instant the figures are for, not null
   * @return every member's ledger and the accounting
   */
  public static Replay of(Programme programme, Iterable<LoyaltyEvent> events, Instant asOf) {
    checkNotNull(programme, "programme must not be null");
    checkNotNull(events, "events must not be null");
    checkNotNull(asOf, "asOf must not be null");
    Map<CustomerId, Group> groups = new LinkedHashMap<>();
    long position = 0;
    for (LoyaltyEvent e : events) {
      checkNotNull(e, "events must not hold null (position %s)", position);
      groups.computeIfAbsent(e.member(), m -> new Group()).add(e, position);
      position++;
    }
    List<CustomerId> members = new ArrayList<>(groups.keySet());
    List<Group> parts = new ArrayList<>(groups.values());
    Ledger[] out = new Ledger[members.size()];
    IntStream.range(0, out.length)
        .parallel()
        .forEach(
            i -> {
              Group g = parts.get(i);
              out[i] = Ledger.replay(programme, members.get(i), g.events, g.positions(), asOf);
            });
    Map<CustomerId, Ledger> ledgers = new LinkedHashMap<>(Math.max(16, out.length * 2));
    long applied = 0;
    long duplicates = 0;
    List<Rejection<LoyaltyEvent>> rejected = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      ledgers.put(members.get(i), out[i]);
      applied += out[i].appliedCount();
      duplicates += out[i].duplicates();
      rejected.addAll(out[i].rejected());
    }
    rejected.sort(Comparator.comparingLong(Rejection::position));
    return new Replay(
        Collections.unmodifiableMap(ledgers),
        position,
        applied,
        duplicates,
        Collections.unmodifiableList(rejected));
  }

  /** One member's events with their positions in the log. */
  private static final class Group {
    final List<LoyaltyEvent> events = new ArrayList<>(8);
    long[] at = new long[8];

    void add(LoyaltyEvent e, long position) {
      if (events.size() == at.length) {
        at = java.util.Arrays.copyOf(at, at.length * 2);
      }
      at[events.size()] = position;
      events.add(e);
    }

    long[] positions() {
      return java.util.Arrays.copyOf(at, events.size());
    }
  }

  /**
   * Returns every member's ledger, in order of the member's first event in the log.
   *
   * @return an unmodifiable map
   */
  public Map<CustomerId, Ledger> ledgers() {
    return ledgers;
  }

  /**
   * Returns the events in the log.
   *
   * @return the count
   */
  public long received() {
    return received;
  }

  /**
   * Returns the events applied.
   *
   * @return the count
   */
  public long applied() {
    return applied;
  }

  /**
   * Returns the duplicates (an id seen before with the same content).
   *
   * @return the count
   */
  public long duplicates() {
    return duplicates;
  }

  /**
   * Returns every rejected event, in log order, with its reason.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<LoyaltyEvent>> rejected() {
    return rejected;
  }

  /**
   * Returns the members by tier name ("none" for members below every tier), in the programme's tier
   * order.
   *
   * @return an unmodifiable map from tier name to members
   */
  public Map<String, Long> membersByTier() {
    Map<String, Long> m = new LinkedHashMap<>();
    if (!ledgers.isEmpty()) {
      Programme p = ledgers.values().iterator().next().programme();
      m.put("none", 0L);
      for (Tier t : p.tiers()) {
        m.put(t.name(), 0L);
      }
    }
    for (Ledger l : ledgers.values()) {
      m.merge(l.tier().map(Tier::name).orElse("none"), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(m);
  }
}
