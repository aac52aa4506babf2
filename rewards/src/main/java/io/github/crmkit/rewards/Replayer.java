package io.github.crmkit.rewards;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Replays members' events from a {@link LoyaltyEventLog}, one member after the other, under one
 * programme and as-of instant, reusing its tables: a member's rows are screened (other member,
 * duplicates, after the as-of instant, too late) on the log's columns and put in event time, then
 * applied either to a new {@link Ledger} or, for a batch's figures, to one state reused member
 * after member. An event object is made only for a rejection or a ledger. Confined to one thread.
 */
final class Replayer {
  private final Programme p;
  private final Instant asOf;
  private final long asOfSecond;
  private final int asOfNano;
  private final long latenessSecond;
  private final int latenessNano;

  private @Nullable LoyaltyEventLog log;

  /** The accepted rows (arrival order while screening, then event time), their ids and hashes. */
  private int[] accepted = new int[32];

  private String[] ids = new String[32];
  private int[] hashes = new int[32];
  private int count;

  /** How many of {@link #ids} are filled (ids are read only when a table needs them). */
  private int idsFilled;

  private long duplicates;
  private boolean anyLatest;
  private long latestSecond;
  private int latestNano;
  private final List<Rejection<LoyaltyEvent>> screened = new ArrayList<>();
  private int @Nullable [] table;
  private @Nullable LedgerState state;
  private final EventRow row = new EventRow();

  /** Events applied by the last {@link #standing}. */
  int applied;

  Replayer(Programme p, Instant asOf) {
    this.p = p;
    this.asOf = asOf;
    this.asOfSecond = asOf.getEpochSecond();
    this.asOfNano = asOf.getNano();
    Duration l = p.lateness();
    this.latenessSecond = l.getSeconds();
    this.latenessNano = l.getNano();
  }

  /** Duplicates among the last screened events. */
  long duplicates() {
    return duplicates;
  }

  /**
   * Screens {@code n} rows of {@code log} ({@code rows[from]} on, in arrival order) as events of
   * member number {@code member} (-1 when the log has none of the member's) and puts the accepted
   * ones in event time.
   */
  void screen(LoyaltyEventLog l, int member, int @Nullable [] rows, int from, int n) {
    log = l;
    if (accepted.length < n) {
      int size = Math.max(n, accepted.length * 2);
      accepted = new int[size];
      ids = new String[size];
      hashes = new int[size];
    }
    count = 0;
    idsFilled = 0;
    duplicates = 0;
    anyLatest = false;
    screened.clear();
    table = null;
    boolean inOrder = true;
    for (int k = from; k < from + n; k++) {
      int i = rows == null ? k : rows[k];
      RejectionReason reason = null;
      if (l.member[i] != member) {
        reason = RejectionReason.OTHER_MEMBER;
      } else {
        int seen = seen(l, i);
        if (seen >= 0) {
          if (same(l, accepted[seen], i)) {
            duplicates++;
            continue;
          }
          reason = RejectionReason.CONFLICTING_DUPLICATE;
        } else if (compare(l.second[i], l.nano[i], asOfSecond, asOfNano) > 0) {
          reason = RejectionReason.AFTER_AS_OF;
        } else if (anyLatest && tooLate(l.second[i], l.nano[i])) {
          reason = RejectionReason.TOO_LATE;
        }
      }
      if (reason != null) {
        LoyaltyEvent e = l.row(i);
        Instant latest = anyLatest ? Instant.ofEpochSecond(latestSecond, latestNano) : null;
        screened.add(Rejection.of(l.position(i), e, reason, Ledger.detail(reason, e, p, latest)));
        continue;
      }
      if (!anyLatest || compare(l.second[i], l.nano[i], latestSecond, latestNano) > 0) {
        anyLatest = true;
        latestSecond = l.second[i];
        latestNano = l.nano[i];
      }
      inOrder = inOrder && (count == 0 || eventTime(l, accepted[count - 1], i) <= 0);
      accepted[count] = i;
      hashes[count] = l.idHash[i];
      table = IdTable.add(table, hashes, count, true);
      if (table != null) {
        // A member with many events: the ids are read for the table's lookups from now on.
        for (int a = idsFilled; a <= count; a++) {
          ids[a] = l.idAt(accepted[a]);
        }
        idsFilled = count + 1;
      }
      count++;
    }
    if (!inOrder) {
      // Into event time by an insertion sort (a member's log is short and nearly in order); stable,
      // though screening leaves no two events with the same instant and id.
      for (int a = 1; a < count; a++) {
        int i = accepted[a];
        int b = a - 1;
        while (b >= 0 && eventTime(l, accepted[b], i) > 0) {
          accepted[b + 1] = accepted[b];
          b--;
        }
        accepted[b + 1] = i;
      }
      table = null;
      for (int a = 0; a < count; a++) {
        hashes[a] = l.idHash[accepted[a]];
        table = IdTable.add(table, hashes, a, true);
      }
      idsFilled = 0;
    }
  }

  /** The accepted event with row {@code i}'s id, or -1; an id is read only when hashes match. */
  private int seen(LoyaltyEventLog l, int i) {
    int h = l.idHash[i];
    if (table != null) {
      return IdTable.find(table, hashes, ids, count, l.idAt(i), h);
    }
    for (int a = 0; a < count; a++) {
      if (hashes[a] == h && l.idAt(accepted[a]).equals(l.idAt(i))) {
        return a;
      }
    }
    return -1;
  }

  private static int compare(long s1, int n1, long s2, int n2) {
    int c = Long.compare(s1, s2);
    return c != 0 ? c : Integer.compare(n1, n2);
  }

  /** Event time: the instant, then the id. */
  private static int eventTime(LoyaltyEventLog l, int a, int b) {
    int c = compare(l.second[a], l.nano[a], l.second[b], l.nano[b]);
    return c != 0 ? c : l.idAt(a).compareTo(l.idAt(b));
  }

  /** Whether the event at {@code at} is more than the lateness before the latest seen. */
  private boolean tooLate(long second, int nano) {
    return Ledger.tooLate(second, nano, latestSecond, latestNano, latenessSecond, latenessNano);
  }

  /** Whether two rows hold the same event. */
  private static boolean same(LoyaltyEventLog l, int a, int b) {
    return l.kind[a] == l.kind[b]
        && l.member[a] == l.member[b]
        && l.second[a] == l.second[b]
        && l.nano[a] == l.nano[b]
        && l.value[a] == l.value[b]
        && l.currency[a] == l.currency[b]
        && l.idAt(a).equals(l.idAt(b))
        && Objects.equals(l.refAt(a), l.refAt(b))
        && Objects.equals(l.extraAt(a), l.extraAt(b))
        && Objects.equals(l.categoryAt(a), l.categoryAt(b));
  }

  /** The ledger of the screened events, {@code received} events in all. */
  Ledger ledger(CustomerId member, long received) {
    LoyaltyEventLog l = Objects.requireNonNull(log);
    LoyaltyEvent[] events = new LoyaltyEvent[count];
    long[] positions = new long[count];
    for (int a = 0; a < count; a++) {
      events[a] = l.row(accepted[a]);
      positions[a] = l.position(accepted[a]);
      ids[a] = events[a].id();
    }
    return Ledger.build(
        p,
        member,
        events,
        java.util.Arrays.copyOf(ids, count),
        java.util.Arrays.copyOf(hashes, count),
        positions,
        table,
        anyLatest ? Instant.ofEpochSecond(latestSecond, latestNano) : null,
        received,
        duplicates,
        screened.isEmpty() ? List.of() : List.copyOf(screened),
        asOf);
  }

  /**
   * The figures of the screened events, applied to this replayer's state; every rejection (screened
   * or refused) goes to {@code rejections}, and {@link #applied} counts the events applied.
   */
  Standing standing(CustomerId member, List<Rejection<LoyaltyEvent>> rejections) {
    LoyaltyEventLog l = Objects.requireNonNull(log);
    LedgerState s = state;
    if (s == null) {
      s = new LedgerState(p, member, false);
      state = s;
    } else {
      s.reset(member);
    }
    if (!screened.isEmpty()) {
      rejections.addAll(screened);
    }
    int done = 0;
    for (int a = 0; a < count; a++) {
      row.of(l, accepted[a]);
      try {
        s.apply(row);
        done++;
      } catch (LedgerState.Refusal r) {
        rejections.add(Rejection.of(l.position(accepted[a]), row.event(), r.reason, r.detail));
      }
    }
    applied = done;
    s.advance(asOf);
    return Standing.of(s, asOf);
  }
}
