package io.github.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.Purchase;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CovariateBaseTest {
  static final Duration WEEK = Duration.ofDays(7);

  private static CovariateBase base(long seed) {
    return CovariateBase.of(RepeatBuyerBase.withSeed(seed).customers(20_000))
        .numeric("income", 0.0, 0.0)
        .categorical(
            "channel", List.of("store", "web"), new double[] {0, 1.0}, new double[] {0, 0});
  }

  private static Map<CustomerId, Integer> repeats(List<Purchase> purchases) {
    Map<CustomerId, Integer> m = new HashMap<>();
    for (Purchase p : purchases) {
      m.merge(p.customer(), 0, (a, b) -> a + 1);
    }
    return m;
  }

  @Test
  void drawsAreSeededAndCovariatesHaveTheirDistributions() {
    CovariateBase.Drawn a = base(4).bgNbd(0.5, 4.0, 0.8, 2.5, WEEK);
    CovariateBase.Drawn b = base(4).bgNbd(0.5, 4.0, 0.8, 2.5, WEEK);
    assertThat(a.purchases()).isEqualTo(b.purchases());
    assertThat(a.customers()).hasSize(20_000);
    assertThat(a.numeric().get("income")).containsExactly(b.numeric().get("income"));
    double[] income = a.numeric().get("income");
    double mean = 0;
    for (double v : income) {
      mean += v / income.length;
    }
    assertThat(mean).isCloseTo(0, within(0.05));
    long web = a.categorical().get("channel").stream().filter("web"::equals).count();
    assertThat(web).isBetween(9_000L, 11_000L);
    assertThat(repeats(a.purchases())).hasSize(20_000);
  }

  /**
   * A purchase effect of 1 multiplies the purchase rate by e: web customers buy more often (less
   * than e times as often under BG/NBD, where each purchase is also a chance to drop out).
   */
  @Test
  void effectsActOnTheProcessesTheyName() {
    for (boolean pareto : new boolean[] {false, true}) {
      CovariateBase.Drawn d =
          pareto
              ? base(5).paretoNbd(0.5, 4.0, 0.6, 12.0, WEEK)
              : base(5).bgNbd(0.5, 4.0, 0.8, 2.5, WEEK);
      Map<CustomerId, Integer> r = repeats(d.purchases());
      double webSum = 0;
      double storeSum = 0;
      int webN = 0;
      int storeN = 0;
      List<String> channel = d.categorical().get("channel");
      for (int i = 0; i < d.customers().size(); i++) {
        int x = r.get(d.customers().get(i));
        if (channel.get(i).equals("web")) {
          webSum += x;
          webN++;
        } else {
          storeSum += x;
          storeN++;
        }
      }
      assertThat(webSum / webN).as("pareto %s", pareto).isGreaterThan(1.5 * storeSum / storeN);
    }
  }

  @Test
  void refusesMalformedVariables() {
    CovariateBase b = CovariateBase.of(RepeatBuyerBase.withSeed(1));
    assertThatThrownBy(() -> b.categorical("c", List.of("a"), new double[] {0}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c'");
    assertThatThrownBy(
            () -> b.categorical("c", List.of("a", "b"), new double[] {1, 0}, new double[] {0, 0}))
        .hasMessageContaining("0 for the first");
    assertThatThrownBy(() -> b.numeric("x", Double.NaN, 0)).hasMessageContaining("finite");
    assertThatThrownBy(() -> b.numeric("x", 0, 0).numeric("x", 0, 0)).hasMessageContaining("'x'");
    assertThatThrownBy(() -> CovariateBase.of(null)).isInstanceOf(NullPointerException.class);
  }
}
