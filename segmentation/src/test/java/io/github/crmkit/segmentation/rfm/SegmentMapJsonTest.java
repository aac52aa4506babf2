package io.github.crmkit.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.DefinitionFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Segment maps as JSON: every shipped map round-trips, every mistake names its JSON path. */
class SegmentMapJsonTest {
  @Test
  void everyShippedMapReadsBackAsItWasWritten() {
    for (SegmentMap map :
        List.of(
            SegmentMaps.rRfmDefaults(),
            SegmentMaps.rf10(),
            SegmentMaps.putler11(),
            SegmentMaps.putler11TableOrder())) {
      SegmentMap back = SegmentMapJson.read(SegmentMapJson.write(map));
      assertThat(back).isEqualTo(map);
      assertThat(back.source()).isEqualTo(map.source());
      for (int r = 1; r <= 5; r++) {
        for (int f = 1; f <= 5; f++) {
          for (int m = 1; m <= 5; m++) {
            assertThat(back.classifyIndex(r, f, m)).isEqualTo(map.classifyIndex(r, f, m));
          }
        }
      }
    }
  }

  @Test
  void readsTheDocumentedForm() {
    SegmentMap map =
        SegmentMapJson.read(
            """
            {"name": "mine", "fallback": "Rest",
             "rules": [{"name": "Best", "r": [4, 5], "fm": [4, 5]},
                       {"name": "Gone", "r": [1, 1], "f": [1, 2]}]}
            """);
    assertThat(map.name()).isEqualTo("mine");
    assertThat(map.segments()).containsExactly("Best", "Gone", "Rest");
    assertThat(map.classify(RfmCell.of(5, 4, 5))).isEqualTo("Best");
    assertThat(map.classify(RfmCell.of(1, 2, 5))).isEqualTo("Gone");
    assertThat(map.classify(RfmCell.of(3, 3, 3))).isEqualTo("Rest");
    assertThat(SegmentMapJson.read("{\"rules\": [{\"name\": \"All\"}]}").fallback())
        .isEqualTo("Others");
  }

  @Test
  void everyMistakeNamesItsPath() {
    assertError("{\"rules\": [], \"x\": 1}", "$.x");
    assertError("{\"rules\": []}", "$.rules");
    assertError("{\"rules\": [{\"name\": \"A\", \"r\": [0, 5]}]}", "$.rules[0].r[0]");
    assertError("{\"rules\": [{\"name\": \"A\", \"r\": [2.5, 5]}]}", "$.rules[0].r[0]");
    assertError("{\"rules\": [{\"name\": \"A\", \"f\": [1]}]}", "$.rules[0].f");
    assertError("{\"rules\": [{\"name\": \"A\", \"m\": [1, \"5\"]}]}", "$.rules[0].m[1]");
    assertError("{\"rules\": [{\"name\": \"A\", \"f\": [1, 2], \"fm\": [1, 2]}]}", "$.rules[0]");
    assertError("{\"rules\": [{\"name\": \"A\", \"q\": 1}]}", "$.rules[0].q");
    assertError("{\"rules\": [{\"name\": \" \"}]}", "$.rules[0].name");
    assertError("{\"rules\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}", "$");
    assertError("{\"rules\": [{\"name\": \"A\"}], \"fallback\": \"A\"}", "$");
    assertError("{\"rules\": [{\"name\": \"A\"}], \"fallback\": \"\"}", "$.fallback");
    assertError("{\"rules\": [{\"name\": \"A\"}", "$");
    assertError("[1]", "$");
  }

  private static void assertError(String json, String path) {
    assertThatThrownBy(() -> SegmentMapJson.read(json))
        .as(json)
        .isInstanceOf(DefinitionFormatException.class)
        .satisfies(e -> assertThat(((DefinitionFormatException) e).path()).isEqualTo(path));
  }
}
