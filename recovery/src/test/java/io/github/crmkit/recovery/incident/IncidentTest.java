package io.github.crmkit.recovery.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import io.github.crmkit.core.Channel;
import io.github.crmkit.core.ContactLevel;
import io.github.crmkit.core.CustomerId;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.core.Money;
import io.github.crmkit.recovery.reliability.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentTest {
  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  static Incident incident(String id, String text, Outcome outcome) {
    return Incident.of(id, text, Channel.IN_PERSON, outcome, AT);
  }

  @Test
  void shippedTaxonomiesMatchThePublishedSchemes() {
    Taxonomy b = Taxonomy.bitner();
    assertThat(b.groups()).extracting(IncidentCode::id).containsExactly("1", "2", "3", "4");
    assertThat(b.leaves())
        .extracting(IncidentCode::id)
        .containsExactly(
            "1A", "1B", "1C", "2A", "2B", "2C", "2D", "3A", "3B", "3C", "3D", "3E", "4A", "4B",
            "4C", "4D");
    assertThat(b.code("1B").orElseThrow().displayName(Locale.ENGLISH))
        .isEqualTo("Response to unreasonably slow service");
    assertThat(b.code("4").orElseThrow().source()).contains("Mohr (1994)");
    assertThat(b.groupOf("3E").id()).isEqualTo("3");
    assertThat(b.groupOf("2").id()).isEqualTo("2");
    assertThat(Taxonomy.keaveney().groups()).hasSize(8);
    assertThat(Taxonomy.keaveney().groups())
        .extracting(c -> c.displayName(Locale.ENGLISH))
        .containsExactly(
            "Pricing",
            "Inconvenience",
            "Core service failure",
            "Service encounter failures",
            "Response to service failure",
            "Competition",
            "Ethical problems",
            "Involuntary switching");
    assertThat(Taxonomy.meuter().leaves())
        .extracting(c -> c.displayName(Locale.ENGLISH))
        .containsExactly(
            "Solved an intensified need",
            "Better than the alternative",
            "Did its job",
            "Technology failure",
            "Process failure",
            "Poor design",
            "Customer-driven failure");
    for (Taxonomy t : List.of(b, Taxonomy.keaveney(), Taxonomy.meuter())) {
      assertThat(t.codes()).allSatisfy(c -> assertThat(c.names().get("ko")).isNotBlank());
      assertThat(TaxonomyJson.read(TaxonomyJson.write(t))).isEqualTo(t);
    }
    // The contact level chooses the scheme and names the decisive factor.
    assertThat(Taxonomy.defaultFor(ContactLevel.HIGH)).isSameAs(b);
    assertThat(Taxonomy.defaultFor(ContactLevel.LOW)).isSameAs(Taxonomy.meuter());
    assertThat(Taxonomy.decisiveFactor(ContactLevel.HIGH).displayName(java.util.Locale.ENGLISH))
        .contains("attitude");
    assertThat(Taxonomy.decisiveFactor(ContactLevel.LOW).displayName(java.util.Locale.KOREAN))
        .contains("인터페이스");
  }

  @Test
  void hostTaxonomiesInCodeAndJsonWithPathErrors() {
    Taxonomy mine =
        Taxonomy.of(
            "mine",
            "2",
            "Shop incidents",
            "in-house",
            List.of(
                IncidentCode.of("delivery", null, Map.of("en", "Delivery", "ko", "배송"), "in-house"),
                IncidentCode.of(
                    "delivery.late", "delivery", Map.of("en", "Late", "ko", "지연"), "in-house")));
    assertThat(TaxonomyJson.read(TaxonomyJson.write(mine))).isEqualTo(mine);
    assertThatThrownBy(
            () ->
                Taxonomy.of(
                    "x",
                    "1",
                    "x",
                    "x",
                    List.of(IncidentCode.of("a.b", "a", Map.of("en", "A", "ko", "에이"), "s"))))
        .hasMessageContaining("not an earlier group");
    assertThatThrownBy(
            () ->
                Taxonomy.of(
                    "x",
                    "1",
                    "x",
                    "x",
                    List.of(
                        IncidentCode.of("a", null, Map.of("en", "A", "ko", "에이"), "s"),
                        IncidentCode.of("a", null, Map.of("en", "A", "ko", "에이"), "s"))))
        .hasMessageContaining("'a' repeats");
    assertThatThrownBy(() -> TaxonomyJson.read("{\"id\": \"x\", \"codes\": [}"))
        .isInstanceOf(DefinitionFormatException.class)
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(
            () ->
                TaxonomyJson.read(
                    "{\"id\": \"x\", \"version\": \"1\", \"name\": \"n\", \"source\": \"s\","
                        + " \"codes\": [{\"id\": \"a\", \"names\": {\"en\": \"A\", \"ko\": 3},"
                        + " \"source\": \"s\"}]}"))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class,
            e -> assertThat(e.path()).isEqualTo("$.codes[0].names.ko"));
    assertThatThrownBy(() -> TaxonomyJson.read(" ".repeat((1 << 20) + 1)))
        .hasMessageContaining("more than the limit");
    assertThatThrownBy(() -> Taxonomy.bitner().groupOf("9Z")).hasMessageContaining("'9Z'");
  }

  @Test
  void codeNamesAreDataInAnyLanguageWithEnglishAsLastResort() {
    String json =
        "{\"id\": \"x\", \"version\": \"1\", \"name\": \"x\", \"source\": \"s\", \"codes\":"
            + " [{\"id\": \"a\", \"names\": {\"en\": \"Late\", \"ko\": \"지연\", \"ja\": \"遅延\","
            + " \"zh-Hant\": \"延誤\"}, \"source\": \"s\"}]}";
    IncidentCode a = TaxonomyJson.read(json).code("a").orElseThrow();
    assertThat(a.displayName(Locale.JAPANESE)).isEqualTo("遅延");
    assertThat(a.displayName(Locale.JAPAN)).isEqualTo("遅延");
    assertThat(a.displayName(Locale.forLanguageTag("zh-Hant"))).isEqualTo("延誤");
    assertThat(a.displayName(Locale.KOREAN)).isEqualTo("지연");
    assertThat(a.displayName(Locale.GERMAN)).isEqualTo("Late");
    assertThat(a.names().keySet()).containsExactly("en", "ko", "ja", "zh-Hant");
    assertThat(TaxonomyJson.read(TaxonomyJson.write(TaxonomyJson.read(json))).code("a"))
        .contains(a);
    assertThatThrownBy(() -> IncidentCode.of("a", null, Map.of("ko", "지연"), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no English name");
    assertThatThrownBy(() -> IncidentCode.of("a", null, Map.of("en", "A", "", "B"), "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language tag ''");
    assertThatThrownBy(
            () ->
                TaxonomyJson.read(
                    "{\"id\": \"x\", \"version\": \"1\", \"name\": \"x\", \"source\": \"s\","
                        + " \"codes\": [{\"id\": \"a\", \"en\": \"A\", \"ko\": \"에이\","
                        + " \"source\": \"s\"}]}"))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.codes[0]");
              assertThat(e.getMessage()).contains("replaced by \"names\"");
            });
  }

  @Test
  void lexiconCoderCodesEnglishAndKoreanWithEvidence() {
    LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
    CodingResult slow =
        coder.code(
            incident(
                "i1",
                "We WAITED over an hour for our food and nobody told us about the delay.",
                Outcome.DISSATISFACTORY));
    assertThat(slow.code()).contains("1B");
    assertThat(slow.matches())
        .extracting(CodingResult.Match::term)
        .contains("wait", "an hour", "delay");
    assertThat(slow.confidence()).isEqualTo(1.0);
    assertThat(slow.explanation().outcome()).isEqualTo("coded 1B, confidence 1.000");
    assertThat(slow.explanation().inputs()).containsKeys("wait", "an hour", "delay");
    assertThat(slow.explanation().matchedRule()).contains("1B");
    CodingResult korean =
        coder.code(incident("i2", "직원이 제 이름을 기억하고 반갑게 맞아 주었어요.", Outcome.SATISFACTORY));
    assertThat(korean.code()).contains("3A");
    assertThat(korean.matches()).extracting(CodingResult.Match::term).contains("이름을 기억", "반갑게");
    CodingResult wheel =
        coder.code(incident("i3", "휠체어를 타는 어머니를 위해 엘리베이터까지 안내해 주었다", Outcome.SATISFACTORY));
    assertThat(wheel.code()).contains("2A");
    // "late" must not match inside "chocolate"; nothing else matches: explicitly uncoded.
    CodingResult none = coder.code(incident("i4", "The chocolate cake.", Outcome.SATISFACTORY));
    assertThat(none.isCoded()).isFalse();
    assertThat(none.confidence()).isZero();
    assertThat(none.matches()).isEmpty();
    assertThat(none.explanation().outcome()).isEqualTo("uncoded: no term of the lexicon matched");
    // Mixed evidence: the heavier code wins with its share of the weight.
    CodingResult mixed =
        coder.code(
            incident(
                "i5",
                "The room was dirty but the manager remembered my name.",
                Outcome.SATISFACTORY));
    assertThat(mixed.code()).contains("3A");
    assertThat(mixed.confidence()).isCloseTo(3.0 / 5.0, within(1e-12));
    // Deterministic.
    assertThat(
            coder.code(
                incident(
                    "i5",
                    "The room was dirty but the manager remembered my name.",
                    Outcome.SATISFACTORY)))
        .isEqualTo(mixed);

    Lexicon tuned = Lexicon.bitnerStarter().withTerm("1C", "chocolate", 5);
    assertThat(
            LexiconCoder.of(tuned)
                .code(incident("i4", "The chocolate cake.", Outcome.SATISFACTORY))
                .code())
        .contains("1C");
    assertThat(LexiconJson.read(LexiconJson.write(tuned), Taxonomy.bitner())).isEqualTo(tuned);
    assertThatThrownBy(
            () -> LexiconJson.read("{\"taxonomy\": \"meuter\", \"codes\": {}}", Taxonomy.bitner()))
        .hasMessageContaining("lexicon is for 'meuter'");
    assertThatThrownBy(
            () ->
                LexiconJson.read(
                    "{\"taxonomy\": \"bitner\", \"codes\": {\"9Z\": {}}}", Taxonomy.bitner()))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class, e -> assertThat(e.path()).isEqualTo("$.codes.9Z"));
    assertThatThrownBy(() -> tuned.withTerm("1C", "x", -1))
        .hasMessageContaining("must be positive");
    assertThat(
            LexiconCoder.of(Lexicon.of(Taxonomy.bitner(), Map.of()))
                .code(incident("e", "slow", Outcome.DISSATISFACTORY))
                .isCoded())
        .isFalse();
  }

  @Test
  void latinTermsMatchWholeWordsAndInflectionsNeverOtherWords() {
    // Regression: the stem "wait" matched "waitress" and coded a compliment as slow service.
    LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
    CodingResult lovely =
        coder.code(incident("w1", "The waitress was lovely.", Outcome.SATISFACTORY));
    assertThat(lovely.matches()).extracting(CodingResult.Match::term).doesNotContain("wait");
    assertThat(lovely.code()).isEmpty();
    Lexicon one = Lexicon.of(Taxonomy.bitner(), Map.of("1B", Map.of("wait", 1.0)));
    LexiconCoder waitOnly = LexiconCoder.of(one);
    for (String yes : List.of("wait", "We waits.", "I waited!", "still WAITING", "wait-time")) {
      assertThat(waitOnly.code(incident("y", yes, Outcome.SATISFACTORY)).code())
          .as(yes)
          .contains("1B");
    }
    for (String no : List.of("waiter", "waitress", "awaited", "the waitlist", "waitéd")) {
      assertThat(waitOnly.code(incident("n", no, Outcome.SATISFACTORY)).isCoded()).as(no).isFalse();
    }
    // Regular inflections: final e dropped, y to i, consonant doubled.
    LexiconCoder inflected =
        LexiconCoder.of(
            Lexicon.of(
                Taxonomy.bitner(), Map.of("1B", Map.of("argue", 1.0, "reply", 1.0, "stop", 1.0))));
    for (String yes : List.of("arguing", "argued", "replied", "replies", "stopped", "stopping")) {
      assertThat(inflected.code(incident("i", yes, Outcome.SATISFACTORY)).isCoded())
          .as(yes)
          .isTrue();
    }
    // A declared open stem matches any ending, still only at a word start.
    LexiconCoder open =
        LexiconCoder.of(Lexicon.of(Taxonomy.bitner(), Map.of("3C", Map.of("discriminat*", 1.0))));
    assertThat(open.code(incident("o", "pure discrimination", Outcome.SATISFACTORY)).code())
        .contains("3C");
    assertThat(open.code(incident("o", "nondiscriminatory", Outcome.SATISFACTORY)).isCoded())
        .isFalse();
    assertThatThrownBy(() -> Lexicon.of(Taxonomy.bitner(), Map.of("3C", Map.of("*", 1.0))))
        .hasMessageContaining("blank term");
  }

  @Test
  void theKoreanStarterLexiconCoversCommonComplaints() {
    // Regression: "the staff were unfriendly" was uncoded.
    LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("직원이 불친절했어요", "3A");
    expected.put("직원이 너무 무례했어요", "3B");
    expected.put("상담원이 반말을 했어요", "3B");
    expected.put("배송이 일주일이나 지연됐어요", "1B");
    expected.put("주문한 것과 다른 상품이 왔어요", "1C");
    expected.put("불량인데 환불을 거부했어요", "1C");
    expected.put("문의했는데 답변이 없어요", "1B");
    expected.put("며칠째 연락이 없습니다", "1B");
    expected.forEach(
        (text, code) ->
            assertThat(coder.code(incident("k", text, Outcome.DISSATISFACTORY)).code())
                .as(text)
                .contains(code));
  }

  @Test
  void aTieIsReportedUncodedWithItsCandidates() {
    Lexicon tied =
        Lexicon.of(
            Taxonomy.bitner(),
            Map.of(
                "1B", Map.of("slow", 2.0), "3B", Map.of("rude", 2.0), "1C", Map.of("cold", 1.0)));
    CodingResult r =
        LexiconCoder.of(tied)
            .code(incident("t", "Slow and rude, and the soup was cold.", Outcome.DISSATISFACTORY));
    assertThat(r.isCoded()).isFalse();
    assertThat(r.isTie()).isTrue();
    assertThat(r.candidates()).containsExactly("1B", "3B");
    assertThat(r.confidence()).isZero();
    assertThat(r.matches()).hasSize(3);
    // The order of the lexicon's entries does not matter.
    Lexicon reversed =
        Lexicon.of(
            Taxonomy.bitner(),
            new java.util.LinkedHashMap<>(
                Map.of("3B", Map.of("rude", 2.0), "1B", Map.of("slow", 2.0))));
    assertThat(
            LexiconCoder.of(reversed)
                .code(incident("t", "Slow and rude.", Outcome.DISSATISFACTORY))
                .candidates())
        .containsExactly("1B", "3B");
    CodingResult clear =
        LexiconCoder.of(tied).code(incident("c", "Slow, slow.", Outcome.DISSATISFACTORY));
    assertThat(clear.code()).contains("1B");
    assertThat(clear.candidates()).containsExactly("1B");
  }

  @Test
  void evaluationAgainstHumanCodes() {
    LexiconCoder coder = LexiconCoder.of(Lexicon.bitnerStarter());
    List<Incident> incidents =
        List.of(
            incident("a", "We waited an hour.", Outcome.DISSATISFACTORY),
            incident("b", "Our table was overbooked and unavailable.", Outcome.DISSATISFACTORY),
            incident("c", "The waiter was rude and yelled.", Outcome.DISSATISFACTORY),
            incident("d", "Nothing to say.", Outcome.SATISFACTORY));
    CoderEvaluation ev =
        CoderEvaluation.of(coder, incidents, Map.of("a", "1B", "b", "1A", "c", "3B", "d", "3D"));
    assertThat(ev.count("1B", "1B")).isEqualTo(1);
    assertThat(ev.count("3D", CoderEvaluation.UNCODED)).isEqualTo(1);
    assertThat(ev.accuracy()).isEqualTo(0.75);
    assertThat(ev.explanation().outcome()).startsWith("accuracy 0.750; Cohen's kappa");
    assertThat(ev.explanation().inputs()).containsKeys("1B", "1A");
    assertThat(ev.precision("1B")).hasValue(1.0);
    assertThat(ev.recall("3D")).hasValue(0.0);
    assertThat(ev.precision("3D")).isEmpty();
    assertThat(ev.recall("2A")).isEmpty();
    assertThat(ev.cohenKappa().value()).isLessThan(1.0).isGreaterThan(0.5);
    assertThat(ev.krippendorffAlpha().isDefined()).isTrue();
    assertThat(ev.results()).hasSize(4);
    assertThatThrownBy(() -> CoderEvaluation.of(coder, incidents, Map.of("a", "1B")))
        .hasMessageContaining("incident b has no human code");
    assertThatThrownBy(
            () -> CoderEvaluation.of(coder, List.of(incidents.get(0)), Map.of("a", "zz")))
        .hasMessageContaining("'zz'");
    assertThatThrownBy(() -> ev.count("nope", "1A")).hasMessageContaining("'nope'");
  }

  @Test
  void codingStudyReportsReliabilityDistributionAndMethods() {
    List<Incident> incidents = new ArrayList<>();
    List<Rating> ratings = new ArrayList<>();
    String[] codes = {"1A", "1B", "2B", "3A", "3B", "3E"};
    for (int i = 0; i < 30; i++) {
      Outcome o = i % 3 == 0 ? Outcome.SATISFACTORY : Outcome.DISSATISFACTORY;
      incidents.add(incident("n" + i, "story " + i, o));
      String code = codes[i % codes.length];
      ratings.add(new Rating("n" + i, "judge 1", code));
      ratings.add(new Rating("n" + i, "judge 2", i % 10 == 9 ? "1C" : code));
      ratings.add(new Rating("n" + i, "judge 3", i % 15 == 14 ? "2A" : code));
    }
    CodingStudy study =
        CodingStudy.of(
            Taxonomy.bitner(),
            CodingStudy.Derivation.DEDUCTIVE,
            "Two hours of training on 20 practice incidents.",
            incidents,
            ratings);
    assertThat(study.judges()).containsExactly("judge 1", "judge 2", "judge 3");
    assertThat(study.consensus("n9")).contains("3A");
    // n29: judges say 3E, 1C and 2A: no majority.
    assertThat(study.unresolved()).isEqualTo(1);
    assertThat(study.consensus("n29")).isEmpty();
    Map<String, long[]> dist = study.distribution();
    assertThat(dist.keySet()).containsExactly("1", "2", "3", "4");
    long total = dist.values().stream().mapToLong(r -> r[0] + r[1]).sum();
    assertThat(total).isEqualTo(29);
    assertThat(dist.get("4")).containsExactly(0, 0);
    assertThat(study.krippendorffAlpha().value()).isBetween(0.8, 1.0);
    assertThat(study.fleissKappa()).isPresent();
    assertThat(study.cohenKappa()).isEmpty();
    assertThat(study.methodsParagraph())
        .contains(
            "30 critical incidents (10 satisfactory, 20 dissatisfactory) were coded by 3 judges",
            "into the 16 categories of",
            "derived deductively",
            "Judge training: Two hours",
            "Krippendorff's alpha (nominal) was 0.",
            "Fleiss' kappa was",
            "1 incident(s) without a majority code");
    // Regression: the table counted the 4 group headers as categories (q = 20, not 16), so
    // Bennett's S disagreed with the methods paragraph; and a group code was accepted as a rating.
    assertThat(study.table().categories()).hasSize(16).doesNotContain("1", "2", "3", "4");
    assertThatThrownBy(
            () ->
                CodingStudy.of(
                    Taxonomy.bitner(),
                    CodingStudy.Derivation.DEDUCTIVE,
                    "",
                    incidents,
                    List.of(new Rating("n1", "j", "1"), new Rating("n1", "k", "1A"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("with group '1'")
        .hasMessageContaining("16 categories");
    assertThatThrownBy(
            () ->
                CodingStudy.of(
                    Taxonomy.bitner(),
                    CodingStudy.Derivation.INDUCTIVE,
                    "",
                    incidents,
                    List.of(new Rating("ghost", "j", "1A"), new Rating("n1", "k", "1A"))))
        .hasMessageContaining("unknown incident 'ghost'");
    assertThatThrownBy(
            () ->
                CodingStudy.of(
                    Taxonomy.bitner(),
                    CodingStudy.Derivation.INDUCTIVE,
                    "",
                    incidents,
                    List.of(new Rating("n1", "j", "1A"))))
        .hasMessageContaining("at least two coders");
    assertThatThrownBy(
            () ->
                CodingStudy.of(
                    Taxonomy.bitner(), CodingStudy.Derivation.INDUCTIVE, "", List.of(), ratings))
        .hasMessageContaining("at least one incident");
  }

  @Test
  void incidentsAndBadInput() {
    Incident i =
        incident("x", "text", Outcome.DISSATISFACTORY)
            .withReporter(Reporter.EMPLOYEE)
            .withContactLevel(ContactLevel.LOW)
            .withCustomer(CustomerId.of("c"), Money.parse("KRW 1000"));
    assertThat(i.reporter()).isEqualTo(Reporter.EMPLOYEE);
    assertThat(i.customer()).contains(CustomerId.of("c"));
    assertThat(i.orderValue()).contains(Money.parse("KRW 1000"));
    assertThat(Incident.of("k", "t", Channel.KIOSK, Outcome.SATISFACTORY, AT).contactLevel())
        .isEqualTo(ContactLevel.LOW);
    assertThat(Outcome.fromCode("satisfactory").displayName(Locale.KOREAN)).isEqualTo("만족");
    assertThat(Reporter.fromCode("employee")).isEqualTo(Reporter.EMPLOYEE);
    assertThatThrownBy(() -> incident(" ", "t", Outcome.SATISFACTORY))
        .hasMessageContaining("blank");
    assertThatThrownBy(
            () ->
                new Incident(
                    "n",
                    "t",
                    Channel.WEB,
                    ContactLevel.LOW,
                    Outcome.SATISFACTORY,
                    Reporter.CUSTOMER,
                    AT,
                    null,
                    Money.parse("KRW -1")))
        .hasMessageContaining("must not be negative");
  }

  @Test
  void publicApiRejectsNulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Taxonomy.class, Taxonomy.bitner())
            .setDefault(Lexicon.class, Lexicon.bitnerStarter())
            .setDefault(Incident.class, incident("x", "t", Outcome.SATISFACTORY))
            .setDefault(Instant.class, AT);
    for (Class<?> type :
        new Class<?>[] {
          Taxonomy.class,
          Lexicon.class,
          LexiconCoder.class,
          Incident.class,
          TaxonomyJson.class,
          LexiconJson.class,
          DecisiveFactor.class
        }) {
      t.testAllPublicStaticMethods(type);
    }
    t.testAllPublicInstanceMethods(LexiconCoder.of(Lexicon.bitnerStarter()));
    t.testAllPublicInstanceMethods(Taxonomy.bitner());
  }
}
