package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.CustomerId;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The cut points that turn one RFM dimension's values into scores from 1 to {@link #bins()}.
 *
 * <p>A value's position is the number of cut points at or below it, so bins are half-open {@code
 * [cut(i-1), cut(i))} and equal values always share a score. Frequency and monetary value score
 * {@code 1 + position}; recency is reversed and scores {@code bins - position}, so the most recent
 * customers score highest. For NTILE boundaries each cut point also carries the customer id at the
 * edge, and a value equal to a cut point is placed by comparing customer ids, the deterministic
 * tie-break of NTILE.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Serializable (for distributed jobs that ship fitted boundaries to their workers); the serial
 * form is the dimension, the cuts and the tie-breaking customer ids, checked again when read.
 *
 * @serial exclude
 * @since 0.1
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public final class Breakpoints implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final RfmDimension dimension;
  private final double[] cuts;
  private final @Nullable CustomerId @Nullable [] edgeIds;

  /** Whether the cuts were given by {@link #fixed} (strictly increasing), not fitted. */
  private final boolean fixed;

  Breakpoints(RfmDimension dimension, double[] cuts, @Nullable CustomerId @Nullable [] edgeIds) {
    this(dimension, cuts, edgeIds, false);
  }

  private Breakpoints(
      RfmDimension dimension,
      double[] cuts,
      @Nullable CustomerId @Nullable [] edgeIds,
      boolean fixed) {
    this.dimension = dimension;
    this.cuts = cuts;
    this.edgeIds = edgeIds;
    this.fixed = fixed;
  }

  /**
   * Returns fixed breakpoints. Scores follow R {@code rfm}'s custom thresholds: a value at a cut
   * point belongs to the bin above it.
   *
   * @param dimension the dimension they apply to, not null
   * @param cuts strictly increasing finite cut points, 1 to 9 of them
   * @return the breakpoints, with {@code cuts.length + 1} bins
   * @throws IllegalArgumentException if the cut points are not 1 to 9 strictly increasing finite
   *     numbers
   */
  public static Breakpoints fixed(RfmDimension dimension, double... cuts) {
    checkNotNull(dimension, "dimension must not be null");
    checkNotNull(cuts, "cuts must not be null");
    checkArgument(
        cuts.length >= 1 && cuts.length <= 9,
        "cuts for %s must have 1 to 9 values (2 to 10 bins), but had %s",
        dimension,
        cuts.length);
    for (int i = 0; i < cuts.length; i++) {
      checkArgument(
          Double.isFinite(cuts[i]),
          "cuts[%s] for %s must be finite, but was %s",
          i,
          dimension,
          cuts[i]);
      checkArgument(
          i == 0 || cuts[i] > cuts[i - 1],
          "cuts for %s must be strictly increasing, but were %s",
          dimension,
          Arrays.toString(cuts));
    }
    return new Breakpoints(dimension, cuts.clone(), null, true);
  }

  /**
   * Returns the dimension these breakpoints score.
   *
   * @return the dimension
   */
  public RfmDimension dimension() {
    return dimension;
  }

  /**
   * Returns the number of bins, one more than the number of cut points.
   *
   * @return the number of bins, 2 to 10
   */
  public int bins() {
    return cuts.length + 1;
  }

  /**
   * Returns the cut points, in increasing order (equal neighbours are possible for quantile
   * breakpoints of heavily tied data; positive infinity marks an NTILE bin that stayed empty).
   *
   * @return an unmodifiable list of cut points
   */
  public List<Double> cuts() {
    List<Double> list = new ArrayList<>(cuts.length);
    for (double c : cuts) {
      list.add(c);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Tells whether these are NTILE breakpoints, which place ties by customer id.
   *
   * @return true for NTILE breakpoints
   */
  public boolean breaksTiesById() {
    return edgeIds != null;
  }

  /**
   * Scores a value. For NTILE breakpoints use {@link #score(double, CustomerId)}.
   *
   * @param value the value, finite
   * @return the score from 1 to {@link #bins()}
   * @throws IllegalStateException for NTILE breakpoints, which need the customer id
   */
  public int score(double value) {
    if (edgeIds != null) {
      throw new IllegalStateException(
          "NTILE breakpoints place ties by customer id; call score(value, customer)");
    }
    return scoreOf(value, null);
  }

  /**
   * Scores a customer's value; the id is used only by NTILE breakpoints.
   *
   * @param value the value, finite
   * @param customer the customer, not null
   * @return the score from 1 to {@link #bins()}
   */
  public int score(double value, CustomerId customer) {
    checkNotNull(customer, "customer must not be null");
    return scoreOf(value, customer);
  }

  /** The score without argument checks, for the hot paths. */
  int scoreOf(double value, @Nullable CustomerId customer) {
    int position = 0;
    @Nullable CustomerId[] ids = edgeIds;
    if (ids == null) {
      // Branch-free count of cuts at or below the value: the sign bit of (value - cut) is 0
      // exactly when cut <= value (x - x is +0.0; finite operands never give NaN).
      for (double cut : cuts) {
        position += (int) (~Double.doubleToRawLongBits(value - cut) >>> 63);
      }
    } else {
      for (int i = 0; i < cuts.length; i++) {
        double cut = cuts[i];
        CustomerId edge = ids[i];
        if (cut < value
            || (cut == value
                && edge != null
                && customer != null
                && customer.compareTo(edge) >= 0)) {
          position++;
        }
      }
    }
    return dimension == RfmDimension.RECENCY ? cuts.length + 1 - position : position + 1;
  }

  /**
   * Describes the value range of a score, for example {@code "[2.0, 3.0)"}.
   *
   * @param score a score from 1 to {@link #bins()}
   * @return the half-open range of values that receive it
   * @throws IllegalArgumentException if the score is out of range
   */
  public String rangeOf(int score) {
    checkArgument(
        score >= 1 && score <= bins(), "score must be between 1 and %s, but was %s", bins(), score);
    int position = dimension == RfmDimension.RECENCY ? bins() - score : score - 1;
    String lower = position == 0 ? "-inf" : format(cuts[position - 1]);
    String upper = position == cuts.length ? "+inf" : format(cuts[position]);
    return "[" + lower + ", " + upper + ")";
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%.1f", v)
        : io.github.crmkit.core.internal.Wording.number(v);
  }

  /** Prints {@code "R cuts [18.0, 43.0, 87.0, 164.0]"} (with edge ids for NTILE). */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(dimension.letter()).append(" cuts [");
    for (int i = 0; i < cuts.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(format(cuts[i]));
      @Nullable CustomerId[] ids = edgeIds;
      if (ids != null && ids[i] != null) {
        sb.append(" @").append(ids[i]);
      }
    }
    return sb.append(']').toString();
  }

  @Serial
  private Object writeReplace() {
    return new SerialForm(this);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Breakpoints are read through their serial form");
  }

  /** The serial form: dimension, cuts, and the edge customers' ids when ties break by id. */
  private static final class SerialForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final RfmDimension dimension;

    @SuppressWarnings("serial") // arrays of primitives and strings are serializable
    private final double[] cuts;

    @SuppressWarnings("serial")
    private final @Nullable String @Nullable [] edgeIds;

    /** Fixed cuts, re-validated as {@link #fixed} validates them: strictly increasing. */
    private final boolean fixed;

    SerialForm(Breakpoints b) {
      dimension = b.dimension;
      fixed = b.fixed;
      cuts = b.cuts;
      @Nullable CustomerId[] ids = b.edgeIds;
      if (ids == null) {
        edgeIds = null;
      } else {
        @Nullable String[] values = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
          CustomerId id = ids[i];
          values[i] = id == null ? null : id.value();
        }
        edgeIds = values;
      }
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      if (dimension == null || cuts == null || cuts.length < 1 || cuts.length > 9) {
        throw new InvalidObjectException(
            "Breakpoints: a dimension and 1 to 9 cuts expected, but had "
                + dimension
                + " and "
                + (cuts == null ? "no cuts" : cuts.length + " cuts"));
      }
      for (int i = 0; i < cuts.length; i++) {
        boolean bad = edgeIds == null ? !Double.isFinite(cuts[i]) : Double.isNaN(cuts[i]);
        boolean order = i > 0 && (fixed ? !(cuts[i] > cuts[i - 1]) : cuts[i] < cuts[i - 1]);
        if (bad || order || (fixed && edgeIds != null)) {
          throw new InvalidObjectException(
              "Breakpoints: cuts of "
                  + dimension
                  + (fixed
                      ? " must be strictly increasing finite numbers (fixed cuts), but were "
                      : " must be non-decreasing numbers (finite unless ties break by id), but"
                          + " were ")
                  + Arrays.toString(cuts));
        }
      }
      @Nullable String[] given = edgeIds;
      @Nullable CustomerId[] ids = null;
      if (given != null) {
        if (given.length != cuts.length) {
          throw new InvalidObjectException(
              "Breakpoints: "
                  + given.length
                  + " edge customers for "
                  + cuts.length
                  + " cuts of "
                  + dimension);
        }
        ids = new CustomerId[given.length];
        for (int i = 0; i < given.length; i++) {
          String value = given[i];
          try {
            ids[i] = value == null ? null : CustomerId.of(value);
          } catch (IllegalArgumentException e) {
            throw new InvalidObjectException("Breakpoints: bad edge customer id " + value);
          }
        }
      }
      return new Breakpoints(dimension, cuts.clone(), ids, fixed);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Breakpoints b
        && b.dimension == dimension
        && Arrays.equals(b.cuts, cuts)
        && Arrays.equals(b.edgeIds, edgeIds);
  }

  @Override
  public int hashCode() {
    return dimension.hashCode() * 31 + Arrays.hashCode(cuts) * 17 + Arrays.hashCode(edgeIds);
  }
}
