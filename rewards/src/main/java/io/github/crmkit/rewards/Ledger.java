package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One member's points under a programme after a log of events, as of an instant: the lots, the
 * debt, the totals, the tier, every posting, and the accounting of the events (received = applied +
 * duplicates + rejected, every rejection with its reason).
 *
 * <p>Events are applied in event time (instant, then id), whatever order they arrive in, as long as
 * none arrives more than the programme's {@link Programme#lateness()} earlier than the latest event
 * seen before it (reason {@code too-late}). An id seen before with the same content is a duplicate
 * (counted, no effect); with other content it is rejected ({@code conflicting-duplicate}). Events
 * after the as-of instant are rejected ({@code after-as-of}); so are events the ledger cannot
 * apply: {@code insufficient-points}, {@code negative-balance}, {@code unknown-order}, {@code
 * duplicate-order}, {@code return-exceeds-purchase}, {@code unknown-redemption}, {@code
 * already-cancelled}, {@code already-enrolled}, {@code self-referral}, {@code currency-mismatch},
 * {@code points-overflow} (a purchase that would earn 2^50 points or more) and, in a one-member
 * replay, {@code other-member}. A rejected event changes nothing.
 *
 * <p>Conservation, at every as-of instant: {@code earned() + adjusted() = available() + pending() +
 * redeemed() + expired() + returned() - debt()}.
 *
 * <p>Immutable and thread-safe: {@link #apply} and {@link #asOf} return new ledgers.
 *
 * @since 0.2
 */
public final class Ledger {
  private static final Comparator<LoyaltyEvent> EVENT_TIME =
      Comparator.comparing(LoyaltyEvent::at).thenComparing(LoyaltyEvent::id);

  private final LedgerState state;
  private final Instant asOf;

  /** The events that passed screening, in event time, with their input positions. */
  private final List<LoyaltyEvent> accepted;

  private final long[] positions;

  /** The accepted events the state applied (the others were refused by the ledger). */
  private final List<LoyaltyEvent> applied;

  private final @Nullable Instant latest;
  private final long received;
  private final long duplicates;

  /** Events refused before they were applied (duplicates in conflict, too late, ...). */
  private final List<Rejection<LoyaltyEvent>> screened;

  /** Accepted events the ledger refused (insufficient points, unknown order, ...). */
  private final List<Rejection<LoyaltyEvent>> refused;

  private Ledger(
      LedgerState state,
      Instant asOf,
      List<LoyaltyEvent> accepted,
      long[] positions,
      List<LoyaltyEvent> applied,
      @Nullable Instant latest,
      long received,
      long duplicates,
      List<Rejection<LoyaltyEvent>> screened,
      List<Rejection<LoyaltyEvent>> refused) {
    this.state = state;
    this.asOf = asOf;
    this.accepted = accepted;
    this.positions = positions;
    this.applied = applied;
    this.latest = latest;
    this.received = received;
    this.duplicates = duplicates;
    this.screened = screened;
    this.refused = refused;
  }

  /**
   * An empty ledger: a member without events.
   *
   * @param programme the programme, not null
   * @param member the member, not null
   * @param asOf the instant the figures are for, not null
   * @return the ledger
   */
  public static Ledger open(Programme programme, CustomerId member, Instant asOf) {
    checkNotNull(programme, "programme must not be null");
    checkNotNull(member, "member must not be null");
    checkNotNull(asOf, "asOf must not be null");
    LedgerState s = new LedgerState(programme, member);
    return new Ledger(s, asOf, List.of(), new long[0], List.of(), null, 0, 0, List.of(), List.of());
  }

  /**
   * Replays one member's events: the member is the first event's; events of other members are
   * rejected ({@code other-member}).
   *
   * @param programme the programme, not null
   * @param events the events in arrival order, not empty, no null
   * @param asOf the instant the figures are for, not null
   * @return the ledger
   * @throws IllegalArgumentException if there are no events
   */
  public static Ledger replay(Programme programme, Iterable<LoyaltyEvent> events, Instant asOf) {
    checkNotNull(events, "events must not be null");
    java.util.Iterator<LoyaltyEvent> it = events.iterator();
    checkArgument(it.hasNext(), "events must not be empty (use Ledger.open for a new member)");
    LoyaltyEvent first = checkNotNull(it.next(), "events must not hold null");
    return replay(programme, first.member(), events, asOf);
  }

  /**
   * Replays a member's events.
   *
   * @param programme the programme, not null
   * @param member the member, not null
   * @param events the events in arrival order, no null; other members' are rejected
   * @param asOf the instant the figures are for, not null
   * @return the ledger
   */
  public static Ledger replay(
      Programme programme, CustomerId member, Iterable<LoyaltyEvent> events, Instant asOf) {
    checkNotNull(programme, "programme must not be null");
    checkNotNull(member, "member must not be null");
    checkNotNull(events, "events must not be null");
    checkNotNull(asOf, "asOf must not be null");
    List<LoyaltyEvent> list = new ArrayList<>();
    for (LoyaltyEvent e : events) {
      list.add(checkNotNull(e, "events must not hold null"));
    }
    long[] positions = new long[list.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    return replay(programme, member, list, positions, asOf);
  }

  /** Replays events whose positions in the whole input are given (for batches). */
  static Ledger replay(
      Programme programme,
      CustomerId member,
      List<LoyaltyEvent> events,
      long[] positions,
      Instant asOf) {
    Seen seen = new Seen(events.size());
    List<Rejection<LoyaltyEvent>> screened = new ArrayList<>();
    List<LoyaltyEvent> accepted = new ArrayList<>(events.size());
    long[] acceptedAt = new long[events.size()];
    Instant latest = null;
    long duplicates = 0;
    for (int i = 0; i < events.size(); i++) {
      LoyaltyEvent e = events.get(i);
      String screen = screen(programme, member, e, seen::get, latest, asOf);
      if (DUPLICATE.equals(screen)) {
        duplicates++;
        continue;
      }
      if (screen != null) {
        screened.add(Rejection.of(positions[i], e, screen, detail(screen, e, programme, latest)));
        continue;
      }
      seen.add(e);
      latest = latest == null || e.at().isAfter(latest) ? e.at() : latest;
      acceptedAt[accepted.size()] = positions[i];
      accepted.add(e);
    }
    boolean inOrder = true;
    for (int i = 1; i < accepted.size() && inOrder; i++) {
      inOrder = EVENT_TIME.compare(accepted.get(i - 1), accepted.get(i)) <= 0;
    }
    List<LoyaltyEvent> sorted = accepted;
    long[] sortedAt = Arrays.copyOf(acceptedAt, accepted.size());
    if (!inOrder) {
      Integer[] order = new Integer[accepted.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> EVENT_TIME.compare(accepted.get(a), accepted.get(b)));
      sorted = new ArrayList<>(order.length);
      for (int k = 0; k < order.length; k++) {
        sorted.add(accepted.get(order[k]));
        sortedAt[k] = acceptedAt[order[k]];
      }
    }
    return build(
        programme, member, sorted, sortedAt, latest, events.size(), duplicates, screened, asOf);
  }

  /** Applies the accepted events (in event time) to a new state. */
  private static Ledger build(
      Programme programme,
      CustomerId member,
      List<LoyaltyEvent> accepted,
      long[] positions,
      @Nullable Instant latest,
      long received,
      long duplicates,
      List<Rejection<LoyaltyEvent>> screened,
      Instant asOf) {
    LedgerState s = new LedgerState(programme, member);
    List<LoyaltyEvent> applied = new ArrayList<>(accepted.size());
    List<Rejection<LoyaltyEvent>> refused = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      LoyaltyEvent e = accepted.get(i);
      try {
        s.apply(e);
        applied.add(e);
      } catch (LedgerState.Refusal r) {
        refused.add(Rejection.of(positions[i], e, r.reason, r.detail));
      }
    }
    s.advance(asOf);
    return new Ledger(
        s,
        asOf,
        Collections.unmodifiableList(accepted),
        positions,
        Collections.unmodifiableList(applied),
        latest,
        received,
        duplicates,
        List.copyOf(screened),
        List.copyOf(refused));
  }

  private static final String DUPLICATE = "duplicate";

  /** The reason an event is refused before it is applied, DUPLICATE, or null. */
  private static @Nullable String screen(
      Programme p,
      CustomerId member,
      LoyaltyEvent e,
      java.util.function.Function<String, @Nullable LoyaltyEvent> seen,
      @Nullable Instant latest,
      Instant asOf) {
    if (!e.member().equals(member)) {
      return "other-member";
    }
    LoyaltyEvent before = seen.apply(e.id());
    if (before != null) {
      return before.equals(e) ? DUPLICATE : "conflicting-duplicate";
    }
    if (e.at().isAfter(asOf)) {
      return "after-as-of";
    }
    if (latest != null && tooLate(e.at(), latest, p.lateness())) {
      return "too-late";
    }
    return null;
  }

  /** Whether {@code at} is more than {@code lateness} before {@code latest} (no allocation). */
  private static boolean tooLate(Instant at, Instant latest, java.time.Duration lateness) {
    long seconds = latest.getEpochSecond() - at.getEpochSecond() - lateness.getSeconds();
    int nanos = latest.getNano() - at.getNano() - lateness.getNano();
    // (latest - at) - lateness = seconds + nanos / 1e9, with |nanos| below 2e9
    if (seconds > 2) {
      return true;
    }
    if (seconds < -3) {
      return false;
    }
    return seconds * 1_000_000_000L + nanos > 0;
  }

  private static String detail(
      String reason, LoyaltyEvent e, Programme p, @Nullable Instant latest) {
    return switch (reason) {
      case "other-member" -> "event " + e.id() + " is of member " + e.member();
      case "conflicting-duplicate" -> "event id " + e.id() + " was seen before with other content";
      case "after-as-of" -> "event " + e.id() + " at " + e.at() + " is after the as-of instant";
      default ->
          "event "
              + e.id()
              + " at "
              + e.at()
              + " arrived after "
              + latest
              + ", later than the lateness "
              + p.lateness()
              + " allows";
    };
  }

  /**
   * Applies one more event, exactly as a replay of the log with it appended would. An event in time
   * order is applied to a copy of this ledger's state; one that arrives earlier than the latest
   * applied (within the lateness) makes the ledger apply its events again in event time.
   *
   * @param event the event, not null
   * @return the new ledger, as of the later of this ledger's instant and the event's
   */
  public Ledger apply(LoyaltyEvent event) {
    checkNotNull(event, "event must not be null");
    Instant newAsOf = event.at().isAfter(asOf) ? event.at() : asOf;
    String screen = screen(state.p, state.member, event, this::acceptedWithId, latest, newAsOf);
    if (DUPLICATE.equals(screen)) {
      return new Ledger(
          state,
          asOf,
          accepted,
          positions,
          applied,
          latest,
          received + 1,
          duplicates + 1,
          screened,
          refused);
    }
    if (screen != null) {
      List<Rejection<LoyaltyEvent>> r = new ArrayList<>(screened);
      r.add(Rejection.of(received, event, screen, detail(screen, event, state.p, latest)));
      return new Ledger(
          state,
          asOf,
          accepted,
          positions,
          applied,
          latest,
          received + 1,
          duplicates,
          List.copyOf(r),
          refused);
    }
    Instant latest2 = latest == null || event.at().isAfter(latest) ? event.at() : latest;
    LoyaltyEvent last = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
    if (last != null && EVENT_TIME.compare(event, last) < 0) {
      // Out of order within the lateness: every accepted event again, in event time.
      List<LoyaltyEvent> all = new ArrayList<>(accepted);
      int k = 0;
      while (k < all.size() && EVENT_TIME.compare(all.get(k), event) < 0) {
        k++;
      }
      all.add(k, event);
      long[] at = new long[positions.length + 1];
      System.arraycopy(positions, 0, at, 0, k);
      at[k] = received;
      System.arraycopy(positions, k, at, k + 1, positions.length - k);
      return build(
          state.p, state.member, all, at, latest2, received + 1, duplicates, screened, newAsOf);
    }
    LedgerState s = state.copy();
    List<LoyaltyEvent> a = applied;
    List<Rejection<LoyaltyEvent>> r = refused;
    try {
      s.apply(event);
      a = append(applied, event);
    } catch (LedgerState.Refusal refusal) {
      // The copy may be half changed: start again from this ledger's state.
      s = state.copy();
      List<Rejection<LoyaltyEvent>> r2 = new ArrayList<>(refused);
      r2.add(Rejection.of(received, event, refusal.reason, refusal.detail));
      r = List.copyOf(r2);
    }
    s.advance(newAsOf);
    long[] at = Arrays.copyOf(positions, positions.length + 1);
    at[positions.length] = received;
    return new Ledger(
        s, newAsOf, append(accepted, event), at, a, latest2, received + 1, duplicates, screened, r);
  }

  /**
   * The ids accepted so far in a replay: a scan of their hashes for a member's few events, a hash
   * map for many (a map per member was a tenth of a replay's garbage).
   */
  private static final class Seen {
    private static final int SCAN = 32;
    private final @Nullable Map<String, LoyaltyEvent> map;
    private final LoyaltyEvent[] events;
    private final int[] hashes;
    private int n;

    Seen(int capacity) {
      boolean small = capacity <= SCAN;
      map = small ? null : new HashMap<>(capacity * 2);
      events = new LoyaltyEvent[small ? capacity : 0];
      hashes = new int[small ? capacity : 0];
    }

    void add(LoyaltyEvent e) {
      if (map != null) {
        map.put(e.id(), e);
        return;
      }
      events[n] = e;
      hashes[n++] = e.id().hashCode();
    }

    @Nullable LoyaltyEvent get(String id) {
      if (map != null) {
        return map.get(id);
      }
      int h = id.hashCode();
      for (int i = 0; i < n; i++) {
        if (hashes[i] == h && events[i].id().equals(id)) {
          return events[i];
        }
      }
      return null;
    }
  }

  /** The accepted event with this id, by a scan (hashes first): no index is copied per apply. */
  private @Nullable LoyaltyEvent acceptedWithId(String id) {
    int h = id.hashCode();
    for (int i = accepted.size() - 1; i >= 0; i--) {
      LoyaltyEvent e = accepted.get(i);
      if (e.id().hashCode() == h && e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  private static List<LoyaltyEvent> append(List<LoyaltyEvent> list, LoyaltyEvent e) {
    List<LoyaltyEvent> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(e);
    return Collections.unmodifiableList(out);
  }

  /**
   * The ledger at a later instant: lots due expire, pending points become available, tiers are
   * reviewed.
   *
   * @param t the instant, not before {@link #asOf()}
   * @return the ledger as of t
   * @throws IllegalArgumentException if t is before the ledger's instant
   */
  public Ledger asOf(Instant t) {
    checkNotNull(t, "t must not be null");
    checkArgument(!t.isBefore(asOf), "t must not be before %s, but was %s", asOf, t);
    LedgerState s = state.copy();
    s.advance(t);
    return new Ledger(
        s, t, accepted, positions, applied, latest, received, duplicates, screened, refused);
  }

  /**
   * Returns the member.
   *
   * @return the member
   */
  public CustomerId member() {
    return state.member;
  }

  /**
   * Returns the programme.
   *
   * @return the programme
   */
  public Programme programme() {
    return state.p;
  }

  /**
   * Returns the instant the figures are for.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns every lot, in accrual order (empty ones included).
   *
   * @return an unmodifiable list
   */
  public List<Lot> lots() {
    return List.of(Arrays.copyOf(state.lots, state.lotCount));
  }

  /**
   * Returns every posting in the order it was made.
   *
   * @return an unmodifiable list
   */
  public List<Posting> postings() {
    return Collections.unmodifiableList(state.postings);
  }

  /**
   * Returns the events applied, in event time.
   *
   * @return an unmodifiable list
   */
  public List<LoyaltyEvent> applied() {
    return applied;
  }

  /**
   * Returns the points that can be redeemed now: in lots available and not expired.
   *
   * @return the points
   */
  public long available() {
    return state.available(asOf);
  }

  /**
   * Returns the points still locked in their pending period.
   *
   * @return the points
   */
  public long pending() {
    return state.pending(asOf);
  }

  /**
   * Returns the points owed after returns that found their points gone; later accruals repay it
   * first.
   *
   * @return the debt, not negative
   */
  public long debt() {
    return state.debt;
  }

  /**
   * Returns the balance: the points in lots minus the debt.
   *
   * @return available + pending - debt
   */
  public long balance() {
    return available() + pending() - debt();
  }

  /**
   * Returns the gross points accrued by purchases (pending ones included) and bonuses.
   *
   * @return the points
   */
  public long earned() {
    return state.earned;
  }

  /**
   * Returns the net points of manual adjustments.
   *
   * @return the points, negative when more was taken than given
   */
  public long adjusted() {
    return state.adjusted;
  }

  /**
   * Returns the points redeemed, net of cancelled redemptions.
   *
   * @return the points
   */
  public long redeemed() {
    return state.redeemed;
  }

  /**
   * Returns the points that expired unused.
   *
   * @return the points
   */
  public long expired() {
    return state.expired;
  }

  /**
   * Returns the points taken back by returns, including the part that became debt.
   *
   * @return the points
   */
  public long returned() {
    return state.returned;
  }

  /**
   * Returns the qualifying points: earned by purchases, net of returns, within the programme's tier
   * window ending now. Never the spendable balance.
   *
   * @return the points
   */
  public long qualifying() {
    return state.qualifying(asOf);
  }

  /**
   * Returns the member's tier now, or empty for a programme without tiers or below the first.
   *
   * @return the tier
   */
  public Optional<Tier> tier() {
    int t = state.tierAt(asOf);
    return t < 0 ? Optional.empty() : Optional.of(state.p.tiers().get(t));
  }

  /**
   * The next expiry: the earliest instant at which points still held expire, and how many.
   *
   * @param points the points expiring then
   * @param at the instant
   */
  public record NextExpiry(long points, Instant at) {}

  /**
   * Returns the next expiry, or empty when no held points expire.
   *
   * @return the next expiry
   */
  public Optional<NextExpiry> nextExpiry() {
    Instant first = null;
    long points = 0;
    for (int i = 0; i < state.lotCount; i++) {
      Lot l = state.lots[i];
      if (l.remaining() == 0 || l.expiresAt() == null) {
        continue;
      }
      if (first == null || l.expiresAt().isBefore(first)) {
        first = l.expiresAt();
        points = l.remaining();
      } else if (l.expiresAt().equals(first)) {
        points += l.remaining();
      }
    }
    return first == null ? Optional.empty() : Optional.of(new NextExpiry(points, first));
  }

  /**
   * Returns the points held now that expire by {@code t} (inclusive), unless redeemed first.
   *
   * @param t the instant, not null
   * @return the points
   */
  public long expiringBy(Instant t) {
    checkNotNull(t, "t must not be null");
    long s = 0;
    for (int i = 0; i < state.lotCount; i++) {
      Lot l = state.lots[i];
      if (l.remaining() > 0 && l.expiresAt() != null && !l.expiresAt().isAfter(t)) {
        s += l.remaining();
      }
    }
    return s;
  }

  /**
   * Returns the events received: applied + duplicates + rejected.
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
  public long appliedCount() {
    return applied.size();
  }

  /**
   * Returns the duplicates received (an id seen before with the same content).
   *
   * @return the count
   */
  public long duplicates() {
    return duplicates;
  }

  /**
   * Returns every rejected event with its position in the input, reason and detail.
   *
   * @return an unmodifiable list in input order
   */
  public List<Rejection<LoyaltyEvent>> rejected() {
    List<Rejection<LoyaltyEvent>> all = new ArrayList<>(screened.size() + refused.size());
    all.addAll(screened);
    all.addAll(refused);
    all.sort(Comparator.comparingLong(Rejection::position));
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the member's statement: every posting as a line in the given locale's language (English
   * and Korean are shipped; other locales fall back to English).
   *
   * @param locale the member's locale, not null
   * @return the statement
   */
  public Statement statement(Locale locale) {
    checkNotNull(locale, "locale must not be null");
    return Statement.of(this, locale);
  }

  @Override
  public String toString() {
    return "Ledger["
        + member()
        + " as of "
        + asOf
        + ": available "
        + available()
        + ", pending "
        + pending()
        + ", debt "
        + debt()
        + ", tier "
        + tier().map(Tier::name).orElse("none")
        + "]";
  }
}
