package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header line of a CSV file read by {@link CsvRecords}: the column names as written, and each
 * name's position, found without case. Immutable.
 *
 * @param names the column names in file order, as written (stripped of padding)
 * @since 0.2
 */
public record CsvHeader(List<String> names) {
  /**
   * Checks and copies the names.
   *
   * @param names the names, not null, none null
   */
  public CsvHeader {
    names = List.copyOf(checkNotNull(names, "names must not be null"));
  }

  /**
   * The position of a column, its name compared without case ({@link Locale#ROOT}).
   *
   * @param name the column's name, not null
   * @return its 0-based position, or -1 when the header has no such column
   */
  public int indexOf(String name) {
    checkNotNull(name, "name must not be null");
    String wanted = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every column's position by its name in lower case ({@link Locale#ROOT}).
   *
   * @return a new map
   */
  public Map<String, Integer> columns() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i).toLowerCase(Locale.ROOT), i);
    }
    return out;
  }
}
