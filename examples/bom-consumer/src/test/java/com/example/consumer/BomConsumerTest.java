package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.reliability.Estimate;
import io.github.crmkit.recovery.reliability.KappaWeights;
import io.github.crmkit.recovery.reliability.Reliability;
import io.github.crmkit.rewards.Programme;
import io.github.crmkit.rewards.Tier;
import io.github.crmkit.segmentation.survey.NetPromoterScore;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Three crmkit modules, their versions from the BOM alone, used as a host uses them. */
class BomConsumerTest {
  @Test
  void threeModulesResolvedThroughTheBom() {
    // NPS: 3 promoters and 1 detractor of 6 answers: (3 - 1) / 6 = 33.3 points.
    NetPromoterScore nps = NetPromoterScore.of(new int[] {10, 9, 8, 7, 3, 10});
    assertEquals(100.0 * (3 - 1) / 6, nps.score(), 1e-9);

    // Cohen's kappa of a 2x2 table: po = 0.7, pe = 0.5, kappa = 0.4.
    Estimate kappa =
        Reliability.cohenKappa(new long[][] {{20, 5}, {10, 15}}, KappaWeights.UNWEIGHTED);
    assertEquals(0.4, kappa.value(), 1e-9);

    Currency krw = Currency.getInstance("KRW");
    Programme programme =
        Programme.builder(krw).tier(Tier.of("base", 0)).tier(Tier.of("gold", 2000)).build();
    assertEquals(2, programme.tiers().size());
    assertEquals(12_500, Money.ofMinor(12_500, krw).minorUnits());
  }

  @Test
  void theModulesComeFromOneCrmkitVersion() {
    String expected = System.getProperty("crmkit.version", "");
    for (Class<?> type :
        new Class<?>[] {NetPromoterScore.class, Reliability.class, Programme.class}) {
      String jar = type.getProtectionDomain().getCodeSource().getLocation().getPath();
      // From the reactor the classes are in target/classes; from a repository, in a versioned jar.
      assertTrue(
          jar.endsWith("/target/classes/") || jar.contains("-" + expected + ".jar"),
          type.getName() + " came from " + jar);
    }
  }
}
