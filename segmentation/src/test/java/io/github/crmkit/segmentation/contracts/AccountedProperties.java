package io.github.crmkit.segmentation.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmkit.core.Accounted;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.Rejection;
import io.github.crmkit.core.RejectionReason;
import io.github.crmkit.segmentation.clv.ClvData;
import io.github.crmkit.segmentation.clv.TimeScale;
import io.github.crmkit.segmentation.rfm.RfmAggregation;
import io.github.crmkit.segmentation.rfm.RfmAggregator;
import io.github.crmkit.segmentation.survey.Csat;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import io.github.crmkit.testkit.quicktheories.CrmGen;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The {@link Accounted} contract on real batches with bad records mixed in: every record received
 * is processed or rejected ({@code received = processed + rejected}), the rejected count is the sum
 * of the counts by reason, and where the records are kept they are exactly the ones counted.
 */
class AccountedProperties {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Currency KRW = Currency.getInstance("KRW");
  private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  static void holds(Accounted a, List<? extends Rejection<?>> records) {
    assertThat(a.received()).isEqualTo(a.processed() + a.rejected());
    assertThat(a.rejected())
        .isEqualTo(a.rejections().values().stream().mapToLong(Long::longValue).sum());
    assertThat(a.rejections().values()).allMatch(n -> n > 0);
    Map<RejectionReason, Long> fromRecords = new EnumMap<>(RejectionReason.class);
    for (Rejection<?> r : records) {
      fromRecords.merge(r.reason(), 1L, Long::sum);
    }
    assertThat(a.rejections()).isEqualTo(fromRecords);
  }

  static Gen<int[]> answers() {
    return CrmGen.of(
        rng -> {
          int[] a = new int[rng.nextInt(200)];
          for (int i = 0; i < a.length; i++) {
            a[i] = rng.nextInt(8) == 0 ? rng.nextInt(-3, 15) : rng.nextInt(11);
          }
          return a;
        });
  }

  /** Purchases of 20 customers over a year, a few null, after the as-of day or in dollars. */
  static Gen<List<Purchase>> purchases() {
    return CrmGen.of(
        rng -> {
          List<Purchase> out = new ArrayList<>();
          int n = rng.nextInt(150);
          for (int i = 0; i < n; i++) {
            int kind = rng.nextInt(12);
            Instant at =
                kind == 0
                    ? AS_OF.plusSeconds(1 + rng.nextInt(86_400 * 30))
                    : AS_OF.minusSeconds(1 + rng.nextInt(86_400 * 365));
            if (kind == 1) {
              out.add(null);
              continue;
            }
            Money amount =
                kind == 2
                    ? Money.of(
                        BigDecimal.valueOf(1 + rng.nextInt(100)), Currency.getInstance("USD"))
                    : Money.of(BigDecimal.valueOf(1000 + rng.nextInt(50_000)), KRW);
            out.add(Purchase.of(CustomerId.of("c" + rng.nextInt(20)), at, amount, Channel.WEB));
          }
          return out;
        });
  }

  @Test
  void surveyBatchesAccountForEveryAnswer() {
    qt().forAll(answers())
        .checkAssert(
            a -> {
              NetPromoterScore nps = NetPromoterScore.of(a);
              holds(nps, nps.rejectedRecords());
              assertThat(nps.received()).isEqualTo(a.length);
              assertThat(nps.processed()).isEqualTo(nps.n());
              Csat csat = Csat.of(a);
              holds(csat, csat.rejectedRecords());
              assertThat(csat.received()).isEqualTo(a.length);
            });
  }

  @Test
  void purchaseBatchesAccountForEveryPurchase() {
    java.util.concurrent.atomic.AtomicInteger withRejections =
        new java.util.concurrent.atomic.AtomicInteger();
    qt().forAll(purchases())
        .checkAssert(
            ps -> {
              RfmAggregation rfm = RfmAggregator.of(AS_OF, SEOUL, KRW).aggregate(ps.iterator());
              if (rfm.rejections().size() >= 2) {
                withRejections.incrementAndGet();
              }
              holds(rfm, rfm.rejectedRecords());
              assertThat(rfm.received()).isEqualTo(ps.size());
              ClvData clv =
                  ClvData.fromPurchases(
                      ps, LocalDate.ofInstant(AS_OF, SEOUL), SEOUL, TimeScale.WEEK, KRW);
              holds(clv, clv.rejectedRecords());
              assertThat(clv.received()).isEqualTo(ps.size());
            });
    // The examples mix several reasons in one batch, so the checks above were not vacuous.
    assertThat(withRejections.get()).isGreaterThan(50);
  }
}
