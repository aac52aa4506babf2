package io.github.crmkit.io;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.IdMaker;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The customers of a file read in parts: which runs of ids ({@link IdRuns}) are the same customer,
 * numbered in the order they first appear in the file.
 *
 * <p>Sorted parts (a file grouped by customer, in id order) need no lookup: every run is a new
 * customer but where a part begins with the customer the one before it ended with. Otherwise the
 * runs of all parts are radix-partitioned by the top bits of their hash into 256 partitions (a
 * counting scatter, in parallel by part), and each partition finds its distinct ids in a hash table
 * of its own, in parallel by partition: a table of a few hundred kilobytes, in the core's cache,
 * where one table for a million customers missed the cache on almost every row of a file in time
 * order. This is the partitioned hashing of analytical engines (Manegold, Boncz and Kersten,
 * "Optimizing Main-Memory Join on Modern Hardware", IEEE TKDE 2002; Leis et al., "Morsel-Driven
 * Parallelism", SIGMOD 2014), kept to what interning ids needs.
 *
 * <p>First appearances: within a partition runs come in file order, so the first run of each id is
 * the first met; every run records its id's first run, and one pass in file order numbers the first
 * runs and gives every other run its first run's number.
 */
final class IdDictionary {
  private final IdRuns[] parts;

  /** The global index of each part's first run. */
  private final int[] base;

  /** The customer of each run (global index), or null when the parts are sorted. */
  private final int @Nullable [] runCustomer;

  /** Sorted parts: the customer of run r of part k is {@code r + shift[k]}. */
  private final int[] shift;

  /** The customers, in order of first appearance. */
  final CustomerId[] customers;

  IdDictionary(IdRuns[] parts) {
    this.parts = parts;
    this.base = new int[parts.length + 1];
    for (int k = 0; k < parts.length; k++) {
      base[k + 1] = Math.addExact(base[k], parts[k].count);
    }
    this.shift = new int[parts.length];
    boolean[] continued = new boolean[parts.length];
    if (sortedAcrossParts(continued)) {
      runCustomer = null;
      customers = sortedCustomers(continued);
    } else {
      runCustomer = new int[base[parts.length]];
      customers = partitioned(runCustomer);
    }
  }

  /** The global index of part k's first run. */
  int base(int k) {
    return base[k];
  }

  /** The customer of every run by global index, or null when the parts are sorted. */
  int @Nullable [] runCustomers() {
    return runCustomer;
  }

  /** For sorted parts, what to add to a run of part k to have its customer. */
  int shift(int k) {
    return shift[k];
  }

  /**
   * Whether every part is sorted and each begins at or after where the one before it ended; sets
   * the shifts and marks the parts that begin with the previous part's last customer.
   */
  private boolean sortedAcrossParts(boolean[] continued) {
    int previous = -1;
    int merged = 0;
    for (int k = 0; k < parts.length; k++) {
      IdRuns p = parts[k];
      if (!p.sorted) {
        return false;
      }
      if (p.count == 0) {
        continue;
      }
      if (previous >= 0) {
        int c = p.compareFirstToLastOf(parts[previous]);
        if (c < 0) {
          return false;
        }
        if (c == 0) {
          continued[k] = true;
          merged++;
        }
      }
      shift[k] = base[k] - merged;
      previous = k;
    }
    return true;
  }

  private CustomerId[] sortedCustomers(boolean[] continued) {
    int merged = 0;
    for (boolean c : continued) {
      merged += c ? 1 : 0;
    }
    CustomerId[] out = new CustomerId[base[parts.length] - merged];
    // Run r of part k is customer r + shift[k] (a continued part's run 0 is the previous part's
    // last customer, made there); by partition on every core. (Made in customer order as the
    // partitioned dictionary does, they took 0.07 s longer end to end: the extra pass costs more
    // than the order saves when customers arrive sorted.)
    IntStream.range(0, IdRuns.PARTITIONS)
        .parallel()
        .forEach(
            p -> {
              byte[] buf = new byte[64];
              for (int k = 0; k < parts.length; k++) {
                IdRuns part = parts[k];
                for (int i = 0, size = part.size(p); i < size; i++) {
                  long key = part.key(p, i);
                  int r = part.run(p, i);
                  if (r > 0 || !continued[k]) {
                    buf = fit(buf, part.length(key, r));
                    out[r + shift[k]] = id(part, key, r, buf);
                  }
                }
              }
            });
    return out;
  }

  private static byte[] fit(byte[] buf, int l) {
    return l <= buf.length ? buf : new byte[Math.max(l, buf.length * 2)];
  }

  /**
   * The customer id of run r, whose key is {@code key}. The parse checked every new run's id by
   * {@link CustomerId#of}'s rules (and refused the file otherwise), so the id is made without
   * checking it again; a short ASCII id's order prefix comes from its key.
   */
  private static CustomerId id(IdRuns p, long key, int r, byte[] buf) {
    int l = p.bytes(key, r, buf);
    if (!IdRuns.isLong(key) && (key & 0x8080808080808080L) == 0) {
      return MAKER.asciiId(new String(buf, 0, l, StandardCharsets.ISO_8859_1), key);
    }
    return MAKER.id(new String(buf, 0, l, StandardCharsets.UTF_8));
  }

  /** Makes ids of checked text. */
  private static final IdMaker MAKER = CoreAccess.idMaker();

  private CustomerId[] partitioned(int[] first) {
    int total = first.length;
    int partitions = IdRuns.PARTITIONS;
    // Each partition's distinct ids (their keys and first runs), found on every core.
    long[][] distinctKeys = new long[partitions][];
    int[][] distinctRuns = new int[partitions][];
    int[] distinct = new int[partitions];
    IntStream.range(0, partitions)
        .parallel()
        .forEach(p -> intern(p, first, distinctKeys, distinctRuns, distinct));
    // In file order: number the first runs, and give every other run its first run's number
    // (which comes before it, so is already a number).
    int customers = 0;
    for (int g = 0; g < total; g++) {
      int f = first[g];
      first[g] = f == g ? customers++ : first[f];
    }
    // Each customer's key and first run, by customer number.
    long[] keyOf = new long[customers];
    int[] runOf = new int[customers];
    IntStream.range(0, partitions)
        .parallel()
        .forEach(
            p -> {
              long[] keys = distinctKeys[p];
              int[] runs = distinctRuns[p];
              for (int j = 0; j < distinct[p]; j++) {
                int c = first[runs[j]];
                keyOf[c] = keys[j];
                runOf[c] = runs[j];
              }
            });
    return inCustomerOrder(keyOf, runOf);
  }

  /**
   * Makes customer c's id from its key and run, in customer order, a contiguous range per task, so
   * that the ids lie in memory in the order the columns refer to them: a later pass over the
   * customers (scoring, writing) reads memory in order rather than all over the heap, as it did
   * when the ids were made partition by partition.
   */
  private CustomerId[] inCustomerOrder(long[] keyOf, int[] runOf) {
    int count = keyOf.length;
    CustomerId[] out = new CustomerId[count];
    int ranges = Math.max(1, Math.min(64, count / 4096));
    IntStream.range(0, ranges)
        .parallel()
        .forEach(
            q -> {
              byte[] buf = new byte[64];
              int to = (int) ((long) count * (q + 1) / ranges);
              for (int c = (int) ((long) count * q / ranges); c < to; c++) {
                int g = runOf[c];
                int k = partOf(g);
                int r = g - base[k];
                buf = fit(buf, parts[k].length(keyOf[c], r));
                out[c] = id(parts[k], keyOf[c], r, buf);
              }
            });
    return out;
  }

  /**
   * Finds the distinct ids of partition p, whose runs every part holds in file order: sets {@code
   * first[g]} of every run g to the first run with its id, and lists each distinct id's key and
   * first run. The table holds pairs of longs (the key, and the first run + 1; 0 when empty) and
   * doubles when half full.
   */
  private void intern(
      int p, int[] first, long[][] distinctKeys, int[][] distinctRuns, int[] distinct) {
    int runsHere = 0;
    for (IdRuns part : parts) {
      runsHere += part.size(p);
    }
    // Room for as many ids as runs, up to 16,384 slots (256 KB, within the L2 cache): past that
    // the ids are fewer than the runs (customers come back) or the table doubles.
    int slots = (int) Math.min(1 << 14, Math.max(1 << 10, Long.highestOneBit(runsHere) << 1));
    long[] t = new long[2 * slots];
    int mask = slots - 1;
    long[] dk = new long[Math.max(16, runsHere / 4)];
    int[] dr = new int[dk.length];
    int n = 0;
    for (int k = 0; k < parts.length; k++) {
      IdRuns part = parts[k];
      int b = base[k];
      for (int i = 0, size = part.size(p); i < size; i++) {
        long key = part.key(p, i);
        int g = b + part.run(p, i);
        int slot = (int) IdRuns.mix(key) & mask;
        while (true) {
          long tag = t[2 * slot + 1];
          if (tag == 0) {
            t[2 * slot] = key;
            t[2 * slot + 1] = g + 1L;
            first[g] = g;
            if (n == dk.length) {
              dk = java.util.Arrays.copyOf(dk, n * 2);
              dr = java.util.Arrays.copyOf(dr, n * 2);
            }
            dk[n] = key;
            dr[n++] = g;
            if (n > slots / 2) {
              slots *= 2;
              t = rehash(t, slots);
              mask = slots - 1;
            }
            break;
          }
          if (t[2 * slot] == key) {
            int f = (int) tag - 1;
            if (!IdRuns.isLong(key) || sameLongId(g, f)) {
              first[g] = f;
              break;
            }
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    distinctKeys[p] = dk;
    distinctRuns[p] = dr;
    distinct[p] = n;
  }

  private static long[] rehash(long[] old, int slots) {
    long[] t = new long[2 * slots];
    int mask = slots - 1;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s + 1] != 0) {
        int slot = (int) IdRuns.mix(old[s]) & mask;
        while (t[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        t[2 * slot] = old[s];
        t[2 * slot + 1] = old[s + 1];
      }
    }
    return t;
  }

  /** Whether global runs g and f (long ids with equal hashes) are the same id. */
  private boolean sameLongId(int g, int f) {
    int kg = partOf(g);
    int kf = partOf(f);
    return parts[kg].sameLongId(g - base[kg], parts[kf], f - base[kf]);
  }

  private int partOf(int g) {
    int k = 0;
    while (base[k + 1] <= g) {
      k++;
    }
    return k;
  }
}
