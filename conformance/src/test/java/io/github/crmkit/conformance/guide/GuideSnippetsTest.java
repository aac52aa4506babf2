package io.github.crmkit.conformance.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user guide's code is the code the tests run: every Java block in {@code docs/} under a {@code
 * <!-- snippet: path#tag -->} marker must equal the lines between {@code // tag::tag[]} and {@code
 * // end::tag[]} of that source file (which a test compiles and runs), every guide page exists with
 * at least one such block, every tagged region of the guide tests is shown somewhere, and no link
 * in the README or the docs leaves the project.
 */
class GuideSnippetsTest {
  /** The guide: one page per task a user has. */
  static final List<String> PAGES =
      List.of(
          "segment-a-customer-base.md",
          "score-one-customer-in-a-service.md",
          "choose-a-lifetime-value-model.md",
          "run-a-loyalty-programme.md",
          "code-incidents-and-measure-agreement.md",
          "set-sla-targets-and-recovery-policies.md",
          "scale-out-with-spark.md",
          "test-your-rules-with-testkit.md");

  private static final Pattern SNIPPET =
      Pattern.compile(
          "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  static Path root() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("docs")).as("the project's docs/ beside conformance/").isDirectory();
    return root;
  }

  @Test
  void everyGuideBlockIsTheCodeATestRuns() throws IOException {
    Path root = root();
    Set<String> shown = new TreeSet<>();
    int blocks = 0;
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Matcher m = SNIPPET.matcher(text);
        while (m.find()) {
          blocks++;
          Path source = root.resolve(m.group(1)).normalize();
          assertThat(source).as("%s names %s", doc.getFileName(), m.group(1)).isRegularFile();
          assertThat(m.group(3))
              .as("%s: the block %s#%s", doc.getFileName(), m.group(1), m.group(2))
              .isEqualTo(region(source, m.group(2)));
          shown.add(root.relativize(source) + "#" + m.group(2));
        }
      }
    }
    assertThat(blocks).isGreaterThanOrEqualTo(PAGES.size());
    // Every tagged region of the guide tests is on a page (no guide code that nobody reads).
    Path guide = root.resolve("conformance/src/test/java/io/github/crmkit/conformance/guide");
    try (Stream<Path> sources = Files.list(guide)) {
      for (Path source :
          sources.filter(p -> !p.endsWith("GuideSnippetsTest.java")).sorted().toList()) {
        Matcher tag = Pattern.compile("// tag::([\\w-]+)\\[]").matcher(Files.readString(source));
        while (tag.find()) {
          assertThat(shown).contains(root.relativize(source) + "#" + tag.group(1));
        }
      }
    }
  }

  @Test
  void everyTaskHasItsPage() throws IOException {
    Path docs = root().resolve("docs");
    for (String page : PAGES) {
      Path p = docs.resolve(page);
      assertThat(p).isRegularFile();
      assertThat(SNIPPET.matcher(Files.readString(p)).find())
          .as("%s shows run code", page)
          .isTrue();
    }
  }

  @Test
  void noLinkLeavesTheProject() throws IOException {
    Path root = root();
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      String text = Files.readString(file);
      assertThat(text).as("%s mentions ../shared", file.getFileName()).doesNotContain("../shared");
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http://") || target.startsWith("https://")) {
          continue;
        }
        Path resolved = file.getParent().resolve(target).normalize();
        assertThat(resolved.startsWith(root))
            .as("%s links outside the project: %s", file.getFileName(), target)
            .isTrue();
        assertThat(Files.exists(resolved))
            .as("%s links to a missing file: %s", file.getFileName(), target)
            .isTrue();
      }
    }
  }

  /** The lines between the tag's markers, their common indentation removed, each ending in \n. */
  static String region(Path source, String tag) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.equals("// tag::" + tag + "[]")) {
        from = i + 1;
      } else if (t.equals("// end::" + tag + "[]")) {
        to = i;
      }
    }
    assertThat(from).as("%s has // tag::%s[]", source.getFileName(), tag).isPositive();
    assertThat(to).as("%s has // end::%s[]", source.getFileName(), tag).isGreaterThan(from);
    List<String> body = lines.subList(from, to);
    int indent = Integer.MAX_VALUE;
    for (String l : body) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : body) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    // A region may end with a blank line (before the end marker); the block does not.
    return sb.toString().replaceAll("\\n+$", "\n");
  }
}
