package io.github.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The dictionary of a file read in parts against a plain map numbering ids in order of first
 * appearance, including partitions that outgrow their regions (parts made for no rows at all).
 */
class IdDictionaryTest {
  /** Ids as the reader sees them: in parts, in a row buffer with other bytes around them. */
  static IdRuns part(List<String> ids, int capacity, List<Integer> runOfRow) {
    IdRuns runs = new IdRuns(capacity);
    for (String id : ids) {
      byte[] line = ("x," + id + ",y").getBytes(StandardCharsets.UTF_8);
      runOfRow.add(runs.add(line, 2, 2 + id.getBytes(StandardCharsets.UTF_8).length));
    }
    return runs;
  }

  void check(List<List<String>> parts, int capacity) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    IdRuns[] runs = new IdRuns[parts.size()];
    List<List<Integer>> runOfRow = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      for (String id : parts.get(k)) {
        expected.putIfAbsent(id, expected.size());
      }
      runOfRow.add(new ArrayList<>());
      runs[k] = part(parts.get(k), capacity, runOfRow.get(k));
    }
    IdDictionary d = new IdDictionary(runs);
    List<String> made = new ArrayList<>();
    for (var c : d.customers) {
      made.add(c.value());
    }
    assertThat(made).containsExactlyElementsOf(expected.keySet());
    int[] map = d.runCustomers();
    for (int k = 0; k < parts.size(); k++) {
      for (int i = 0; i < parts.get(k).size(); i++) {
        int run = runOfRow.get(k).get(i);
        int customer = map == null ? run + d.shift(k) : map[d.base(k) + run];
        assertThat(customer).isEqualTo(expected.get(parts.get(k).get(i)));
      }
    }
  }

  @Test
  void idsInAnyOrderAreNumberedByFirstAppearance() {
    SplittableRandom r = new SplittableRandom(3);
    // Short ids alone (every key its id), and with long ids too (hashes, bytes compared).
    for (int capacity : new int[] {0, 100, 100_000, -1}) {
      boolean longIds = capacity >= 0;
      List<List<String>> parts = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
          int c = r.nextInt(2500);
          // Short ids (packed), long ones (hashed), and a run of repeats now and then.
          String id = longIds && c % 3 == 0 ? "customer-with-a-long-id-" + c : "c" + c;
          ids.add(id);
          if (r.nextInt(10) == 0) {
            ids.add(id);
          }
        }
        parts.add(ids);
      }
      check(parts, Math.max(0, capacity));
    }
  }

  @Test
  void sortedPartsThatShareACustomerAtTheCutNeedNoHashing() {
    List<List<String>> parts = new ArrayList<>();
    int c = 0;
    for (int k = 0; k < 4; k++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        ids.add(String.format(java.util.Locale.ROOT, "id%06d", c));
        if (i % 3 == 2) {
          c++;
        }
      }
      parts.add(ids);
      // The next part begins with the customer this one ended with, or the one after it.
      c -= k % 2 == 0 ? 1 : 0;
    }
    for (int capacity : new int[] {0, 3000}) {
      check(parts, capacity);
      IdRuns[] runs = new IdRuns[parts.size()];
      for (int k = 0; k < parts.size(); k++) {
        runs[k] = part(parts.get(k), capacity, new ArrayList<>());
      }
      assertThat(new IdDictionary(runs).runCustomers()).as("sorted: no run map").isNull();
    }
  }

  @Test
  void idsMadeWithoutCheckingAgainAreTheIdsOfTheirText() {
    // Short ASCII ids take their order prefix from their packed bytes; the others compute it.
    List<String> texts =
        List.of(
            "a",
            "ab",
            "abc",
            "abcdefgh",
            "abcdefg",
            "abcdefghi",
            "Z9",
            "~",
            " x".strip(),
            "é",
            "éa",
            "日本",
            "a-much-longer-customer-id",
            "a-much-longer-customer-ie",
            "abcdefgh~",
            "0");
    List<String> sorted = new ArrayList<>(texts);
    java.util.Collections.shuffle(sorted, new java.util.Random(5));
    IdRuns[] runs = {part(sorted, 0, new ArrayList<>())};
    IdDictionary d = new IdDictionary(runs);
    for (var id : d.customers) {
      var reference = io.github.crmkit.core.CustomerId.of(id.value());
      assertThat(id).isEqualTo(reference).hasSameHashCodeAs(reference);
      for (var other : d.customers) {
        assertThat(Integer.signum(id.compareTo(other)))
            .as("%s against %s", id, other)
            .isEqualTo(Integer.signum(id.value().compareTo(other.value())));
      }
    }
  }
}
