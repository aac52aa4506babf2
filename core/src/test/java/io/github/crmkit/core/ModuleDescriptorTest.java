package io.github.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports the API packages only; internal goes to crmkit alone. */
class ModuleDescriptorTest {
  @Test
  void exportsOnlyTheApiPackages() throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("io.github.crmkit.core");
    assertThat(
            d.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.crmkit.core", "io.github.crmkit.core.experience");
    assertThat(
            d.exports().stream()
                .filter(ModuleDescriptor.Exports::isQualified)
                .flatMap(e -> e.targets().stream())
                .collect(Collectors.toSet()))
        .allMatch(t -> t.startsWith("io.github.crmkit."));
    assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name))
        .contains("com.google.common")
        .doesNotContain("org.slf4j");
  }
}
