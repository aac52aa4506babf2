package io.github.crmkit.rewards;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.RejectionReason;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One member's points while events are applied: lots, debt, totals, orders, redemptions, postings
 * and the tier. Mutable and confined to one thread; {@link Ledger} holds frozen copies.
 *
 * <p>Invariants kept by every step: no lot's remaining points are negative; a debt is owed only
 * while every lot is empty (a return takes points from lots before it makes a debt, and accruals
 * repay a debt before they fill a lot); and {@code earned + adjusted = available + pending +
 * redeemed + expired + returned - debt}.
 */
final class LedgerState {
  /** Why an event could not be applied: a reason code and a sentence. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final RejectionReason reason;
    final String detail;

    Refusal(RejectionReason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
      this.detail = detail;
    }
  }

  /** The lots a redemption consumed (ids and points), for its cancellation. */
  static final class Redeemed {
    final int[] lots;
    final long[] points;
    final long total;
    final boolean cancelled;

    Redeemed(int[] lots, long[] points, long total, boolean cancelled) {
      this.lots = lots;
      this.points = points;
      this.total = total;
      this.cancelled = cancelled;
    }
  }

  final Programme p;
  CustomerId member;

  /**
   * The postings, when this state records them (a ledger's statement, made on demand by applying
   * the events again); null in a replay, which records none.
   */
  final @Nullable List<Posting> postings;

  /**
   * The lots as accrued (lot id = index + 1) and the points each holds now. A state copied for
   * {@link Ledger#apply} shares its tables with the frozen state it was copied from until it first
   * changes one (copy on write, one flag per table group); a replay's state owns them from the
   * start and changes them in place.
   */
  Lot[] lots;

  long[] remaining;
  int lotCount;
  private boolean lotsShared;

  /**
   * The orders in purchase order: id, the lot their points went to (its accrual instant and points
   * are the order's), amount, and what was returned of it; found by id in {@link #orderTable}.
   */
  String[] orderIds;

  int[] orderHash;
  int[] orderLot;
  long[] orderMinor;
  long[] returnedMinor;
  long[] returnedPoints;
  int orderCount;
  int @Nullable [] orderTable;
  private boolean ordersShared;
  private boolean orderTableShared;

  /** The redemptions by event id, for their cancellation. */
  String[] redemptionIds;

  int[] redemptionHash;
  Redeemed[] redemptions;
  int redemptionCount;
  int @Nullable [] redemptionTable;
  private boolean redemptionsShared;
  private boolean redemptionTableShared;

  long debt;
  long earned;
  long adjusted;
  long redeemed;
  long expired;
  long returned;
  boolean enrolled;

  /**
   * No lot holding points expires before this (a lower bound, null when none may expire): the
   * expiry scan runs only when time reaches it.
   */
  @Nullable Instant expiryBound;

  @Nullable Instant anchor;
  @Nullable Instant nextReview;
  int tier = -1;

  /** Lots touched by the last {@link #take} (ids and points taken); scratch, never copied. */
  private int @Nullable [] touchedLots;

  private long @Nullable [] touchedPoints;
  private int touched;

  LedgerState(Programme p, CustomerId member, boolean recordPostings) {
    this.p = p;
    this.member = member;
    this.postings = recordPostings ? new ArrayList<>() : null;
    lots = new Lot[4];
    remaining = new long[4];
    orderIds = new String[4];
    orderHash = new int[4];
    orderLot = new int[4];
    orderMinor = new long[4];
    returnedMinor = new long[4];
    returnedPoints = new long[4];
    redemptionIds = new String[0];
    redemptionHash = new int[0];
    redemptions = new Redeemed[0];
  }

  /** A copy that shares every table with {@code from} until it changes one. */
  private LedgerState(LedgerState from) {
    this.p = from.p;
    this.member = from.member;
    this.postings = from.postings == null ? null : new ArrayList<>(from.postings);
    lots = from.lots;
    remaining = from.remaining;
    lotCount = from.lotCount;
    lotsShared = true;
    orderIds = from.orderIds;
    orderHash = from.orderHash;
    orderLot = from.orderLot;
    orderMinor = from.orderMinor;
    returnedMinor = from.returnedMinor;
    returnedPoints = from.returnedPoints;
    orderCount = from.orderCount;
    orderTable = from.orderTable;
    ordersShared = true;
    orderTableShared = true;
    redemptionIds = from.redemptionIds;
    redemptionHash = from.redemptionHash;
    redemptions = from.redemptions;
    redemptionCount = from.redemptionCount;
    redemptionTable = from.redemptionTable;
    redemptionsShared = true;
    redemptionTableShared = true;
    debt = from.debt;
    earned = from.earned;
    adjusted = from.adjusted;
    redeemed = from.redeemed;
    expired = from.expired;
    returned = from.returned;
    enrolled = from.enrolled;
    expiryBound = from.expiryBound;
    anchor = from.anchor;
    nextReview = from.nextReview;
    tier = from.tier;
  }

  /**
   * Empties this state for another member, keeping its tables' room (a batch replays member after
   * member with one state per thread).
   */
  void reset(CustomerId next) {
    member = next;
    Arrays.fill(lots, 0, lotCount, null);
    lotCount = 0;
    orderCount = 0;
    orderTable = null;
    redemptionCount = 0;
    redemptionTable = null;
    debt = 0;
    earned = 0;
    adjusted = 0;
    redeemed = 0;
    expired = 0;
    returned = 0;
    enrolled = false;
    expiryBound = null;
    anchor = null;
    nextReview = null;
    tier = -1;
  }

  /** The earliest expiry among lots holding points, and the points expiring then; or null. */
  Ledger.@Nullable NextExpiry nextExpiry() {
    Instant first = null;
    long points = 0;
    for (int i = 0; i < lotCount; i++) {
      Instant x = lots[i].expiresAtOrNull();
      long r = remaining[i];
      if (r == 0 || x == null) {
        continue;
      }
      if (first == null || x.isBefore(first)) {
        first = x;
        points = r;
      } else if (x.equals(first)) {
        points += r;
      }
    }
    return first == null ? null : new Ledger.NextExpiry(points, first);
  }

  /** A copy to change; this state is left as it is. */
  LedgerState copy() {
    return new LedgerState(this);
  }

  /** Makes the lot tables this state's own, with room for {@code extra} more lots. */
  private void lotsWritable(int extra) {
    int need = lotCount + extra;
    if (lotsShared || need > lots.length) {
      int size = need > lots.length ? Math.max(need, lots.length * 2) : lots.length;
      lots = Arrays.copyOf(lots, lotsShared ? Math.max(need, lotCount + 1) : size);
      remaining = Arrays.copyOf(remaining, lots.length);
      lotsShared = false;
    }
  }

  /** Makes the order tables this state's own, with room for {@code extra} more orders. */
  private void ordersWritable(int extra) {
    int need = orderCount + extra;
    if (ordersShared || need > orderIds.length) {
      int size =
          ordersShared ? Math.max(need, orderCount + 1) : Math.max(need, orderIds.length * 2);
      orderIds = Arrays.copyOf(orderIds, size);
      orderHash = Arrays.copyOf(orderHash, size);
      orderLot = Arrays.copyOf(orderLot, size);
      orderMinor = Arrays.copyOf(orderMinor, size);
      returnedMinor = Arrays.copyOf(returnedMinor, size);
      returnedPoints = Arrays.copyOf(returnedPoints, size);
      ordersShared = false;
    }
  }

  /** Makes the redemption tables this state's own, with room for {@code extra} more. */
  private void redemptionsWritable(int extra) {
    int need = redemptionCount + extra;
    if (redemptionsShared || need > redemptionIds.length) {
      int size =
          redemptionsShared
              ? Math.max(need, redemptionCount + 1)
              : Math.max(need, Math.max(4, redemptionIds.length * 2));
      redemptionIds = Arrays.copyOf(redemptionIds, size);
      redemptionHash = Arrays.copyOf(redemptionHash, size);
      redemptions = Arrays.copyOf(redemptions, size);
      redemptionsShared = false;
    }
  }

  private int orderAt(String id, int hash) {
    return IdTable.find(orderTable, orderHash, orderIds, orderCount, id, hash);
  }

  /** The lots as a ledger shows them, with the points they hold now. */
  Lot[] lotsNow() {
    Lot[] out = new Lot[lotCount];
    for (int i = 0; i < lotCount; i++) {
      Lot l = lots[i];
      out[i] = l.remaining() == remaining[i] ? l : l.withRemaining(remaining[i]);
    }
    return out;
  }

  private void post(
      String event, Instant at, Posting.Kind kind, List<Posting.LotChange> lots, long debtChange) {
    if (postings != null) {
      postings.add(new Posting(event, at, kind, lots, debtChange));
    }
  }

  /** The lots the last take touched, as lot changes of {@code sign} times the points taken. */
  private List<Posting.LotChange> touchedChanges(int sign) {
    if (postings == null || touched == 0) {
      return List.of();
    }
    int[] ids = java.util.Objects.requireNonNull(touchedLots);
    long[] pts = java.util.Objects.requireNonNull(touchedPoints);
    Posting.LotChange[] c = new Posting.LotChange[touched];
    for (int i = 0; i < touched; i++) {
      c[i] = new Posting.LotChange(ids[i], sign * pts[i]);
    }
    return List.of(c);
  }

  // ---- time ----

  /** Expires every lot due by {@code t} and runs the tier reviews due by then. */
  void advance(Instant t) {
    // Expiry, in the order the lots expire.
    while (expiryBound != null && !expiryBound.isAfter(t)) {
      int due = -1;
      for (int i = 0; i < lotCount; i++) {
        Instant x = lots[i].expiresAtOrNull();
        if (remaining[i] > 0
            && x != null
            && !x.isAfter(t)
            && (due < 0 || x.isBefore(lots[due].expiresAtOrNull()))) {
          due = i;
        }
      }
      if (due < 0) {
        // Nothing due by t: the bound moves to the earliest expiry still ahead.
        Instant next = null;
        for (int i = 0; i < lotCount; i++) {
          Instant x = lots[i].expiresAtOrNull();
          if (remaining[i] > 0 && x != null && (next == null || x.isBefore(next))) {
            next = x;
          }
        }
        expiryBound = next;
        break;
      }
      lotsWritable(0);
      Lot l = lots[due];
      long gone = remaining[due];
      expired += gone;
      remaining[due] = 0;
      if (postings != null) {
        post(
            "expiry",
            java.util.Objects.requireNonNull(l.expiresAtOrNull()),
            Posting.Kind.EXPIRY,
            List.of(new Posting.LotChange(l.id(), -gone)),
            0);
      }
    }
    if (p.downgrade() == Programme.Downgrade.ONE_PER_PERIOD && !p.tiers().isEmpty()) {
      Instant review = nextReview;
      while (review != null && !review.isAfter(t)) {
        int target = p.tierIndex(qualifying(review));
        if (target > tier) {
          tier = target;
        } else if (target < tier) {
          tier = Math.max(target, tier - 1);
        }
        review = review.plus(p.reviewPeriod());
      }
      nextReview = review;
    }
  }

  /** Points earned by purchases, net of their returns, within the window ending at {@code t}. */
  long qualifying(Instant t) {
    Instant from = t.minus(p.tierWindow());
    long q = 0;
    for (int i = 0; i < orderCount; i++) {
      Lot l = lots[orderLot[i] - 1];
      if (l.accrued().isAfter(from) && !l.accrued().isAfter(t)) {
        q += l.points() - returnedPoints[i];
      }
    }
    return q;
  }

  /** The member's tier index at {@code t} (after {@link #advance}), -1 for none. */
  int tierAt(Instant t) {
    if (p.tiers().isEmpty()) {
      return -1;
    }
    int now = p.tierIndex(qualifying(t));
    if (p.downgrade() == Programme.Downgrade.RECOMPUTE) {
      return now;
    }
    return Math.max(tier, now);
  }

  // ---- events ----

  /** The row an event object is read into (made on first use). */
  private @Nullable EventRow row;

  void apply(LoyaltyEvent e) throws Refusal {
    EventRow r = row;
    if (r == null) {
      r = new EventRow();
      row = r;
    }
    apply(r.of(e));
  }

  void apply(EventRow e) throws Refusal {
    Instant t = e.at;
    if (anchor == null) {
      // Tier reviews run every review period from the first event, however often time is advanced.
      anchor = t;
      nextReview = t.plus(p.reviewPeriod());
    }
    advance(t);
    switch (e.kind) {
      case LoyaltyEventLog.PURCHASE -> purchase(e);
      case LoyaltyEventLog.RETURN -> giveBack(e);
      case LoyaltyEventLog.REDEMPTION -> redeem(e);
      case LoyaltyEventLog.CANCEL -> cancel(e);
      case LoyaltyEventLog.ADJUSTMENT -> adjust(e);
      default -> enrol(e);
    }
    if (p.downgrade() == Programme.Downgrade.ONE_PER_PERIOD && !p.tiers().isEmpty()) {
      tier = tierAt(t);
    }
  }

  private void currency(EventRow e, String what) throws Refusal {
    if (!p.currency().equals(e.currency)) {
      Money m = e.amount();
      throw new Refusal(
          RejectionReason.CURRENCY_MISMATCH,
          "the "
              + what
              + " amount "
              + m
              + " is in "
              + m.currency()
              + " but the programme earns on "
              + p.currency());
    }
  }

  private void purchase(EventRow e) throws Refusal {
    currency(e, "purchase");
    String order = e.ref();
    if (orderAt(order, e.refHash) >= 0) {
      throw new Refusal(
          RejectionReason.DUPLICATE_ORDER, "order " + order + " was already purchased");
    }
    long points;
    try {
      int tierNow = p.tiersMultiplyEarning() ? tierAt(e.at) : -1;
      points = p.points(e.value, e.channel, e.category, tierNow);
    } catch (ArithmeticException overflow) {
      throw new Refusal(RejectionReason.POINTS_OVERFLOW, String.valueOf(overflow.getMessage()));
    }
    Instant expires = p.expiry().expiresAt(e.at, p.zone());
    int lot =
        accrue(e.id, order, e.at, e.at.plus(p.pending()), expires, points, Posting.Kind.PURCHASE);
    earned += points;
    ordersWritable(1);
    int o = orderCount++;
    orderIds[o] = order;
    orderHash[o] = e.refHash;
    orderLot[o] = lot;
    orderMinor[o] = e.value;
    returnedMinor[o] = 0;
    returnedPoints[o] = 0;
    orderTable = IdTable.add(orderTable, orderHash, o, !orderTableShared);
    orderTableShared = false;
  }

  private void lowerExpiryBound(@Nullable Instant expires) {
    if (expires != null && (expiryBound == null || expires.isBefore(expiryBound))) {
      expiryBound = expires;
    }
  }

  /** A new lot of {@code points}, repaying the debt first; returns its id. */
  private int accrue(
      String event,
      @Nullable String order,
      Instant at,
      Instant available,
      @Nullable Instant expires,
      long points,
      Posting.Kind kind) {
    long repay = Math.min(points, debt);
    debt -= repay;
    lotsWritable(1);
    int id = lotCount + 1;
    lots[lotCount] = new Lot(id, event, order, at, available, expires, points, points - repay);
    remaining[lotCount++] = points - repay;
    lowerExpiryBound(expires);
    if (postings != null) {
      post(event, at, kind, List.of(new Posting.LotChange(id, points - repay)), -repay);
    }
    return id;
  }

  private void giveBack(EventRow e) throws Refusal {
    currency(e, "return");
    int at = orderAt(e.ref(), e.refHash);
    if (at < 0) {
      throw new Refusal(
          RejectionReason.UNKNOWN_ORDER, "no purchase of order " + e.ref() + " to return");
    }
    long minor = e.value;
    long total = orderMinor[at];
    if (minor > total - returnedMinor[at]) {
      throw new Refusal(
          RejectionReason.RETURN_EXCEEDS_PURCHASE,
          "return of "
              + e.amount()
              + " exceeds what is left of order "
              + e.ref()
              + " ("
              + Money.ofMinor(total - returnedMinor[at], p.currency())
              + ")");
    }
    long newReturned = returnedMinor[at] + minor;
    long orderPoints = lots[orderLot[at] - 1].points();
    // The points of the returned share, rounded down in total (never per return), so that
    // returning an order in parts takes back exactly what returning it at once would.
    long target;
    long hi = Math.multiplyHigh(orderPoints, newReturned);
    long lo = orderPoints * newReturned;
    if (hi == 0 && lo >= 0) {
      target = lo / total;
    } else {
      target =
          BigInteger.valueOf(orderPoints)
              .multiply(BigInteger.valueOf(newReturned))
              .divide(BigInteger.valueOf(total))
              .longValue();
    }
    long take = target - returnedPoints[at];
    long shortfall = take(take, orderLot[at], false, e.at, true);
    if (shortfall > 0 && p.negativeBalance() == Programme.NegativeBalance.REFUSE) {
      throw new Refusal(
          RejectionReason.NEGATIVE_BALANCE,
          "the return takes back "
              + take
              + " points but the member has "
              + (take - shortfall)
              + " and the programme refuses negative balances");
    }
    take(take, orderLot[at], false, e.at, false);
    debt += shortfall;
    returned += take;
    ordersWritable(0);
    returnedMinor[at] = newReturned;
    returnedPoints[at] = target;
    post(e.id, e.at, Posting.Kind.RETURN, touchedChanges(-1), shortfall);
  }

  /** Records that {@code points} were taken from lot {@code id}. */
  private void touch(int id, long points) {
    int[] ids = touchedLots;
    long[] pts = touchedPoints;
    if (ids == null || pts == null || touched == ids.length) {
      int size = ids == null ? 8 : ids.length * 2;
      ids = ids == null ? new int[size] : Arrays.copyOf(ids, size);
      pts = pts == null ? new long[size] : Arrays.copyOf(pts, size);
      touchedLots = ids;
      touchedPoints = pts;
    }
    ids[touched] = id;
    pts[touched++] = points;
  }

  /**
   * Takes {@code points} from lots: first lot {@code first} (if positive), then the others in
   * redemption order, only available ones when {@code availableOnly}; returns what could not be
   * taken. With {@code dryRun} nothing changes; otherwise the lots touched are recorded ({@link
   * #touchedLots}).
   */
  private long take(long points, int first, boolean availableOnly, Instant t, boolean dryRun) {
    long left = points;
    touched = 0;
    if (!dryRun && points > 0) {
      lotsWritable(0);
    }
    if (first > 0 && left > 0) {
      long k = Math.min(left, remaining[first - 1]);
      if (k > 0) {
        left -= k;
        if (!dryRun) {
          remaining[first - 1] -= k;
          touch(first, k);
        }
      }
    }
    if (left > 0) {
      int[] order = order();
      for (int j = 0; j < lotCount; j++) {
        int i = order[j];
        Lot l = lots[i];
        if (l.id() == first || remaining[i] == 0 || (availableOnly && !l.availableAt(t))) {
          continue;
        }
        long k = Math.min(left, remaining[i]);
        left -= k;
        if (!dryRun) {
          remaining[i] -= k;
          touch(l.id(), k);
        }
        if (left == 0) {
          break;
        }
      }
    }
    return left;
  }

  /** Scratch for {@link #order} (never copied). */
  private int @Nullable [] orderScratch;

  /** Lot indexes in redemption order (an insertion sort: a member has few lots). */
  private int[] order() {
    int[] idx = orderScratch;
    if (idx == null || idx.length < lotCount) {
      idx = new int[Math.max(16, lotCount * 2)];
      orderScratch = idx;
    }
    for (int i = 0; i < lotCount; i++) {
      int v = i;
      int j = i - 1;
      while (j >= 0 && before(v, idx[j])) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
    return idx;
  }

  /** Whether lot x is spent before lot y. */
  private boolean before(int x, int y) {
    if (p.redemptionOrder() == Programme.RedemptionOrder.EARLIEST_EXPIRY) {
      Instant a = lots[x].expiresAtOrNull();
      Instant b = lots[y].expiresAtOrNull();
      if (a != null && b != null && !a.equals(b)) {
        return a.isBefore(b);
      }
      if (a == null && b != null) {
        return false;
      }
      if (a != null && b == null) {
        return true;
      }
    }
    return fifo(x, y) < 0;
  }

  private int fifo(int x, int y) {
    int c = lots[x].accrued().compareTo(lots[y].accrued());
    return c != 0 ? c : Integer.compare(x, y);
  }

  long available(Instant t) {
    long s = 0;
    for (int i = 0; i < lotCount; i++) {
      if (remaining[i] != 0 && lots[i].availableAt(t)) {
        s += remaining[i];
      }
    }
    return s;
  }

  long pending(Instant t) {
    long s = 0;
    for (int i = 0; i < lotCount; i++) {
      Lot l = lots[i];
      if (remaining[i] != 0 && l.availableFrom().isAfter(t) && !l.expiredAt(t)) {
        s += remaining[i];
      }
    }
    return s;
  }

  private void redeem(EventRow e) throws Refusal {
    long available = available(e.at);
    if (e.value > available) {
      throw new Refusal(
          RejectionReason.INSUFFICIENT_POINTS,
          "redemption of " + e.value + " points, but " + available + " are available");
    }
    take(e.value, 0, true, e.at, false);
    int[] ids = touchedLots == null ? new int[0] : Arrays.copyOf(touchedLots, touched);
    long[] pts = touchedPoints == null ? new long[0] : Arrays.copyOf(touchedPoints, touched);
    redemptionsWritable(1);
    int r = redemptionCount++;
    redemptionIds[r] = e.id;
    redemptionHash[r] = e.idHash;
    redemptions[r] = new Redeemed(ids, pts, e.value, false);
    redemptionTable = IdTable.add(redemptionTable, redemptionHash, r, !redemptionTableShared);
    redemptionTableShared = false;
    redeemed += e.value;
    post(e.id, e.at, Posting.Kind.REDEMPTION, touchedChanges(-1), 0);
  }

  private void cancel(EventRow e) throws Refusal {
    String redemption = e.ref();
    int at =
        IdTable.find(
            redemptionTable, redemptionHash, redemptionIds, redemptionCount, redemption, e.refHash);
    if (at < 0) {
      throw new Refusal(
          RejectionReason.UNKNOWN_REDEMPTION,
          "no redemption " + redemption + " of this member to cancel");
    }
    Redeemed r = redemptions[at];
    if (r.cancelled) {
      throw new Refusal(
          RejectionReason.ALREADY_CANCELLED, "redemption " + redemption + " was already cancelled");
    }
    redemptionsWritable(0);
    redemptions[at] = new Redeemed(r.lots, r.points, r.total, true);
    redeemed -= r.total;
    lotsWritable(0);
    List<Posting.LotChange> changes = postings == null ? List.of() : new ArrayList<>();
    List<Posting.LotChange> expiring = postings == null ? List.of() : new ArrayList<>();
    long repay = 0;
    for (int i = 0; i < r.lots.length; i++) {
      int lot = r.lots[i] - 1;
      Lot l = lots[lot];
      long back = r.points[i];
      if (l.expiredAt(e.at)) {
        // Back into its lot, and out again at once: the lot's points have expired.
        if (postings != null) {
          changes.add(new Posting.LotChange(l.id(), back));
          expiring.add(new Posting.LotChange(l.id(), -back));
        }
        expired += back;
        continue;
      }
      long k = Math.min(back, debt - repay);
      repay += k;
      remaining[lot] += back - k;
      lowerExpiryBound(l.expiresAtOrNull());
      if (postings != null) {
        changes.add(new Posting.LotChange(l.id(), back - k));
      }
    }
    debt -= repay;
    post(e.id, e.at, Posting.Kind.REDEMPTION_CANCEL, changes, -repay);
    if (!expiring.isEmpty()) {
      post(e.id, e.at, Posting.Kind.EXPIRY, expiring, 0);
    }
  }

  private void adjust(EventRow e) throws Refusal {
    if (e.value > 0) {
      accrue(
          e.id,
          null,
          e.at,
          e.at,
          p.expiry().expiresAt(e.at, p.zone()),
          e.value,
          Posting.Kind.ADJUSTMENT);
      adjusted += e.value;
      return;
    }
    long points = -e.value;
    long shortfall = take(points, 0, false, e.at, true);
    if (shortfall > 0 && p.negativeBalance() == Programme.NegativeBalance.REFUSE) {
      throw new Refusal(
          RejectionReason.NEGATIVE_BALANCE,
          "the adjustment takes "
              + points
              + " points but the member has "
              + (points - shortfall)
              + " and the programme refuses negative balances");
    }
    take(points, 0, false, e.at, false);
    debt += shortfall;
    adjusted -= points;
    post(e.id, e.at, Posting.Kind.ADJUSTMENT, touchedChanges(-1), shortfall);
  }

  private void enrol(EventRow e) throws Refusal {
    if (enrolled) {
      throw new Refusal(
          RejectionReason.ALREADY_ENROLLED, "member " + member + " is already enrolled");
    }
    if (member.equals(e.referredBy)) {
      throw new Refusal(
          RejectionReason.SELF_REFERRAL, "member " + member + " cannot refer themselves");
    }
    enrolled = true;
    long bonus = p.enrolmentBonus() + (e.referredBy == null ? 0 : p.referralBonus());
    if (bonus > 0) {
      accrue(
          e.id, null, e.at, e.at, p.expiry().expiresAt(e.at, p.zone()), bonus, Posting.Kind.BONUS);
      earned += bonus;
    }
  }
}
