package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Many members' figures from one event log: the events are grouped by member (in order of first
 * appearance), each member's log is replayed as {@link Ledger#replay} does, in parallel, and the
 * log is accounted for as a whole: received = applied + duplicates + rejected, every rejection with
 * its position in the log.
 *
 * <p>A batch keeps every member's {@link Standing} (the figures) and the grouping of the log, not
 * the members' lots and postings: {@link #ledger} and {@link #ledgers} replay a member's events
 * again when asked (each time), so that a replay of millions of members holds a few numbers per
 * member.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Replay implements Accounted {
  private final Programme programme;
  private final Instant asOf;

  /** The log (its rows grouped by member). */
  private final LoyaltyEventLog log;

  /** Every member's standing, in order of first appearance. */
  private final List<Standing> standings;

  /** Member k's events are the rows {@code start[k]} to {@code start[k + 1] - 1} of the log. */
  private final int[] start;

  private final long received;
  private final long applied;
  private final long duplicates;
  private final List<Rejection<LoyaltyEvent>> rejected;
  private volatile @Nullable Map<CustomerId, Integer> index;

  private Replay(
      Programme programme,
      Instant asOf,
      LoyaltyEventLog log,
      List<Standing> standings,
      int[] start,
      long applied,
      long duplicates,
      List<Rejection<LoyaltyEvent>> rejected) {
    this.programme = programme;
    this.asOf = asOf;
    this.log = log;
    this.standings = standings;
    this.start = start;
    this.received = log.size();
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
   * @return every member's figures and the accounting
   */
  public static Replay of(Programme programme, Iterable<LoyaltyEvent> events, Instant asOf) {
    checkNotNull(programme, "programme must not be null");
    checkNotNull(events, "events must not be null");
    checkNotNull(asOf, "asOf must not be null");
    LoyaltyEventLog log = LoyaltyEventLog.of(events);
    int n = log.size();
    int members = log.memberCount();
    // The log holds each member's rows together (members in order of first appearance).
    int[] start = log.memberStart;
    // Members replayed in parallel chunks (8 per core, of at least 4,096 events).
    Standing[] standings = new Standing[members];
    int chunks =
        Math.max(
            1,
            Math.min(members, Math.min(n / 4096, 8 * Runtime.getRuntime().availableProcessors())));
    long[] applied = new long[chunks];
    long[] duplicates = new long[chunks];
    List<List<Rejection<LoyaltyEvent>>> refused =
        new ArrayList<>(Collections.nCopies(chunks, List.of()));
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int from = (int) ((long) members * c / chunks);
              int to = (int) ((long) members * (c + 1) / chunks);
              List<Rejection<LoyaltyEvent>> rejections = new ArrayList<>();
              Replayer replayer = new Replayer(programme, asOf);
              for (int k = from; k < to; k++) {
                replayer.screen(log, k, null, start[k], start[k + 1] - start[k]);
                standings[k] = replayer.standing(log.members[k], rejections);
                applied[c] += replayer.applied;
                duplicates[c] += replayer.duplicates();
              }
              refused.set(c, rejections);
            });
    int rejections = 0;
    for (List<Rejection<LoyaltyEvent>> r : refused) {
      rejections += r.size();
    }
    // Rejections in log order: (position, index) pairs sorted.
    @SuppressWarnings({"unchecked", "rawtypes"})
    Rejection<LoyaltyEvent>[] rej = new Rejection[rejections];
    long[] order = new long[rejections];
    int k = 0;
    for (List<Rejection<LoyaltyEvent>> r : refused) {
      for (Rejection<LoyaltyEvent> x : r) {
        order[k] = x.position() << 32 | k;
        rej[k++] = x;
      }
    }
    Arrays.sort(order);
    List<Rejection<LoyaltyEvent>> rejected = new ArrayList<>(rejections);
    for (long o : order) {
      rejected.add(rej[(int) (o & 0xFFFFFFFFL)]);
    }
    return new Replay(
        programme,
        asOf,
        log,
        Collections.unmodifiableList(Arrays.asList(standings)),
        start,
        Arrays.stream(applied).sum(),
        Arrays.stream(duplicates).sum(),
        Collections.unmodifiableList(rejected));
  }

  /**
   * Returns every member's figures, in order of the member's first event in the log.
   *
   * @return an unmodifiable list
   */
  public List<Standing> standings() {
    return standings;
  }

  /**
   * Returns a member's figures.
   *
   * @param member the member, not null
   * @return the standing, or empty if the log has no event of the member
   */
  public Optional<Standing> standing(CustomerId member) {
    checkNotNull(member, "member must not be null");
    Integer k = index().get(member);
    return k == null ? Optional.empty() : Optional.of(standings.get(k));
  }

  /**
   * Returns a member's ledger, replayed again from the member's events in the log (with their
   * positions in it).
   *
   * @param member the member, not null
   * @return the ledger, or empty if the log has no event of the member
   */
  public Optional<Ledger> ledger(CustomerId member) {
    checkNotNull(member, "member must not be null");
    Integer k = index().get(member);
    return k == null ? Optional.empty() : Optional.of(ledgerAt(k));
  }

  private Ledger ledgerAt(int k) {
    Replayer r = new Replayer(programme, asOf);
    r.screen(log, k, null, start[k], start[k + 1] - start[k]);
    return r.ledger(log.members[k], start[k + 1] - start[k]);
  }

  private Map<CustomerId, Integer> index() {
    Map<CustomerId, Integer> m = index;
    if (m == null) {
      m = new HashMap<>(Math.max(16, standings.size() * 2));
      for (int k = 0; k < standings.size(); k++) {
        m.put(standings.get(k).member(), k);
      }
      index = m;
    }
    return m;
  }

  /**
   * Returns every member's ledger, in order of the member's first event in the log: a view that
   * replays a member's events again each time its ledger is read ({@link #standings} has the
   * figures without that).
   *
   * @return an unmodifiable map
   */
  public Map<CustomerId, Ledger> ledgers() {
    return new Ledgers();
  }

  /** The ledgers as a map whose values are replayed when read. */
  private final class Ledgers extends AbstractMap<CustomerId, Ledger> {
    @Override
    public int size() {
      return standings.size();
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return key instanceof CustomerId c && index().containsKey(c);
    }

    @Override
    public @Nullable Ledger get(@Nullable Object key) {
      Integer k = key instanceof CustomerId c ? index().get(c) : null;
      return k == null ? null : ledgerAt(k);
    }

    @Override
    public Set<Map.Entry<CustomerId, Ledger>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return standings.size();
        }

        @Override
        public Iterator<Map.Entry<CustomerId, Ledger>> iterator() {
          return new Iterator<>() {
            private int k;

            @Override
            public boolean hasNext() {
              return k < standings.size();
            }

            @Override
            public Map.Entry<CustomerId, Ledger> next() {
              if (k >= standings.size()) {
                throw new NoSuchElementException();
              }
              int at = k++;
              return new AbstractMap.SimpleImmutableEntry<>(
                  standings.get(at).member(), ledgerAt(at));
            }
          };
        }
      };
    }
  }

  /**
   * Returns the events in the log.
   *
   * @return the count
   */
  @Override
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
  public List<Rejection<LoyaltyEvent>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Returns the members by tier name ("none" for members below every tier), in the programme's tier
   * order.
   *
   * @return an unmodifiable map from tier name to members
   */
  public Map<String, Long> membersByTier() {
    Map<String, Long> m = new LinkedHashMap<>();
    if (!standings.isEmpty()) {
      m.put("none", 0L);
      for (Tier t : programme.tiers()) {
        m.put(t.name(), 0L);
      }
    }
    for (Standing s : standings) {
      m.merge(s.tier().map(Tier::name).orElse("none"), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(m);
  }
}
