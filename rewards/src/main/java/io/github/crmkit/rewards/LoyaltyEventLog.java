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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  final int size;
  final byte[] kind;
  final int[] member;
  final CustomerId[] members;
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

  /** Each row's position in the log this one was reordered from; null for a log as built. */
  final int @Nullable [] origin;

  /**
   * A reordered log's columns of references, in chunks of 2^16 rows: arrays small enough to be made
   * among young objects, where storing a reference costs the collector no barrier work (a store
   * into one large array does). Null for a log as built.
   */
  private final String @Nullable [][] idChunks;

  private final String @Nullable [][] refChunks;
  private final Object @Nullable [][] extraChunks;
  private final String @Nullable [][] categoryChunks;

  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private LoyaltyEventLog(Builder b) {
    size = b.size;
    kind = Arrays.copyOf(b.kind, size);
    member = Arrays.copyOf(b.member, size);
    members = b.members.toArray(new CustomerId[0]);
    second = Arrays.copyOf(b.second, size);
    nano = Arrays.copyOf(b.nano, size);
    id = Arrays.copyOf(b.id, size);
    idHash = Arrays.copyOf(b.idHash, size);
    ref = Arrays.copyOf(b.ref, size);
    refHash = Arrays.copyOf(b.refHash, size);
    value = Arrays.copyOf(b.value, size);
    currency = Arrays.copyOf(b.currency, size);
    currencies = b.currencies.toArray(new Currency[0]);
    extra = b.extra == null ? null : Arrays.copyOf(b.extra, size);
    category = b.category == null ? null : Arrays.copyOf(b.category, size);
    origin = null;
    idChunks = null;
    refChunks = null;
    extraChunks = null;
    categoryChunks = null;
  }

  /** The rows of {@code from} in the given order, each column gathered on every core. */
  @SuppressWarnings("NullAway") // the chunks of nullable columns hold nulls
  private LoyaltyEventLog(LoyaltyEventLog from, int[] order) {
    size = order.length;
    members = from.members;
    currencies = from.currencies;
    kind = new byte[size];
    member = new int[size];
    second = new long[size];
    nano = new int[size];
    // The columns of references are reordered into chunks (see idChunks); the arrays of the log as
    // built are kept for the events' positions.
    id = from.id;
    idHash = new int[size];
    ref = from.ref;
    refHash = new int[size];
    value = new long[size];
    currency = new byte[size];
    extra = from.extra;
    category = from.category;
    int[] o = new int[size];
    origin = o;
    int chunkCount = (size + CHUNK - 1) >>> CHUNK_BITS;
    String[][] ic = new String[chunkCount][];
    String[][] rc = new String[chunkCount][];
    Object[][] xc = from.extra == null ? null : new Object[chunkCount][];
    String[][] cc = from.category == null ? null : new String[chunkCount][];
    java.util.stream.IntStream.range(0, chunkCount)
        .parallel()
        .forEach(
            k -> {
              int a = k << CHUNK_BITS;
              int len = Math.min(CHUNK, size - a);
              String[] idc = new String[len];
              String[] refc = new String[len];
              for (int j = 0; j < len; j++) {
                int src = order[a + j];
                idc[j] = from.idAt(src);
                refc[j] = from.refAt(src);
              }
              ic[k] = idc;
              rc[k] = refc;
              if (xc != null) {
                Object[] x = new Object[len];
                for (int j = 0; j < len; j++) {
                  x[j] = from.extraAt(order[a + j]);
                }
                xc[k] = x;
              }
              if (cc != null) {
                String[] x = new String[len];
                for (int j = 0; j < len; j++) {
                  x[j] = from.categoryAt(order[a + j]);
                }
                cc[k] = x;
              }
            });
    idChunks = ic;
    refChunks = rc;
    extraChunks = xc;
    categoryChunks = cc;
    int parts = Math.max(1, Math.min(64, size / 65_536));
    java.util.stream.IntStream.range(0, parts)
        .parallel()
        .forEach(
            c -> {
              int a = (int) ((long) size * c / parts);
              int b = (int) ((long) size * (c + 1) / parts);
              // One column at a time: independent loads, many in flight at once.
              for (int j = a; j < b; j++) {
                kind[j] = from.kind[order[j]];
              }
              for (int j = a; j < b; j++) {
                member[j] = from.member[order[j]];
              }
              for (int j = a; j < b; j++) {
                second[j] = from.second[order[j]];
              }
              for (int j = a; j < b; j++) {
                nano[j] = from.nano[order[j]];
              }
              for (int j = a; j < b; j++) {
                idHash[j] = from.idHash[order[j]];
              }
              for (int j = a; j < b; j++) {
                refHash[j] = from.refHash[order[j]];
              }
              for (int j = a; j < b; j++) {
                value[j] = from.value[order[j]];
              }
              for (int j = a; j < b; j++) {
                currency[j] = from.currency[order[j]];
              }
              int[] fo = from.origin;
              for (int j = a; j < b; j++) {
                o[j] = fo == null ? order[j] : fo[order[j]];
              }
            });
  }

  /** This log's rows in another order (positions still those of the log as built). */
  LoyaltyEventLog reordered(int[] order) {
    return new LoyaltyEventLog(this, order);
  }

  /** Row {@code i}'s id. */
  String idAt(int i) {
    String[][] c = idChunks;
    return c == null ? id[i] : c[i >>> CHUNK_BITS][i & (CHUNK - 1)];
  }

  /** Row {@code i}'s order, redemption, reward or reason. */
  @Nullable String refAt(int i) {
    String[][] c = refChunks;
    return c == null ? ref[i] : c[i >>> CHUNK_BITS][i & (CHUNK - 1)];
  }

  /** Row {@code i}'s category. */
  @Nullable String categoryAt(int i) {
    String[][] c = categoryChunks;
    if (c != null) {
      return c[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }
    return category == null || origin != null ? null : category[i];
  }

  /** The position of row {@code i} in the log as built. */
  int position(int i) {
    int[] o = origin;
    return o == null ? i : o[i];
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
    Builder b = builder();
    long i = 0;
    for (LoyaltyEvent e : events) {
      checkNotNull(e, "events must not hold null (position %s)", i);
      b.add(e);
      i++;
    }
    return b.build();
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
    CustomerId m = members[member[i]];
    Instant at = Instant.ofEpochSecond(second[i], nano[i]);
    String r = refAt(i);
    String id = idAt(i);
    return switch (kind[i]) {
      case ENROLMENT -> new LoyaltyEvent.Enrolment(id, m, at, (CustomerId) extraAt(i));
      case PURCHASE ->
          new LoyaltyEvent.Purchase(
              id,
              m,
              at,
              java.util.Objects.requireNonNull(r),
              Money.ofMinor(value[i], currencies[currency[i]]),
              (Channel) extraAt(i),
              categoryAt(i));
      case RETURN ->
          new LoyaltyEvent.Return(
              id,
              m,
              at,
              java.util.Objects.requireNonNull(r),
              Money.ofMinor(value[i], currencies[currency[i]]));
      case REDEMPTION -> new LoyaltyEvent.Redemption(id, m, at, value[i], r);
      case CANCEL ->
          new LoyaltyEvent.RedemptionCancel(id, m, at, java.util.Objects.requireNonNull(r));
      default ->
          new LoyaltyEvent.Adjustment(id, m, at, value[i], java.util.Objects.requireNonNull(r));
    };
  }

  /** Row {@code i}'s channel or referring member. */
  @Nullable Object extraAt(int i) {
    Object[][] c = extraChunks;
    if (c != null) {
      return c[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }
    return extra == null || origin != null ? null : extra[i];
  }

  /** Builds a {@link LoyaltyEventLog}, event after event; not thread-safe. */
  public static final class Builder {
    private int size;
    private byte[] kind = new byte[64];
    private int[] member = new int[64];
    private final List<CustomerId> members = new ArrayList<>();
    private final Map<CustomerId, Integer> memberIndex = new HashMap<>();
    private long[] second = new long[64];
    private int[] nano = new int[64];
    private String[] id = new String[64];
    private int[] idHash = new int[64];
    private @Nullable String[] ref = new String[64];
    private int[] refHash = new int[64];
    private long[] value = new long[64];
    private byte[] currency = new byte[64];
    private final List<Currency> currencies = new ArrayList<>();
    private @Nullable Object @Nullable [] extra;
    private @Nullable String @Nullable [] category;

    private Builder() {}

    /**
     * Adds an event at the end of the log.
     *
     * @param event the event, not null
     * @return this builder
     * @throws IllegalArgumentException if the log holds 2^31 - 1 events, or events in more than 127
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
      Integer m = memberIndex.get(event.member());
      if (m == null) {
        m = members.size();
        members.add(event.member());
        memberIndex.put(event.member(), m);
      }
      member[i] = m;
      Instant at = event.at();
      second[i] = at.getEpochSecond();
      nano[i] = at.getNano();
      id[i] = event.id();
      idHash[i] = event.id().hashCode();
      String r = null;
      long v = 0;
      Money amount = null;
      Object x = null;
      String cat = null;
      byte k;
      if (event instanceof LoyaltyEvent.Purchase p) {
        k = PURCHASE;
        r = p.order();
        amount = p.amount();
        x = p.channel();
        cat = p.category();
      } else if (event instanceof LoyaltyEvent.Return p) {
        k = RETURN;
        r = p.order();
        amount = p.amount();
      } else if (event instanceof LoyaltyEvent.Redemption p) {
        k = REDEMPTION;
        r = p.reward();
        v = p.points();
      } else if (event instanceof LoyaltyEvent.RedemptionCancel p) {
        k = CANCEL;
        r = p.redemption();
      } else if (event instanceof LoyaltyEvent.Adjustment p) {
        k = ADJUSTMENT;
        r = p.reason();
        v = p.points();
      } else {
        k = ENROLMENT;
        x = ((LoyaltyEvent.Enrolment) event).referredBy();
      }
      if (amount != null) {
        v = amount.minorUnits();
        int c = currencies.indexOf(amount.currency());
        if (c < 0) {
          com.google.common.base.Preconditions.checkArgument(
              currencies.size() < 127, "a log holds events in at most 127 currencies");
          c = currencies.size();
          currencies.add(amount.currency());
        }
        currency[i] = (byte) c;
      }
      if (x != null) {
        if (extra == null) {
          extra = new Object[kind.length];
        }
        extra[i] = x;
      } else if (extra != null) {
        extra[i] = null;
      }
      if (cat != null) {
        if (category == null) {
          category = new String[kind.length];
        }
        category[i] = cat;
      } else if (category != null) {
        category[i] = null;
      }
      kind[i] = k;
      ref[i] = r;
      refHash[i] = r == null ? 0 : r.hashCode();
      value[i] = v;
      size++;
      return this;
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
