package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.crmkit.core.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One named box of an RFM segment map: inclusive score ranges for R, F and M, or for R and FM
 * ({@code (F + M) / 2}). A dimension left unset accepts every score. Immutable and thread-safe.
 *
 * <pre>{@code
 * SegmentRule champions = SegmentRule.builder("Champions").recency(4, 5).fm(4, 5).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class SegmentRule {
  private final String name;
  // The score ranges, package-private for SegmentMapJson, which writes them.
  final int rLo;
  final int rHi;
  final int fLo;
  final int fHi;
  final int mLo;
  final int mHi;
  final double fmLo;
  final double fmHi;
  private final boolean usesFm;

  private SegmentRule(Builder b) {
    this.name = b.name;
    this.rLo = b.rLo;
    this.rHi = b.rHi;
    this.fLo = b.fLo;
    this.fHi = b.fHi;
    this.mLo = b.mLo;
    this.mHi = b.mHi;
    this.fmLo = b.fmLo;
    this.fmHi = b.fmHi;
    this.usesFm = b.usesFm;
  }

  /**
   * Starts a rule.
   *
   * @param name the segment's name, not blank
   * @return a builder
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String name) {
    checkNotNull(name, "name must not be null");
    checkArgument(!name.isBlank(), "name must not be blank, but was '%s'", name);
    return new Builder(name);
  }

  /**
   * Returns a builder holding this rule's ranges, to derive a rule (the same name or another).
   *
   * @param name the rule's name, not blank
   * @return a new builder
   */
  public Builder toBuilder(String name) {
    Builder b = builder(name);
    b.rLo = rLo;
    b.rHi = rHi;
    b.fLo = fLo;
    b.fHi = fHi;
    b.mLo = mLo;
    b.mHi = mHi;
    b.fmLo = fmLo;
    b.fmHi = fmHi;
    b.usesFm = usesFm;
    b.usesFOrM = !usesFm && (fLo != 1 || fHi != 10 || mLo != 1 || mHi != 10);
    return b;
  }

  /**
   * Returns the segment's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether the rule scores R against FM rather than against F and M separately.
   *
   * @return true for an R x FM rule
   */
  public boolean usesFm() {
    return usesFm;
  }

  /**
   * Tells whether a cell falls in this rule's box.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @return true if every range holds
   */
  public boolean matches(int r, int f, int m) {
    if (r < rLo || r > rHi) {
      return false;
    }
    if (usesFm) {
      double fm = (f + m) / 2.0;
      return fm >= fmLo && fm <= fmHi;
    }
    return f >= fLo && f <= fHi && m >= mLo && m <= mHi;
  }

  /**
   * Says why a cell does or does not fall in this rule's box, naming each range checked.
   *
   * @param r the recency score
   * @param f the frequency score
   * @param m the monetary score
   * @return for example {@code "R=3 in 3..5, F=1 not in 3..5"}
   */
  public String reason(int r, int f, int m) {
    return reason(r, f, m, Locale.ROOT);
  }

  /** The reason in a locale's language, from the package's explanation templates. */
  String reason(int r, int f, int m, Locale locale) {
    List<String> parts = new ArrayList<>();
    parts.add(range("R", r, r >= rLo && r <= rHi, rLo, rHi, locale));
    if (usesFm) {
      double fm = (f + m) / 2.0;
      parts.add(
          range("FM", fmText(fm), fm >= fmLo && fm <= fmHi, fmText(fmLo), fmText(fmHi), locale));
    } else {
      parts.add(range("F", f, f >= fLo && f <= fHi, fLo, fHi, locale));
      parts.add(range("M", m, m >= mLo && m <= mHi, mLo, mHi, locale));
    }
    return String.join(", ", parts);
  }

  /**
   * Adds to problems each bound of this rule that does not fit a grid: a lower bound above the
   * grid's top score (the rule can hold no cell), or an explicit upper bound below 10 but above it
   * (the rule was written for more scores).
   */
  void fitProblems(int rBins, int fBins, int mBins, List<String> problems) {
    fit("recency", rLo, rHi, rBins, problems);
    if (usesFm) {
      int bins = Math.min(fBins, mBins);
      fit("FM", (int) Math.ceil(fmLo), fmHi == 10 ? 10 : (int) Math.floor(fmHi), bins, problems);
    } else {
      fit("frequency", fLo, fHi, fBins, problems);
      fit("monetary", mLo, mHi, mBins, problems);
    }
  }

  private void fit(String dim, int lo, int hi, int bins, List<String> problems) {
    if (lo > bins || (hi < 10 && hi > bins)) {
      problems.add(
          "rule '"
              + name
              + "' uses "
              + dim
              + " scores "
              + lo
              + ".."
              + hi
              + ", but the boundaries have "
              + bins
              + " "
              + dim
              + " bins");
    }
  }

  private static String range(
      String letter, Object v, boolean in, Object lo, Object hi, Locale locale) {
    return Names.format(SegmentRule.class, in ? "rfm.in" : "rfm.notIn", locale, letter, v, lo, hi);
  }

  private static String fmText(double v) {
    return v == Math.rint(v) ? Integer.toString((int) v) : Double.toString(v);
  }

  /** Prints {@code "Champions: R 4..5, FM 4..5"}. */
  @Override
  public String toString() {
    return name
        + ": R "
        + rLo
        + ".."
        + rHi
        + (usesFm
            ? ", FM " + fmText(fmLo) + ".." + fmText(fmHi)
            : ", F " + fLo + ".." + fHi + ", M " + mLo + ".." + mHi);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SegmentRule s && s.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * Builds a rule. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String name;
    private int rLo = 1;
    private int rHi = 10;
    private int fLo = 1;
    private int fHi = 10;
    private int mLo = 1;
    private int mHi = 10;
    private double fmLo = 1;
    private double fmHi = 10;
    private boolean usesFm;
    private boolean usesFOrM;

    private Builder(String name) {
      this.name = name;
    }

    private static void checkRange(String dim, double lo, double hi) {
      checkArgument(
          lo >= 1 && hi <= 10 && lo <= hi,
          "%s range must satisfy 1 <= lo <= hi <= 10, but was %s..%s",
          dim,
          lo,
          hi);
    }

    /**
     * Sets the inclusive recency score range.
     *
     * @param lo the lowest score, at least 1
     * @param hi the highest score, at most 10
     * @return this builder
     * @throws IllegalArgumentException if the range is empty or outside 1..10
     */
    public Builder recency(int lo, int hi) {
      checkRange("recency", lo, hi);
      rLo = lo;
      rHi = hi;
      return this;
    }

    /**
     * Sets the inclusive frequency score range.
     *
     * @param lo the lowest score, at least 1
     * @param hi the highest score, at most 10
     * @return this builder
     * @throws IllegalArgumentException if the range is empty or outside 1..10
     */
    public Builder frequency(int lo, int hi) {
      checkRange("frequency", lo, hi);
      fLo = lo;
      fHi = hi;
      usesFOrM = true;
      return this;
    }

    /**
     * Sets the inclusive monetary score range.
     *
     * @param lo the lowest score, at least 1
     * @param hi the highest score, at most 10
     * @return this builder
     * @throws IllegalArgumentException if the range is empty or outside 1..10
     */
    public Builder monetary(int lo, int hi) {
      checkRange("monetary", lo, hi);
      mLo = lo;
      mHi = hi;
      usesFOrM = true;
      return this;
    }

    /**
     * Sets the inclusive range of {@code (F + M) / 2}; excludes separate F and M ranges.
     *
     * @param lo the lowest FM score, at least 1
     * @param hi the highest FM score, at most 10
     * @return this builder
     * @throws IllegalArgumentException if the range is empty or outside 1..10
     */
    public Builder fm(double lo, double hi) {
      checkRange("fm", lo, hi);
      fmLo = lo;
      fmHi = hi;
      usesFm = true;
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalStateException if both an FM range and an F or M range were set
     */
    public SegmentRule build() {
      checkState(
          !(usesFm && usesFOrM),
          "rule '%s' must use either an FM range or F and M ranges, not both",
          name);
      return new SegmentRule(this);
    }
  }
}
