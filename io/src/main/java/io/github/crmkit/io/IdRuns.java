package io.github.crmkit.io;

import io.github.crmkit.io.internal.ByteLines;
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
 * id's) and its bytes in an arena, prefixed by their length in two bytes. Each run goes, as it is
 * met, to one of 256 radix partitions by the top bits of its mixed key: the (key, run) pairs of
 * each partition, in run order, in one region of two large arrays (a partition that outgrows its
 * region goes on in an overflow of its own), so the dictionary reads each partition in order
 * without a scatter pass of its own.
 */
final class IdRuns {
  /** The radix bits: the dictionary works on 256 partitions, each small enough for the L2 cache. */
  static final int RADIX_BITS = 8;

  /** The number of partitions. */
  static final int PARTITIONS = 1 << RADIX_BITS;

  /** The runs. */
  int count;

  /** Each partition's region: {@code [p * region, p * region + size[p])} of keys and runs. */
  private final int region;

  private final long[] keys;
  private final int[] runs;
  private final int[] size = new int[PARTITIONS];

  /** Each partition's overflow, once its region is full (rare: the hash spreads runs evenly). */
  private final long[][] moreKeys = new long[PARTITIONS][];

  private final int[][] moreRuns = new int[PARTITIONS][];
  private final int[] moreSize = new int[PARTITIONS];

  /** The arena offset of each run of a long id (allocated with the first long id). */
  private int[] offsets = new int[0];

  private byte[] arena = new byte[0];
  private int arenaSize;

  /** Whether every run's id is greater, byte by byte, than the one before it (a sorted part). */
  boolean sorted = true;

  /** The first run's id, copied (for the comparison of sorted parts). */
  private byte[] first = new byte[0];

  /** The last run's id, copied, so that a repeat is found without reading memory far away. */
  private byte[] last = new byte[64];

  private int lastLen = -1;

  /** The last run's key (for an id of at most 8 bytes, its packed bytes). */
  long lastKey;

  /**
   * Runs for a part of at most {@code capacity} rows: each partition's region holds a 256th of them
   * and a tenth more.
   */
  IdRuns(int capacity) {
    region =
        (int) Math.min(Integer.MAX_VALUE / PARTITIONS, Math.max(16, capacity * 11L / 2560 + 16));
    keys = new long[region * PARTITIONS];
    runs = new int[region * PARTITIONS];
  }

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
    long key;
    if (l <= 8) {
      key = packed;
    } else {
      key = hash(b, s, l) & ~0xFFL;
      if (offsets.length <= count) {
        offsets = Arrays.copyOf(offsets, Math.max(1024, count * 2));
      }
      if (arena.length == 0) {
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
    int p = partition(key);
    int at = size[p];
    if (at < region) {
      keys[p * region + at] = key;
      runs[p * region + at] = count;
      size[p] = at + 1;
    } else {
      overflow(p, key);
    }
    if (count == 0) {
      first = Arrays.copyOfRange(b, s, e);
    }
    // The bytes are kept for what reads them: a long id's repeat test, and the order of a sorted
    // part (a short id's repeat test compares keys).
    if (sorted || l > 8) {
      if (l > last.length) {
        last = new byte[Math.max(l, last.length * 2)];
      }
      System.arraycopy(b, s, last, 0, l);
    }
    lastLen = l;
    lastKey = key;
    return count++;
  }

  private void overflow(int p, long key) {
    int n = moreSize[p];
    if (n == 0 && moreKeys[p] == null) {
      moreKeys[p] = new long[Math.max(16, region / 4)];
      moreRuns[p] = new int[Math.max(16, region / 4)];
    } else if (n == moreKeys[p].length) {
      moreKeys[p] = Arrays.copyOf(moreKeys[p], n * 2);
      moreRuns[p] = Arrays.copyOf(moreRuns[p], n * 2);
    }
    moreKeys[p][n] = key;
    moreRuns[p][n] = count;
    moreSize[p] = n + 1;
  }

  /** The number of runs in partition p. */
  int size(int p) {
    return size[p] + moreSize[p];
  }

  /** The key of the i-th run of partition p (in run order). */
  long key(int p, int i) {
    return i < size[p] ? keys[p * region + i] : moreKeys[p][i - size[p]];
  }

  /** The run of the i-th run of partition p (in run order). */
  int run(int p, int i) {
    return i < size[p] ? runs[p * region + i] : moreRuns[p][i - size[p]];
  }

  /** An id of 1 to 8 bytes, none of them zero, packed little-endian into a long. */
  static long pack(byte[] b, int s, int l) {
    if (s + 8 <= b.length) {
      long v = (long) ByteLines.LONGS.get(b, s);
      return l == 8 ? v : v & ((1L << (l << 3)) - 1);
    }
    long v = 0;
    for (int i = l - 1; i >= 0; i--) {
      v = (v << 8) | (b[s + i] & 0xFF);
    }
    return v;
  }

  /**
   * Whether the packed id {@code v} of {@code l} bytes (1 to 8, as {@link #pack} packs them) is
   * plain printable ASCII and unpadded: every byte in 0x20 to 0x7E, neither end a space. Eight
   * bytes tested at once (a byte below 0x20 by the existence test of "bit twiddling hacks", a DEL
   * by {@link ByteLines#zeroBytes}).
   */
  static boolean plainAscii(long v, int l) {
    int shift = l << 3;
    // The bytes past the id read as 'A', which passes every test.
    long w = l == 8 ? v : v | (0x4141414141414141L & (-1L << shift));
    long high = w & 0x8080808080808080L;
    long control = (w - 0x2020202020202020L) & ~w & 0x8080808080808080L;
    long delete = ByteLines.zeroBytes(w ^ 0x7F7F7F7F7F7F7F7FL);
    return (high | control | delete) == 0
        && (v & 0xFF) != ' '
        && ((v >>> (shift - 8)) & 0xFF) != ' ';
  }

  /** A 64-bit hash of a long id, eight bytes at a time. */
  private static long hash(byte[] b, int s, int l) {
    long h = 0x9E3779B97F4A7C15L ^ l;
    int i = s;
    int end = s + l;
    for (; i + 8 <= end; i += 8) {
      h = Long.rotateLeft(h ^ ((long) ByteLines.LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL), 31);
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
    // Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4): one multiply, whose top bits depend on every
    // bit of the key; the tables within a partition use the low bits of mix, a different hash.
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - RADIX_BITS));
  }

  /** Whether a key is a long id's (a hash; its bytes are in the arena). */
  static boolean isLong(long key) {
    return (key & 0xFF) == 0;
  }

  /** The length of the id of run r, whose key is {@code key}. */
  int length(long key, int r) {
    if (isLong(key)) {
      int o = offsets[r];
      return ((arena[o] & 0xFF) << 8) | (arena[o + 1] & 0xFF);
    }
    return 8 - Long.numberOfLeadingZeros(key) / 8;
  }

  /**
   * Copies the id of run r, whose key is {@code key}, into {@code out} (at least 8 bytes and the
   * id's length); returns the length.
   */
  int bytes(long key, int r, byte[] out) {
    int l = length(key, r);
    if (isLong(key)) {
      System.arraycopy(arena, offsets[r] + 2, out, 0, l);
    } else {
      for (int i = 0; i < l; i++) {
        out[i] = (byte) (key >>> (i << 3));
      }
    }
    return l;
  }

  /** Whether run r of this part and run q of {@code other}, both long ids, are the same id. */
  boolean sameLongId(int r, IdRuns other, int q) {
    int a = offsets[r];
    int b = other.offsets[q];
    int l = ((arena[a] & 0xFF) << 8) | (arena[a + 1] & 0xFF);
    int m = ((other.arena[b] & 0xFF) << 8) | (other.arena[b + 1] & 0xFF);
    return l == m && Arrays.equals(arena, a + 2, a + 2 + l, other.arena, b + 2, b + 2 + m);
  }

  /** Compares this part's first id with {@code previous} part's last, byte by byte, unsigned. */
  int compareFirstToLastOf(IdRuns previous) {
    return Arrays.compareUnsigned(first, 0, first.length, previous.last, 0, previous.lastLen);
  }
}
