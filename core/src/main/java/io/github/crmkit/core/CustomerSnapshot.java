package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.CrmStyle;
import io.github.crmkit.core.internal.SnapshotAccess;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the host knows about one customer as of one instant: the purchase summary, survey answers,
 * numeric signals and flags that crmkit's classifiers read. The host builds it; crmkit never
 * fetches anything.
 *
 * <p>Build with {@code new CustomerSnapshot.Builder()}:
 *
 * <pre>{@code
 * CustomerSnapshot s = new CustomerSnapshot.Builder()
 *     .customerId(CustomerId.of("c-17"))
 *     .asOf(Instant.parse("2026-05-01T00:00:00Z"))
 *     .recommendScore(9)
 *     .putSignals("promotionSpendShare", 0.4)
 *     .addFlags("partner")
 *     .build();
 * }</pre>
 *
 * <p>Signals and flags are open-ended names so that later classifiers can define the evidence they
 * read; each classifier documents its names. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CrmStyle
public abstract class CustomerSnapshot {

  /** For the generated implementation only; build with {@link Builder}. */
  CustomerSnapshot() {}

  static {
    CoreAccess.setSnapshotAccess(
        new SnapshotAccess() {
          @Override
          public @Nullable PurchaseSummary purchases(CustomerSnapshot s) {
            return s.cachedPurchases;
          }

          @Override
          public int recommendScore(CustomerSnapshot s) {
            return s.cachedRecommendScore;
          }
        });
  }

  /** Set once by {@link #check()} at construction, for allocation-free reads by classifiers. */
  @SuppressWarnings("immutables:incompat")
  private @Nullable PurchaseSummary cachedPurchases;

  /** Set once by {@link #check()} at construction; -1 when absent. */
  @SuppressWarnings("immutables:incompat")
  private int cachedRecommendScore = -1;

  /**
   * Returns the customer this snapshot describes.
   *
   * @return the customer id
   */
  public abstract CustomerId customerId();

  /**
   * Returns the instant the snapshot describes; nothing in it may lie after this instant.
   *
   * @return the as-of instant
   */
  public abstract Instant asOf();

  /**
   * Returns the customer's purchase summary, or empty for a prospect who has not bought.
   *
   * @return the purchase summary
   */
  public abstract Optional<PurchaseSummary> purchases();

  /**
   * Returns the answer to "How likely are you to recommend us?" on the 0 to 10 scale of the Net
   * Promoter Score, if the customer answered.
   *
   * @return the score from 0 to 10, or empty
   */
  public abstract OptionalInt recommendScore();

  /**
   * Returns other survey answers by question code, for example {@code "csat" -> 4}. Their scales
   * are defined by the measures that read them.
   *
   * @return an unmodifiable map of answers
   */
  public abstract Map<String, Integer> surveyAnswers();

  /**
   * Returns numeric evidence by name, for example {@code "promotionSpendShare" -> 0.4}. No value is
   * NaN or infinite.
   *
   * @return an unmodifiable map of signals
   */
  public abstract Map<String, Double> signals();

  /**
   * Returns the host's yes/no facts about the customer by name, for example {@code "partner"}.
   *
   * @return an unmodifiable set of flags
   */
  public abstract Set<String> flags();

  /**
   * Returns the product categories the customer has bought, by the host's category names; read by
   * cross-selling analysis.
   *
   * @return an unmodifiable set of category names
   */
  public abstract Set<String> categories();

  /** Rejects a snapshot whose facts contradict each other. */
  @Value.Check
  void check() {
    cachedPurchases = purchases().orElse(null);
    cachedRecommendScore = recommendScore().orElse(-1);
    purchases()
        .ifPresent(
            p ->
                checkArgument(
                    !p.last().isAfter(asOf()),
                    "purchases.last must not be after asOf (%s), but was %s",
                    asOf(),
                    p.last()));
    recommendScore()
        .ifPresent(
            s ->
                checkArgument(
                    s >= 0 && s <= 10, "recommendScore must be between 0 and 10, but was %s", s));
    signals()
        .forEach(
            (name, v) ->
                checkArgument(
                    Double.isFinite(v), "signals[%s] must be finite, but was %s", name, v));
    for (String category : categories()) {
      checkArgument(
          !category.isBlank(), "categories must not contain a blank name, but had '%s'", category);
    }
    for (String flag : flags()) {
      checkArgument(!flag.isBlank(), "flags must not contain a blank name, but had '%s'", flag);
    }
  }

  /**
   * Builds snapshots. Not thread-safe; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when facts contradict.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableCustomerSnapshot.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
