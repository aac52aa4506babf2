package io.github.crmkit.recovery.incident;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of many terms in one pass over a text (Aho and Corasick 1975, "Efficient
 * string matching", CACM 18(6)), case-insensitively. A term that starts with a letter or digit of
 * the Latin script must start at a word boundary (so "late" does not match inside "chocolate");
 * terms in other scripts, such as Korean stems, match anywhere, which lets "기다" match "기다렸다"
 * without a morphological analyser. Immutable and thread-safe.
 */
final class TermMatcher {
  private final char[][] keys;
  private final int[][] next;
  private final int[] fail;
  private final int[][] out;
  private final int[] length;
  private final boolean[] wordStart;

  TermMatcher(List<String> terms) {
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> outs = new ArrayList<>();
    trie.add(new TreeMap<>());
    outs.add(new ArrayList<>());
    length = new int[terms.size()];
    wordStart = new boolean[terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      String term = lower(terms.get(t));
      length[t] = term.length();
      char first = term.charAt(0);
      wordStart[t] = first < 128 && Character.isLetterOrDigit(first);
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
      for (int t : out[state]) {
        int start = i - length[t] + 1;
        if (!wordStart[t] || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
          sink.match(t);
        }
      }
    }
  }
}
