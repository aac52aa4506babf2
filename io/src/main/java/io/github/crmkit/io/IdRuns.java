package io.github.crmkit.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The customer ids of one part of a file, as runs: a run is a row whose id differs from the row
 * before it, and each row refers to its run. Nothing is looked up while the part is parsed, so the
 * parse reads memory only in order; {@link IdDictionary} then finds which runs are the same
 * customer, for all parts at once.
 *
 * <p>A run is kept as one long, its key: an id of at most 8 bytes is the key itself (packed
 * little-endian; ids have no zero byte, so the packing is one-to-one and its low byte is never 0),
 * a longer id is a 64-bit hash with its low byte cleared (so that no long id's key equals a short
 * id's) and its bytes in an arena, prefixed by their length in two bytes. Each run's key also
 * counts in a histogram of the top 8 bits of its mixed hash, the radix partitions of the
 * dictionary.
 */
final class IdRuns {
  /** The radix bits: the dictionary works on 256 partitions, each small enough for the L2 cache. */
  static final int RADIX_BITS = 8;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  long[] keys;
  int count;

  /** Runs with room for {@code capacity} before the keys grow (at least 16). */
  IdRuns(int capacity) {
    keys = new long[Math.max(16, capacity)];
  }

  /** The arena offset of each run of a long id (allocated with the first long id). */
  int[] offsets = new int[0];

  byte[] arena = new byte[0];
  int arenaSize;

  /** Runs per radix partition. */
  final int[] histogram = new int[1 << RADIX_BITS];

  /** Whether every run's id is greater, byte by byte, than the one before it (a sorted part). */
  boolean sorted = true;

  /** The last run's id, copied, so that a repeat is found without reading memory far away. */
  private byte[] last = new byte[64];

  private int lastLen = -1;

  /** The last run's key. */
  private long lastKey;

  /**
   * The run of the id {@code b[s, e)}, a new one if it differs from the previous row's.
   *
   * @return the run's index
   */
  int add(byte[] b, int s, int e) {
    int l = e - s;
    long packed = 0;
    if (l <= 8) {
      // A short id is its packed bytes: a repeat is one comparison of longs.
      packed = pack(b, s, l);
      if (l == lastLen && packed == lastKey) {
        return count - 1;
      }
    } else if (l == lastLen && Arrays.equals(last, 0, l, b, s, e)) {
      return count - 1;
    }
    if (sorted && count > 0 && Arrays.compareUnsigned(b, s, e, last, 0, lastLen) <= 0) {
      sorted = false;
    }
    if (count == keys.length) {
      keys = Arrays.copyOf(keys, count * 2);
      if (offsets.length > 0) {
        offsets = Arrays.copyOf(offsets, count * 2);
      }
    }
    long key;
    if (l <= 8) {
      key = packed;
    } else {
      key = hash(b, s, l) & ~0xFFL;
      if (offsets.length == 0) {
        offsets = new int[keys.length];
        arena = new byte[1 << 16];
      }
      while (arenaSize + l + 2 > arena.length) {
        arena = Arrays.copyOf(arena, arena.length * 2);
      }
      offsets[count] = arenaSize;
      arena[arenaSize] = (byte) (l >>> 8);
      arena[arenaSize + 1] = (byte) l;
      System.arraycopy(b, s, arena, arenaSize + 2, l);
      arenaSize += l + 2;
    }
    keys[count] = key;
    histogram[partition(key)]++;
    if (l > last.length) {
      last = new byte[Math.max(l, last.length * 2)];
    }
    System.arraycopy(b, s, last, 0, l);
    lastLen = l;
    lastKey = key;
    return count++;
  }

  /** An id of 1 to 8 bytes, none of them zero, packed little-endian into a long. */
  static long pack(byte[] b, int s, int l) {
    if (s + 8 <= b.length) {
      long v = (long) LONGS.get(b, s);
      return l == 8 ? v : v & ((1L << (l << 3)) - 1);
    }
    long v = 0;
    for (int i = l - 1; i >= 0; i--) {
      v = (v << 8) | (b[s + i] & 0xFF);
    }
    return v;
  }

  /** A 64-bit hash of a long id, eight bytes at a time. */
  private static long hash(byte[] b, int s, int l) {
    long h = 0x9E3779B97F4A7C15L ^ l;
    int i = s;
    int end = s + l;
    for (; i + 8 <= end; i += 8) {
      h = Long.rotateLeft(h ^ ((long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL), 31);
      h *= 0x9E3779B97F4A7C15L;
    }
    long tail = 0;
    for (int j = end - 1; j >= i; j--) {
      tail = (tail << 8) | (b[j] & 0xFF);
    }
    return mix(h ^ (tail * 0xC2B2AE3D27D4EB4FL));
  }

  /** Murmur3's 64-bit finaliser: every bit of the key moves every bit of the result. */
  static long mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  /** The radix partition of a key. */
  static int partition(long key) {
    return (int) (mix(key) >>> (64 - RADIX_BITS));
  }

  /** Whether a key is a long id's (a hash; its bytes are in the arena). */
  static boolean isLong(long key) {
    return (key & 0xFF) == 0;
  }

  /** The length of run r's id. */
  int length(int r) {
    long key = keys[r];
    if (isLong(key)) {
      int o = offsets[r];
      return ((arena[o] & 0xFF) << 8) | (arena[o + 1] & 0xFF);
    }
    return 8 - Long.numberOfLeadingZeros(key) / 8;
  }

  /**
   * Copies run r's id into {@code out} (at least 8 bytes and the id's length); returns the length.
   */
  int bytes(int r, byte[] out) {
    long key = keys[r];
    int l = length(r);
    if (isLong(key)) {
      System.arraycopy(arena, offsets[r] + 2, out, 0, l);
    } else {
      for (int i = 0; i < l; i++) {
        out[i] = (byte) (key >>> (i << 3));
      }
    }
    return l;
  }

  /** Whether run r of this part and run q of {@code other} are the same long id. */
  boolean sameLongId(int r, IdRuns other, int q) {
    int l = length(r);
    if (l != other.length(q)) {
      return false;
    }
    int a = offsets[r] + 2;
    int b = other.offsets[q] + 2;
    return Arrays.equals(arena, a, a + l, other.arena, b, b + l);
  }

  /** Compares the ids of run r here and run q of {@code other}, byte by byte, unsigned. */
  int compare(int r, IdRuns other, int q) {
    byte[] x = new byte[Math.max(8, length(r))];
    byte[] y = new byte[Math.max(8, other.length(q))];
    int lx = bytes(r, x);
    int ly = other.bytes(q, y);
    return Arrays.compareUnsigned(x, 0, lx, y, 0, ly);
  }
}
