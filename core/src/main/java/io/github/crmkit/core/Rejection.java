package io.github.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record that a batch API did not process, with its position in the input and the reason.
 *
 * <p>Every batch API in crmkit accounts for every record it receives: processed plus rejected
 * equals received. Immutable and thread-safe if the record is.
 *
 * @param <T> the type of the rejected record
 * @since 0.1
 */
public final class Rejection<T> {
  private final long position;
  private final @Nullable T record;
  private final RejectionReason reason;
  private final String detail;

  private Rejection(long position, @Nullable T record, RejectionReason reason, String detail) {
    this.position = position;
    this.record = record;
    this.reason = reason;
    this.detail = detail;
  }

  /**
   * Creates a rejection.
   *
   * @param position the zero-based position of the record in the input, not negative
   * @param record the record, or null when the input held null there
   * @param reason why the record was rejected
   * @param detail a human-readable sentence naming the offending values
   * @param <T> the type of the record
   * @return the rejection
   */
  public static <T> Rejection<T> of(
      long position, @Nullable T record, RejectionReason reason, String detail) {
    checkArgument(position >= 0, "position must not be negative, but was %s", position);
    checkNotNull(reason, "reason must not be null");
    checkNotNull(detail, "detail must not be null");
    return new Rejection<>(position, record, reason, detail);
  }

  /**
   * Returns the zero-based position of the record in the input.
   *
   * @return the position
   */
  public long position() {
    return position;
  }

  /**
   * Returns the rejected record, or empty when the input held null at that position.
   *
   * @return the record
   */
  public Optional<T> record() {
    return Optional.ofNullable(record);
  }

  /**
   * Returns why the record was rejected.
   *
   * @return the reason
   */
  public RejectionReason reason() {
    return reason;
  }

  /**
   * Returns the human-readable detail.
   *
   * @return the detail sentence
   */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return "#" + position + " " + reason.code() + ": " + detail;
  }
}
