package io.github.crmkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.crmkit.core.PurchaseColumns;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader made of its input: the purchases it kept, as columns, and the account of every row
 * it received: {@code received() = processed() + rejected()}, the rejected rows by reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class PurchaseRead {
  private final PurchaseColumns columns;
  private final long received;
  private final Map<String, Long> rejectedByReason;
  private final long rejected;

  PurchaseRead(PurchaseColumns columns, long received, Map<String, Long> rejectedByReason) {
    this.columns = checkNotNull(columns, "columns must not be null");
    Map<String, Long> m = new LinkedHashMap<>();
    long r = 0;
    for (Map.Entry<String, Long> e : rejectedByReason.entrySet()) {
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
    this.rejected = r;
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
  public long received() {
    return received;
  }

  /**
   * Returns the rows kept as purchases.
   *
   * @return the count
   */
  public long processed() {
    return columns.size();
  }

  /**
   * Returns the rows rejected.
   *
   * @return the count
   */
  public long rejected() {
    return rejected;
  }

  /**
   * Returns the rejected rows by reason code ({@code missing-customer}, {@code missing-time},
   * {@code missing-amount}, {@code negative-amount}, {@code finer-than-minor-unit}, {@code
   * amount-overflow}), reasons without rows left out.
   *
   * @return an unmodifiable map in the order the reasons were first met
   */
  public Map<String, Long> rejectedByReason() {
    return rejectedByReason;
  }

  @Override
  public String toString() {
    return "PurchaseRead[received "
        + received
        + ", processed "
        + processed()
        + ", rejected "
        + rejectedByReason
        + "]";
  }
}
