package io.github.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identifiers order exactly as their text does ({@link String#compareTo}), whatever shortcut the
 * comparison takes: ASCII and non-ASCII characters, shared prefixes of every length, one text a
 * prefix of the other.
 */
class CustomerIdProperties {
  /** Characters around every boundary the shortcut could get wrong. */
  private static final String CHARS = "abcz0~! AZ\u00a0\u00e9\u0100\uac00\uffee";

  @Test
  void identifiersOrderAsTheirText() {
    qt().withExamples(20_000)
        .forAll(
            lists().of(integers().between(0, CHARS.length() - 1)).ofSizeBetween(1, 12),
            lists().of(integers().between(0, CHARS.length() - 1)).ofSizeBetween(0, 12),
            integers().between(0, 12))
        .checkAssert(
            (a, b, shared) -> {
              String x = text(a);
              // Often the second shares a prefix of the first (or is the first, or extends it).
              String y = (x.substring(0, Math.min(shared, x.length())) + text(b)).strip();
              if (y.isEmpty() || x.strip().isEmpty() || !x.strip().equals(x)) {
                return;
              }
              int expected = Integer.signum(x.compareTo(y));
              assertThat(Integer.signum(CustomerId.of(x).compareTo(CustomerId.of(y))))
                  .as("%s vs %s", x, y)
                  .isEqualTo(expected);
              assertThat(Integer.signum(CustomerId.of(y).compareTo(CustomerId.of(x))))
                  .isEqualTo(-expected);
            });
  }

  @Test
  void theShortcutMatchesTheTextOnTheUsualIds() {
    List<String> ids = List.of("c0000001", "c0000002", "c00000010", "c1", "C1", "c0", "c", "d");
    for (String x : ids) {
      for (String y : ids) {
        assertThat(Integer.signum(CustomerId.of(x).compareTo(CustomerId.of(y))))
            .as("%s vs %s", x, y)
            .isEqualTo(Integer.signum(x.compareTo(y)));
      }
    }
  }

  private static String text(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    picks.forEach(i -> sb.append(CHARS.charAt(i)));
    return sb.toString();
  }
}
