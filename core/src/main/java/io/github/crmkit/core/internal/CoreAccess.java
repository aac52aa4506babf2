package io.github.crmkit.core.internal;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseColumns;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Zero-copy access to the arrays of core value types for the other crmkit modules, without making
 * those arrays public API. The core types register their accessors when their class initialises.
 */
public final class CoreAccess {
  private static volatile @Nullable Function<PurchaseColumns, PurchaseArrays> purchaseColumns;
  private static volatile @Nullable SnapshotAccess snapshots;

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

  /**
   * Registers the snapshot reader; called once by {@link CustomerSnapshot}.
   *
   * @param access the reader
   */
  public static void setSnapshotAccess(SnapshotAccess access) {
    snapshots = access;
  }

  /**
   * Returns the snapshot reader.
   *
   * @return the reader
   */
  public static SnapshotAccess snapshots() {
    SnapshotAccess a = snapshots;
    if (a == null) {
      // Loading the class registers the reader.
      try {
        Class.forName(CustomerSnapshot.class.getName(), true, CoreAccess.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = snapshots;
      if (a == null) {
        throw new IllegalStateException("CustomerSnapshot has not registered its reader");
      }
    }
    return a;
  }
}
