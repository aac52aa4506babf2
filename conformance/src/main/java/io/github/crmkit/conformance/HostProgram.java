package io.github.crmkit.conformance;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Money;
import io.github.crmkit.core.Purchase;
import io.github.crmkit.core.StoneType;
import io.github.crmkit.io.CsvPurchases;
import io.github.crmkit.io.PurchaseRead;
import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.KappaWeights;
import io.github.crmkit.recovery.reliability.Reliability;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.Tier;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import io.github.crmkit.testkit.RepeatBuyerBase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * What a host writes: one call into each crmkit module, the answers joined in one line. A test runs
 * it on the module path and on the class path and expects the same line.
 */
public final class HostProgram {
  private HostProgram() {}

  /**
   * Calls each module once.
   *
   * @return the answers, one per module
   */
  public static String run() {
    Currency krw = Currency.getInstance("KRW");
    Money spend = Money.ofMinor(12_500, krw);
    NetPromoterScore nps = NetPromoterScore.of(new int[] {10, 9, 8, 7, 3, 10});
    Estimate kappa =
        Reliability.cohenKappa(new long[][] {{20, 5}, {10, 15}}, KappaWeights.UNWEIGHTED);
    Programme programme =
        Programme.builder(krw).tier(Tier.of("base", 0)).tier(Tier.of("gold", 2000)).build();
    PurchaseRead read;
    try {
      read =
          CsvPurchases.read(
              new ByteArrayInputStream(
                  "customer_id,timestamp,amount\nc1,2026-01-05,1000\nc2,2026-01-06,-5\n"
                      .getBytes(StandardCharsets.UTF_8)),
              "inline.csv",
              CsvPurchases.Options.of(krw, ZoneId.of("Asia/Seoul")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Purchase> generated =
        RepeatBuyerBase.withSeed(7)
            .customers(20)
            .cohort(
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"))
            .medianSpend(spend)
            .bgNbd(0.25, 4.0, 0.8, 2.4, Duration.ofDays(7));
    return String.format(
        Locale.ROOT,
        "core %s %s %s; segmentation nps %.1f; recovery kappa %.3f; rewards tiers %d;"
            + " io %d/%d/%d; testkit %s; explained in Korean: %s | %s",
        CustomerId.of("c-1"),
        spend,
        StoneType.ECONOMIC.displayName(Locale.KOREAN),
        nps.score(),
        kappa.value(),
        programme.tiers().size(),
        read.received(),
        read.processed(),
        read.rejected(),
        generated.isEmpty() ? "none" : "purchases",
        nps.explanation().render(Locale.KOREAN).lines().findFirst().orElse(""),
        kappa.explanation().outcome(Locale.KOREAN));
  }

  /**
   * Prints {@link #run()}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(run());
  }
}
