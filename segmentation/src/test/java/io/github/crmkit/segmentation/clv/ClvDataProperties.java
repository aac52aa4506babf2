package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.PurchaseColumns;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Purchase columns give the same data as purchase objects: summaries, order, every rejection. */
class ClvDataProperties {
  private static final Currency KRW = Currency.getInstance("KRW");
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  /** A batch: the dictionary (with a null entry and a repeated id) and the rows. */
  @SuppressWarnings("ArrayRecordComponent") // a generated test case, never compared
  record Batch(CustomerId[] dictionary, int[] index, long[] seconds, long[] amounts) {
    @Override
    public String toString() {
      return "Batch{" + index.length + " purchases of " + dictionary.length + " entries}";
    }
  }

  @Test
  void columnsAndObjectsGiveTheSameData() {
    qt().withExamples(1_000)
        .forAll(
            CrmGen.of(
                rng -> {
                  int customers = 1 + rng.nextInt(30);
                  CustomerId[] dictionary = new CustomerId[customers + 2];
                  for (int c = 0; c < customers; c++) {
                    dictionary[c] = CustomerId.of("k" + c);
                  }
                  dictionary[customers] = null; // purchases without a customer
                  dictionary[customers + 1] = CustomerId.of("k0"); // the same id twice
                  int n = rng.nextInt(400);
                  int[] index = new int[n];
                  long[] seconds = new long[n];
                  long[] amounts = new long[n];
                  long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
                  for (int i = 0; i < n; i++) {
                    index[i] = rng.nextInt(dictionary.length);
                    // Days over calibration, holdout and after the end; several a day.
                    seconds[i] = from + rng.nextLong(120L * 86_400);
                    amounts[i] = 1L + rng.nextInt(50_000);
                  }
                  return new Batch(dictionary, index, seconds, amounts);
                }))
        .checkAssert(
            b -> {
              LocalDate calEnd = LocalDate.of(2026, 2, 28);
              LocalDate end = LocalDate.of(2026, 3, 31);
              List<Purchase> objects = new ArrayList<>();
              for (int i = 0; i < b.index().length; i++) {
                CustomerId id = b.dictionary()[b.index()[i]];
                objects.add(
                    id == null
                        ? null
                        : Purchase.of(
                            id,
                            Instant.ofEpochSecond(b.seconds()[i]),
                            Money.ofMinor(b.amounts()[i], KRW),
                            Channel.WEB));
              }
              ClvData expected =
                  ClvData.fromPurchases(objects, calEnd, end, SEOUL, TimeScale.WEEK, KRW);
              ClvData actual =
                  ClvData.fromPurchases(
                      PurchaseColumns.of(b.dictionary(), b.index(), b.seconds(), b.amounts(), KRW),
                      calEnd,
                      end,
                      SEOUL,
                      TimeScale.WEEK);
              assertThat(actual.size()).isEqualTo(expected.size());
              assertThat(actual.received()).isEqualTo(expected.received());
              assertThat(actual.rejectedRecords())
                  .extracting(Rejection::position, Rejection::reason)
                  .containsExactlyElementsOf(
                      expected.rejectedRecords().stream()
                          .map(r -> org.assertj.core.groups.Tuple.tuple(r.position(), r.reason()))
                          .toList());
              for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.customer(i)).isEqualTo(expected.customer(i));
                assertThat(actual.x(i)).isEqualTo(expected.x(i));
                assertThat(actual.tx(i)).isEqualTo(expected.tx(i));
                assertThat(actual.age(i)).isEqualTo(expected.age(i));
                assertThat(actual.meanSpend(i)).isEqualTo(expected.meanSpend(i));
                assertThat(actual.holdoutPurchases(i)).isEqualTo(expected.holdoutPurchases(i));
                assertThat(actual.holdoutSpend(i)).isEqualTo(expected.holdoutSpend(i));
              }
              assertThat(actual.holdoutLength()).isEqualTo(expected.holdoutLength());
              if (expected.size() > 0) {
                // Repeat tracking from columns equals tracking from objects, period by period.
                BgNbd model = new BgNbd(0.25, 4.0, 0.8, 2.5, TimeScale.WEEK);
                List<Purchase> kept = new ArrayList<>();
                for (Purchase p : objects) {
                  if (p != null) {
                    kept.add(p);
                  }
                }
                assertThat(
                        RepeatTracking.of(
                                model,
                                PurchaseColumns.of(
                                    b.dictionary(), b.index(), b.seconds(), b.amounts(), KRW),
                                SEOUL,
                                calEnd,
                                end)
                            .periods())
                    .isEqualTo(RepeatTracking.of(model, kept, SEOUL, calEnd, end).periods());
              }
            });
  }
}
