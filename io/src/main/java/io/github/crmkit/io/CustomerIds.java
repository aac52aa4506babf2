package io.github.crmkit.io;

import io.github.crmkit.core.CustomerId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Customer ids keyed by their bytes. While ids arrive in strictly increasing byte order (a file
 * sorted by customer), each new id is only appended: it cannot have been seen, and no hash table is
 * built. The first id out of order builds the table (open addressing, linear probing over longs
 * holding each id's hash and its index + 1, 0 marking an empty slot) and every later new id is
 * looked up there. The bytes of all ids live in one arena.
 */
final class CustomerIds {
  private final long expected;
  private long @org.jspecify.annotations.Nullable [] table;
  private byte[] arena = new byte[1 << 20];
  private int arenaSize;
  private int[] offset = new int[1 << 15];
  private int[] len = new int[1 << 15];
  private int[] hashes = new int[1 << 15];

  /** The number of ids. */
  int count;

  private int last = -1;

  /** Ids sized for about {@code expected} ids before the table grows. */
  CustomerIds(long expected) {
    this.expected = expected;
  }

  int index(byte[] b, int s, int e) {
    int l0 = e - s;
    if (last >= 0
        && len[last] == l0
        && Arrays.equals(arena, offset[last], offset[last] + l0, b, s, e)) {
      return last;
    }
    if (table == null) {
      if (count == 0 || greaterThanLast(b, s, e)) {
        last = append(b, s, l0, 0);
        return last;
      }
      buildTable(Math.max(expected, count * 2L));
    }
    last = lookup(b, s, e, hash(b, s, e));
    return last;
  }

  /** Whether the id is greater, byte by byte, than the greatest (the last) id so far. */
  private boolean greaterThanLast(byte[] b, int s, int e) {
    int k = count - 1;
    return Arrays.compareUnsigned(b, s, e, arena, offset[k], offset[k] + len[k]) > 0;
  }

  /**
   * Murmur3's finaliser: FNV-1a leaves the low bits of similar ids (c0001, c0002, ...) close
   * together, and linear probing on them built long runs.
   */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private static int hash(byte[] b, int s, int e) {
    int h = 0x811C9DC5;
    for (int i = s; i < e; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h;
  }

  private int lookup(byte[] b, int s, int e, int h) {
    long[] t = java.util.Objects.requireNonNull(table);
    int mask = t.length - 1;
    int slot = mix(h) & mask;
    int l = e - s;
    while (true) {
      long entry = t[slot];
      if (entry == 0) {
        int k = append(b, s, l, h);
        t[slot] = ((long) h << 32) | (k + 1L);
        if (count * 2L > t.length) {
          buildTable(t.length);
        }
        return k;
      }
      if ((int) (entry >>> 32) == h) {
        int k = (int) entry - 1;
        if (len[k] == l && Arrays.equals(arena, offset[k], offset[k] + l, b, s, e)) {
          return k;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Appends a new id with its hash (0 while no table is kept); returns its index. */
  private int append(byte[] b, int s, int l, int h) {
    if (count == offset.length) {
      offset = Arrays.copyOf(offset, count * 2);
      len = Arrays.copyOf(len, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    while (arenaSize + l > arena.length) {
      arena = Arrays.copyOf(arena, arena.length * 2);
    }
    System.arraycopy(b, s, arena, arenaSize, l);
    offset[count] = arenaSize;
    len[count] = l;
    hashes[count] = h;
    arenaSize += l;
    return count++;
  }

  /** (Re)builds the table with at least twice {@code ids} slots, hashing ids that have none. */
  private void buildTable(long ids) {
    long slots = Long.highestOneBit(Math.max(1 << 16, Math.min(1L << 28, ids * 2)) - 1) << 1;
    long[] t = new long[(int) slots];
    int mask = t.length - 1;
    boolean hashed = table != null;
    for (int k = 0; k < count; k++) {
      int h = hashed ? hashes[k] : hash(arena, offset[k], offset[k] + len[k]);
      hashes[k] = h;
      int slot = mix(h) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = ((long) h << 32) | (k + 1L);
    }
    table = t;
  }

  /**
   * Adds another part's ids; returns, for each of its indices, the index here. Two sorted parts
   * whose ids do not overlap (the second starts above the first's last) are simply concatenated.
   */
  int[] absorb(CustomerIds other) {
    int[] map = new int[other.count];
    // Sorted parts: the second's first id may be the first's last (a customer whose lines the
    // cut between the parts split); every other id of the second is then new.
    int shared = -1;
    if (table == null && other.table == null && count > 0 && other.count > 0) {
      int k = count - 1;
      shared =
          Integer.signum(
              Arrays.compareUnsigned(
                  other.arena,
                  other.offset[0],
                  other.offset[0] + other.len[0],
                  arena,
                  offset[k],
                  offset[k] + len[k]));
    }
    if (table == null && other.table == null && (count == 0 || other.count == 0 || shared >= 0)) {
      // In bulk: one copy per array (a loop of small appends ran cold, once, for seconds).
      int skip = shared == 0 ? 1 : 0;
      if (skip == 1) {
        map[0] = count - 1;
      }
      int n = other.count - skip;
      int base = count - skip;
      int shift = arenaSize;
      if (count + n > offset.length) {
        int cap = Math.max(offset.length * 2, count + n);
        offset = Arrays.copyOf(offset, cap);
        len = Arrays.copyOf(len, cap);
        hashes = Arrays.copyOf(hashes, cap);
      }
      if (arenaSize + other.arenaSize > arena.length) {
        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + other.arenaSize));
      }
      System.arraycopy(other.arena, 0, arena, arenaSize, other.arenaSize);
      System.arraycopy(other.len, skip, len, count, n);
      for (int k = skip; k < other.count; k++) {
        offset[base + k] = other.offset[k] + shift;
        map[k] = base + k;
      }
      count += n;
      arenaSize += other.arenaSize;
      last = -1;
      return map;
    }
    if (table == null) {
      buildTable(Math.max(expected, (count + (long) other.count) * 2));
    }
    for (int k = 0; k < other.count; k++) {
      int o = other.offset[k];
      int end = o + other.len[k];
      int h = other.table != null ? other.hashes[k] : hash(other.arena, o, end);
      map[k] = lookup(other.arena, o, end, h);
    }
    last = -1;
    return map;
  }

  CustomerId[] customers() {
    CustomerId[] out = new CustomerId[count];
    java.util.stream.IntStream.range(0, count)
        .parallel()
        .forEach(
            k ->
                out[k] =
                    CustomerId.of(new String(arena, offset[k], len[k], StandardCharsets.UTF_8)));
    return out;
  }
}
