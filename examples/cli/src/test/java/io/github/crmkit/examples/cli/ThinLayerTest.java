package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line is a layer over the library's public API, as a host's code would be: no source
 * file names a crmkit {@code internal} package (the library's readers, writers and codecs are what
 * it reads and writes with).
 */
class ThinLayerTest {
  @Test
  void noSourceUsesALibraryInternalPackage() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources).isDirectory();
    List<String> offenders;
    try (Stream<Path> files = Files.walk(sources)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> {
                    try {
                      return Files.readString(p, StandardCharsets.UTF_8)
                          .matches("(?s).*io\\.github\\.crmkit\\.[a-z.]*internal\\b.*");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }
}
