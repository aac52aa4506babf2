package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
    List<LoyaltyEvent> log;
    if (events instanceof List<LoyaltyEvent> l) {
      log = l;
    } else {
      log = new ArrayList<>();
      events.forEach(log::add);
    }
    int n = log.size();
    for (int i = 0; i < n; i++) {
      checkNotNull(log.get(i), "events must not hold null (position %s)", i);
    }
    // Members are spread over partitions by their id's hash (a counting sort of the positions, so
    // each partition keeps the log's order); every partition groups and replays its own members
    // on its own core, without a table shared by all.
    int parts = n < 10_000 ? 1 : 8 * Runtime.getRuntime().availableProcessors();
    int[] partOf = new int[n];
    int partitions = parts;
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int h = log.get(i).member().hashCode() * 0x9E3779B9;
              partOf[i] = (int) (((h >>> 1) * (long) partitions) >>> 31);
            });
    int[] counts = new int[parts + 1];
    for (int i = 0; i < n; i++) {
      counts[partOf[i] + 1]++;
    }
    for (int k = 0; k < parts; k++) {
      counts[k + 1] += counts[k];
    }
    int[] byPart = new int[n];
    int[] fill = counts.clone();
    for (int i = 0; i < n; i++) {
      byPart[fill[partOf[i]]++] = i;
    }
    List<List<Member>> results = new ArrayList<>(Collections.nCopies(parts, List.of()));
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            k -> {
              Map<CustomerId, Group> groups = new HashMap<>();
              List<Group> order = new ArrayList<>();
              for (int j = counts[k]; j < counts[k + 1]; j++) {
                int i = byPart[j];
                LoyaltyEvent e = log.get(i);
                Group g = groups.get(e.member());
                if (g == null) {
                  g = new Group(e.member(), i);
                  groups.put(e.member(), g);
                  order.add(g);
                }
                g.add(e, i);
              }
              List<Member> out = new ArrayList<>(order.size());
              for (Group g : order) {
                out.add(
                    new Member(
                        g.first,
                        Ledger.replay(programme, g.member, g.events, g.positions(), asOf)));
              }
              results.set(k, out);
            });
    List<Member> members = new ArrayList<>();
    for (List<Member> r : results) {
      members.addAll(r);
    }
    members.sort(Comparator.comparingLong(Member::first));
    Map<CustomerId, Ledger> ledgers = new LinkedHashMap<>(Math.max(16, members.size() * 2));
    long applied = 0;
    long duplicates = 0;
    // Rejections in log order without a sort: each one's index, by position.
    List<Rejection<LoyaltyEvent>> all = new ArrayList<>();
    int[] slot = new int[n];
    java.util.Arrays.fill(slot, -1);
    for (Member m : members) {
      Ledger l = m.ledger();
      ledgers.put(l.member(), l);
      applied += l.appliedCount();
      duplicates += l.duplicates();
      for (Rejection<LoyaltyEvent> r : l.rejected()) {
        slot[(int) r.position()] = all.size();
        all.add(r);
      }
    }
    List<Rejection<LoyaltyEvent>> rejected = new ArrayList<>(all.size());
    for (int i : slot) {
      if (i >= 0) {
        rejected.add(all.get(i));
      }
    }
    return new Replay(
        Collections.unmodifiableMap(ledgers),
        n,
        applied,
        duplicates,
        Collections.unmodifiableList(rejected));
  }

  /** A member's ledger and the position of its first event. */
  private record Member(long first, Ledger ledger) {}

  /** One member's events with their positions in the log. */
  private static final class Group {
    final CustomerId member;
    final long first;
    final List<LoyaltyEvent> events = new ArrayList<>(24);
    long[] at = new long[24];

    Group(CustomerId member, long first) {
      this.member = member;
      this.first = first;
    }

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
