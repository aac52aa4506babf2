package io.github.crmkit.core.internal;

import io.github.crmkit.core.PurchaseColumns;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Zero-copy access to the arrays of core value types for the other crmkit modules, without making
 * those arrays public API. The core types register their accessors when their class initialises.
 */
public final class CoreAccess {
  private static volatile @Nullable Function<PurchaseColumns, PurchaseArrays> purchaseColumns;

  private CoreAccess() {}

  /**
   * Registers the accessor of {@link PurchaseColumns}; called once by that class.
   *
   * @param accessor the accessor
   */
  public static void setPurchaseColumns(Function<PurchaseColumns, PurchaseArrays> accessor) {
    purchaseColumns = accessor;
  }

  /**
   * Returns the arrays behind a batch.
   *
   * @param columns the batch; being an instance, its class has registered the accessor
   * @return its arrays, not copies
   */
  public static PurchaseArrays arrays(PurchaseColumns columns) {
    Function<PurchaseColumns, PurchaseArrays> f = purchaseColumns;
    if (f == null) {
      throw new IllegalStateException("PurchaseColumns has not registered its accessor");
    }
    return f.apply(columns);
  }
}
