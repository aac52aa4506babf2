package io.github.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.PurchaseColumns;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * A batch over arrays longer than it (as crmkit's readers allocate them, before the rows are known)
 * holds exactly its first rows: its size, its accessors and the arrays other modules read agree,
 * and nothing past the size is ever returned.
 */
class PurchaseArraysTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static PurchaseColumns twoOfFour() {
    return CoreAccess.wrap(
        new PurchaseArrays(
            new CustomerId[] {CustomerId.of("a"), CustomerId.of("b")},
            new int[] {0, 1, 7, 7},
            new long[] {10, 20, 30, 40},
            new long[] {100, 200, 300, 400},
            new long[] {5, 6, 7, 8},
            2),
        USD);
  }

  @Test
  void aBatchOverLongerArraysHasOnlyItsRows() {
    PurchaseColumns c = twoOfFour();
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.customerIndex(1)).isEqualTo(1);
    assertThat(c.epochSecond(1)).isEqualTo(20);
    assertThat(c.amountMinor(1)).isEqualTo(200);
    assertThat(c.orderId(1)).isEqualTo(6);
    assertThat(CoreAccess.arrays(c).size()).isEqualTo(2);
  }

  @Test
  void noAccessorReadsPastTheBatch() {
    PurchaseColumns c = twoOfFour();
    assertThatThrownBy(() -> c.customerIndex(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.epochSecond(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.amountMinor(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> c.orderId(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void orderIdsAddedLaterMustFitTheBatchNotItsArrays() {
    PurchaseColumns c = twoOfFour();
    assertThat(c.withOrderIds(new long[] {1, 2}).orderId(1)).isEqualTo(2);
    assertThatThrownBy(() -> c.withOrderIds(new long[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderIds must have the length of the batch (2), but had 4");
  }

  @Test
  void anArrayShorterThanTheBatchIsRefused() {
    assertThatThrownBy(
            () ->
                CoreAccess.wrap(
                    new PurchaseArrays(
                        new CustomerId[] {CustomerId.of("a")},
                        new int[] {0, 0, 0},
                        new long[] {1},
                        new long[] {1, 2, 3},
                        null,
                        2),
                    USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least size (2)");
  }
}
