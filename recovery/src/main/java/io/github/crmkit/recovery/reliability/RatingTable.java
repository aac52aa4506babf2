package io.github.crmkit.recovery.reliability;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Units x coders, each cell a category or missing: the input of every reliability statistic. Built
 * in wide form (a row per unit, a column per coder), long form (unit, coder, code), or from counts
 * per unit (how many coders chose each category, as in Fleiss 1971). The category list fixes the
 * order used by ordinal statistics; codes outside a declared list are rejected. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class RatingTable {
  private final List<String> categories;
  private final List<String> coders;
  private final List<String> units;

  /** Row-major units x coders, -1 where missing. */
  private final int[] codes;

  private RatingTable(
      List<String> categories, List<String> coders, List<String> units, int[] codes) {
    this.categories = List.copyOf(categories);
    this.coders = List.copyOf(coders);
    this.units = List.copyOf(units);
    this.codes = codes;
  }

  /**
   * Builds a table in wide form with categories in order of first appearance.
   *
   * @param rows one row per unit, one column per coder, null where a coder did not rate the unit;
   *     every row as long as the first
   * @return the table
   * @throws IllegalArgumentException if there is no unit, fewer than two coders, or rows differ in
   *     length
   */
  public static RatingTable fromRows(@Nullable String[][] rows) {
    return fromRows(rows, null);
  }

  /**
   * Builds a table in wide form with declared categories.
   *
   * @param rows one row per unit, one column per coder, null where missing
   * @param categories the categories in their natural order (the order ordinal statistics use), or
   *     null for order of first appearance
   * @return the table
   * @throws IllegalArgumentException if there is no unit, fewer than two coders, rows differ in
   *     length, or a code is not a declared category (naming unit, coder and code)
   */
  public static RatingTable fromRows(@Nullable String[][] rows, @Nullable List<String> categories) {
    checkNotNull(rows, "rows must not be null");
    if (rows.length == 0) {
      throw new IllegalArgumentException("rows must hold at least one unit");
    }
    int m = checkNotNull(rows[0], "rows[0] must not be null").length;
    if (m < 2) {
      throw new IllegalArgumentException(
          "a reliability study needs at least two coders, but had " + m);
    }
    Categories cats = new Categories(categories);
    int[] codes = new int[rows.length * m];
    List<String> units = new ArrayList<>(rows.length);
    for (int u = 0; u < rows.length; u++) {
      @Nullable String[] row = checkNotNull(rows[u], "rows must not hold a null row");
      if (row.length != m) {
        throw new IllegalArgumentException(
            "every row must have " + m + " coders, but row " + u + " had " + row.length);
      }
      units.add(String.valueOf(u + 1));
      for (int c = 0; c < m; c++) {
        codes[u * m + c] =
            row[c] == null ? -1 : cats.index(row[c], "unit " + (u + 1), "coder " + (c + 1));
      }
    }
    List<String> coders = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      coders.add(String.valueOf(c + 1));
    }
    return new RatingTable(cats.list(), coders, units, codes);
  }

  /**
   * Builds a table from ratings in long form; units and coders appear in order of first appearance.
   *
   * @param ratings the ratings, not null, no nulls
   * @param categories the categories in their natural order, or null for order of first appearance
   * @return the table
   * @throws IllegalArgumentException if there is no rating, fewer than two coders, a coder rates a
   *     unit twice, or a code is not a declared category
   */
  public static RatingTable fromRatings(
      Iterable<Rating> ratings, @Nullable List<String> categories) {
    checkNotNull(ratings, "ratings must not be null");
    Categories cats = new Categories(categories);
    Map<String, Integer> units = new LinkedHashMap<>();
    Map<String, Integer> coders = new LinkedHashMap<>();
    Map<Long, Integer> cells = new HashMap<>();
    for (Rating r : ratings) {
      checkNotNull(r, "ratings must not hold null");
      int u = units.computeIfAbsent(r.unit(), k -> units.size());
      int c = coders.computeIfAbsent(r.coder(), k -> coders.size());
      int code = cats.index(r.code(), "unit '" + r.unit() + "'", "coder '" + r.coder() + "'");
      if (cells.put(((long) u << 32) | c, code) != null) {
        throw new IllegalArgumentException(
            "duplicate rating: coder '" + r.coder() + "' rated unit '" + r.unit() + "' twice");
      }
    }
    if (units.isEmpty()) {
      throw new IllegalArgumentException("ratings must hold at least one rating");
    }
    if (coders.size() < 2) {
      throw new IllegalArgumentException(
          "a reliability study needs at least two coders, but had " + coders.size());
    }
    int m = coders.size();
    int[] codes = new int[units.size() * m];
    Arrays.fill(codes, -1);
    cells.forEach((key, code) -> codes[(int) (key >>> 32) * m + (int) (key & 0xffffffffL)] = code);
    return new RatingTable(
        cats.list(), new ArrayList<>(coders.keySet()), new ArrayList<>(units.keySet()), codes);
  }

  /**
   * Builds a table from counts per unit: {@code counts[u][k]} coders put unit u into category k.
   * Coders are anonymous; units may have different numbers of ratings.
   *
   * @param counts the counts, one row per unit, one column per category, not negative
   * @param categories the categories, as many as the columns
   * @return the table
   * @throws IllegalArgumentException if shapes disagree, a count is negative, or no unit has two
   *     ratings
   */
  public static RatingTable fromCounts(int[][] counts, List<String> categories) {
    checkNotNull(counts, "counts must not be null");
    checkNotNull(categories, "categories must not be null");
    Categories cats = new Categories(categories);
    int q = cats.list().size();
    int m = 0;
    for (int u = 0; u < counts.length; u++) {
      int[] row = checkNotNull(counts[u], "counts must not hold a null row");
      if (row.length != q) {
        throw new IllegalArgumentException(
            "every row must have " + q + " counts, but row " + u + " had " + row.length);
      }
      int sum = 0;
      for (int k = 0; k < q; k++) {
        if (row[k] < 0) {
          throw new IllegalArgumentException(
              "counts must not be negative, but counts[" + u + "][" + k + "] was " + row[k]);
        }
        sum += row[k];
      }
      m = Math.max(m, sum);
    }
    if (counts.length == 0 || m < 2) {
      throw new IllegalArgumentException("counts must hold a unit with at least two ratings");
    }
    int[] codes = new int[counts.length * m];
    Arrays.fill(codes, -1);
    List<String> units = new ArrayList<>();
    for (int u = 0; u < counts.length; u++) {
      units.add(String.valueOf(u + 1));
      int c = 0;
      for (int k = 0; k < q; k++) {
        for (int i = 0; i < counts[u][k]; i++) {
          codes[u * m + c++] = k;
        }
      }
    }
    List<String> coders = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      coders.add(String.valueOf(c + 1));
    }
    return new RatingTable(cats.list(), coders, units, codes);
  }

  /**
   * Returns the categories in their order.
   *
   * @return an unmodifiable list
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * Returns the coders.
   *
   * @return an unmodifiable list
   */
  public List<String> coders() {
    return coders;
  }

  /**
   * Returns the units.
   *
   * @return an unmodifiable list
   */
  public List<String> units() {
    return units;
  }

  /**
   * Returns the code a coder gave a unit.
   *
   * @param unit the unit's index
   * @param coder the coder's index
   * @return the category, or empty when missing
   */
  public java.util.Optional<String> code(int unit, int coder) {
    int k = codes[unit * coders.size() + coder];
    return k < 0 ? java.util.Optional.empty() : java.util.Optional.of(categories.get(k));
  }

  int unitCount() {
    return units.size();
  }

  int coderCount() {
    return coders.size();
  }

  int categoryCount() {
    return categories.size();
  }

  /** The category index, or -1 when missing. */
  int at(int unit, int coder) {
    return codes[unit * coders.size() + coder];
  }

  /** Fills counts[k] with the number of coders choosing k for the unit; returns their sum. */
  int countsOf(int unit, int[] counts) {
    Arrays.fill(counts, 0);
    int m = coders.size();
    int sum = 0;
    for (int c = 0; c < m; c++) {
      int k = codes[unit * m + c];
      if (k >= 0) {
        counts[k]++;
        sum++;
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return "RatingTable{"
        + units.size()
        + " units x "
        + coders.size()
        + " coders, categories "
        + categories
        + "}";
  }

  /** Category list, declared or growing in order of appearance. */
  private static final class Categories {
    private final boolean declared;
    private final List<String> list = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    Categories(@Nullable List<String> declared) {
      this.declared = declared != null;
      if (declared != null) {
        for (String c : declared) {
          checkNotNull(c, "categories must not hold null");
          if (index.putIfAbsent(c, list.size()) != null) {
            throw new IllegalArgumentException("category '" + c + "' is declared twice");
          }
          list.add(c);
        }
      }
    }

    int index(String code, String unit, String coder) {
      Integer i = index.get(code);
      if (i != null) {
        return i;
      }
      if (declared) {
        throw new IllegalArgumentException(
            "unknown code '"
                + code
                + "' from "
                + coder
                + " for "
                + unit
                + "; categories are "
                + list);
      }
      index.put(code, list.size());
      list.add(code);
      return list.size() - 1;
    }

    List<String> list() {
      return list;
    }
  }
}
