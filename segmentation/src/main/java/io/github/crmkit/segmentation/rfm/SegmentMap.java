package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.crmkit.core.PolicyValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of {@link SegmentRule}s with a fallback: a cell gets the segment of the first rule
 * whose box holds it (precedence is list order), or the fallback when none does.
 *
 * <p>Maps are data: build them in code, take a preset from {@link SegmentMaps}, and check them with
 * {@link #validate(int, int, int)}, which reports uncovered cells, overlapping rules and rules that
 * precedence makes unreachable. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SegmentMap {
  private final String name;
  private final String source;
  private final List<SegmentRule> rules;
  private final String fallback;
  private final List<String> segments;

  private SegmentMap(String name, String source, List<SegmentRule> rules, String fallback) {
    this.name = name;
    this.source = source;
    this.rules = List.copyOf(rules);
    this.fallback = fallback;
    List<String> names = new ArrayList<>();
    for (SegmentRule r : rules) {
      names.add(r.name());
    }
    names.add(fallback);
    this.segments = Collections.unmodifiableList(names);
  }

  /**
   * Starts a map.
   *
   * @param name the map's name, not blank
   * @return a builder
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String name) {
    checkNotNull(name, "name must not be null");
    checkArgument(!name.isBlank(), "name must not be blank, but was '%s'", name);
    return new Builder(name);
  }

  /**
   * Returns a builder holding this map's source, rules and fallback, to derive a map under a new
   * name.
   *
   * @param name the new map's name, not blank
   * @return a new builder
   */
  public Builder toBuilder(String name) {
    Builder b = builder(name);
    b.source = source;
    b.rules.addAll(rules);
    b.fallback = fallback;
    return b;
  }

  /**
   * Returns the map's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns where the map comes from: a citation for presets, free text for custom maps.
   *
   * @return the source, possibly empty
   */
  public String source() {
    return source;
  }

  /**
   * Returns the rules in order of precedence.
   *
   * @return an unmodifiable list
   */
  public List<SegmentRule> rules() {
    return rules;
  }

  /**
   * Returns the segment of cells no rule holds.
   *
   * @return the fallback segment's name
   */
  public String fallback() {
    return fallback;
  }

  /**
   * Returns every segment name: the rules' in order, then the fallback.
   *
   * @return an unmodifiable list; index {@code i} is the segment index used by batch results
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Returns the index in {@link #segments()} of a cell's segment.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @return the index of the first matching rule, or of the fallback
   */
  public int classifyIndex(int r, int f, int m) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).matches(r, f, m)) {
        return i;
      }
    }
    return rules.size();
  }

  /**
   * Returns a cell's segment.
   *
   * @param cell the cell, not null
   * @return the segment's name
   */
  public String classify(RfmCell cell) {
    checkNotNull(cell, "cell must not be null");
    return segments.get(classifyIndex(cell.r(), cell.f(), cell.m()));
  }

  /**
   * Checks the map over every cell of a grid of scores.
   *
   * @param recencyBins the number of recency scores, 2 to 10
   * @param frequencyBins the number of frequency scores, 2 to 10
   * @param monetaryBins the number of monetary scores, 2 to 10
   * @return the report of uncovered cells, overlaps and unreachable rules
   * @throws IllegalArgumentException if a number of bins is out of range
   */
  public SegmentMapReport validate(int recencyBins, int frequencyBins, int monetaryBins) {
    checkBins("recencyBins", recencyBins);
    checkBins("frequencyBins", frequencyBins);
    checkBins("monetaryBins", monetaryBins);
    int k = rules.size();
    int[] firstMatches = new int[k];
    int[][] overlap = new int[k][k];
    int[] hits = new int[k];
    List<RfmCell> uncovered = new ArrayList<>();
    for (int r = 1; r <= recencyBins; r++) {
      for (int f = 1; f <= frequencyBins; f++) {
        for (int m = 1; m <= monetaryBins; m++) {
          int first = -1;
          int matched = 0;
          for (int i = 0; i < k; i++) {
            if (rules.get(i).matches(r, f, m)) {
              if (first < 0) {
                first = i;
                firstMatches[i]++;
              }
              for (int j = 0; j < matched; j++) {
                overlap[hits[j]][i]++;
              }
              hits[matched++] = i;
            }
          }
          if (first < 0) {
            uncovered.add(RfmCell.of(r, f, m));
          }
        }
      }
    }
    List<SegmentMapReport.Overlap> overlaps = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (overlap[i][j] > 0) {
          overlaps.add(
              new SegmentMapReport.Overlap(
                  rules.get(i).name(), rules.get(j).name(), overlap[i][j]));
        }
      }
      if (firstMatches[i] == 0) {
        unreachable.add(rules.get(i).name());
      }
    }
    int total = recencyBins * frequencyBins * monetaryBins;
    return new SegmentMapReport(name, total, uncovered, overlaps, unreachable);
  }

  /**
   * Validates the map and throws if any rule is unreachable on the given grid.
   *
   * @param recencyBins the number of recency scores, 2 to 10
   * @param frequencyBins the number of frequency scores, 2 to 10
   * @param monetaryBins the number of monetary scores, 2 to 10
   * @return this map
   * @throws PolicyValidationException naming every unreachable rule
   */
  public SegmentMap requireReachable(int recencyBins, int frequencyBins, int monetaryBins) {
    SegmentMapReport report = validate(recencyBins, frequencyBins, monetaryBins);
    if (!report.unreachableRules().isEmpty()) {
      List<String> problems = new ArrayList<>();
      for (String rule : report.unreachableRules()) {
        problems.add("rule '" + rule + "' is unreachable: earlier rules hold all its cells");
      }
      throw new PolicyValidationException(name, problems);
    }
    return this;
  }

  /**
   * Checks that the map fits a grid of scores: no rule uses a score the grid does not have (a map
   * written for 5 bins on 3-bin boundaries would leave its top segments empty), and every rule
   * holds at least one cell before earlier rules take it. {@link RfmScorer#of} calls this.
   *
   * @param recencyBins the number of recency scores, 2 to 10
   * @param frequencyBins the number of frequency scores, 2 to 10
   * @param monetaryBins the number of monetary scores, 2 to 10
   * @return this map
   * @throws PolicyValidationException naming every rule that does not fit
   */
  public SegmentMap requireFits(int recencyBins, int frequencyBins, int monetaryBins) {
    SegmentMapReport report = validate(recencyBins, frequencyBins, monetaryBins);
    List<String> problems = new ArrayList<>();
    for (SegmentRule r : rules) {
      r.fitProblems(recencyBins, frequencyBins, monetaryBins, problems);
    }
    for (String rule : report.unreachableRules()) {
      problems.add(
          "rule '"
              + rule
              + "' holds no cell of the "
              + recencyBins
              + " x "
              + frequencyBins
              + " x "
              + monetaryBins
              + " grid that earlier rules do not take");
    }
    if (!problems.isEmpty()) {
      throw new PolicyValidationException(name, problems);
    }
    return this;
  }

  private static void checkBins(String name, int bins) {
    checkArgument(bins >= 2 && bins <= 10, "%s must be between 2 and 10, but was %s", name, bins);
  }

  /** Prints the map's name, its rules in precedence order and its fallback. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SegmentMap ").append(name);
    for (int i = 0; i < rules.size(); i++) {
      sb.append("\n  ").append(i + 1).append(". ").append(rules.get(i));
    }
    return sb.append("\n  otherwise: ").append(fallback).toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SegmentMap s
        && s.name.equals(name)
        && s.rules.equals(rules)
        && s.fallback.equals(fallback);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + rules.hashCode()) * 31 + fallback.hashCode();
  }

  /**
   * Builds a map. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String name;
    private String source = "";
    private final List<SegmentRule> rules = new ArrayList<>();
    private @Nullable String fallback;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Records where the map comes from.
     *
     * @param source a citation or description, not null
     * @return this builder
     */
    public Builder source(String source) {
      this.source = checkNotNull(source, "source must not be null");
      return this;
    }

    /**
     * Appends a rule, after every rule added before it in precedence.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder rule(SegmentRule rule) {
      rules.add(checkNotNull(rule, "rule must not be null"));
      return this;
    }

    /**
     * Sets the segment of cells no rule holds.
     *
     * @param fallback the fallback segment's name, not blank
     * @return this builder
     */
    public Builder fallback(String fallback) {
      checkNotNull(fallback, "fallback must not be null");
      checkArgument(!fallback.isBlank(), "fallback must not be blank, but was '%s'", fallback);
      this.fallback = fallback;
      return this;
    }

    /**
     * Builds the map.
     *
     * @return the map
     * @throws IllegalStateException if there is no rule or no fallback, or two segments share a
     *     name
     */
    public SegmentMap build() {
      String fb = fallback;
      checkState(fb != null, "map '%s' needs a fallback segment", name);
      checkState(!rules.isEmpty(), "map '%s' needs at least one rule", name);
      checkState(
          rules.size() <= 254,
          "map '%s' must have at most 254 rules, but had %s",
          name,
          rules.size());
      Set<String> seen = new HashSet<>();
      for (SegmentRule r : rules) {
        checkState(seen.add(r.name()), "map '%s' has two segments named '%s'", name, r.name());
      }
      checkState(!seen.contains(fb), "map '%s' has a rule with the fallback's name '%s'", name, fb);
      return new SegmentMap(name, source, rules, fb);
    }
  }
}
