package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.CustomerSnapshot;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.internal.CoreAccess;
import io.github.crmkit.core.internal.PurchaseArrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * A host on the class path (this package is outside crmkit's) can neither read core's internals nor
 * replace the registered accessors: before the fix, it got the arrays behind a {@link
 * PurchaseColumns} and could swap the accessor every module reads through.
 */
class CoreAccessFromAHostTest {
  @Test
  void aHostCannotReadTheArraysBehindColumns() {
    PurchaseColumns c =
        PurchaseColumns.of(
            new CustomerId[] {CustomerId.of("c1")},
            new int[] {0},
            new long[] {1},
            new long[] {100},
            Currency.getInstance("USD"));
    assertThatThrownBy(() -> CoreAccess.arrays(c))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.example.host.CoreAccessFromAHostTest");
    assertThatThrownBy(CoreAccess::snapshots).isInstanceOf(IllegalStateException.class);
    // Nor wrap arrays longer than the batch they claim (only crmkit's readers do).
    assertThatThrownBy(
            () ->
                CoreAccess.wrap(
                    new PurchaseArrays(
                        new CustomerId[] {CustomerId.of("c1")},
                        new int[] {0, 0},
                        new long[] {1, 2},
                        new long[] {100, 200},
                        null,
                        1),
                    Currency.getInstance("USD")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.example.host.CoreAccessFromAHostTest");
  }

  @Test
  void aHostCannotReplaceTheAccessors() {
    assertThatThrownBy(() -> CoreAccess.setPurchaseColumns(x -> null, (a, c) -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only io.github.crmkit.core.PurchaseColumns registers");
    assertThatThrownBy(() -> CoreAccess.setSnapshotAccess(null))
        .isInstanceOf(IllegalStateException.class);
    // crmkit's own classes still read through it (the classes load and register).
    assertThat(CustomerSnapshot.class).isNotNull();
  }
}
