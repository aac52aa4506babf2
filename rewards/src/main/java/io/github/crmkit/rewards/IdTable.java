package io.github.crmkit.rewards;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Open-addressing tables from string ids to their positions in an array of ids: each slot holds a
 * position + 1 (0 is empty), probed linearly; the table has at least twice as many slots as ids.
 * Ids are only ever added, so a table never needs deleting, and copying one is copying an int
 * array: a ledger's tables of orders, redemptions and events seen cost no object per id.
 */
final class IdTable {
  private IdTable() {}

  private static int slot(String id, int mask) {
    return ((id.hashCode() * 0x9E3779B9) >>> 7) & mask;
  }

  /** Up to this many ids are found by a scan, without a table. */
  static final int SCAN = 16;

  /** The position of {@code id} among the first {@code count} {@code keys}, or -1. */
  static int find(int @Nullable [] table, String[] keys, int count, String id) {
    if (table == null) {
      int h = id.hashCode();
      for (int i = 0; i < count; i++) {
        if (keys[i].hashCode() == h && keys[i].equals(id)) {
          return i;
        }
      }
      return -1;
    }
    int mask = table.length - 1;
    for (int s = slot(id, mask); ; s = (s + 1) & mask) {
      int v = table[s];
      if (v == 0) {
        return -1;
      }
      if (keys[v - 1].equals(id)) {
        return v - 1;
      }
    }
  }

  /**
   * Adds {@code keys[position]} (positions 0 to position - 1 are in the table already) and returns
   * the table: this one changed in place when {@code inPlace}, else a copy, and a larger one when
   * it was half full.
   */
  static int[] add(int @Nullable [] table, String[] keys, int position, boolean inPlace) {
    int count = position + 1;
    if (table == null || count * 2 > table.length) {
      int size = Integer.highestOneBit(Math.max(16, count * 4 - 1));
      int[] t = new int[size];
      for (int i = 0; i < count; i++) {
        put(t, keys[i], i);
      }
      return t;
    }
    int[] t = inPlace ? table : Arrays.copyOf(table, table.length);
    put(t, keys[position], position);
    return t;
  }

  private static void put(int[] table, String id, int position) {
    int mask = table.length - 1;
    int s = slot(id, mask);
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = position + 1;
  }
}
