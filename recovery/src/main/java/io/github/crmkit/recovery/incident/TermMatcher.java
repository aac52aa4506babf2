package io.github.crmkit.recovery.incident;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds every occurrence of many terms in one pass over a text (Aho and Corasick 1975, "Efficient
 * string matching", CACM 18(6)), case-insensitively. A Latin-script term is a whole word or phrase:
 * it matches only between word boundaries, and its last word also in its regular English
 * inflections ({@code wait}: wait, waits, waited, waiting; never waiter or waitress); a Latin term
 * ending in {@code *} is a declared open stem that matches at a word start with any ending ({@code
 * discriminat*}: discriminated, discrimination). Terms in other scripts, such as Korean stems,
 * match anywhere, which lets "기다" match "기다렸다" without a morphological analyser. Immutable and
 * thread-safe.
 */
final class TermMatcher {
  private final char[][] keys;
  private final int[][] next;
  private final int[] fail;
  private final int[][] out;
  private final int[] length;
  private final int[] termOf;
  private final boolean[] wordStart;
  private final boolean[] wordEnd;

  TermMatcher(List<String> terms) {
    List<String> keyText = new ArrayList<>();
    List<Integer> keyTerm = new ArrayList<>();
    List<Boolean> keyStart = new ArrayList<>();
    List<Boolean> keyEnd = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      String term = lower(terms.get(t));
      boolean latin = isLatinWordChar(term.charAt(0));
      if (!latin) {
        keyText.add(term);
        keyTerm.add(t);
        keyStart.add(false);
        keyEnd.add(false);
      } else if (term.endsWith("*")) {
        keyText.add(term.substring(0, term.length() - 1));
        keyTerm.add(t);
        keyStart.add(true);
        keyEnd.add(false);
      } else {
        for (String v : inflections(term)) {
          keyText.add(v);
          keyTerm.add(t);
          keyStart.add(true);
          keyEnd.add(true);
        }
      }
    }
    int keyCount = keyText.size();
    termOf = new int[keyCount];
    length = new int[keyCount];
    wordStart = new boolean[keyCount];
    wordEnd = new boolean[keyCount];
    for (int k = 0; k < keyCount; k++) {
      termOf[k] = keyTerm.get(k);
      length[k] = keyText.get(k).length();
      wordStart[k] = keyStart.get(k);
      wordEnd[k] = keyEnd.get(k);
    }
    List<String> keyList = keyText;
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> outs = new ArrayList<>();
    trie.add(new TreeMap<>());
    outs.add(new ArrayList<>());
    for (int t = 0; t < keyList.size(); t++) {
      String term = keyList.get(t);
      int node = 0;
      for (int i = 0; i < term.length(); i++) {
        Integer child = trie.get(node).get(term.charAt(i));
        if (child == null) {
          child = trie.size();
          trie.get(node).put(term.charAt(i), child);
          trie.add(new TreeMap<>());
          outs.add(new ArrayList<>());
        }
        node = child;
      }
      outs.get(node).add(t);
    }
    int n = trie.size();
    keys = new char[n][];
    next = new int[n][];
    for (int s = 0; s < n; s++) {
      TreeMap<Character, Integer> m = trie.get(s);
      keys[s] = new char[m.size()];
      next[s] = new int[m.size()];
      int i = 0;
      for (Map.Entry<Character, Integer> e : m.entrySet()) {
        keys[s][i] = e.getKey();
        next[s][i] = e.getValue();
        i++;
      }
    }
    fail = new int[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c : next[0]) {
      queue.add(c);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int i = 0; i < keys[s].length; i++) {
        char ch = keys[s][i];
        int child = next[s][i];
        int f = fail[s];
        while (f != 0 && step(f, ch) < 0) {
          f = fail[f];
        }
        int g = step(f, ch);
        fail[child] = g < 0 || g == child ? 0 : g;
        outs.get(child).addAll(outs.get(fail[child]));
        queue.add(child);
      }
    }
    out = new int[n][];
    for (int s = 0; s < n; s++) {
      out[s] = outs.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private int step(int state, char ch) {
    int i = Arrays.binarySearch(keys[state], ch);
    return i < 0 ? -1 : next[state][i];
  }

  static String lower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(Character.toLowerCase(s.charAt(i)));
    }
    return sb.toString();
  }

  /** Tells whether a character continues a word of a Latin-script term. */
  static boolean isLatinWordChar(char c) {
    if (c < 128) {
      return Character.isLetterOrDigit(c);
    }
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /**
   * The regular English inflections of a term's last word: -s, -es, -ed, -ing, with a final e
   * dropped (bake: baked, baking), a final consonant y turned into i (reply: replies, replied) and
   * a final consonant doubled after a single vowel (stop: stopped, stopping). Irregular forms are
   * terms of their own.
   */
  static Set<String> inflections(String term) {
    Set<String> out = new LinkedHashSet<>();
    out.add(term);
    char last = term.charAt(term.length() - 1);
    if (last >= 128 || !Character.isLetter(last)) {
      return out;
    }
    out.add(term + "s");
    out.add(term + "es");
    out.add(term + "ed");
    out.add(term + "ing");
    int n = term.length();
    if (last == 'e') {
      out.add(term + "d");
      out.add(term.substring(0, n - 1) + "ing");
    }
    if (last == 'y' && n >= 2 && !vowel(term.charAt(n - 2))) {
      out.add(term.substring(0, n - 1) + "ies");
      out.add(term.substring(0, n - 1) + "ied");
    }
    if (n >= 3
        && !vowel(last)
        && "wxy".indexOf(last) < 0
        && vowel(term.charAt(n - 2))
        && !vowel(term.charAt(n - 3))
        && Character.isLetter(term.charAt(n - 3))) {
      out.add(term + last + "ed");
      out.add(term + last + "ing");
    }
    return out;
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** Receives each match. */
  interface Sink {
    void match(int term);
  }

  /** Calls the sink for every match of every term, left to right. */
  void find(CharSequence text, Sink sink) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = Character.toLowerCase(text.charAt(i));
      int nx = step(state, ch);
      while (nx < 0 && state != 0) {
        state = fail[state];
        nx = step(state, ch);
      }
      state = nx < 0 ? 0 : nx;
      for (int k : out[state]) {
        int start = i - length[k] + 1;
        if ((!wordStart[k] || start == 0 || !isLatinWordChar(text.charAt(start - 1)))
            && (!wordEnd[k] || i + 1 == text.length() || !isLatinWordChar(text.charAt(i + 1)))) {
          sink.match(termOf[k]);
        }
      }
    }
  }
}
