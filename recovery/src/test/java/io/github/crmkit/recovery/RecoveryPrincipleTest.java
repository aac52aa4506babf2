package io.github.crmkit.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecoveryPrincipleTest {
  @Test
  void fivePrinciplesWithCodesAndBothLanguages() {
    assertThat(RecoveryPrinciple.values()).hasSize(5);
    for (RecoveryPrinciple p : RecoveryPrinciple.values()) {
      assertThat(RecoveryPrinciple.fromCode(p.code())).isSameAs(p);
      assertThat(p.statement()).isNotBlank();
      assertThat(p.displayName(Locale.KOREAN)).isNotEqualTo(p.displayName(Locale.ENGLISH));
      assertThat(p.displayName(Locale.ENGLISH)).isNotBlank();
    }
    assertThatThrownBy(() -> RecoveryPrinciple.fromCode("apologise"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'apologise'");
  }

  @Test
  void moduleExportsOnlyItsApiPackage() throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "io.github.crmkit.recovery",
            "io.github.crmkit.recovery.complaint",
            "io.github.crmkit.recovery.incident",
            "io.github.crmkit.recovery.policy",
            "io.github.crmkit.recovery.reliability",
            "io.github.crmkit.recovery.sla");
    assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
        .doesNotContain("io.github.crmkit.segmentation");
  }
}
