package io.github.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {
  @Test
  void largeValuesCloseTogetherKeepTheirVariance() {
    // Before the fix, the sum-of-squares formula cancelled every digit: the standard error of
    // 1e9 + {1, 2, 3} came out as 0 or as noise instead of sqrt(1 / 3).
    Moments m = new Moments();
    m.add(1e9 + 1);
    m.add(1e9 + 2);
    m.add(1e9 + 3);
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.mean()).isEqualTo(1e9 + 2);
    assertThat(m.standardError()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-9));
  }

  @Test
  void emptyAndSingleValuesAreExplicit() {
    Moments m = new Moments();
    assertThat(m.mean()).isNaN();
    assertThat(m.standardError()).isZero();
    m.add(4);
    assertThat(m.mean()).isEqualTo(4);
    assertThat(m.standardError()).isZero();
  }
}
