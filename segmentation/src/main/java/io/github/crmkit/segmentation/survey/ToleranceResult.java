package io.github.crmkit.segmentation.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Explained;
import io.github.crmkit.core.Explanation;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.internal.Moments;
import io.github.crmkit.core.internal.Tally;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Zone-of-tolerance results over many ratings of one attribute: mean adequate, desired and
 * perceived levels, mean MSA and MSS with standard errors, and how many customers fall below,
 * within and above their own zone and into each {@link ExpectationProfile}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ToleranceResult implements Explained, Accounted {
  private final String settings;
  private final long n;
  private final double meanAdequate;
  private final double meanDesired;
  private final double meanPerceived;
  private final Moments adequacy;
  private final Moments superiority;
  private final Map<ZonePosition, Long> positions;
  private final Map<ExpectationProfile, Long> profiles;
  private final List<Rejection<ToleranceRating>> rejected;

  private ToleranceResult(
      Accumulator a, ZoneOfTolerance zone, List<Rejection<ToleranceRating>> rejected) {
    this.settings = zone.describe();
    this.n = a.adequacy.n();
    this.meanAdequate = (double) a.sumA / n;
    this.meanDesired = (double) a.sumD / n;
    this.meanPerceived = (double) a.sumP / n;
    this.adequacy = a.adequacy;
    this.superiority = a.superiority;
    this.positions = Collections.unmodifiableMap(new EnumMap<>(a.positions));
    this.profiles = Collections.unmodifiableMap(new EnumMap<>(a.profiles));
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Returns the number of valid ratings.
   *
   * @return n
   */
  public long n() {
    return n;
  }

  /**
   * Returns the number of ratings received: valid plus rejected.
   *
   * @return the number received
   */
  @Override
  public long received() {
    return n + rejected.size();
  }

  /**
   * Returns the rejected ratings with positions and reasons.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<ToleranceRating>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  private void requireRatings() {
    if (n == 0) {
      throw new IllegalStateException("the zone of tolerance of no valid ratings is undefined");
    }
  }

  /**
   * Returns the mean adequate level.
   *
   * @return the mean
   * @throws IllegalStateException if there is no valid rating
   */
  public double meanAdequate() {
    requireRatings();
    return meanAdequate;
  }

  /**
   * Returns the mean desired level.
   *
   * @return the mean
   * @throws IllegalStateException if there is no valid rating
   */
  public double meanDesired() {
    requireRatings();
    return meanDesired;
  }

  /**
   * Returns the mean perceived level.
   *
   * @return the mean
   * @throws IllegalStateException if there is no valid rating
   */
  public double meanPerceived() {
    requireRatings();
    return meanPerceived;
  }

  /**
   * Returns the mean measure of service adequacy, perceived minus adequate.
   *
   * @return mean MSA
   * @throws IllegalStateException if there is no valid rating
   */
  public double meanAdequacy() {
    requireRatings();
    return adequacy.mean();
  }

  /**
   * Returns the standard error of the mean MSA.
   *
   * @return the standard error
   * @throws IllegalStateException if there is no valid rating
   */
  public double adequacyStandardError() {
    requireRatings();
    return adequacy.standardError();
  }

  /**
   * Returns the mean measure of service superiority, perceived minus desired.
   *
   * @return mean MSS
   * @throws IllegalStateException if there is no valid rating
   */
  public double meanSuperiority() {
    requireRatings();
    return superiority.mean();
  }

  /**
   * Returns the standard error of the mean MSS.
   *
   * @return the standard error
   * @throws IllegalStateException if there is no valid rating
   */
  public double superiorityStandardError() {
    requireRatings();
    return superiority.standardError();
  }

  /**
   * Returns where the mean perceived level falls against the zone of the mean levels.
   *
   * @return the position of the means
   * @throws IllegalStateException if there is no valid rating
   */
  public ZonePosition positionOfMeans() {
    requireRatings();
    return meanPerceived < meanAdequate
        ? ZonePosition.BELOW
        : meanPerceived > meanDesired ? ZonePosition.ABOVE : ZonePosition.WITHIN;
  }

  /**
   * Returns how many customers' perceptions fall in each position of their own zone.
   *
   * @return an unmodifiable map with every position, counts summing to n
   */
  public Map<ZonePosition, Long> positions() {
    return positions;
  }

  /**
   * Returns how many customers have each expectation profile.
   *
   * @return an unmodifiable map with every profile, counts summing to n
   */
  public Map<ExpectationProfile, Long> profiles() {
    return profiles;
  }

  /**
   * Returns the count of one position.
   *
   * @param position the position, not null
   * @return the count
   */
  public long count(ZonePosition position) {
    checkNotNull(position, "position must not be null");
    return positions.getOrDefault(position, 0L);
  }

  /**
   * Explains the result.
   *
   * @return the explanation
   */
  @Override
  public Explanation explanation() {
    Explanation.Builder b =
        Explanation.builder(ToleranceResult.class, "tolerance.subject")
            .input("n", n)
            .input("rejected", rejected.size())
            .threshold("settings", settings);
    if (n == 0) {
      return b.buildTemplate("undefined.noRatings");
    }
    b.input("mean adequate", String.format(Locale.ROOT, "%.3f", meanAdequate))
        .input("mean desired", String.format(Locale.ROOT, "%.3f", meanDesired))
        .input("mean perceived", String.format(Locale.ROOT, "%.3f", meanPerceived));
    for (ZonePosition p : ZonePosition.values()) {
      b.checkTemplate(
          p.displayName(Locale.ENGLISH), p == positionOfMeans(), "tolerance.count", count(p), n);
    }
    b.matched(positionOfMeans().displayName(Locale.ENGLISH));
    return b.buildTemplate(
        "tolerance.many",
        positionOfMeans(),
        String.format(Locale.ROOT, "%.3f", adequacy.mean()),
        String.format(Locale.ROOT, "%.3f", adequacy.standardError()),
        String.format(Locale.ROOT, "%.3f", superiority.mean()),
        String.format(Locale.ROOT, "%.3f", superiority.standardError()));
  }

  @Override
  public String toString() {
    return n == 0
        ? "ToleranceResult undefined (n = 0)"
        : String.format(
            Locale.ROOT,
            "ToleranceResult{n=%d, MSA=%.3f, MSS=%.3f, %s}",
            n,
            adequacy.mean(),
            superiority.mean(),
            positionOfMeans().code());
  }

  /** Collects assessments; not thread-safe. */
  static final class Accumulator {
    long sumA;
    long sumD;
    long sumP;
    final Moments adequacy = new Moments();
    final Moments superiority = new Moments();
    final EnumMap<ZonePosition, Long> positions = new EnumMap<>(ZonePosition.class);
    final EnumMap<ExpectationProfile, Long> profiles = new EnumMap<>(ExpectationProfile.class);

    Accumulator() {
      for (ZonePosition p : ZonePosition.values()) {
        positions.put(p, 0L);
      }
      for (ExpectationProfile p : ExpectationProfile.values()) {
        profiles.put(p, 0L);
      }
    }

    void add(ToleranceAssessment t) {
      sumA += t.rating().adequate();
      sumD += t.rating().desired();
      sumP += t.rating().perceived();
      adequacy.add(t.adequacy());
      superiority.add(t.superiority());
      positions.merge(t.position(), 1L, Long::sum);
      profiles.merge(t.profile(), 1L, Long::sum);
    }

    ToleranceResult finish(ZoneOfTolerance zone, List<Rejection<ToleranceRating>> rejected) {
      return new ToleranceResult(this, zone, rejected);
    }
  }
}
