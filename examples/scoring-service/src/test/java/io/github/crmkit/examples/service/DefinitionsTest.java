package io.github.crmkit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.segmentation.clv.ParetoNbd;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** The definition files the service loads at start-up: what they may leave out, what stops it. */
class DefinitionsTest {
  static ByteArrayResource file(String name, String json) {
    return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void aModelWithoutSpendLoadsAndPredictsNoValue() {
    Definitions.Model m =
        Definitions.readModel(
            file(
                "pareto.json",
                """
                {"name": "p", "version": "1",
                 "model": {"model": "paretonbd", "timeUnit": "week",
                           "parameters": {"r": 0.55, "alpha": 10.58, "s": 0.61, "beta": 11.67}}}
                """));
    assertThat(m.transactions()).isInstanceOf(ParetoNbd.class);
    assertThat(m.spend()).isNull();
  }

  @Test
  void aBrokenFileStopsTheStartUpNamingItself() {
    assertThatThrownBy(
            () ->
                Definitions.readModel(
                    file(
                        "bad-kind.json",
                        "{\"name\": \"x\", \"version\": \"1\","
                            + " \"model\": {\"model\": \"magic\"}}")))
        .hasMessageContaining("bad-kind.json")
        .hasMessageContaining(": $.model.model: expected one of")
        .hasMessageContaining("[bgnbd, mbgnbd, paretonbd]");
    assertThatThrownBy(
            () ->
                Definitions.readModel(
                    file(
                        "no-r.json",
                        "{\"name\": \"x\", \"version\": \"1\", \"model\": {\"model\":"
                            + " \"bgnbd\", \"timeUnit\": \"week\", \"parameters\":"
                            + " {\"alpha\": 1, \"a\": 1, \"b\": 1}}}")))
        .hasMessageContaining("no-r.json")
        .hasMessageContaining(": $.model.parameters.r: missing");
    assertThatThrownBy(
            () ->
                Definitions.readBoundaries(
                    file(
                        "extra.json",
                        "{\"name\": \"x\", \"version\": \"1\", \"recency\": [1],"
                            + " \"frequency\": [1], \"monetary\": [1], \"typo\": 1}")))
        .hasMessageContaining("extra.json")
        .hasMessageContaining("typo");
    assertThatThrownBy(
            () ->
                Definitions.readBoundaries(
                    file(
                        "partial.json", "{\"name\": \"x\", \"version\": \"1\", \"recency\": [1]}")))
        .hasMessageContaining("partial.json")
        .hasMessageContaining("cuts are required");
  }
}
