package io.github.crmkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The host program compiles against every module and runs: once on the module path (each crmkit
 * artifact a named module, this module requiring them) and once on the class path (surefire runs
 * this class in both executions of the build, telling which by a system property).
 */
class HostProgramTest {
  private static final String PATH = System.getProperty("crmkit.conformance.path", "class");

  @Test
  void runsWithEveryModuleOnTheModulePathOrTheClassPath() {
    boolean modulePath = PATH.equals("module");
    assertThat(HostProgram.class.getModule().isNamed()).isEqualTo(modulePath);
    for (Class<?> anchor : ExportedApi.ANCHORS) {
      Module m = anchor.getModule();
      assertThat(m.isNamed()).as("%s is in a named module", anchor.getName()).isEqualTo(modulePath);
      if (modulePath) {
        assertThat(m.getName()).startsWith("io.github.crmkit.");
        assertThat(HostProgram.class.getModule().canRead(m)).isTrue();
      }
    }
    // The explanations render in Korean from each module's bundles, which on the module path core
    // reads only because every module opens its bundle packages to it.
    assertThat(HostProgram.run())
        .startsWith(
            "core c-1 KRW 12500 경제적 고객; segmentation nps 33.3; recovery kappa 0.400; rewards tiers 2;"
                + " io 2/1/1; testkit purchases; explained in Korean:"
                + " 순추천지수(NPS) -> NPS = 100 (3 - 1) / 6 = 33.33, 표준오차 ")
        .matches("(?s).*점 \\| 0\\.4000, 95% 구간 \\[-?\\d\\.\\d{4}, \\d\\.\\d{4}]$");
  }

  @Test
  void everyModuleHasADescriptorWithItsOwnExports() {
    List<String> names = ExportedApi.modules().stream().map(d -> d.name()).sorted().toList();
    assertThat(names)
        .containsExactly(
            "io.github.crmkit.core",
            "io.github.crmkit.io",
            "io.github.crmkit.recovery",
            "io.github.crmkit.rewards",
            "io.github.crmkit.segmentation",
            "io.github.crmkit.testkit");
    for (var d : ExportedApi.modules()) {
      assertThat(ExportedApi.exportedPackages(d)).allMatch(p -> !p.contains(".internal"));
    }
  }
}
