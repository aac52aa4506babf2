package io.github.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  static List<CodedType[]> allTypes() {
    List<CodedType[]> all = new ArrayList<>();
    all.add(StoneType.values());
    all.add(LifecycleStage.values());
    all.add(LoyaltyRung.values());
    all.add(LoyaltyQuadrant.values());
    all.add(DickBasuLoyalty.values());
    all.add(Channel.values());
    all.add(ContactLevel.values());
    return all;
  }

  @Test
  void everyNamedTypeHasUniqueStableCodesAndBothLanguages() {
    for (CodedType[] values : allTypes()) {
      Set<String> codes = new HashSet<>();
      for (CodedType t : values) {
        assertThat(t.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(codes.add(t.code())).as("unique code %s", t.code()).isTrue();
        String english = t.displayName(Locale.ENGLISH);
        String korean = t.displayName(Locale.KOREAN);
        assertThat(english).isNotBlank();
        assertThat(korean).isNotBlank().isNotEqualTo(english);
        assertThat(korean.codePoints().anyMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3))
            .as("Korean name of %s uses Hangul", t)
            .isTrue();
        assertThat(t.displayName(Locale.KOREA)).isEqualTo(korean);
        // A language crmkit has no names in gets English (the default locale here is Turkish).
        assertThat(t.displayName(Locale.forLanguageTag("tr-TR"))).isEqualTo(english);
        assertThat(t.displayName(Locale.JAPANESE)).isEqualTo(english);
      }
    }
  }

  @Test
  void codesReadBack() {
    assertThat(StoneType.fromCode("economic")).isEqualTo(StoneType.ECONOMIC);
    assertThat(LifecycleStage.fromCode("retain")).isEqualTo(LifecycleStage.RETAIN);
    assertThat(LoyaltyRung.fromCode("advocate")).isEqualTo(LoyaltyRung.ADVOCATE);
    assertThat(LoyaltyQuadrant.fromCode("terrorist")).isEqualTo(LoyaltyQuadrant.TERRORIST);
    assertThat(DickBasuLoyalty.fromCode("spurious")).isEqualTo(DickBasuLoyalty.SPURIOUS);
    assertThat(Channel.fromCode("mobile-app")).isEqualTo(Channel.MOBILE_APP);
    assertThat(ContactLevel.fromCode("low")).isEqualTo(ContactLevel.LOW);
    for (CodedType[] values : allTypes()) {
      for (CodedType t : values) {
        assertThat(t.code()).isEqualTo(t.code().toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void unknownCodesNameTheValueAndTheChoices() {
    assertThatThrownBy(() -> StoneType.fromCode("ECONOMIC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ECONOMIC'")
        .hasMessageContaining("economic, ethical, personalizing, convenience");
    assertThatThrownBy(() -> Channel.fromCode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StoneType.ECONOMIC.displayName(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void displayNamesComeFromTheBundlesWhateverTheDefaultLocale() {
    assertThat(StoneType.ECONOMIC.displayName(Locale.ENGLISH)).isEqualTo("Economic customer");
    assertThat(StoneType.ECONOMIC.displayName(Locale.KOREAN)).isEqualTo("경제적 고객");
    Locale before = Locale.getDefault();
    try {
      // On a Korean machine, a French reader still gets English, not the default locale's Korean.
      Locale.setDefault(Locale.KOREA);
      assertThat(StoneType.ECONOMIC.displayName(Locale.FRENCH)).isEqualTo("Economic customer");
      assertThat(RejectionReason.NEGATIVE_AMOUNT.displayName(Locale.ROOT))
          .isEqualTo("Negative amount");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void ladderRungsCompareByHeightNotOrdinal() {
    assertThat(LoyaltyRung.PARTNER.isAbove(LoyaltyRung.ADVOCATE)).isTrue();
    assertThat(LoyaltyRung.PROSPECT.isAbove(LoyaltyRung.CUSTOMER)).isFalse();
    assertThat(LoyaltyRung.CLIENT.isAbove(LoyaltyRung.CLIENT)).isFalse();
    assertThat(LoyaltyRung.PROSPECT.height()).isZero();
    assertThat(LoyaltyRung.PARTNER.height()).isEqualTo(5);
  }

  @Test
  void channelsCarryTheTextbookContactLevel() {
    assertThat(Channel.IN_PERSON.defaultContactLevel()).isEqualTo(ContactLevel.HIGH);
    assertThat(Channel.PHONE.defaultContactLevel()).isEqualTo(ContactLevel.HIGH);
    assertThat(Channel.WEB.defaultContactLevel()).isEqualTo(ContactLevel.LOW);
    assertThat(Channel.KIOSK.defaultContactLevel()).isEqualTo(ContactLevel.LOW);
    assertThat(Channel.MOBILE_APP.defaultContactLevel()).isEqualTo(ContactLevel.LOW);
  }
}
