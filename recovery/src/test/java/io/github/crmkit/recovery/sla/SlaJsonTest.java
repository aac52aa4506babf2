package io.github.crmkit.recovery.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.Channel;
import io.github.crmkit.core.DefinitionFormatException;
import io.github.crmkit.recovery.complaint.CaseStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaJsonTest {
  static List<SlaPolicy> policies() {
    return List.of(
        new SlaPolicy(
            "vip",
            Set.of(Priority.HIGH, Priority.URGENT),
            Set.of(Channel.EMAIL, Channel.PHONE),
            Set.of("gold"),
            Set.of("1B"),
            Map.of(
                Priority.URGENT,
                List.of(
                    new SlaTarget(
                        SlaMetric.FIRST_REPLY,
                        Duration.ofMinutes(30),
                        false,
                        Set.of(),
                        Duration.ofMinutes(10),
                        List.of(Duration.ofMinutes(15), Duration.ofHours(1)),
                        Recurrence.SEQUENTIAL)))),
        SlaClockTest.policy());
  }

  @Test
  void roundTripIsLossless() {
    String json = SlaJson.write(policies());
    assertThat(SlaJson.read(json)).isEqualTo(policies());
    assertThat(SlaJson.write(SlaJson.read(json))).isEqualTo(json);
    assertThat(json)
        .contains(
            "\"metric\": \"first-reply\"",
            "\"awaiting-customer\"",
            "\"recurrence\": \"sequential\"",
            "\"recurrence\": \"independent\"");
    // Left out, recurrence is independent.
    assertThat(
            SlaJson.read(json.replaceAll(",\\s*\"recurrence\": \"sequential\"", ""))
                .get(0)
                .targets()
                .get(Priority.URGENT)
                .get(0)
                .recurrence())
        .isEqualTo(Recurrence.INDEPENDENT);
  }

  @Test
  void badFilesNameThePath() {
    String json = SlaJson.write(policies());
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"first-reply\"", "\"first-response\"")))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class,
            e -> assertThat(e.path()).isEqualTo("$.policies[0].targets.urgent[0].metric"));
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"PT30M\"", "\"half an hour\"")))
        .hasMessageStartingWith("$.policies[0].targets.urgent[0].target");
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"email\"", "\"fax\"")))
        .hasMessageStartingWith("$.policies[0].channels[1]: must be one of");
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"urgent\":", "\"critical\":")))
        .hasMessageStartingWith("$.policies[0].targets.critical");
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"tiers\"", "\"type\"")))
        .hasMessageStartingWith("$.policies[0].type: unexpected member");
    assertThatThrownBy(
            () -> SlaJson.read(json.replace("\"businessTime\": false", "\"businessTime\": \"no\"")))
        .hasMessageStartingWith("$.policies[0].targets.urgent[0].businessTime");
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"PT10M\"", "\"PT2H\"")))
        .hasMessageStartingWith("$.policies[0].targets.urgent[0]: warningBefore");
    assertThatThrownBy(() -> SlaJson.read(json.replace("\"sequential\"", "\"sometimes\"")))
        .hasMessageStartingWith("$.policies[0].targets.urgent[0].recurrence: must be one of");
    assertThatThrownBy(() -> SlaJson.read("{\"policies\": 3}"))
        .hasMessageStartingWith("$.policies: expected an array");
    assertThat(CaseStatus.AWAITING_CUSTOMER.code()).isEqualTo("awaiting-customer");
  }
}
