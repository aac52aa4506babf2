package io.github.crmkit.rewards;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Open-addressing tables from string ids to their positions in an array of ids, with the ids'
 * hashes kept beside them: each slot holds a position + 1 (0 is empty), probed linearly; the table
 * has at least twice as many slots as ids. An id's string is read only when its hash matches, and
 * ids are only ever added, so a table never needs deleting and copying one is copying an int array:
 * a ledger's tables of orders, redemptions and events seen cost no object per id.
 */
final class IdTable {
  private IdTable() {}

  /** Up to this many ids are found by a scan of their hashes, without a table. */
  static final int SCAN = 32;

  private static int slot(int hash, int mask) {
    return ((hash * 0x9E3779B9) >>> 7) & mask;
  }

  /**
   * The position of {@code id} (whose hash is {@code hash}) among the first {@code count} {@code
   * keys}, or -1.
   */
  static int find(
      int @Nullable [] table, int[] hashes, String[] keys, int count, String id, int hash) {
    if (table == null) {
      for (int i = 0; i < count; i++) {
        if (hashes[i] == hash && keys[i].equals(id)) {
          return i;
        }
      }
      return -1;
    }
    int mask = table.length - 1;
    for (int s = slot(hash, mask); ; s = (s + 1) & mask) {
      int v = table[s];
      if (v == 0) {
        return -1;
      }
      if (hashes[v - 1] == hash && keys[v - 1].equals(id)) {
        return v - 1;
      }
    }
  }

  /**
   * Adds the id at {@code position} (positions 0 to position - 1 are in the table already) and
   * returns the table: none while there are few ids, this one changed in place when {@code
   * inPlace}, else a copy, and a larger one when it was half full.
   */
  static int @Nullable [] add(int @Nullable [] table, int[] hashes, int position, boolean inPlace) {
    int count = position + 1;
    if (table == null && count <= SCAN) {
      return null;
    }
    if (table == null || count * 2 > table.length) {
      int size = Integer.highestOneBit(Math.max(16, count * 4 - 1));
      int[] t = new int[size];
      for (int i = 0; i < count; i++) {
        put(t, hashes[i], i);
      }
      return t;
    }
    int[] t = inPlace ? table : Arrays.copyOf(table, table.length);
    put(t, hashes[position], position);
    return t;
  }

  private static void put(int[] table, int hash, int position) {
    int mask = table.length - 1;
    int s = slot(hash, mask);
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = position + 1;
  }
}
