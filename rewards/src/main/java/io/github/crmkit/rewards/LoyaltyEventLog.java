package io.github.crmkit.rewards;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Many members' loyalty events held as columns: types, members (numbered in order of first
 * appearance), instants, ids, amounts and points in arrays, no object per event. A list of events
 * to the caller ({@link #get} makes the event of a position), and what {@link Replay#of} reads
 * fastest: a batch replay that reads columns visits no scattered objects (a log of event objects is
 * first turned into one).
 *
 * <p>Built with {@link #builder()} from validated {@link LoyaltyEvent}s (a reader can add each
 * event as it parses it and drop it), or with {@link #of}. Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class LoyaltyEventLog extends AbstractList<LoyaltyEvent> implements RandomAccess {
  static final byte ENROLMENT = 0;
  static final byte PURCHASE = 1;
  static final byte RETURN = 2;
  static final byte REDEMPTION = 3;
  static final byte CANCEL = 4;
  static final byte ADJUSTMENT = 5;

  /*
   * The rows are stored grouped by member (members in order of first appearance, each member's
   * rows in log order): a replay reads each member's rows one after the other. Row j is event
   * origin[j] of the log; event i is row rowOf[i]; member k's rows are memberStart[k] to
   * memberStart[k + 1] - 1.
   */
  final int size;
  final byte[] kind;
  final int[] member;
  final CustomerId[] members;
  final int[] memberStart;
  final int[] origin;
  final int[] rowOf;
  final long[] second;
  final int[] nano;
  final String[] id;
  final int[] idHash;

  /** The order (purchase, return), redemption (cancel), reward (redemption) or reason. */
  final @Nullable String[] ref;

  final int[] refHash;

  /** Minor units (purchase, return) or points (redemption, adjustment). */
  final long[] value;

  final byte[] currency;
  final Currency[] currencies;

  /** Channel (purchase) or referring member (enrolment); null for most logs. */
  final @Nullable Object @Nullable [] extra;

  /** Category (purchase); null for most logs. */
  final @Nullable String @Nullable [] category;

  @SuppressWarnings("NullAway") // the columns of nullable values hold nulls
  private LoyaltyEventLog(Builder b) {
    size = b.size;
    members = b.members.toArray(new CustomerId[0]);
    currencies = b.currencies.toArray(new Currency[0]);
    int m = members.length;
    // A counting sort of the events on their member's number.
    int[] start = new int[m + 1];
    for (int i = 0; i < size; i++) {
      start[b.member[i] + 1]++;
    }
    for (int k = 0; k < m; k++) {
      start[k + 1] += start[k];
    }
    memberStart = start;
    int[] o = new int[size];
    int[] r = new int[size];
    int[] fill = Arrays.copyOf(start, m);
    for (int i = 0; i < size; i++) {
      int j = fill[b.member[i]]++;
      o[j] = i;
      r[i] = j;
    }
    origin = o;
    rowOf = r;
    kind = new byte[size];
    member = new int[size];
    second = new long[size];
    nano = new int[size];
    id = new String[size];
    idHash = new int[size];
    ref = new String[size];
    refHash = new int[size];
    value = new long[size];
    currency = new byte[size];
    Object[] bx = b.extra;
    String[] bc = b.category;
    Object[] x = bx == null ? null : new Object[size];
    String[] c = bc == null ? null : new String[size];
    int parts = size < 65_536 ? 1 : Math.min(64, size / 32_768);
    java.util.stream.IntStream ranges = java.util.stream.IntStream.range(0, parts);
    (parts > 1 ? ranges.parallel() : ranges)
        .forEach(
            part -> {
              int from = (int) ((long) size * part / parts);
              int to = (int) ((long) size * (part + 1) / parts);
              for (int j = from; j < to; j++) {
                int i = o[j];
                kind[j] = b.kind[i];
                member[j] = b.member[i];
                second[j] = b.second[i];
                nano[j] = b.nano[i];
                idHash[j] = b.idHash[i];
                refHash[j] = b.refHash[i];
                value[j] = b.value[i];
                currency[j] = b.currency[i];
              }
              for (int j = from; j < to; j++) {
                int i = o[j];
                id[j] = b.id[i];
                ref[j] = b.ref[i];
                if (x != null && bx != null) {
                  x[j] = bx[i];
                }
                if (c != null && bc != null) {
                  c[j] = bc[i];
                }
              }
            });
    extra = x;
    category = c;
  }

  /** Row {@code j}'s id. */
  String idAt(int j) {
    return id[j];
  }

  /** Row {@code j}'s order, redemption, reward or reason. */
  @Nullable String refAt(int j) {
    return ref[j];
  }

  /** Row {@code j}'s category. */
  @Nullable String categoryAt(int j) {
    return category == null ? null : category[j];
  }

  /** Row {@code j}'s channel or referring member. */
  @Nullable Object extraAt(int j) {
    return extra == null ? null : extra[j];
  }

  /** The position in the log of the event in row {@code j}. */
  int position(int j) {
    return origin[j];
  }

  /**
   * A log of the given events, in their order.
   *
   * @param events the events, no null
   * @return the log
   */
  public static LoyaltyEventLog of(Iterable<LoyaltyEvent> events) {
    checkNotNull(events, "events must not be null");
    if (events instanceof LoyaltyEventLog log) {
      return log;
    }
    if (events instanceof List<LoyaltyEvent> list && list instanceof RandomAccess) {
      int n = list.size();
      for (int i = 0; i < n; i++) {
        checkNotNull(list.get(i), "events must not hold null (position %s)", i);
      }
      // Every event's columns filled on every core; members and currencies numbered after, in
      // order.
      Builder b = new Builder(n);
      CustomerId[] mem = new CustomerId[n];
      int[] hash = new int[n];
      @Nullable Currency[] cur = new Currency[n];
      @Nullable Object[] extra = new Object[n];
      @Nullable String[] category = new String[n];
      int parts = n < 8192 ? 1 : Math.min(64, n / 4096);
      java.util.stream.IntStream ranges = java.util.stream.IntStream.range(0, parts);
      (parts > 1 ? ranges.parallel() : ranges)
          .forEach(
              part -> {
                EventRow r = new EventRow();
                int to = (int) ((long) n * (part + 1) / parts);
                for (int i = (int) ((long) n * part / parts); i < to; i++) {
                  b.put(i, r.of(list.get(i)));
                  CustomerId m = java.util.Objects.requireNonNull(r.member);
                  mem[i] = m;
                  hash[i] = m.hashCode();
                  cur[i] = r.currency;
                  extra[i] = r.extra();
                  category[i] = r.category;
                }
              });
      for (int i = 0; i < n; i++) {
        b.number(i, mem[i], hash[i], cur[i]);
      }
      b.size = n;
      b.extra = anyNonNull(extra) ? extra : null;
      b.category = anyNonNull(category) ? category : null;
      return b.build();
    }
    Builder b = builder();
    long i = 0;
    for (LoyaltyEvent e : events) {
      checkNotNull(e, "events must not hold null (position %s)", i);
      b.add(e);
      i++;
    }
    return b.build();
  }

  private static boolean anyNonNull(@Nullable Object[] a) {
    for (Object o : a) {
      if (o != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A builder of an empty log.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of events.
   *
   * @return the size
   */
  @Override
  public int size() {
    return size;
  }

  /**
   * Returns the number of distinct members.
   *
   * @return the count
   */
  public int memberCount() {
    return members.length;
  }

  /**
   * Returns the event at a position, made from the columns.
   *
   * @param i the position, 0 to size - 1
   * @return the event
   * @throws IndexOutOfBoundsException if i is out of range
   */
  @Override
  public LoyaltyEvent get(int i) {
    java.util.Objects.checkIndex(i, size);
    return row(rowOf[i]);
  }

  /** The event of row {@code i}. */
  LoyaltyEvent row(int i) {
    CustomerId m = members[member[i]];
    Instant at = Instant.ofEpochSecond(second[i], nano[i]);
    String r = refAt(i);
    String id = idAt(i);
    return switch (kind[i]) {
      case ENROLMENT -> LoyaltyEvent.Enrolment.of(id, m, at, (CustomerId) extraAt(i));
      case PURCHASE ->
          LoyaltyEvent.Purchase.of(
              id,
              m,
              at,
              java.util.Objects.requireNonNull(r),
              Money.ofMinor(value[i], currencies[currency[i]]),
              (Channel) extraAt(i),
              categoryAt(i));
      case RETURN ->
          LoyaltyEvent.Return.of(
              id,
              m,
              at,
              java.util.Objects.requireNonNull(r),
              Money.ofMinor(value[i], currencies[currency[i]]));
      case REDEMPTION -> LoyaltyEvent.Redemption.of(id, m, at, value[i], r);
      case CANCEL ->
          LoyaltyEvent.RedemptionCancel.of(id, m, at, java.util.Objects.requireNonNull(r));
      default ->
          LoyaltyEvent.Adjustment.of(id, m, at, value[i], java.util.Objects.requireNonNull(r));
    };
  }

  /** Builds a {@link LoyaltyEventLog}, event after event; not thread-safe. */
  public static final class Builder {
    private int size;
    private byte[] kind;
    private int[] member;
    private final List<CustomerId> members = new ArrayList<>();

    /** Open addressing over the members' hashes: member number + 1 per slot, 0 empty. */
    private int[] memberTable = new int[64];

    private int[] memberHashes = new int[16];
    private long[] second;
    private int[] nano;
    private String[] id;
    private int[] idHash;
    private @Nullable String[] ref;
    private int[] refHash;
    private long[] value;
    private byte[] currency;
    private final List<Currency> currencies = new ArrayList<>();
    private @Nullable Object @Nullable [] extra;
    private @Nullable String @Nullable [] category;

    /** The row {@link #add} reads an event into. */
    private final EventRow row = new EventRow();

    private Builder() {
      this(64);
    }

    private Builder(int capacity) {
      int c = Math.max(1, capacity);
      kind = new byte[c];
      member = new int[c];
      second = new long[c];
      nano = new int[c];
      id = new String[c];
      idHash = new int[c];
      ref = new String[c];
      refHash = new int[c];
      value = new long[c];
      currency = new byte[c];
    }

    /**
     * Adds an event at the end of the log.
     *
     * @param event the event, not null
     * @return this builder
     * @throws IllegalArgumentException if the log holds 2^31 - 9 events, or events in more than 127
     *     currencies
     */
    public Builder add(LoyaltyEvent event) {
      checkNotNull(event, "event must not be null");
      if (size == kind.length) {
        com.google.common.base.Preconditions.checkArgument(
            size < Integer.MAX_VALUE - 8, "a log holds fewer than 2^31 - 8 events");
        int n = (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L);
        kind = Arrays.copyOf(kind, n);
        member = Arrays.copyOf(member, n);
        second = Arrays.copyOf(second, n);
        nano = Arrays.copyOf(nano, n);
        id = Arrays.copyOf(id, n);
        idHash = Arrays.copyOf(idHash, n);
        ref = Arrays.copyOf(ref, n);
        refHash = Arrays.copyOf(refHash, n);
        value = Arrays.copyOf(value, n);
        currency = Arrays.copyOf(currency, n);
        if (extra != null) {
          extra = Arrays.copyOf(extra, n);
        }
        if (category != null) {
          category = Arrays.copyOf(category, n);
        }
      }
      int i = size;
      EventRow r = row.of(event);
      put(i, r);
      number(i, event.member(), r.currency);
      Object x = r.extra();
      if (x != null && extra == null) {
        extra = new Object[kind.length];
      }
      if (extra != null) {
        extra[i] = x;
      }
      if (r.category != null && category == null) {
        category = new String[kind.length];
      }
      if (category != null) {
        category[i] = r.category;
      }
      size++;
      return this;
    }

    /**
     * Writes row {@code i}'s columns from an event read into a row, all but its member's and
     * currency's numbers ({@link #number}) and its channel, referrer and category.
     */
    private void put(int i, EventRow r) {
      second[i] = r.at.getEpochSecond();
      nano[i] = r.at.getNano();
      id[i] = r.id;
      idHash[i] = r.idHash;
      kind[i] = r.kind;
      ref[i] = r.ref;
      refHash[i] = r.refHash;
      value[i] = r.value;
    }

    /** Numbers row {@code i}'s member and currency (null for none), in order of first use. */
    private void number(int i, CustomerId m, @Nullable Currency c) {
      number(i, m, m.hashCode(), c);
    }

    /** {@link #number(int, CustomerId, Currency)} with the member's hash known. */
    @SuppressWarnings("ReferenceEquality") // the same member object, the common case, first
    private void number(int i, CustomerId m, int h, @Nullable Currency c) {
      int mask = memberTable.length - 1;
      int s = ((h * 0x9E3779B9) >>> 7) & mask;
      int k = -1;
      for (int v = memberTable[s]; v != 0; v = memberTable[s]) {
        CustomerId other = members.get(v - 1);
        if (memberHashes[v - 1] == h && (other == m || other.equals(m))) {
          k = v - 1;
          break;
        }
        s = (s + 1) & mask;
      }
      if (k < 0) {
        k = members.size();
        members.add(m);
        if (k == memberHashes.length) {
          memberHashes = Arrays.copyOf(memberHashes, k * 2);
        }
        memberHashes[k] = h;
        memberTable[s] = k + 1;
        if ((k + 1) * 2 > memberTable.length) {
          // Twice as large, every member placed again.
          int[] t = new int[memberTable.length * 2];
          int tm = t.length - 1;
          for (int x = 0; x <= k; x++) {
            int y = ((memberHashes[x] * 0x9E3779B9) >>> 7) & tm;
            while (t[y] != 0) {
              y = (y + 1) & tm;
            }
            t[y] = x + 1;
          }
          memberTable = t;
        }
      }
      member[i] = k;
      if (c != null) {
        int x = currencies.indexOf(c);
        if (x < 0) {
          com.google.common.base.Preconditions.checkArgument(
              currencies.size() < 127, "a log holds events in at most 127 currencies");
          x = currencies.size();
          currencies.add(c);
        }
        currency[i] = (byte) x;
      }
    }

    /**
     * Adds events at the end of the log, in their order.
     *
     * @param events the events, no null
     * @return this builder
     */
    public Builder addAll(Iterable<? extends LoyaltyEvent> events) {
      checkNotNull(events, "events must not be null");
      for (LoyaltyEvent e : events) {
        add(e);
      }
      return this;
    }

    /**
     * Builds the log; the builder can go on adding to a later log.
     *
     * @return the log
     */
    public LoyaltyEventLog build() {
      return new LoyaltyEventLog(this);
    }
  }
}
