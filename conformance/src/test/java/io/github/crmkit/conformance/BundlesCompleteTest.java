package io.github.crmkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmkit.core.CodedType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every named type (every public enum implementing {@link CodedType} in an exported package) has a
 * display name for every constant in both shipped languages, English and Korean, and the bundles
 * hold no name for a code that no longer exists.
 */
class BundlesCompleteTest {
  private static final List<String> LANGUAGES = List.of("", "_ko");

  @Test
  void everyNamedTypeHasEveryNameInEnglishAndKorean() throws IOException {
    List<String> problems = new ArrayList<>();
    int named = 0;
    for (Class<?> anchor : ExportedApi.ANCHORS) {
      ModuleReference ref = ExportedApi.reference(anchor);
      for (String pkg : ExportedApi.exportedPackages(ref.descriptor())) {
        Set<String> expected = new HashSet<>();
        for (Class<?> c : ExportedApi.publicTypes()) {
          if (c.getPackageName().equals(pkg) && c.isEnum() && CodedType.class.isAssignableFrom(c)) {
            named++;
            String prefix = c.getName().substring(pkg.length() + 1).replace('$', '.');
            for (Object constant : c.getEnumConstants()) {
              expected.add(prefix + "." + ((CodedType) constant).code());
            }
          }
        }
        for (String language : LANGUAGES) {
          String path = pkg.replace('.', '/') + "/names" + language + ".properties";
          Properties names = load(ref, path);
          if (names == null) {
            if (!expected.isEmpty()) {
              problems.add(path + " is missing");
            }
            continue;
          }
          for (String key : expected) {
            String value = names.getProperty(key);
            if (value == null || value.isBlank()) {
              problems.add(path + " has no name for " + key);
            } else if (language.equals("_ko") && value.codePoints().noneMatch(Hangul::is)) {
              problems.add(path + ": " + key + " is not Korean: " + value);
            }
          }
          for (String key : names.stringPropertyNames()) {
            if (!expected.contains(key)) {
              problems.add(path + " names " + key + ", which no type has");
            }
          }
        }
      }
    }
    assertThat(named).as("named types found").isGreaterThanOrEqualTo(28);
    assertThat(problems).isEmpty();
  }

  /**
   * Every package's explanation templates exist in English and Korean with the same keys and the
   * same placeholders, none blank, the Korean ones in Korean (but a template that is only
   * placeholders); and every crmkit module ships some.
   */
  @Test
  void everyExplanationTemplateIsInEnglishAndKorean() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> modulesWithTemplates = new HashSet<>();
    int templates = 0;
    for (Class<?> anchor : ExportedApi.ANCHORS) {
      ModuleReference ref = ExportedApi.reference(anchor);
      for (String pkg : ExportedApi.exportedPackages(ref.descriptor())) {
        String base = pkg.replace('.', '/') + "/explanations";
        Properties en = load(ref, base + ".properties");
        Properties ko = load(ref, base + "_ko.properties");
        if (en == null && ko == null) {
          continue;
        }
        if (en == null || ko == null) {
          problems.add(base + ": only one of English and Korean");
          continue;
        }
        modulesWithTemplates.add(ref.descriptor().name());
        if (!en.stringPropertyNames().equals(ko.stringPropertyNames())) {
          Set<String> onlyEn = new HashSet<>(en.stringPropertyNames());
          onlyEn.removeAll(ko.stringPropertyNames());
          Set<String> onlyKo = new HashSet<>(ko.stringPropertyNames());
          onlyKo.removeAll(en.stringPropertyNames());
          problems.add(base + ": only in English " + onlyEn + ", only in Korean " + onlyKo);
        }
        for (String key : en.stringPropertyNames()) {
          templates++;
          String e = en.getProperty(key);
          String k = ko.getProperty(key, "");
          if (e.isBlank() || k.isBlank()) {
            problems.add(base + ": " + key + " is blank");
          } else if (!placeholders(e).equals(placeholders(k))) {
            problems.add(base + ": " + key + " has other placeholders in Korean: " + k);
          } else if (k.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter)
              && k.codePoints().noneMatch(Hangul::is)) {
            problems.add(base + ": " + key + " is not Korean: " + k);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(templates).as("templates found").isGreaterThanOrEqualTo(100);
    assertThat(modulesWithTemplates)
        .contains(
            "io.github.crmkit.core", "io.github.crmkit.segmentation", "io.github.crmkit.recovery");
  }

  private static Set<String> placeholders(String template) {
    Set<String> found = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(template);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void aLanguageWithoutBundlesGetsEnglishAndKoreanGetsKorean() {
    for (Class<?> c : ExportedApi.publicTypes()) {
      if (c.isEnum() && CodedType.class.isAssignableFrom(c)) {
        for (Object constant : c.getEnumConstants()) {
          CodedType t = (CodedType) constant;
          assertThat(t.displayName(Locale.JAPANESE)).isEqualTo(t.displayName(Locale.ENGLISH));
          assertThat(t.displayName(Locale.KOREA)).isEqualTo(t.displayName(Locale.KOREAN));
        }
      }
    }
  }

  private static Properties load(ModuleReference ref, String path) throws IOException {
    try (ModuleReader reader = ref.open()) {
      Optional<InputStream> in = reader.open(path);
      if (in.isEmpty()) {
        return null;
      }
      Properties p = new Properties();
      try (InputStream s = in.get()) {
        p.load(new InputStreamReader(s, StandardCharsets.UTF_8));
      }
      return p;
    }
  }

  /** Hangul syllables and jamo. */
  private static final class Hangul {
    static boolean is(int cp) {
      return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF);
    }
  }
}
