package io.github.crmkit.rewards;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays members' logs one after the other under one programme and as-of instant, reusing its
 * tables: events are screened (other member, duplicates, after the as-of instant, too late) and put
 * in event time, then applied either to a new {@link Ledger} or, for a batch's figures, to one
 * state reused member after member. Confined to one thread.
 */
final class Replayer {
  private final Programme p;
  private final Instant asOf;
  private LoyaltyEvent[] accepted = new LoyaltyEvent[32];
  private String[] ids = new String[32];
  private long[] at = new long[32];
  private int count;
  private long duplicates;
  private @Nullable Instant latest;
  private final List<Rejection<LoyaltyEvent>> screened = new ArrayList<>();
  private int @Nullable [] table;
  private @Nullable LedgerState state;

  /** Events applied by the last {@link #standing}. */
  int applied;

  Replayer(Programme p, Instant asOf) {
    this.p = p;
    this.asOf = asOf;
  }

  /** Duplicates among the last screened events. */
  long duplicates() {
    return duplicates;
  }

  /**
   * Screens the first {@code n} of {@code events} (the member's, in arrival order, with their
   * positions in the input) and puts the accepted ones in event time.
   */
  void screen(CustomerId member, LoyaltyEvent[] events, long[] positions, int n) {
    if (accepted.length < n) {
      int size = Math.max(n, accepted.length * 2);
      accepted = new LoyaltyEvent[size];
      ids = new String[size];
      at = new long[size];
    }
    count = 0;
    duplicates = 0;
    latest = null;
    screened.clear();
    table = null;
    boolean inOrder = true;
    for (int i = 0; i < n; i++) {
      LoyaltyEvent e = events[i];
      int seen = IdTable.find(table, ids, count, e.id());
      String screen = Ledger.screen(p, member, e, seen < 0 ? null : accepted[seen], latest, asOf);
      if (Ledger.DUPLICATE.equals(screen)) {
        duplicates++;
        continue;
      }
      if (screen != null) {
        screened.add(Rejection.of(positions[i], e, screen, Ledger.detail(screen, e, p, latest)));
        continue;
      }
      latest = latest == null || e.at().isAfter(latest) ? e.at() : latest;
      inOrder = inOrder && (count == 0 || Ledger.compare(accepted[count - 1], e) <= 0);
      accepted[count] = e;
      ids[count] = e.id();
      at[count] = positions[i];
      table = IdTable.add(table, ids, count, true);
      count++;
    }
    if (!inOrder) {
      // Into event time by an insertion sort (a member's log is short and nearly in order); stable,
      // though screening leaves no two events with the same instant and id.
      for (int i = 1; i < count; i++) {
        LoyaltyEvent e = accepted[i];
        long position = at[i];
        int j = i - 1;
        while (j >= 0 && Ledger.compare(accepted[j], e) > 0) {
          accepted[j + 1] = accepted[j];
          at[j + 1] = at[j];
          j--;
        }
        accepted[j + 1] = e;
        at[j + 1] = position;
      }
      table = null;
      for (int i = 0; i < count; i++) {
        ids[i] = accepted[i].id();
        table = IdTable.add(table, ids, i, true);
      }
    }
  }

  /** The ledger of the screened events, {@code received} events in all. */
  Ledger ledger(CustomerId member, long received) {
    return Ledger.build(
        p,
        member,
        Arrays.copyOf(accepted, count),
        Arrays.copyOf(ids, count),
        Arrays.copyOf(at, count),
        table,
        latest,
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
    LedgerState s = state;
    if (s == null) {
      s = new LedgerState(p, member, false);
      state = s;
    } else {
      s.reset(member);
    }
    rejections.addAll(screened);
    int done = 0;
    for (int i = 0; i < count; i++) {
      LoyaltyEvent e = accepted[i];
      try {
        s.apply(e);
        done++;
      } catch (LedgerState.Refusal r) {
        rejections.add(Rejection.of(at[i], e, r.reason, r.detail));
      }
    }
    applied = done;
    s.advance(asOf);
    return Standing.of(s, asOf);
  }
}
