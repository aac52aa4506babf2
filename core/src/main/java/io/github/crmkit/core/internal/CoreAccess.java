package io.github.crmkit.core.internal;

import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseColumns;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Zero-copy access to the arrays of core value types for the other crmkit modules, without making
 * those arrays public API. The core types register their accessors when their class initialises.
 *
 * <p>On the module path only crmkit modules read this package (a qualified export). On the class
 * path every class could, so each method checks its caller: only {@link PurchaseColumns} and {@link
 * CustomerSnapshot} register, once, and only classes of crmkit's own packages read.
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
    checkRegistrar(PurchaseColumns.class, purchaseColumns);
    purchaseColumns = accessor;
  }

  /**
   * Returns the arrays behind a batch.
   *
   * @param columns the batch; being an instance, its class has registered the accessor
   * @return its arrays, not copies
   */
  public static PurchaseArrays arrays(PurchaseColumns columns) {
    checkReader();
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
    checkRegistrar(CustomerSnapshot.class, snapshots);
    snapshots = access;
  }

  /**
   * Returns the snapshot reader.
   *
   * @return the reader
   */
  public static SnapshotAccess snapshots() {
    checkReader();
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

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /** The package prefix of crmkit's own classes. */
  private static final String CRMKIT = "io.github.crmkit.";

  private static void checkRegistrar(Class<?> owner, @Nullable Object registered) {
    Class<?> caller = WALKER.walk(f -> f.skip(2).findFirst()).orElseThrow().getDeclaringClass();
    if (caller != owner || registered != null) {
      throw new IllegalStateException(
          "only " + owner.getName() + " registers its accessor, once; not " + caller.getName());
    }
  }

  private static void checkReader() {
    Class<?> caller = WALKER.walk(f -> f.skip(2).findFirst()).orElseThrow().getDeclaringClass();
    Module m = caller.getModule();
    boolean crmkit =
        m.isNamed() ? m.getName().startsWith(CRMKIT) : caller.getName().startsWith(CRMKIT);
    if (!crmkit) {
      throw new IllegalStateException(
          "core internals are for crmkit's own modules, not " + caller.getName());
    }
  }
}
