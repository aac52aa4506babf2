package io.github.crmkit.rewards;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    final String reason;
    final String detail;

    Refusal(String reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
      this.detail = detail;
    }
  }

  /** What an order earned and what of it was returned. */
  static final class Order {
    final String id;
    final Instant at;
    final long minor;
    final long points;
    final int lot;
    long returnedMinor;
    long returnedPoints;

    Order(String id, Instant at, long minor, long points, int lot) {
      this.id = id;
      this.at = at;
      this.minor = minor;
      this.points = points;
      this.lot = lot;
    }

    Order copy() {
      Order o = new Order(id, at, minor, points, lot);
      o.returnedMinor = returnedMinor;
      o.returnedPoints = returnedPoints;
      return o;
    }
  }

  /** The lots a redemption consumed, for its cancellation. */
  static final class Redeemed {
    final int[] lots;
    final long[] points;
    final long total;
    boolean cancelled;

    Redeemed(int[] lots, long[] points, long total) {
      this.lots = lots;
      this.points = points;
      this.total = total;
    }
  }

  final Programme p;
  final CustomerId member;
  Lot[] lots;
  int lotCount;
  long debt;
  long earned;
  long adjusted;
  long redeemed;
  long expired;
  long returned;

  /** The orders in purchase order; found by a scan while few, by an index beyond. */
  List<Order> orders;

  /** Order id to its place in {@link #orders}, built when there are many; null until then. */
  @Nullable Map<String, Integer> orderIndex;

  private static final int SCAN_ORDERS = 32;

  private int orderAt(String id) {
    int n = orders.size();
    if (n <= SCAN_ORDERS) {
      int h = id.hashCode();
      for (int i = 0; i < n; i++) {
        String o = orders.get(i).id;
        if (o.hashCode() == h && o.equals(id)) {
          return i;
        }
      }
      return -1;
    }
    if (orderIndex == null) {
      Map<String, Integer> index = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        index.put(orders.get(i).id, i);
      }
      orderIndex = index;
    }
    Integer i = orderIndex.get(id);
    return i == null ? -1 : i;
  }

  private void addOrder(Order o) {
    if (orderIndex != null) {
      orderIndex.put(o.id, orders.size());
    }
    orders.add(o);
  }

  Map<String, Redeemed> redemptions;
  List<Posting> postings;
  boolean enrolled;

  /**
   * No lot holding points expires before this (a lower bound, null when none may expire): the
   * expiry scan runs only when time reaches it.
   */
  @Nullable Instant expiryBound;

  @Nullable Instant anchor;
  @Nullable Instant nextReview;
  int tier = -1;

  LedgerState(Programme p, CustomerId member) {
    this.p = p;
    this.member = member;
    lots = new Lot[4];
    orders = new ArrayList<>();
    redemptions = new HashMap<>();
    postings = new ArrayList<>();
  }

  /** A copy's constructor: the copy fills every table itself. */
  private LedgerState(LedgerState from) {
    this.p = from.p;
    this.member = from.member;
    // Room for the event a copy is made for: no table grows by copying on its first addition.
    lots = Arrays.copyOf(from.lots, Math.max(from.lotCount + 2, 4));
    orders = new ArrayList<>(from.orders.size() + 1);
    orders.addAll(from.orders);
    redemptions = new HashMap<>(from.redemptions);
    postings = new ArrayList<>(from.postings.size() + 4);
    postings.addAll(from.postings);
  }

  LedgerState copy() {
    LedgerState s = new LedgerState(this);
    s.lotCount = lotCount;
    s.debt = debt;
    s.earned = earned;
    s.adjusted = adjusted;
    s.redeemed = redeemed;
    s.expired = expired;
    s.returned = returned;
    // Orders and redemptions are replaced, never changed, once listed: shallow copies suffice.
    s.enrolled = enrolled;
    s.expiryBound = expiryBound;
    s.anchor = anchor;
    s.nextReview = nextReview;
    s.tier = tier;
    return s;
  }

  // ---- time ----

  /** Expires every lot due by {@code t} and runs the tier reviews due by then. */
  void advance(Instant t) {
    if (anchor == null) {
      anchor = t;
      nextReview = t.plus(p.reviewPeriod());
    }
    // Expiry, in the order the lots expire.
    while (expiryBound != null && !expiryBound.isAfter(t)) {
      int due = -1;
      for (int i = 0; i < lotCount; i++) {
        Lot l = lots[i];
        if (l.remaining() > 0
            && l.expiresAt() != null
            && !l.expiresAt().isAfter(t)
            && (due < 0 || l.expiresAt().isBefore(lots[due].expiresAt()))) {
          due = i;
        }
      }
      if (due < 0) {
        // Nothing due by t: the bound moves to the earliest expiry still ahead.
        Instant next = null;
        for (int i = 0; i < lotCount; i++) {
          Instant x = lots[i].expiresAt();
          if (lots[i].remaining() > 0 && x != null && (next == null || x.isBefore(next))) {
            next = x;
          }
        }
        expiryBound = next;
        break;
      }
      Lot l = lots[due];
      Instant when = java.util.Objects.requireNonNull(l.expiresAt());
      expired += l.remaining();
      lots[due] = l.withRemaining(0);
      postings.add(
          new Posting(
              "expiry",
              when,
              Posting.Kind.EXPIRY,
              List.of(new Posting.LotChange(l.id(), -l.remaining())),
              0));
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
    for (Order o : orders) {
      if (o.at.isAfter(from) && !o.at.isAfter(t)) {
        q += o.points - o.returnedPoints;
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

  void apply(LoyaltyEvent e) throws Refusal {
    Instant t = e.at();
    advance(t);
    if (e instanceof LoyaltyEvent.Purchase pu) {
      purchase(pu);
    } else if (e instanceof LoyaltyEvent.Return r) {
      giveBack(r);
    } else if (e instanceof LoyaltyEvent.Redemption r) {
      redeem(r);
    } else if (e instanceof LoyaltyEvent.RedemptionCancel c) {
      cancel(c);
    } else if (e instanceof LoyaltyEvent.Adjustment a) {
      adjust(a);
    } else {
      enrol((LoyaltyEvent.Enrolment) e);
    }
    if (p.downgrade() == Programme.Downgrade.ONE_PER_PERIOD && !p.tiers().isEmpty()) {
      tier = tierAt(t);
    }
  }

  private void currency(Money m, String what) throws Refusal {
    if (!m.currency().equals(p.currency())) {
      throw new Refusal(
          "currency-mismatch",
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

  private void purchase(LoyaltyEvent.Purchase e) throws Refusal {
    currency(e.amount(), "purchase");
    if (orderAt(e.order()) >= 0) {
      throw new Refusal("duplicate-order", "order " + e.order() + " was already purchased");
    }
    long points;
    try {
      int tierNow = p.tiersMultiplyEarning() ? tierAt(e.at()) : -1;
      points = p.points(e.amount().minorUnits(), e.channel(), e.category(), tierNow);
    } catch (ArithmeticException overflow) {
      throw new Refusal("points-overflow", String.valueOf(overflow.getMessage()));
    }
    Instant expires = p.expiry().expiresAt(e.at(), p.zone());
    int lot =
        accrue(
            e.id(),
            e.order(),
            e.at(),
            e.at().plus(p.pending()),
            expires,
            points,
            Posting.Kind.PURCHASE);
    earned += points;
    addOrder(new Order(e.order(), e.at(), e.amount().minorUnits(), points, lot));
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
    if (lotCount == lots.length) {
      lots = Arrays.copyOf(lots, lots.length * 2);
    }
    int id = lotCount + 1;
    lots[lotCount++] = new Lot(id, event, order, at, available, expires, points, points - repay);
    lowerExpiryBound(expires);
    postings.add(
        new Posting(event, at, kind, List.of(new Posting.LotChange(id, points - repay)), -repay));
    return id;
  }

  private void giveBack(LoyaltyEvent.Return e) throws Refusal {
    currency(e.amount(), "return");
    int at = orderAt(e.order());
    if (at < 0) {
      throw new Refusal("unknown-order", "no purchase of order " + e.order() + " to return");
    }
    Order o = orders.get(at);
    long minor = e.amount().minorUnits();
    if (minor > o.minor - o.returnedMinor) {
      throw new Refusal(
          "return-exceeds-purchase",
          "return of "
              + e.amount()
              + " exceeds what is left of order "
              + e.order()
              + " ("
              + Money.ofMinor(o.minor - o.returnedMinor, p.currency())
              + ")");
    }
    long newReturned = o.returnedMinor + minor;
    // The points of the returned share, rounded down in total (never per return), so that
    // returning an order in parts takes back exactly what returning it at once would.
    long target;
    long hi = Math.multiplyHigh(o.points, newReturned);
    long lo = o.points * newReturned;
    if (hi == 0 && lo >= 0) {
      target = lo / o.minor;
    } else {
      target =
          BigInteger.valueOf(o.points)
              .multiply(BigInteger.valueOf(newReturned))
              .divide(BigInteger.valueOf(o.minor))
              .longValue();
    }
    long take = target - o.returnedPoints;
    List<Posting.LotChange> changes = new ArrayList<>();
    long shortfall = take(take, o.lot, false, e.at(), changes, true);
    if (shortfall > 0 && p.negativeBalance() == Programme.NegativeBalance.REFUSE) {
      throw new Refusal(
          "negative-balance",
          "the return takes back "
              + take
              + " points but the member has "
              + (take - shortfall)
              + " and the programme refuses negative balances");
    }
    take(take, o.lot, false, e.at(), changes, false);
    debt += shortfall;
    returned += take;
    Order updated = o.copy();
    updated.returnedMinor = newReturned;
    updated.returnedPoints = target;
    orders.set(at, updated);
    postings.add(new Posting(e.id(), e.at(), Posting.Kind.RETURN, changes, shortfall));
  }

  /**
   * Takes {@code points} from lots: first lot {@code first} (if positive), then the others in
   * redemption order, only available ones when {@code availableOnly}; returns what could not be
   * taken. With {@code dryRun} nothing changes.
   */
  private long take(
      long points,
      int first,
      boolean availableOnly,
      Instant t,
      List<Posting.LotChange> changes,
      boolean dryRun) {
    long left = points;
    if (first > 0 && left > 0) {
      Lot l = lots[first - 1];
      long k = Math.min(left, l.remaining());
      if (k > 0) {
        left -= k;
        if (!dryRun) {
          lots[first - 1] = l.withRemaining(l.remaining() - k);
          changes.add(new Posting.LotChange(l.id(), -k));
        }
      }
    }
    if (left > 0) {
      for (int i : order()) {
        Lot l = lots[i];
        if (l.id() == first || l.remaining() == 0 || (availableOnly && !l.availableAt(t))) {
          continue;
        }
        long k = Math.min(left, l.remaining());
        left -= k;
        if (!dryRun) {
          lots[i] = l.withRemaining(l.remaining() - k);
          changes.add(new Posting.LotChange(l.id(), -k));
        }
        if (left == 0) {
          break;
        }
      }
    }
    return left;
  }

  /** Lot indexes in redemption order (an insertion sort: a member has few lots). */
  private int[] order() {
    int[] idx = new int[lotCount];
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
      Instant a = lots[x].expiresAt();
      Instant b = lots[y].expiresAt();
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
      if (lots[i].availableAt(t)) {
        s += lots[i].remaining();
      }
    }
    return s;
  }

  long pending(Instant t) {
    long s = 0;
    for (int i = 0; i < lotCount; i++) {
      Lot l = lots[i];
      if (l.availableFrom().isAfter(t) && !l.expiredAt(t)) {
        s += l.remaining();
      }
    }
    return s;
  }

  private void redeem(LoyaltyEvent.Redemption e) throws Refusal {
    long available = available(e.at());
    if (e.points() > available) {
      throw new Refusal(
          "insufficient-points",
          "redemption of " + e.points() + " points, but " + available + " are available");
    }
    List<Posting.LotChange> changes = new ArrayList<>();
    take(e.points(), 0, true, e.at(), changes, false);
    int[] ids = new int[changes.size()];
    long[] pts = new long[changes.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = changes.get(i).lot();
      pts[i] = -changes.get(i).points();
    }
    redemptions.put(e.id(), new Redeemed(ids, pts, e.points()));
    redeemed += e.points();
    postings.add(new Posting(e.id(), e.at(), Posting.Kind.REDEMPTION, changes, 0));
  }

  private void cancel(LoyaltyEvent.RedemptionCancel e) throws Refusal {
    Redeemed r = redemptions.get(e.redemption());
    if (r == null) {
      throw new Refusal(
          "unknown-redemption", "no redemption " + e.redemption() + " of this member to cancel");
    }
    if (r.cancelled) {
      throw new Refusal(
          "already-cancelled", "redemption " + e.redemption() + " was already cancelled");
    }
    Redeemed done = new Redeemed(r.lots, r.points, r.total);
    done.cancelled = true;
    redemptions.put(e.redemption(), done);
    redeemed -= r.total;
    List<Posting.LotChange> changes = new ArrayList<>();
    List<Posting.LotChange> expiring = new ArrayList<>();
    long repay = 0;
    for (int i = 0; i < r.lots.length; i++) {
      Lot l = lots[r.lots[i] - 1];
      long back = r.points[i];
      if (l.expiredAt(e.at())) {
        // Back into its lot, and out again at once: the lot's points have expired.
        lots[l.id() - 1] = l.withRemaining(l.remaining() + back);
        changes.add(new Posting.LotChange(l.id(), back));
        expiring.add(new Posting.LotChange(l.id(), -back));
        lots[l.id() - 1] = lots[l.id() - 1].withRemaining(l.remaining());
        expired += back;
        continue;
      }
      long k = Math.min(back, debt - repay);
      repay += k;
      lots[l.id() - 1] = l.withRemaining(l.remaining() + back - k);
      lowerExpiryBound(l.expiresAt());
      changes.add(new Posting.LotChange(l.id(), back - k));
    }
    debt -= repay;
    postings.add(new Posting(e.id(), e.at(), Posting.Kind.REDEMPTION_CANCEL, changes, -repay));
    if (!expiring.isEmpty()) {
      postings.add(new Posting(e.id(), e.at(), Posting.Kind.EXPIRY, expiring, 0));
    }
  }

  private void adjust(LoyaltyEvent.Adjustment e) throws Refusal {
    if (e.points() > 0) {
      accrue(
          e.id(),
          null,
          e.at(),
          e.at(),
          p.expiry().expiresAt(e.at(), p.zone()),
          e.points(),
          Posting.Kind.ADJUSTMENT);
      adjusted += e.points();
      return;
    }
    long points = -e.points();
    List<Posting.LotChange> changes = new ArrayList<>();
    long shortfall = take(points, 0, false, e.at(), changes, true);
    if (shortfall > 0 && p.negativeBalance() == Programme.NegativeBalance.REFUSE) {
      throw new Refusal(
          "negative-balance",
          "the adjustment takes "
              + points
              + " points but the member has "
              + (points - shortfall)
              + " and the programme refuses negative balances");
    }
    take(points, 0, false, e.at(), changes, false);
    debt += shortfall;
    adjusted -= points;
    postings.add(new Posting(e.id(), e.at(), Posting.Kind.ADJUSTMENT, changes, shortfall));
  }

  private void enrol(LoyaltyEvent.Enrolment e) throws Refusal {
    if (enrolled) {
      throw new Refusal("already-enrolled", "member " + member + " is already enrolled");
    }
    if (member.equals(e.referredBy())) {
      throw new Refusal("self-referral", "member " + member + " cannot refer themselves");
    }
    enrolled = true;
    long bonus = p.enrolmentBonus() + (e.referredBy() == null ? 0 : p.referralBonus());
    if (bonus > 0) {
      accrue(
          e.id(),
          null,
          e.at(),
          e.at(),
          p.expiry().expiresAt(e.at(), p.zone()),
          bonus,
          Posting.Kind.BONUS);
      earned += bonus;
    }
  }
}
