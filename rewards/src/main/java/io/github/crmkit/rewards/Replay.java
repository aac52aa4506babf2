package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
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
public final class Replay {
  private final Programme programme;
  private final Instant asOf;

  /** The log, in arrival order. */
  private final LoyaltyEvent[] log;

  /** Every member's standing, in order of first appearance. */
  private final List<Standing> standings;

  /** Member k's events are {@code log[events[offset[k]] .. events[offset[k] + length[k] - 1]]}. */
  private final int[] events;

  private final int[] offset;
  private final int[] length;
  private final long received;
  private final long applied;
  private final long duplicates;
  private final List<Rejection<LoyaltyEvent>> rejected;
  private volatile @Nullable Map<CustomerId, Integer> index;

  private Replay(
      Programme programme,
      Instant asOf,
      LoyaltyEvent[] log,
      List<Standing> standings,
      int[] events,
      int[] offset,
      int[] length,
      long applied,
      long duplicates,
      List<Rejection<LoyaltyEvent>> rejected) {
    this.programme = programme;
    this.asOf = asOf;
    this.log = log;
    this.standings = standings;
    this.events = events;
    this.offset = offset;
    this.length = length;
    this.received = log.length;
    this.applied = applied;
    this.duplicates = duplicates;
    this.rejected = rejected;
  }

  /** A member's group: where its events are, its standing and its accounting. */
  private record Row(
      long first, int offset, int length, Standing standing, long applied, long duplicates) {}

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
    List<LoyaltyEvent> list;
    if (events instanceof List<LoyaltyEvent> l) {
      list = l;
    } else {
      list = new ArrayList<>();
      events.forEach(list::add);
    }
    int n = list.size();
    LoyaltyEvent[] ev = new LoyaltyEvent[n];
    for (int i = 0; i < n; i++) {
      ev[i] = checkNotNull(list.get(i), "events must not hold null (position %s)", i);
    }
    // Members are grouped by a counting sort of the events on their member's hash (buckets of a
    // few members, each bucket in log order); a bucket's members are told apart by hash, then by
    // equals.
    int[] hash = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> hash[i] = ev[i].member().hashCode() * 0x9E3779B9);
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n / 8)));
    int buckets = 1 << bits;
    int shift = 32 - bits;
    int[] starts = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      starts[(hash[i] >>> shift) + 1]++;
    }
    for (int k = 0; k < buckets; k++) {
      starts[k + 1] += starts[k];
    }
    int[] grouped = new int[n];
    int[] fill = Arrays.copyOf(starts, buckets);
    for (int i = 0; i < n; i++) {
      grouped[fill[hash[i] >>> shift]++] = i;
    }
    // Buckets replayed in parallel chunks of about 4,096 events; a chunk reorders its own range of
    // grouped so that each member's events are together (in log order).
    int chunks = Math.max(1, Math.min(buckets, n / 4096));
    List<List<Row>> rows = new ArrayList<>(Collections.nCopies(chunks, List.of()));
    List<List<Rejection<LoyaltyEvent>>> refused =
        new ArrayList<>(Collections.nCopies(chunks, List.of()));
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int from = (int) ((long) buckets * c / chunks);
              int to = (int) ((long) buckets * (c + 1) / chunks);
              List<Row> out = new ArrayList<>();
              List<Rejection<LoyaltyEvent>> rejections = new ArrayList<>();
              Replayer replayer = new Replayer(programme, asOf);
              LoyaltyEvent[] buf = new LoyaltyEvent[64];
              long[] pos = new long[64];
              int[] rest = new int[64];
              for (int k = from; k < to; k++) {
                int a = starts[k];
                int b = starts[k + 1];
                if (buf.length < b - a) {
                  buf = new LoyaltyEvent[b - a];
                  pos = new long[b - a];
                  rest = new int[b - a];
                }
                // The bucket's events not yet given to a member, in log order.
                int left = b - a;
                System.arraycopy(grouped, a, rest, 0, left);
                int w = a;
                while (left > 0) {
                  int first = rest[0];
                  CustomerId m = ev[first].member();
                  int h = hash[first];
                  int len = 0;
                  int keep = 0;
                  for (int q = 0; q < left; q++) {
                    int i = rest[q];
                    if (hash[i] == h && ev[i].member().equals(m)) {
                      buf[len] = ev[i];
                      pos[len++] = i;
                      grouped[w++] = i;
                    } else {
                      rest[keep++] = i;
                    }
                  }
                  left = keep;
                  replayer.screen(m, buf, pos, len);
                  Standing s = replayer.standing(m, rejections);
                  out.add(new Row(first, w - len, len, s, replayer.applied, replayer.duplicates()));
                }
              }
              rows.set(c, out);
              refused.set(c, rejections);
            });
    int memberCount = 0;
    int rejections = 0;
    for (int c = 0; c < chunks; c++) {
      memberCount += rows.get(c).size();
      rejections += refused.get(c).size();
    }
    Row[] all = new Row[memberCount];
    long[] byFirst = new long[memberCount];
    int m = 0;
    for (List<Row> r : rows) {
      for (Row x : r) {
        byFirst[m] = x.first() << 32 | m;
        all[m++] = x;
      }
    }
    Arrays.sort(byFirst);
    Standing[] standings = new Standing[memberCount];
    int[] offset = new int[memberCount];
    int[] length = new int[memberCount];
    long applied = 0;
    long duplicates = 0;
    for (int k = 0; k < memberCount; k++) {
      Row x = all[(int) byFirst[k]];
      standings[k] = x.standing();
      offset[k] = x.offset();
      length[k] = x.length();
      applied += x.applied();
      duplicates += x.duplicates();
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
        ev,
        Collections.unmodifiableList(Arrays.asList(standings)),
        grouped,
        offset,
        length,
        applied,
        duplicates,
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
    int len = length[k];
    LoyaltyEvent[] mine = new LoyaltyEvent[len];
    long[] at = new long[len];
    for (int j = 0; j < len; j++) {
      int i = events[offset[k] + j];
      mine[j] = log[i];
      at[j] = i;
    }
    return Ledger.replay(programme, standings.get(k).member(), mine, at, len, asOf);
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
