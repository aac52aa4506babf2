package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
public final class Ledger implements Accounted {
  private final LedgerState state;
  private final Instant asOf;

  /** The events that passed screening, in event time, their ids and their input positions. */
  private final LoyaltyEvent[] accepted;

  private final String[] acceptedIds;
  private final int[] acceptedHashes;
  private final long[] positions;

  /** The accepted events by id ({@link IdTable} over {@link #acceptedIds}). */
  private final int @Nullable [] idTable;

  /** The accepted events the state applied (the others were refused by the ledger). */
  private final LoyaltyEvent[] applied;

  private final @Nullable Instant latest;
  private final long received;
  private final long duplicates;

  /** Events refused before they were applied (duplicates in conflict, too late, ...). */
  private final List<Rejection<LoyaltyEvent>> screened;

  /** Accepted events the ledger refused (insufficient points, unknown order, ...). */
  private final List<Rejection<LoyaltyEvent>> refused;

  /**
   * The postings, made on first demand by applying the accepted events again with a state that
   * records them (a replay records none: most of a batch's ledgers never show a statement).
   */
  private volatile @Nullable List<Posting> postings;

  private Ledger(
      LedgerState state,
      Instant asOf,
      LoyaltyEvent[] accepted,
      String[] acceptedIds,
      int[] acceptedHashes,
      long[] positions,
      int @Nullable [] idTable,
      LoyaltyEvent[] applied,
      @Nullable Instant latest,
      long received,
      long duplicates,
      List<Rejection<LoyaltyEvent>> screened,
      List<Rejection<LoyaltyEvent>> refused) {
    this.state = state;
    this.asOf = asOf;
    this.accepted = accepted;
    this.acceptedIds = acceptedIds;
    this.acceptedHashes = acceptedHashes;
    this.positions = positions;
    this.idTable = idTable;
    this.applied = applied;
    this.latest = latest;
    this.received = received;
    this.duplicates = duplicates;
    this.screened = screened;
    this.refused = refused;
  }

  /**
   * This ledger's events with another state, instant, count of events received and of duplicates,
   * and other screenings.
   */
  private Ledger with(
      LedgerState state,
      Instant asOf,
      long received,
      long duplicates,
      List<Rejection<LoyaltyEvent>> screened) {
    return new Ledger(
        state,
        asOf,
        accepted,
        acceptedIds,
        acceptedHashes,
        positions,
        idTable,
        applied,
        latest,
        received,
        duplicates,
        screened,
        refused);
  }

  private static final LoyaltyEvent[] NO_EVENTS = new LoyaltyEvent[0];
  private static final String[] NO_IDS = new String[0];

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
    LedgerState s = new LedgerState(programme, member, false);
    return new Ledger(
        s,
        asOf,
        NO_EVENTS,
        NO_IDS,
        new int[0],
        new long[0],
        null,
        NO_EVENTS,
        null,
        0,
        0,
        List.of(),
        List.of());
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
    LoyaltyEventLog log = LoyaltyEventLog.of(events);
    int m = -1;
    for (int k = 0; k < log.members.length && m < 0; k++) {
      m = log.members[k].equals(member) ? k : -1;
    }
    int[] rows = log.rowOf; // in arrival order
    Replayer r = new Replayer(programme, asOf);
    r.screen(log, m, rows, 0, rows.length);
    return r.ledger(member, rows.length);
  }

  /** Event time: the instant, then the id. */
  static int compare(LoyaltyEvent a, LoyaltyEvent b) {
    int c = a.at().compareTo(b.at());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /** Applies the accepted events (in event time) to a new state. */
  static Ledger build(
      Programme programme,
      CustomerId member,
      LoyaltyEvent[] accepted,
      String[] ids,
      int[] hashes,
      long[] positions,
      int @Nullable [] table,
      @Nullable Instant latest,
      long received,
      long duplicates,
      List<Rejection<LoyaltyEvent>> screened,
      Instant asOf) {
    LedgerState s = new LedgerState(programme, member, false);
    LoyaltyEvent[] applied = new LoyaltyEvent[accepted.length];
    int count = 0;
    List<Rejection<LoyaltyEvent>> refused = List.of();
    for (int i = 0; i < accepted.length; i++) {
      LoyaltyEvent e = accepted[i];
      try {
        s.apply(e);
        applied[count++] = e;
      } catch (LedgerState.Refusal r) {
        if (refused.isEmpty()) {
          refused = new ArrayList<>();
        }
        refused.add(Rejection.of(positions[i], e, r.reason, r.detail));
      }
    }
    s.advance(asOf);
    return new Ledger(
        s,
        asOf,
        accepted,
        ids,
        hashes,
        positions,
        table,
        count == applied.length ? applied : Arrays.copyOf(applied, count),
        latest,
        received,
        duplicates,
        screened,
        refused.isEmpty() ? List.of() : List.copyOf(refused));
  }

  /** The reason an event is refused as a duplicate. */
  static final RejectionReason DUPLICATE = RejectionReason.DUPLICATE;

  /**
   * The reason an event is refused before it is applied, {@link #DUPLICATE}, or null; {@code
   * before} is the accepted event with the same id, if any.
   */
  static @Nullable RejectionReason screen(
      Programme p,
      CustomerId member,
      LoyaltyEvent e,
      @Nullable LoyaltyEvent before,
      @Nullable Instant latest,
      Instant asOf) {
    if (!e.member().equals(member)) {
      return RejectionReason.OTHER_MEMBER;
    }
    if (before != null) {
      return before.equals(e) ? DUPLICATE : RejectionReason.CONFLICTING_DUPLICATE;
    }
    if (e.at().isAfter(asOf)) {
      return RejectionReason.AFTER_AS_OF;
    }
    if (latest != null && tooLate(e.at(), latest, p.lateness())) {
      return RejectionReason.TOO_LATE;
    }
    return null;
  }

  /** Whether {@code at} is more than {@code lateness} before {@code latest} (no allocation). */
  private static boolean tooLate(Instant at, Instant latest, java.time.Duration lateness) {
    return tooLate(
        at.getEpochSecond(),
        at.getNano(),
        latest.getEpochSecond(),
        latest.getNano(),
        lateness.getSeconds(),
        lateness.getNano());
  }

  /** {@link #tooLate(Instant, Instant, java.time.Duration)} on seconds and nanoseconds. */
  static boolean tooLate(
      long atSecond,
      int atNano,
      long latestSecond,
      int latestNano,
      long latenessSecond,
      int latenessNano) {
    long seconds = latestSecond - atSecond - latenessSecond;
    int nanos = latestNano - atNano - latenessNano;
    // (latest - at) - lateness = seconds + nanos / 1e9, with |nanos| below 2e9
    if (seconds > 2) {
      return true;
    }
    if (seconds < -3) {
      return false;
    }
    return seconds * 1_000_000_000L + nanos > 0;
  }

  static String detail(
      RejectionReason reason, LoyaltyEvent e, Programme p, @Nullable Instant latest) {
    return switch (reason) {
      case OTHER_MEMBER -> "event " + e.id() + " is of member " + e.member();
      case CONFLICTING_DUPLICATE -> "event id " + e.id() + " was seen before with other content";
      case AFTER_AS_OF -> "event " + e.id() + " at " + e.at() + " is after the as-of instant";
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
   * Applies one more event, exactly as a replay of the log with it appended would. An event that
   * comes after every applied event and not before this ledger's instant is applied to a copy of
   * this ledger's state (which shares its tables until it changes them); any other accepted event
   * makes the ledger apply its events again in event time.
   *
   * @param event the event, not null
   * @return the new ledger, as of the later of this ledger's instant and the event's
   */
  public Ledger apply(LoyaltyEvent event) {
    checkNotNull(event, "event must not be null");
    Instant newAsOf = event.at().isAfter(asOf) ? event.at() : asOf;
    int hash = event.id().hashCode();
    int seen =
        IdTable.find(idTable, acceptedHashes, acceptedIds, accepted.length, event.id(), hash);
    RejectionReason screen =
        screen(state.p, state.member, event, seen < 0 ? null : accepted[seen], latest, newAsOf);
    if (DUPLICATE.equals(screen)) {
      return with(state, asOf, received + 1, duplicates + 1, screened);
    }
    if (screen != null) {
      List<Rejection<LoyaltyEvent>> r = new ArrayList<>(screened);
      r.add(Rejection.of(received, event, screen, detail(screen, event, state.p, latest)));
      return with(state, asOf, received + 1, duplicates, List.copyOf(r));
    }
    Instant latest2 = latest == null || event.at().isAfter(latest) ? event.at() : latest;
    int n = accepted.length;
    // Where the event goes in event time.
    int k = n;
    while (k > 0 && compare(accepted[k - 1], event) > 0) {
      k--;
    }
    LoyaltyEvent[] all = new LoyaltyEvent[n + 1];
    String[] ids = new String[n + 1];
    int[] hashes = new int[n + 1];
    long[] at = new long[n + 1];
    System.arraycopy(accepted, 0, all, 0, k);
    System.arraycopy(accepted, k, all, k + 1, n - k);
    System.arraycopy(acceptedIds, 0, ids, 0, k);
    System.arraycopy(acceptedIds, k, ids, k + 1, n - k);
    System.arraycopy(acceptedHashes, 0, hashes, 0, k);
    System.arraycopy(acceptedHashes, k, hashes, k + 1, n - k);
    System.arraycopy(positions, 0, at, 0, k);
    System.arraycopy(positions, k, at, k + 1, n - k);
    all[k] = event;
    ids[k] = event.id();
    hashes[k] = hash;
    at[k] = received;
    if (k < n || event.at().isBefore(asOf)) {
      // Earlier than an applied event, or than the instant the state was brought to (whose
      // expiries must not precede the event): every accepted event again, in event time.
      int @Nullable [] table = null;
      for (int i = 0; i <= n; i++) {
        table = IdTable.add(table, hashes, i, true);
      }
      return build(
          state.p,
          state.member,
          all,
          ids,
          hashes,
          at,
          table,
          latest2,
          received + 1,
          duplicates,
          screened,
          newAsOf);
    }
    int @Nullable [] table = IdTable.add(idTable, hashes, n, false);
    LedgerState s = state.copy();
    LoyaltyEvent[] a = applied;
    List<Rejection<LoyaltyEvent>> r = refused;
    try {
      s.apply(event);
      a = Arrays.copyOf(applied, applied.length + 1);
      a[applied.length] = event;
    } catch (LedgerState.Refusal refusal) {
      // Nothing but time has changed (a refusal comes before any change), as in a replay.
      List<Rejection<LoyaltyEvent>> r2 = new ArrayList<>(refused);
      r2.add(Rejection.of(received, event, refusal.reason, refusal.detail));
      r = List.copyOf(r2);
    }
    s.advance(newAsOf);
    return new Ledger(
        s, newAsOf, all, ids, hashes, at, table, a, latest2, received + 1, duplicates, screened, r);
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
    return with(s, t, received, duplicates, screened);
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
    return List.of(state.lotsNow());
  }

  /**
   * Returns every posting in the order it was made.
   *
   * @return an unmodifiable list
   */
  public List<Posting> postings() {
    List<Posting> p = postings;
    if (p == null) {
      LedgerState s = new LedgerState(state.p, state.member, true);
      for (LoyaltyEvent e : accepted) {
        try {
          s.apply(e);
        } catch (LedgerState.Refusal r) {
          // refused in the first pass too: no posting
        }
      }
      s.advance(asOf);
      p = List.copyOf(java.util.Objects.requireNonNull(s.postings));
      postings = p;
    }
    return p;
  }

  /**
   * Returns the events applied, in event time.
   *
   * @return an unmodifiable list
   */
  public List<LoyaltyEvent> applied() {
    return Collections.unmodifiableList(Arrays.asList(applied));
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
    return Optional.ofNullable(state.nextExpiry());
  }

  /**
   * Returns the member's figures now, without the lots and postings.
   *
   * @return the standing
   */
  public Standing standing() {
    return Standing.of(state, asOf);
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
      Instant x = state.lots[i].expiresAtOrNull();
      if (state.remaining[i] > 0 && x != null && !x.isAfter(t)) {
        s += state.remaining[i];
      }
    }
    return s;
  }

  /**
   * Returns the events received: applied + duplicates + rejected.
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
  public long appliedCount() {
    return applied.length;
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
  public List<Rejection<LoyaltyEvent>> rejectedRecords() {
    List<Rejection<LoyaltyEvent>> all = new ArrayList<>(screened.size() + refused.size());
    all.addAll(screened);
    all.addAll(refused);
    all.sort(Comparator.comparingLong(Rejection::position));
    return Collections.unmodifiableList(all);
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejectedRecords());
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
