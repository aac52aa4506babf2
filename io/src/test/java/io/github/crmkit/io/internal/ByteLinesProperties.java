package io.github.crmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line count that sizes the CSV reader's columns equals the lines the reader then reads, for
 * any mix of LF, CRLF and lone CR, any range of the file and any cut of it into chunks.
 */
class ByteLinesProperties {
  @TempDir Path dir;

  @Test
  void theLineCountIsTheNumberOfLinesRead() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 200),
            integers().between(1, 40),
            integers().between(0, 1000))
        .checkAssert(
            (symbols, chunk, cutSeed) -> {
              // 0-2: a letter, 3: LF, 4: CR, 5: CRLF.
              StringBuilder sb = new StringBuilder();
              for (int s : symbols) {
                sb.append(s < 3 ? "ab,".charAt(s) : s == 3 ? "\n" : s == 4 ? "\r" : "\r\n");
              }
              byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
              try {
                Path p = Files.write(dir.resolve("lines.txt"), bytes);
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                  // Any range that starts at a line's start, as the reader's parts do.
                  long from =
                      ByteLines.nextLine(
                          ch, bytes.length == 0 ? 0 : cutSeed % bytes.length, bytes.length);
                  from = cutSeed % 3 == 0 ? 0 : from;
                  long read = 0;
                  ByteLines lines = ByteLines.of(ch, from, bytes.length, null);
                  while (lines.next()) {
                    read++;
                  }
                  assertThat(ByteLines.countLines(ch, from, bytes.length, chunk))
                      .as("%s from %s in chunks of %s", List.of(sb.toString()), from, chunk)
                      .isEqualTo(read);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
