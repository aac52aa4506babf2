package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports exactly the API packages. */
class ModuleDescriptorTest {
  @Test
  void exportsOnlyTheApiPackages() throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("io.github.crmkit.segmentation");
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "io.github.crmkit.segmentation.clv",
            "io.github.crmkit.segmentation.customer",
            "io.github.crmkit.segmentation.experience",
            "io.github.crmkit.segmentation.loyalty",
            "io.github.crmkit.segmentation.rfm",
            "io.github.crmkit.segmentation.rules",
            "io.github.crmkit.segmentation.survey");
    assertThat(d.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
        .contains("io.github.crmkit.core")
        .doesNotContain("io.github.crmkit.recovery");
  }
}
