package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.RejectionReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a reader made of its input: the purchases it kept, as columns, and the account of every row
 * it received: {@code received() = processed() + rejected()}, the rejected rows by reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class PurchaseRead implements Accounted {
  private final PurchaseColumns columns;
  private final long received;
  private final Map<RejectionReason, Long> rejectedByReason;

  PurchaseRead(
      PurchaseColumns columns, long received, Map<RejectionReason, Long> rejectedByReason) {
    this.columns = checkNotNull(columns, "columns must not be null");
    Map<RejectionReason, Long> m = new EnumMap<>(RejectionReason.class);
    long r = 0;
    for (Map.Entry<RejectionReason, Long> e : rejectedByReason.entrySet()) {
      if (e.getValue() > 0) {
        m.put(e.getKey(), e.getValue());
        r += e.getValue();
      }
    }
    checkArgument(
        received == columns.size() + r,
        "received (%s) must equal processed (%s) + rejected (%s)",
        received,
        columns.size(),
        r);
    this.received = received;
    this.rejectedByReason = Collections.unmodifiableMap(m);
  }

  /**
   * Returns the purchases kept.
   *
   * @return the columns
   */
  public PurchaseColumns columns() {
    return columns;
  }

  /**
   * Returns the rows received.
   *
   * @return the count
   */
  @Override
  public long received() {
    return received;
  }

  /**
   * Returns the rows kept as purchases.
   *
   * @return the count
   */
  @Override
  public long processed() {
    return columns.size();
  }

  /**
   * Returns the rejected rows by reason ({@link RejectionReason#MISSING_CUSTOMER}, {@code
   * MISSING_TIME}, {@code MISSING_AMOUNT}, {@code INVALID_CUSTOMER}, {@code NEGATIVE_AMOUNT},
   * {@code FINER_THAN_MINOR_UNIT}, {@code AMOUNT_OVERFLOW}), reasons without rows left out.
   *
   * @return an unmodifiable map in the order of the reasons
   */
  @Override
  public Map<RejectionReason, Long> rejections() {
    return rejectedByReason;
  }

  @Override
  public String toString() {
    return "PurchaseRead[received "
        + received
        + ", processed "
        + processed()
        + ", rejected "
        + rejectedByReason.entrySet().stream()
            .map(e -> e.getKey().code() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(", ", "{", "}"))
        + "]";
  }
}
