package io.github.crmkit.segmentation.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.LoyaltyRung;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.core.internal.Tally;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The profiles of a batch, held as columns by input position, with its rejections: {@code
 * profiled() + rejected().size() == received()}. A full {@link CustomerProfile} with explanations
 * is computed on request by {@link #profile(int)}; the batch keeps a reference to the input list
 * for that, so the caller must not change it. Immutable and thread-safe if the list is not changed.
 *
 * @since 0.1
 */
public final class ProfileBatch implements Accounted {
  private final CustomerProfiler profiler;
  private final List<@Nullable CustomerSnapshot> snapshots;
  private final @Nullable StoneType[] stone;
  private final @Nullable CustomerStatus[] status;
  private final @Nullable LoyaltyRung[] rung;
  private final @Nullable String[] segment;
  private final boolean[] ok;
  private final long profiled;
  private final List<Rejection<CustomerSnapshot>> rejected;

  ProfileBatch(
      CustomerProfiler profiler,
      List<@Nullable CustomerSnapshot> snapshots,
      @Nullable StoneType[] stone,
      @Nullable CustomerStatus[] status,
      @Nullable LoyaltyRung[] rung,
      @Nullable String[] segment,
      boolean[] ok,
      List<Rejection<CustomerSnapshot>> rejected) {
    this.profiler = profiler;
    this.snapshots = snapshots;
    this.stone = stone;
    this.status = status;
    this.rung = rung;
    this.segment = segment;
    this.ok = ok;
    long n = 0;
    for (boolean b : ok) {
      n += b ? 1 : 0;
    }
    this.profiled = n;
    this.rejected = List.copyOf(rejected);
    if (profiled + this.rejected.size() != ok.length) {
      throw new IllegalStateException(
          "profiled ("
              + profiled
              + ") + rejected ("
              + rejected.size()
              + ") != received ("
              + ok.length
              + ")");
    }
  }

  /**
   * Returns the number of snapshots received.
   *
   * @return the count
   */
  @Override
  public long received() {
    return ok.length;
  }

  /**
   * Returns the number of snapshots profiled.
   *
   * @return the count
   */
  public long profiled() {
    return profiled;
  }

  /**
   * Returns the rejected snapshots with positions and reasons.
   *
   * @return an unmodifiable list
   */
  public List<Rejection<CustomerSnapshot>> rejectedRecords() {
    return rejected;
  }

  @Override
  public Map<RejectionReason, Long> rejections() {
    return Tally.byReason(rejected);
  }

  /**
   * Tells whether the snapshot at a position was profiled.
   *
   * @param position the input position
   * @return true if profiled, false if rejected
   */
  public boolean isProfiled(int position) {
    return ok[check(position)];
  }

  private int check(int position) {
    if (position < 0 || position >= ok.length) {
      throw new IndexOutOfBoundsException(
          "position must be 0 to " + (ok.length - 1) + ", but was " + position);
    }
    return position;
  }

  private int profiledAt(int position) {
    if (!ok[check(position)]) {
      throw new IllegalStateException("the snapshot at " + position + " was rejected");
    }
    return position;
  }

  /**
   * Returns the customer at a profiled position.
   *
   * @param position the input position
   * @return the customer id
   * @throws IllegalStateException if the snapshot was rejected
   */
  public CustomerId customerId(int position) {
    CustomerSnapshot s = snapshots.get(profiledAt(position));
    return checkNotNull(s, "snapshot").customerId();
  }

  /**
   * Returns the dominant Stone type at a profiled position.
   *
   * @param position the input position
   * @return the type, or empty when undetermined
   * @throws IllegalStateException if the snapshot was rejected
   */
  public Optional<StoneType> stone(int position) {
    return Optional.ofNullable(stone[profiledAt(position)]);
  }

  /**
   * Returns the lifecycle status at a profiled position.
   *
   * @param position the input position
   * @return the status
   * @throws IllegalStateException if the snapshot was rejected
   */
  public CustomerStatus status(int position) {
    return checkNotNull(status[profiledAt(position)], "status");
  }

  /**
   * Returns the ladder rung at a profiled position.
   *
   * @param position the input position
   * @return the rung
   * @throws IllegalStateException if the snapshot was rejected
   */
  public LoyaltyRung rung(int position) {
    return checkNotNull(rung[profiledAt(position)], "rung");
  }

  /**
   * Returns the rule-set segment at a profiled position.
   *
   * @param position the input position
   * @return the segment, or empty without a rule set
   * @throws IllegalStateException if the snapshot was rejected
   */
  public Optional<String> segment(int position) {
    return Optional.ofNullable(segment[profiledAt(position)]);
  }

  /**
   * Computes the full profile, with explanations, of a profiled position.
   *
   * @param position the input position
   * @return the profile
   * @throws IllegalStateException if the snapshot was rejected
   */
  public CustomerProfile profile(int position) {
    CustomerSnapshot s = snapshots.get(profiledAt(position));
    return profiler.profile(checkNotNull(s, "snapshot"));
  }

  /**
   * Counts the profiled customers per lifecycle status.
   *
   * @return an unmodifiable map with every status
   */
  public Map<CustomerStatus, Long> countByStatus() {
    return count(CustomerStatus.class, status);
  }

  /**
   * Counts the profiled customers per ladder rung.
   *
   * @return an unmodifiable map with every rung
   */
  public Map<LoyaltyRung, Long> countByRung() {
    return count(LoyaltyRung.class, rung);
  }

  /**
   * Counts the profiled customers per dominant Stone type; undetermined ones are not counted.
   *
   * @return an unmodifiable map with every type
   */
  public Map<StoneType, Long> countByStone() {
    return count(StoneType.class, stone);
  }

  private <E extends Enum<E>> Map<E, Long> count(Class<E> type, @Nullable E[] column) {
    EnumMap<E, Long> m = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, 0L);
    }
    for (int i = 0; i < column.length; i++) {
      E e = column[i];
      if (ok[i] && e != null) {
        m.merge(e, 1L, Long::sum);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "ProfileBatch{received "
        + ok.length
        + ", profiled "
        + profiled
        + ", rejected "
        + rejected.size()
        + "}";
  }
}
