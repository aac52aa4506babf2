package io.github.crmkit.core.internal;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseColumns;
import java.util.Currency;
import java.util.function.BiFunction;
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
  private static volatile @Nullable IdMaker idMaker;
  private static volatile @Nullable BiFunction<PurchaseArrays, Currency, PurchaseColumns> wrapper;

  private CoreAccess() {}

  /**
   * Registers the accessors of {@link PurchaseColumns}; called once by that class.
   *
   * @param accessor the accessor of a batch's arrays
   * @param wrap the maker of a batch over arrays longer than it
   */
  public static void setPurchaseColumns(
      Function<PurchaseColumns, PurchaseArrays> accessor,
      BiFunction<PurchaseArrays, Currency, PurchaseColumns> wrap) {
    checkRegistrar(PurchaseColumns.class, purchaseColumns);
    purchaseColumns = accessor;
    wrapper = wrap;
  }

  /**
   * A batch over arrays without copying them, whose per-purchase arrays may be longer than the
   * batch (a reader allocates them before it knows the number of rows): only their first {@code
   * arrays.size()} entries are purchases.
   *
   * @param arrays the arrays and the number of purchases; handed over, never changed afterwards
   * @param currency the currency of every amount
   * @return the batch
   * @throws IllegalArgumentException if an array holds fewer than {@code arrays.size()} entries
   */
  public static PurchaseColumns wrap(PurchaseArrays arrays, Currency currency) {
    checkReader();
    BiFunction<PurchaseArrays, Currency, PurchaseColumns> w = wrapper;
    if (w == null) {
      load(PurchaseColumns.class);
      w = wrapper;
    }
    if (w == null) {
      throw new IllegalStateException("PurchaseColumns has not registered its accessors");
    }
    return w.apply(arrays, currency);
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
      load(CustomerSnapshot.class);
      a = snapshots;
    }
    if (a == null) {
      throw new IllegalStateException("CustomerSnapshot has not registered its reader");
    }
    return a;
  }

  /**
   * Registers the maker of checked ids; called once by {@link CustomerId}.
   *
   * @param maker the maker
   */
  public static void setIdMaker(IdMaker maker) {
    checkRegistrar(CustomerId.class, idMaker);
    idMaker = maker;
  }

  /**
   * Returns the maker of ids from text already checked by {@link CustomerId#of}'s rules; a reader
   * asks once and keeps it.
   *
   * @return the maker
   */
  public static IdMaker idMaker() {
    checkReader();
    IdMaker m = idMaker;
    if (m == null) {
      load(CustomerId.class);
      m = idMaker;
    }
    if (m == null) {
      throw new IllegalStateException("CustomerId has not registered its maker");
    }
    return m;
  }

  /** Loads (initialises) a class that registers its access when it initialises. */
  private static void load(Class<?> owner) {
    try {
      Class.forName(owner.getName(), true, CoreAccess.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
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
