package io.github.crmkit.segmentation.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The breakpoints of all three dimensions, as fitted by {@link RfmBinning} or given by the host.
 * {@link #toString()} prints them. Immutable and thread-safe. Serializable, for distributed jobs
 * that fit boundaries once and score on many workers: the serial form is checked again when read.
 *
 * @serial exclude
 * @since 0.1
 */
@SuppressWarnings("InvalidBlockTag") // javadoc's @serial exclude: the serial form is private
public final class RfmBoundaries implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final BinningMethod method;
  private final Breakpoints recency;
  private final Breakpoints frequency;
  private final Breakpoints monetary;
  private final long fittedOn;

  RfmBoundaries(
      BinningMethod method,
      Breakpoints recency,
      Breakpoints frequency,
      Breakpoints monetary,
      long fittedOn) {
    this.method = method;
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    this.fittedOn = fittedOn;
  }

  /**
   * Returns fixed boundaries made of the given breakpoints.
   *
   * @param recency breakpoints of {@link RfmDimension#RECENCY}, in days
   * @param frequency breakpoints of {@link RfmDimension#FREQUENCY}
   * @param monetary breakpoints of {@link RfmDimension#MONETARY}, in major units
   * @return the boundaries
   * @throws IllegalArgumentException if a breakpoint set belongs to another dimension or breaks
   *     ties by id
   */
  public static RfmBoundaries of(Breakpoints recency, Breakpoints frequency, Breakpoints monetary) {
    checkNotNull(recency, "recency must not be null");
    checkNotNull(frequency, "frequency must not be null");
    checkNotNull(monetary, "monetary must not be null");
    check(recency, RfmDimension.RECENCY, "recency");
    check(frequency, RfmDimension.FREQUENCY, "frequency");
    check(monetary, RfmDimension.MONETARY, "monetary");
    return new RfmBoundaries(BinningMethod.FIXED, recency, frequency, monetary, 0);
  }

  private static void check(Breakpoints b, RfmDimension expected, String name) {
    checkNotNull(b, "%s must not be null", name);
    checkArgument(
        b.dimension() == expected,
        "%s must be breakpoints of %s, but were of %s",
        name,
        expected,
        b.dimension());
    checkArgument(!b.breaksTiesById(), "%s must be fixed breakpoints, not NTILE", name);
  }

  /**
   * Returns how the boundaries were made.
   *
   * @return the method
   */
  public BinningMethod method() {
    return method;
  }

  /**
   * Returns the recency breakpoints.
   *
   * @return the breakpoints of {@link RfmDimension#RECENCY}
   */
  public Breakpoints recency() {
    return recency;
  }

  /**
   * Returns the frequency breakpoints.
   *
   * @return the breakpoints of {@link RfmDimension#FREQUENCY}
   */
  public Breakpoints frequency() {
    return frequency;
  }

  /**
   * Returns the monetary breakpoints.
   *
   * @return the breakpoints of {@link RfmDimension#MONETARY}
   */
  public Breakpoints monetary() {
    return monetary;
  }

  /**
   * Returns the breakpoints of a dimension.
   *
   * @param dimension the dimension, not null
   * @return its breakpoints
   */
  public Breakpoints of(RfmDimension dimension) {
    checkNotNull(dimension, "dimension must not be null");
    return switch (dimension) {
      case RECENCY -> recency;
      case FREQUENCY -> frequency;
      case MONETARY -> monetary;
    };
  }

  /**
   * Returns the number of customers the boundaries were fitted on; 0 for fixed boundaries.
   *
   * @return the number of customers
   */
  public long fittedOn() {
    return fittedOn;
  }

  /**
   * Scores one customer.
   *
   * @param summary the customer's values, not null
   * @return the cell of scores
   */
  public RfmCell score(RfmSummary summary) {
    checkNotNull(summary, "summary must not be null");
    return RfmCell.of(
        recency.scoreOf(summary.recencyDays(), summary.customer()),
        frequency.scoreOf(summary.frequency(), summary.customer()),
        monetary.scoreOf(summary.monetary(), summary.customer()));
  }

  /** Prints the method and the three sets of cut points, one per line. */
  @Override
  public String toString() {
    return method
        + (fittedOn > 0 ? " fitted on " + fittedOn + " customers" : "")
        + "\n  "
        + recency
        + "\n  "
        + frequency
        + "\n  "
        + monetary;
  }

  @Serial
  private Object writeReplace() {
    return new SerialForm(this);
  }

  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RfmBoundaries are read through their serial form");
  }

  /** The serial form: the method, the three breakpoint sets and the number fitted on. */
  private static final class SerialForm implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final BinningMethod method;
    private final Breakpoints recency;
    private final Breakpoints frequency;
    private final Breakpoints monetary;
    private final long fittedOn;

    SerialForm(RfmBoundaries b) {
      method = b.method;
      recency = b.recency;
      frequency = b.frequency;
      monetary = b.monetary;
      fittedOn = b.fittedOn;
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
      if (method == null
          || recency == null
          || recency.dimension() != RfmDimension.RECENCY
          || frequency == null
          || frequency.dimension() != RfmDimension.FREQUENCY
          || monetary == null
          || monetary.dimension() != RfmDimension.MONETARY
          || fittedOn < 0
          || (method == BinningMethod.FIXED) != (fittedOn == 0)) {
        throw new InvalidObjectException(
            "RfmBoundaries: inconsistent method "
                + method
                + ", breakpoints or customer count "
                + fittedOn);
      }
      boolean byId = method == BinningMethod.NTILE;
      if (recency.breaksTiesById() != byId
          || frequency.breaksTiesById() != byId
          || monetary.breaksTiesById() != byId) {
        throw new InvalidObjectException(
            "RfmBoundaries: only NTILE boundaries break ties by customer id, but method was "
                + method);
      }
      return new RfmBoundaries(method, recency, frequency, monetary, fittedOn);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RfmBoundaries b
        && b.method == method
        && b.fittedOn == fittedOn
        && b.recency.equals(recency)
        && b.frequency.equals(frequency)
        && b.monetary.equals(monetary);
  }

  @Override
  public int hashCode() {
    return ((method.hashCode() * 31 + recency.hashCode()) * 31 + frequency.hashCode()) * 31
        + monetary.hashCode()
        + Long.hashCode(fittedOn);
  }
}
