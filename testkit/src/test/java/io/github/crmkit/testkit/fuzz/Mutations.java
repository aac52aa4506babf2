package io.github.crmkit.testkit.fuzz;

import java.util.random.RandomGenerator;

/**
 * Seeded mutations of text documents for fuzz tests of crmkit's readers: characters replaced,
 * deleted, inserted (from a pool of the format's structural characters, or any) and slices
 * duplicated (repeated members, deeper nesting).
 */
public final class Mutations {
  private Mutations() {}

  /**
   * Returns a mutated copy of a document.
   *
   * @param rng the seeded source
   * @param in the document
   * @param pool characters the format gives meaning to, drawn from half the time
   * @return one to three edits of the document
   */
  public static String mutate(RandomGenerator rng, String in, String pool) {
    StringBuilder sb = new StringBuilder(in);
    int edits = 1 + rng.nextInt(3);
    for (int e = 0; e < edits; e++) {
      if (sb.length() == 0) {
        sb.append(pool.charAt(rng.nextInt(pool.length())));
        continue;
      }
      int at = rng.nextInt(sb.length());
      char c =
          rng.nextBoolean() ? pool.charAt(rng.nextInt(pool.length())) : (char) rng.nextInt(0x3000);
      switch (rng.nextInt(4)) {
        case 0 -> sb.setCharAt(at, c);
        case 1 -> sb.deleteCharAt(at);
        case 2 -> sb.insert(at, c);
        default -> {
          int to = Math.min(sb.length(), at + 1 + rng.nextInt(20));
          sb.insert(at, sb.substring(at, to));
        }
      }
    }
    return sb.toString();
  }
}
