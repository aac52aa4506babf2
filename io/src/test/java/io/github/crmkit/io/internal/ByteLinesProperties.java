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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines of a range of a file are the lines of its text, for any mix of LF, CRLF and lone CR and
 * any range that starts at a line's start (as the reader's parts do) and any size of the chunks it
 * is read in: LF, CRLF and a lone CR each end one line, and a last line without a break is a line.
 */
class ByteLinesProperties {
  @TempDir Path dir;

  @Test
  void theLinesReadAreTheLinesOfTheText() {
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
                  List<String> read = new ArrayList<>();
                  // Chunks of 1 to 40 bytes: lines and CRLF pairs cut between reads.
                  ByteLines lines = ByteLines.of(ch, from, bytes.length, chunk);
                  while (lines.next()) {
                    read.add(
                        new String(
                            lines.chunk(),
                            lines.lineStart(),
                            lines.lineEnd() - lines.lineStart(),
                            java.nio.charset.StandardCharsets.US_ASCII));
                  }
                  assertThat(read)
                      .as("%s from %s in chunks of %s", List.of(sb.toString()), from, chunk)
                      .isEqualTo(linesOf(sb.substring((int) from)));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The reference: the text cut at each LF, CRLF and lone CR, a last unended line kept. */
  private static List<String> linesOf(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
