package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * SERVQUAL gap analysis (Parasuraman, Zeithaml and Berry 1988, 1991): for every item the gap
 * perception minus expectation, averaged into the five {@linkplain ServqualDimension dimensions}
 * and an overall score. A negative gap means the service falls short of what customers expect.
 *
 * <p>The unweighted overall score is the mean of the five dimension gaps; the weighted score
 * multiplies each dimension gap by the respondent's importance points over 100 and sums them
 * (Parasuraman, Zeithaml and Berry 1991, "Refinement and reassessment of the SERVQUAL scale",
 * Journal of Retailing 67(4)). Responses with an answer off the scale, and nulls, are rejected with
 * their position and counted. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Servqual {

  private final int scaleMin;
  private final int scaleMax;

  private Servqual(int scaleMin, int scaleMax) {
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
  }

  /**
   * Returns the analysis on the original seven-point scale (1 = strongly disagree, 7 = strongly
   * agree).
   *
   * @return the analysis
   */
  public static Servqual sevenPoint() {
    return new Servqual(1, 7);
  }

  /**
   * Returns the analysis on another scale.
   *
   * @param scaleMin the lowest answer
   * @param scaleMax the highest answer, above {@code scaleMin}
   * @return the analysis
   * @throws IllegalArgumentException if {@code scaleMax <= scaleMin}
   */
  public static Servqual onScale(int scaleMin, int scaleMax) {
    checkArgument(
        scaleMax > scaleMin,
        "scale must have at least two points, but was %s..%s",
        scaleMin,
        scaleMax);
    return new Servqual(scaleMin, scaleMax);
  }

  /**
   * Returns the lowest answer of the scale.
   *
   * @return the scale minimum
   */
  public int scaleMin() {
    return scaleMin;
  }

  /**
   * Returns the highest answer of the scale.
   *
   * @return the scale maximum
   */
  public int scaleMax() {
    return scaleMax;
  }

  /**
   * Computes one respondent's gaps.
   *
   * @param response the response, not null
   * @return the gaps
   * @throws IllegalArgumentException if an answer is off the scale, naming the item
   */
  public ServqualGaps gaps(ServqualResponse response) {
    checkNotNull(response, "response must not be null");
    String problem = offScale(response);
    if (problem != null) {
      throw new IllegalArgumentException("response has " + problem);
    }
    return new ServqualGaps(response);
  }

  /**
   * Analyses a stream of responses in one pass.
   *
   * @param responses the responses, not null; nulls and off-scale responses are rejected
   * @return the result
   */
  public ServqualResult analyze(Stream<? extends @Nullable ServqualResponse> responses) {
    checkNotNull(responses, "responses must not be null");
    return analyze(responses.iterator());
  }

  /**
   * Analyses responses in one pass.
   *
   * @param responses the responses, not null; nulls and off-scale responses are rejected
   * @return the result
   */
  public ServqualResult analyze(Iterable<? extends @Nullable ServqualResponse> responses) {
    checkNotNull(responses, "responses must not be null");
    return analyze(responses.iterator());
  }

  private ServqualResult analyze(Iterator<? extends @Nullable ServqualResponse> it) {
    ServqualResult.Accumulator acc = new ServqualResult.Accumulator(scaleMin, scaleMax);
    List<Rejection<ServqualResponse>> rejected = new ArrayList<>();
    long position = 0;
    while (it.hasNext()) {
      ServqualResponse r = it.next();
      long at = position++;
      if (r == null) {
        rejected.add(Rejection.of(at, null, RejectionReason.NULL_RECORD, "the response is null"));
        continue;
      }
      String problem = offScale(r);
      if (problem != null) {
        rejected.add(Rejection.of(at, r, RejectionReason.OUT_OF_SCALE, problem));
      } else {
        acc.add(new ServqualGaps(r), r);
      }
    }
    return acc.finish(rejected);
  }

  private @Nullable String offScale(ServqualResponse r) {
    for (int item = 1; item <= ServqualDimension.ITEMS; item++) {
      int e = r.expectation(item);
      int p = r.perception(item);
      if (e < scaleMin || e > scaleMax) {
        return offScaleMessage("expectation", item, e);
      }
      if (p < scaleMin || p > scaleMax) {
        return offScaleMessage("perception", item, p);
      }
    }
    return null;
  }

  private String offScaleMessage(String what, int item, int value) {
    return what + " of item " + item + " is " + value + ", outside " + scaleMin + ".." + scaleMax;
  }

  @Override
  public String toString() {
    return "Servqual{scale=" + scaleMin + ".." + scaleMax + "}";
  }
}
